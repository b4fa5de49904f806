import { createHmac, randomUUID } from 'node:crypto';
import fastifyStatic from '@fastify/static';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Pipeline } from '../../core/pipeline.js';
import type { InboundMessage, Reply } from '../../core/message.js';

export interface WebchatOptions {
  /** Undefined while the core is loading: the API answers 503 until it is ready. */
  pipeline: () => Pipeline | undefined;
  /** Key for pseudonymising session ids, so stored user keys cannot be linked back to a browser. */
  pseudonymKey: string;
  /** Folder with index.html, chat.js, chat.css and widget.js. */
  publicDir: string;
  /** Erases everything kept about a user key. */
  forget: (userKey: string) => Promise<void>;
}

const SESSION = '^[A-Za-z0-9-]{16,64}$';
const MessageBody = Type.Object(
  {
    sessionId: Type.Optional(Type.String({ pattern: SESSION })),
    // Long messages are accepted and cut by the pipeline; nothing a person typed is refused for length alone.
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 100_000 })),
    choiceId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z-]+(:[a-z_-]+){0,2}$' })),
    languageHint: Type.Optional(Type.String({ maxLength: 35 })),
  },
  { additionalProperties: false },
);
type MessageBody = Static<typeof MessageBody>;

/** The JSON shape the chat page renders: parts as the core made them, with text direction for RTL languages. */
export function renderReply(reply: Reply) {
  return {
    language: reply.language,
    dir: reply.rtl ? 'rtl' : 'ltr',
    urgent: reply.urgent,
    handoff: reply.handoff,
    parts: reply.parts.map((part) => {
      switch (part.type) {
        case 'text':
          return { type: 'text', text: part.text };
        case 'sources':
          return { type: 'sources', text: part.text };
        case 'choices':
          return { type: 'choices', kind: part.kind, choices: part.choices.map((c) => ({ id: c.id, label: c.label })) };
        default: {
          const unreachable: never = part;
          throw new Error(`unknown reply part ${JSON.stringify(unreachable)}`);
        }
      }
    }),
  };
}

function toInbound(content: InboundMessage['content'], userKey: string, languageHint: string | undefined): InboundMessage {
  return { key: `webchat:${randomUUID()}`, channel: 'webchat', userKey, content, receivedAt: new Date(), ...(languageHint ? { languageHint } : {}) };
}

/**
 * The web chat: the page at `/` (also embeddable through `/widget.js`) and its small JSON API. It is a thin
 * adapter: it turns a request into an InboundMessage, runs the pipeline and returns the reply parts.
 */
export const webchatRoutes: FastifyPluginAsync<WebchatOptions> = async (app: FastifyInstance, options) => {
  const pseudonym = (sessionId: string) => `webchat:${createHmac('sha256', options.pseudonymKey).update(sessionId).digest('base64url').slice(0, 22)}`;

  await app.register(fastifyStatic, { root: options.publicDir, prefix: '/', index: ['index.html'], cacheControl: true, maxAge: '1h' });

  app.get('/api/chat/welcome', { schema: { querystring: Type.Object({ languageHint: Type.Optional(Type.String({ maxLength: 35 })) }) } }, async (request, reply) => {
    const pipeline = options.pipeline();
    if (!pipeline) return reply.code(503).send({ error: 'starting, try again in a moment' });
    const { languageHint } = request.query as { languageHint?: string };
    return { reply: renderReply(pipeline.welcome(languageHint)) };
  });

  // "Forget me": erase what is kept about this browser's conversation.
  app.delete('/api/chat/session', { schema: { body: Type.Object({ sessionId: Type.String({ pattern: SESSION }) }, { additionalProperties: false }) } }, async (request, reply) => {
    const { sessionId } = request.body as { sessionId: string };
    await options.forget(pseudonym(sessionId));
    return reply.code(204).send();
  });

  app.post('/api/chat/messages', { bodyLimit: 512 * 1024, schema: { body: MessageBody } }, async (request, reply) => {
    const pipeline = options.pipeline();
    if (!pipeline) return reply.code(503).send({ error: 'starting, try again in a moment' });
    const body = request.body as MessageBody;
    const content = body.choiceId ? ({ type: 'choice', id: body.choiceId } as const) : body.text ? ({ type: 'text', text: body.text } as const) : undefined;
    if (!content || (body.text && body.choiceId)) return reply.code(400).send({ error: 'send either text or choiceId' });
    const sessionId = body.sessionId ?? randomUUID();
    const message = toInbound(content, pseudonym(sessionId), body.languageHint);
    const result = await pipeline.handle(message);
    request.log.info({ channel: 'webchat', key: message.key, language: result.language, intent: result.trace.intent, urgent: result.urgent }, 'answered');
    return { sessionId, reply: renderReply(result) };
  });
};
