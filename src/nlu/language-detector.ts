import { SCRIPTS, isLang } from '../core/languages.js';
import type { LanguageDetector, LanguageGuess } from '../core/ports.js';

type Script = LanguageGuess['script'];

const SCRIPT_OF: [Exclude<Script, 'none'>, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['ethiopic', /\p{Script=Ethiopic}/u],
];

/** Letters that only some languages of a script use: strong evidence, counted per occurrence. */
const LETTER_EVIDENCE: Record<string, RegExp> = {
  ps: /[ټډړږښګڼۍېځڅ]/gu,
  fa: /[پچژگیک]/gu,
  ar: /[ةيكىؤئإأ]/gu,
  uk: /[іїєґ]/gu,
  ru: /[ыэъё]/gu,
  tr: /[ğıöüİ]/gu,
  ku: /[êîû]/gu,
  ti: /[ኣቐቑቒቓቔቕቖኸኹኺኻኼኽኾ]/gu,
  am: /[ኧሽ]/gu,
  es: /[¿¡ñ]/gu,
};
// Sorani Kurdish letters: recognised so the bot can say honestly it does not answer in Sorani yet.
const SORANI = /[ڕڵۆێە]/gu;

export function scriptOf(text: string): Script {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    for (const [script, re] of SCRIPT_OF) {
      if (re.test(ch)) {
        counts.set(script, (counts.get(script) ?? 0) + 1);
        break;
      }
    }
  }
  let best: Script = 'none';
  let max = 0;
  for (const [script, n] of counts) if (n > max) [best, max] = [script, n];
  return best;
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\p{P}\p{S}\p{N}\s]+/gu, ' ').trim();
}

function features(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(text).split(' ')) {
    if (!word) continue;
    out.push(`w:${word}`);
    const padded = ` ${word} `;
    const chars = [...padded];
    for (let i = 0; i + 3 <= chars.length; i++) out.push(chars.slice(i, i + 3).join(''));
  }
  return out;
}

interface Profile {
  lang: string;
  script: Script;
  counts: Map<string, number>;
  total: number;
}

/**
 * Log prior of a profile: a language typed in a script that is not its own (Arabizi, Finglish) is less likely
 * than the languages native to that script; English is the most common lingua franca among newcomers.
 */
function prior(profile: { lang: string; script: Script }): number {
  const native = isLang(profile.lang) ? SCRIPTS[profile.lang][0] === profile.script : true;
  return (native ? 0 : -1.5) + (profile.lang === 'en' ? 0.5 : 0);
}

/**
 * A naive-Bayes detector over character trigrams and words, trained on the project's own utterances and
 * answers, restricted to the supported languages and to the script of the message. Script and letters come
 * first: they decide most messages before any statistics.
 */
export function createLanguageDetector(samples: Record<string, readonly string[]>): LanguageDetector {
  const profiles = new Map<string, Profile>();
  const vocabulary = new Set<string>();
  for (const [lang, texts] of Object.entries(samples)) {
    for (const text of texts) {
      const script = scriptOf(text);
      if (script === 'none' || script === 'other') continue;
      // Utterances like "IND?" in a Tigrinya file must not teach the detector that Latin text may be Tigrinya.
      if (isLang(lang) && !(SCRIPTS[lang] as readonly string[]).includes(script)) continue;
      const id = `${lang}/${script}`;
      let profile = profiles.get(id);
      if (!profile) profiles.set(id, (profile = { lang, script, counts: new Map(), total: 0 }));
      for (const f of features(text)) {
        profile.counts.set(f, (profile.counts.get(f) ?? 0) + 1);
        profile.total++;
        vocabulary.add(f);
      }
    }
  }
  const V = vocabulary.size + 1;

  return {
    detect(text) {
      const script = scriptOf(text);
      if (script === 'none') return { lang: 'und', confidence: 0, script };
      const sorani = text.match(SORANI)?.length ?? 0;
      if (script === 'arabic' && sorani >= 2 && !(text.match(LETTER_EVIDENCE.ps!)?.length)) return { lang: 'ckb', confidence: 0.9, script };
      const candidates = [...profiles.values()].filter((p) => p.script === script);
      if (candidates.length === 0) return { lang: 'und', confidence: 0, script };
      const lower = text.toLowerCase();
      const feats = features(text);
      const scores = candidates.map((p) => {
        let score = 0;
        for (const f of feats) score += Math.log(((p.counts.get(f) ?? 0) + 0.5) / (p.total + 0.5 * V));
        const letters = LETTER_EVIDENCE[p.lang];
        if (letters) score += 4 * (lower.match(letters)?.length ?? 0);
        score += prior(p);
        return { lang: p.lang, score };
      });
      scores.sort((a, b) => b.score - a.score);
      const top = scores[0]!;
      // Softmax over per-feature log-likelihood: short texts give little evidence, so confidence stays low.
      const n = Math.max(feats.length, 1);
      const temperature = Math.min(1, n / 12);
      const exp = scores.map((s) => Math.exp(((s.score - top.score) / Math.sqrt(n)) * 3 * temperature));
      const confidence = 1 / exp.reduce((a, b) => a + b, 0);
      return { lang: top.lang, confidence, script };
    },
  };
}
