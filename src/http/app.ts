import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { ConversationCore } from '../core-assembly.js';
import { isAppError } from '../core/errors.js';

export interface AppDeps {
  log: Logger;
  /** Undefined while the core is still loading: /readyz answers 503 until it is set. */
  core: () => ConversationCore | undefined;
  /** Health of the store; /readyz answers 503 while it fails. */
  storeHealthy?: () => boolean;
  bodyLimit?: number;
}

/** The HTTP surface: health and readiness now; channels and the operator API register here as plugins. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ loggerInstance: deps.log as FastifyBaseLogger, bodyLimit: deps.bodyLimit ?? 64 * 1024 });

  app.setErrorHandler((err: unknown, request, reply) => {
    const status = isAppError(err) ? err.status : ((err as { statusCode?: number }).statusCode ?? 500);
    if (status >= 500) request.log.error({ err }, 'request failed');
    // Fastify's own 4xx messages (malformed JSON, too large) are safe to show; 5xx details never are.
    void reply.code(status).send({ error: status >= 500 ? 'internal error' : (err as Error).message });
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const core = deps.core();
    if (!core) return reply.code(503).send({ status: 'starting' });
    if (deps.storeHealthy && !deps.storeHealthy()) return reply.code(503).send({ status: 'store unavailable' });
    return { status: 'ready', languages: Object.keys(core.localeMeta).length };
  });

  // Which languages a native speaker has reviewed, so staff know how far to trust each translation.
  app.get('/api/translations', async (_request, reply) => {
    const core = deps.core();
    if (!core) return reply.code(503).send({ status: 'starting' });
    return Object.entries(core.localeMeta).map(([language, meta]) => ({
      language,
      nativeName: meta?.nativeName,
      reviewStatus: meta?.reviewStatus,
      ...(meta?.reviewNote ? { reviewNote: meta.reviewNote } : {}),
      ...(meta?.reviewedBy ? { reviewedBy: meta.reviewedBy, reviewedOn: meta.reviewedOn } : {}),
    }));
  });

  app.get('/api', async () => ({
    service: 'refugee-help-bot',
    description: 'Multilingual information chatbot for refugees and asylum seekers in the Netherlands',
    health: '/healthz',
    readiness: '/readyz',
    translations: '/api/translations',
    chat: '/api/chat/messages',
  }));

  return app;
}
