import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import { getCore } from '../helpers/core.js';
import type { ConversationCore } from '../../src/core-assembly.js';

describe('HTTP service', async () => {
  let core: ConversationCore | undefined;
  const app = await buildApp({ log: createLogger('silent'), core: () => core });
  afterAll(() => app.close());

  it('answers /healthz at once, before the core is loaded', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 while starting and 200 when the core is ready', async () => {
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    core = await getCore();
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ready', languages: 14 });
  });

  it('lists the review status of every language for operators', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/translations' });
    expect(res.statusCode).toBe(200);
    const rows = res.json() as { language: string; reviewStatus: string }[];
    expect(rows).toHaveLength(14);
    expect(rows.find((r) => r.language === 'en')?.reviewStatus).toBe('reviewed');
    expect(rows.find((r) => r.language === 'ti')?.reviewStatus).toBe('draft');
  });

  it('answers unknown routes with 404 and no stack trace', async () => {
    const res = await app.inject({ method: 'GET', url: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toMatch(/at .*\.ts/);
  });
});
