// `npm run bench`: pipeline throughput and latency in one process, service start-up time and resident memory.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { assembleCore } from '../core-assembly.js';

const root = resolve(import.meta.dirname, '..', '..');
const json = process.argv.includes('--json');
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20_000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function benchPipeline() {
  const texts = readFileSync(join(root, 'tests/eval/dev-cases.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const core = await assembleCore(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  const run = async (n: number, latencies?: number[]) => {
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      // A few thousand distinct users, so per-user state is exercised as in real traffic.
      await core.pipeline.handle({ key: `b:${i}`, channel: 'eval', userKey: `u${i % 5000}`, content: { type: 'text', text: texts[i % texts.length] ?? '' }, receivedAt: new Date() });
      latencies?.push(performance.now() - started);
    }
  };
  await run(2000); // warm-up: JIT and caches
  const latencies: number[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await run(MESSAGES, latencies);
  const seconds = (performance.now() - started) / 1000;
  // CPU time of this process (all its threads): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort((a, b) => a - b);
  return {
    messages: MESSAGES,
    perSecond: Math.round(MESSAGES / seconds),
    perCpuSecond: Math.round(MESSAGES / cpuSeconds),
    p50ms: +percentile(latencies, 50).toFixed(3),
    p99ms: +percentile(latencies, 99).toFixed(3),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  };
}

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => ok(port));
    });
  });
}

async function benchStartup() {
  // The service as `npm start` runs it: compiled JavaScript, no TypeScript loader.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--max-old-space-size=192', 'dist/main.js'], { cwd: root, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-data-')) }, stdio: 'ignore' });
  const until = async (path: string) => {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}${path}`)).ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 30_000) throw new Error(`${path} did not answer within 30 s`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const healthMs = await until('/healthz');
  const readyMs = await until('/readyz');
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssMB = Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  child.kill('SIGTERM');
  return { healthMs: Math.round(healthMs), readyMs: Math.round(readyMs), rssMB };
}

const pipeline = await benchPipeline();
const startup = await benchStartup();
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
if (json) {
  console.log(JSON.stringify({ machine, pipeline, startup }, null, 2));
} else {
  console.log(`Machine: ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGB} GB, Node ${machine.node}`);
  console.log(`Pipeline (one process, ${pipeline.messages} messages): ${pipeline.perSecond} msg/s (${pipeline.perCpuSecond} per CPU-second), p50 ${pipeline.p50ms} ms, p99 ${pipeline.p99ms} ms, RSS ${pipeline.rssMB} MB`);
  console.log(`Service start: /healthz after ${startup.healthMs} ms, /readyz after ${startup.readyMs} ms, RSS ${startup.rssMB} MB`);
}
process.exit(0);
