import { loadConfig } from '../../src/config.js';
import { assembleCore, type ConversationCore } from '../../src/core-assembly.js';
import type { InboundContent, InboundMessage } from '../../src/core/message.js';

let shared: Promise<ConversationCore> | undefined;

/** The real conversation core, built from the project's content and trained model, once per test file. */
export function getCore(): Promise<ConversationCore> {
  shared ??= assembleCore(loadConfig({ LOG_LEVEL: 'silent' }));
  return shared;
}

let n = 0;
export function message(userKey: string, content: string | InboundContent, extra: Partial<InboundMessage> = {}): InboundMessage {
  return {
    key: `test:${++n}`,
    channel: 'webchat',
    userKey,
    content: typeof content === 'string' ? { type: 'text', text: content } : content,
    receivedAt: new Date(),
    ...extra,
  };
}

export function textOf(reply: { parts: { type: string; text?: string; choices?: { label: string }[] }[] }): string {
  return reply.parts.map((p) => p.text ?? p.choices?.map((c) => c.label).join(' | ') ?? '').join('\n');
}
