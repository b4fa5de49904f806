import type { Lang } from './languages.js';
import type { SourceRef, UrgencyTier } from './message.js';

/** Result of intent classification; "no intent" is a value, not an exception. */
export interface Classification {
  intent: string;
  score: number;
}

export interface Classifier {
  /** Best intents for a text in one language, best first. */
  classify(lang: Lang, text: string): Promise<Classification[]>;
}

export interface LanguageGuess {
  /** A supported language, or another code the detector recognised but the bot cannot answer in (e.g. `ckb`). */
  lang: string;
  /** 0..1; low for short or mixed texts. */
  confidence: number;
  script: 'latin' | 'arabic' | 'cyrillic' | 'ethiopic' | 'other' | 'none';
}

export interface LanguageDetector {
  detect(text: string): LanguageGuess;
}

/** Interpolation values for one language: `{ ind: { name, phone, ... }, municipality: {...}, rules: {...} }`. */
export type FactContext = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface KnowledgeBase {
  topicIds(): readonly string[];
  /** Topics offered in the main menu. */
  menuTopics(): readonly string[];
  followUps(topic: string): readonly string[];
  /** Sources of the facts a template uses, given its `{{org.field}}` placeholders. */
  sourcesFor(placeholders: readonly string[]): SourceRef[];
}

export interface Translator {
  /** Text for a key such as `answers:healthcare`, or undefined when the language lacks it. */
  text(lang: Lang, key: string, values?: Record<string, unknown>): string | undefined;
  /** Raw template (placeholders unfilled), to find which facts an answer uses. */
  template(lang: Lang, key: string): string | undefined;
}

export interface UserState {
  language?: Lang;
  lastTopic?: string;
  /** bot: the bot answers; waiting: a person was asked for; operator: staff have taken over. */
  handoff: 'bot' | 'waiting' | 'operator';
  urgent: boolean;
  /** The automated-service notice has been shown. */
  introduced: boolean;
  /** Set while handling a confirmed "erase my data": the store deletes the user instead of saving. */
  erase?: boolean;
}

/** Per-user conversation state, behind an interface so a database can back it. */
export interface UserStateStore {
  get(userKey: string): Promise<UserState | undefined>;
  set(userKey: string, state: UserState): Promise<void>;
  delete(userKey: string): Promise<void>;
}

export interface TriageResult {
  tier: UrgencyTier;
  /** The lexicon pattern that fired, for the operator view and tests. */
  matched: string;
  lang: string;
}
