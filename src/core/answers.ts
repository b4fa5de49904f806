import type { Lang } from './languages.js';
import type { ReplyPart } from './message.js';
import type { FactContext, KnowledgeBase, Translator } from './ports.js';

/** Opening hours as stored in the knowledge base; `always` means day and night. */
export interface Hours {
  days: 'weekdays' | 'daily' | 'always';
  open?: string;
  close?: string;
}

/** Facts as the knowledge base holds them, before localisation. */
export interface RawFacts {
  values: Readonly<Record<string, Readonly<Record<string, string>>>>;
  hours: Readonly<Record<string, Hours>>;
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Builds, once per language, the values answers interpolate: facts as stored plus opening hours worded in that
 * language. A changed phone number is changed in one place and appears in every language.
 */
export function createFactContexts(facts: RawFacts, translator: Translator): (lang: Lang) => FactContext {
  const cache = new Map<Lang, FactContext>();
  return (lang) => {
    const cached = cache.get(lang);
    if (cached) return cached;
    const context: Record<string, Record<string, string>> = {};
    for (const [id, values] of Object.entries(facts.values)) context[id] = { ...values };
    for (const [id, hours] of Object.entries(facts.hours)) {
      const days = translator.text(lang, `common:days.${hours.days}`) ?? hours.days;
      const text = hours.open && hours.close
        ? translator.text(lang, 'common:hours', { days, open: hours.open, close: hours.close })
        : days;
      (context[id] ??= {}).hours = text ?? days;
    }
    const frozen = Object.freeze(context);
    cache.set(lang, frozen);
    return frozen;
  };
}

/** The compact "where this comes from" line under an answer: hosts of the sources and the oldest check date. */
export function sourcesPart(
  lang: Lang,
  template: string,
  kb: KnowledgeBase,
  translator: Translator,
): ReplyPart | undefined {
  const sources = kb.sourcesFor(placeholdersOf(template));
  if (sources.length === 0) return undefined;
  const hosts = [...new Set(sources.map((s) => new URL(s.url).hostname.replace(/^www\./, '')))];
  const checked = sources.map((s) => s.checked).sort()[0] ?? '';
  const text = translator.text(lang, 'common:sources', { sources: hosts.slice(0, 3).join(', '), checked });
  return text ? { type: 'sources', text, sources } : undefined;
}
