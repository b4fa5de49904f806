import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the service started as `npm start` starts it', () => {
  it('serves /healthz and becomes ready, then stops cleanly on SIGTERM', { timeout: 200_000 }, async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'server-data-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir }, stdio: 'pipe' });
    try {
      await waitFor(`http://127.0.0.1:${port}/healthz`, Date.now() + 60_000);
      const ready = await waitFor(`http://127.0.0.1:${port}/readyz`, Date.now() + 120_000);
      expect(await ready.json()).toMatchObject({ status: 'ready' });
      // The web chat is what a new user sees, with no token configured, and its state lands in the embedded store.
      expect((await fetch(`http://127.0.0.1:${port}/`)).headers.get('content-type')).toMatch(/text\/html/);
      const chat = await fetch(`http://127.0.0.1:${port}/api/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Waar kan ik asiel aanvragen?' }) });
      expect(((await chat.json()) as { reply: { language: string } }).reply.language).toBe('nl');
      expect(existsSync(join(dataDir, 'bot.sqlite'))).toBe(true);
      expect(existsSync(join(dataDir, 'pseudonym.key'))).toBe(true);
    } finally {
      const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('refuses to start with an invalid configuration and says which variable is wrong', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env: { ...process.env, PORT: 'not-a-port' }, stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((ok) => child.on('exit', (c) => ok(c)));
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT/);
  });
});
