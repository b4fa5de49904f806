// `npm run chat [-- --debug]`: talk to the pipeline in the terminal. Type a number to pick a choice.
import { createInterface } from 'node:readline/promises';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config.js';
import { assembleCore } from '../core-assembly.js';
import type { Choice, InboundContent } from '../core/message.js';
import { renderText } from './render-text.js';

const debug = process.argv.includes('--debug');
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const core = await assembleCore(config);
const userKey = `cli:${randomUUID()}`;
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
let choices: Choice[] = [];
let n = 0;

console.log('Type a message in any of the 14 languages (empty line or Ctrl+D to quit).');
for await (const line of rl) {
  const input = line.trim();
  if (!input) break;
  const picked = /^\d+$/.test(input) ? choices[Number(input) - 1] : undefined;
  const content: InboundContent = picked ? { type: 'choice', id: picked.id } : { type: 'text', text: input };
  const reply = await core.pipeline.handle({ key: `cli:${++n}`, channel: 'cli', userKey, content, receivedAt: new Date() });
  const rendered = renderText(reply);
  choices = rendered.choices;
  console.log(`\n${rendered.text}\n`);
  if (debug) {
    const t = reply.trace;
    console.log(`[debug] language=${t.language} (${t.languageSource}; detected ${t.detectedLanguage ?? '-'} ${t.detectionConfidence?.toFixed(2) ?? ''}) intent=${t.intent ?? '-'} score=${t.score?.toFixed(3) ?? '-'} triage=${t.triage ? `${t.triage.tier} via ${t.triage.via} "${t.triage.matched ?? ''}"` : 'none'} fallback=${t.fallback}\n`);
  }
}
rl.close();
