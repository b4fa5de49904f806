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

interface CompiledTier {
  tier: UrgencyTier;
  lang: string;
  /** All patterns of the tier as one alternation, for speed. */
  any: RegExp;
  each: { source: string; re: RegExp }[];
}

export interface Triage {
  /**
   * The most serious tier the message matches, or null. Runs on every message, before anything else.
   * `languages` narrows the lexicons to the languages the message is surely in; without it all of them run.
   */
  assess(text: string, languages?: readonly string[]): TriageResult | null;
}

function compile(source: string, flags = 'u'): RegExp {
  return new RegExp(foldPattern(source), flags);
}

/**
 * Builds the emergency triage from every language's lexicon. All lexicons run on every message: people mix
 * languages, and a misdetected language must never hide an emergency.
 */
export function createTriage(lexicons: readonly TriageLexicon[]): Triage {
  const tiers: CompiledTier[] = [];
  for (const tier of URGENCY_TIERS) {
    for (const lex of lexicons) {
      const patterns = lex[tier];
      if (patterns.length === 0) continue;
      tiers.push({
        tier,
        lang: lex.language,
        any: compile(patterns.map((p) => `(?:${p})`).join('|')),
        each: patterns.map((p) => ({ source: p, re: compile(p) })),
      });
    }
  }
  const negativeRegex = (lexs: readonly TriageLexicon[]): RegExp | null => {
    const patterns = lexs.flatMap((l) => l.notEmergency);
    return patterns.length > 0 ? compile(patterns.map((p) => `(?:${p})`).join('|'), 'gu') : null;
  };
  const notEmergency = negativeRegex(lexicons);
  const negativeCache = new Map<string, RegExp | null>();
  const negativesFor = (langs: ReadonlySet<string>): RegExp | null => {
    const key = [...langs].sort().join(',');
    if (!negativeCache.has(key)) negativeCache.set(key, negativeRegex(lexicons.filter((l) => langs.has(l.language))));
    return negativeCache.get(key) ?? null;
  };

  return {
    assess(text, languages) {
      const folded = foldForMatching(text);
      const only = languages && languages.length > 0 ? new Set(languages) : undefined;
      const negatives = only ? negativesFor(only) : notEmergency;
      // Phrases that only sound alarming ("the waiting is killing me") are cut out before the tiers look.
      const variants = elongationVariants(folded).map((v) => (negatives ? v.replace(negatives, ' ') : v));
      for (const compiled of tiers) {
        if (only && !only.has(compiled.lang)) continue;
        for (const variant of variants) {
          if (!compiled.any.test(variant)) continue;
          const hit = compiled.each.find((p) => p.re.test(variant));
          return { tier: compiled.tier, matched: hit?.source ?? '', lang: compiled.lang };
        }
      }
      return null;
    },
  };
}
