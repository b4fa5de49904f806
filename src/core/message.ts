import type { Lang } from './languages.js';

/** Channels that can deliver messages to the pipeline. */
export type ChannelName = 'telegram' | 'whatsapp' | 'webchat' | 'cli' | 'eval';

/** What a person sent, whatever the channel. */
export type InboundContent =
  | { type: 'text'; text: string }
  /** A tap on a button or list row the bot offered; `id` is a {@link Choice} id. */
  | { type: 'choice'; id: string }
  | { type: 'media'; kind: 'voice' | 'audio' | 'image' | 'video' | 'document' | 'sticker'; caption?: string }
  | { type: 'location' }
  | { type: 'unsupported' };

/** The one data shape every channel turns its updates into. */
export interface InboundMessage {
  /** De-duplication key, unique per delivery source, e.g. `telegram:<update_id>`. */
  key: string;
  channel: ChannelName;
  /** Pseudonymous, stable id of the person; never a phone number or chat id in clear. */
  userKey: string;
  content: InboundContent;
  receivedAt: Date;
  /** A language the channel reports for the person (Telegram `language_code`), used only as a weak hint. */
  languageHint?: string;
  channelMessageId?: string;
}

export interface Choice {
  /** `topic:<id>`, `lang:<code>`, `menu`, `language-menu`, `handoff`, `feedback:up|down:<topic>`. */
  id: string;
  label: string;
}

export interface SourceRef {
  url: string;
  checked: string;
}

export type ReplyPart =
  | { type: 'text'; text: string }
  | { type: 'choices'; kind: 'topics' | 'languages' | 'feedback' | 'actions'; choices: Choice[] }
  | { type: 'sources'; text: string; sources: SourceRef[] };

export type UrgencyTier = 'danger' | 'medical' | 'suicide' | 'violence';

/** How the reply came about: for logs, the dashboard and the eval; never shown to users. */
export interface Trace {
  language: Lang;
  languageSource: 'detected' | 'remembered' | 'hint' | 'choice' | 'default';
  detectedLanguage?: string;
  detectionConfidence?: number;
  intent?: string;
  score?: number;
  topic?: string;
  triage?: { tier: UrgencyTier; via: 'lexicon' | 'classifier'; matched?: string };
  fallback: boolean;
  truncated: boolean;
  missingTranslation?: boolean;
}

/** The channel-neutral answer; each channel renders each part its own way. */
export interface Reply {
  language: Lang;
  /** Right-to-left script, so renderers can set direction. */
  rtl: boolean;
  parts: ReplyPart[];
  urgent: UrgencyTier | null;
  handoff: boolean;
  trace: Trace;
}
