import type { UrgencyTier } from './message.js';
import type { TriageResult } from './ports.js';
import { elongationVariants, foldForMatching, foldPattern } from './normalise.js';

/** One language's emergency lexicon, as written in `intents/triage/<lang>.json`. */
export interface TriageLexicon {
  language: string;
  danger: string[];
  medical: string[];
  suicide: string[];
  violence: string[];
  notEmergency: string[];
}

export const URGENCY_TIERS: readonly UrgencyTier[] = ['suicide', 'medical', 'violence', 'danger'];

export interface Triage {
  /**
   * The most serious tier the message matches, or null. Runs on every message, before anything else.
   * `languages` narrows the lexicons to the languages the message is surely in; without it all of them run.
   */
  assess(text: string, languages?: readonly string[]): TriageResult | null;
}

export interface TriageOptions {
  /**
   * Literal strings one of which any match of a (folded) pattern must contain, or null if there are none. With
   * it, only patterns whose literal occurs in the message are run: thousands of patterns cost microseconds.
   */
  literalsOf?: (pattern: string) => string[] | null;
}

interface Pattern {
  id: number;
  tier: UrgencyTier | 'notEmergency';
  lang: string;
  source: string;
  re: RegExp;
}

/** The first three UTF-16 units of a string at a position, as one number: a map key that allocates nothing. */
function key3(text: string, i: number): number {
  return (text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) * 65536 + text.charCodeAt(i + 2);
}

/** A hash of four UTF-16 units at a position; collisions only cost an extra `startsWith`. */
function key4(text: string, i: number): number {
  return ((text.charCodeAt(i) * 65599 + text.charCodeAt(i + 1)) * 65599 + text.charCodeAt(i + 2)) * 65599 + text.charCodeAt(i + 3);
}

type Bucket = { literal: string; ids: number[] }[];

function addTo(index: Map<number, Bucket>, key: number, literal: string, id: number): void {
  const bucket = index.get(key) ?? [];
  const entry = bucket.find((e) => e.literal === literal);
  if (entry) entry.ids.push(id);
  else bucket.push({ literal, ids: [id] });
  index.set(key, bucket);
}

/**
 * Indexes every literal by its first four characters (three for three-character literals), so a message is
 * scanned once and only the literals that can start at each position are compared.
 */
function buildIndex(patterns: Pattern[], literalsOf: TriageOptions['literalsOf']) {
  const by4 = new Map<number, Bucket>();
  const by3 = new Map<number, Bucket>();
  const always: number[] = [];
  for (const p of patterns) {
    const literals = literalsOf?.(p.re.source) ?? null;
    if (!literals || literals.some((l) => l.length < 3)) {
      always.push(p.id);
      continue;
    }
    for (const literal of literals) {
      if (literal.length >= 4) addTo(by4, key4(literal, 0), literal, p.id);
      else addTo(by3, key3(literal, 0), literal, p.id);
    }
  }
  const check = (bucket: Bucket | undefined, text: string, i: number, into: Set<number>) => {
    if (!bucket) return;
    for (const e of bucket) if (text.startsWith(e.literal, i)) for (const id of e.ids) into.add(id);
  };
  return (text: string, into: Set<number>) => {
    for (const id of always) into.add(id);
    for (let i = 0; i + 3 <= text.length; i++) {
      if (by3.size > 0) check(by3.get(key3(text, i)), text, i, into);
      if (i + 4 <= text.length) check(by4.get(key4(text, i)), text, i, into);
    }
  };
}

/**
 * Builds the emergency triage from every language's lexicon. Patterns are folded like messages, so authors
 * write ordinary spelling; phrases that only sound alarming are cut out before the tiers are tried.
 */
export function createTriage(lexicons: readonly TriageLexicon[], options: TriageOptions = {}): Triage {
  const patterns: Pattern[] = [];
  for (const lex of lexicons) {
    for (const tier of [...URGENCY_TIERS, 'notEmergency'] as const) {
      for (const source of lex[tier]) {
        const folded = foldPattern(source);
        patterns.push({ id: patterns.length, tier, lang: lex.language, source, re: new RegExp(folded, tier === 'notEmergency' ? 'gu' : 'u') });
      }
    }
  }
  const candidatesIn = buildIndex(patterns, options.literalsOf);
  const rank = (p: Pattern) => URGENCY_TIERS.indexOf(p.tier as UrgencyTier);

  return {
    assess(text, languages) {
      const only = languages && languages.length > 0 ? new Set(languages) : undefined;
      const variants = elongationVariants(foldForMatching(text));
      const found = new Set<number>();
      for (const v of variants) candidatesIn(v, found);
      if (found.size === 0) return null;
      const candidates = [...found].map((id) => patterns[id]!).filter((p) => !only || only.has(p.lang));
      if (!candidates.some((p) => p.tier !== 'notEmergency')) return null;
      const negatives = candidates.filter((p) => p.tier === 'notEmergency');
      const positives = candidates.filter((p) => p.tier !== 'notEmergency').sort((a, b) => rank(a) - rank(b) || a.id - b.id);
      for (let variant of variants) {
        // Phrases that only sound alarming ("the waiting is killing me") are cut out before the tiers look.
        for (const n of negatives) variant = variant.replace(n.re, ' ');
        const hit = positives.find((p) => p.re.test(variant));
        if (hit) return { tier: hit.tier as UrgencyTier, matched: hit.source, lang: hit.lang };
      }
      return null;
    },
  };
}
