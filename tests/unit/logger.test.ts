import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { assembleCore } from '../../src/core-assembly.js';

function sink() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  return { lines, stream };
}

describe('logger', () => {
  it('redacts tokens, secrets, headers and message text', () => {
    const { lines, stream } = sink();
    const log = createLogger('info', stream);
    log.info({ token: 'abc123', text: 'my V-number is 1234567890', req: { headers: { authorization: 'Bearer xyz', 'x-hub-signature-256': 'sha256=deadbeef' } }, user: { phone: '+31612345678' } }, 'event');
    const out = lines.join('');
    for (const secret of ['abc123', '1234567890', 'Bearer xyz', 'deadbeef', '+31612345678']) expect(out).not.toContain(secret);
    expect(JSON.parse(out)).toMatchObject({ token: '[REDACTED]', text: '[REDACTED]', msg: 'event' });
  });

  it('writes no message text to the log at info level while handling messages', async () => {
    const { lines, stream } = sink();
    const log = createLogger('info', stream);
    const core = await assembleCore(loadConfig({ LOG_LEVEL: 'info' }), log);
    const secretText = 'My name is Amina Haddad and my phone is 0612345678, how do I ask for asylum?';
    await core.pipeline.handle({ key: 'log:1', channel: 'webchat', userKey: 'u-log', content: { type: 'text', text: secretText }, receivedAt: new Date() });
    const out = lines.join('');
    expect(out).not.toContain('Amina');
    expect(out).not.toContain('0612345678');
  });
});
