import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { webchatRoutes } from '../../src/channels/webchat/routes.js';
import { loadConfig } from '../../src/config.js';
import type { ConversationCore } from '../../src/core-assembly.js';
import { buildApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import { getCore } from '../helpers/core.js';

const config = loadConfig({ LOG_LEVEL: 'silent', PSEUDONYM_KEY: 'test-pseudonym-key-0123456789' });

async function webchatApp(core: () => ConversationCore | undefined) {
  const app = await buildApp({ log: createLogger('silent'), core });
  await app.register(webchatRoutes, { pipeline: () => core()?.pipeline, forget: async (key) => core()?.store.delete(key), pseudonymKey: config.pseudonymKey ?? '', publicDir: config.paths.webchat });
  return app;
}

type ChatReply = { language: string; dir: string; urgent: string | null; parts: { type: string; text?: string; kind?: string; choices?: { id: string; label: string }[] }[] };
const textOf = (reply: ChatReply) => reply.parts.map((p) => p.text ?? '').join('\n');

describe('web chat', async () => {
  const core = await getCore();
  const app = await webchatApp(() => core);
  afterAll(() => app.close());
  const send = (payload: unknown) => app.inject({ method: 'POST', url: '/api/chat/messages', payload: payload as object });

  it('serves the chat page at / with no token configured', async () => {
    if (!existsSync(`${config.paths.webchat}/index.html`)) return expect.fail('chat page missing');
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect((await app.inject({ method: 'GET', url: '/widget.js' })).statusCode).toBe(200);
  });

  it('welcomes a new user in the browser language, right to left for Arabic, with the language picker', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/chat/welcome?languageHint=ar-SY' });
    const { reply } = res.json() as { reply: ChatReply };
    expect(reply.language).toBe('ar');
    expect(reply.dir).toBe('rtl');
    expect(reply.parts.some((p) => p.kind === 'languages' && p.choices?.some((c) => c.label === 'ትግርኛ'))).toBe(true);
  });

  it('answers in Tigrinya, returns a session, and keeps the language for a short follow-up', async () => {
    const first = await send({ text: 'ሓኪም ኣብ ካምፕ ከመይ ይረክብ? ሕማም ኣሎኒ' });
    expect(first.statusCode).toBe(200);
    const { sessionId, reply } = first.json() as { sessionId: string; reply: ChatReply };
    expect(reply.language).toBe('ti');
    expect(sessionId).toMatch(/^[A-Za-z0-9-]{16,64}$/);
    const second = (await send({ sessionId, text: 'ok' })).json() as { reply: ChatReply };
    expect(second.reply.language).toBe('ti');
  });

  it('follows a button choice within the same session', async () => {
    const { sessionId } = (await send({ text: 'Bonjour, comment demander l\'asile ?' })).json() as { sessionId: string };
    const res = (await send({ sessionId, choiceId: 'topic:healthcare' })).json() as { reply: ChatReply };
    expect(res.reply.language).toBe('fr');
    expect(textOf(res.reply)).toMatch(/GZA/);
  });

  it('answers an emergency at once with 112 and marks it urgent', async () => {
    const { reply } = (await send({ text: 'my husband is beating me right now and he has a knife' })).json() as { reply: ChatReply };
    expect(reply.urgent).not.toBeNull();
    expect(textOf(reply)).toMatch(/(^|\D)112(\D|$)/);
  });

  it('keeps the session id out of the stored user key', async () => {
    const sessionId = 'abcdefghijklmnop-0001';
    await send({ sessionId, text: 'hello' });
    expect(await core.store.get(sessionId)).toBeUndefined();
    expect(await core.store.get(`webchat:${sessionId}`)).toBeUndefined();
  });

  it('forgets a conversation on request: the language is no longer remembered', async () => {
    const { sessionId } = (await send({ text: 'Как мне подать заявление на убежище?' })).json() as { sessionId: string };
    const del = await app.inject({ method: 'DELETE', url: '/api/chat/session', payload: { sessionId } });
    expect(del.statusCode).toBe(204);
    const after = (await send({ sessionId, text: 'ok' })).json() as { reply: ChatReply };
    expect(after.reply.language).not.toBe('ru');
  });

  it('answers a 50 kB message instead of refusing it', async () => {
    const res = await send({ text: 'Where can I find a doctor? '.repeat(1900) });
    expect(res.statusCode).toBe(200);
  });

  it('rejects malformed JSON, empty and double messages and bad session ids with 400, and huge bodies with 413', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/chat/messages', headers: { 'content-type': 'application/json' }, payload: '{"text": "hi"' });
    expect(bad.statusCode).toBe(400);
    expect((await send({})).statusCode).toBe(400);
    expect((await send({ text: 'hi', choiceId: 'menu' })).statusCode).toBe(400);
    // Unknown fields are dropped by the schema, never acted on.
    expect((await send({ text: 'hi', admin: true })).statusCode).toBe(200);
    expect((await send({ sessionId: '../../etc/passwd', text: 'hi' })).statusCode).toBe(400);
    const huge = await app.inject({ method: 'POST', url: '/api/chat/messages', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'x'.repeat(600_000) }) });
    expect(huge.statusCode).toBe(413);
  });

  it('answers 503 while the conversation core is still loading', async () => {
    const starting = await webchatApp(() => undefined);
    expect((await starting.inject({ method: 'POST', url: '/api/chat/messages', payload: { text: 'hi' } })).statusCode).toBe(503);
    await starting.close();
  });
});
