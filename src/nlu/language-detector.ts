import { SCRIPTS, isLang } from '../core/languages.js';
import type { LanguageDetector, LanguageGuess } from '../core/ports.js';

type Script = LanguageGuess['script'];

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
  let latin = 0, arabic = 0, cyrillic = 0, ethiopic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      if ((c >= 0x621 && c <= 0x64a) || c >= 0x66e) arabic++; // letters, not digits or punctuation
    } else if (c >= 0x400 && c <= 0x52f) cyrillic++;
    else if ((c >= 0x1200 && c <= 0x137f) || (c >= 0x2d80 && c <= 0x2ddf)) {
      if (c < 0x1360 || c > 0x137c) ethiopic++; // letters, not Ethiopic punctuation or numerals
    }
  }
  const max = Math.max(latin, arabic, cyrillic, ethiopic);
  if (max === 0) return 'none';
  return max === arabic ? 'arabic' : max === ethiopic ? 'ethiopic' : max === cyrillic ? 'cyrillic' : 'latin';
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\p{P}\p{S}\p{N}\s]+/gu, ' ').trim();
}

/** Calls `visit` with every word (as `w:<word>`) and every character trigram (as a number) of a text. */
function eachFeature(text: string, visit: (feature: string | number) => void): void {
  for (const word of fold(text).split(' ')) {
    if (!word) continue;
    visit(`w:${word}`);
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) visit((padded.charCodeAt(i) * 65536 + padded.charCodeAt(i + 1)) * 65536 + padded.charCodeAt(i + 2));
  }
}

interface Profile {
  lang: string;
  script: Script;
  counts: Map<string | number, number>;
  total: number;
}

/** All profiles of one script, with log-probabilities precomputed per feature for speed and memory. */
interface ScriptModel {
  profiles: { lang: string; prior: number; unseen: number; letters: RegExp | undefined }[];
  logProb: Map<string | number, Float32Array>;
}

function buildScriptModel(profiles: Profile[], vocabularySize: number): ScriptModel {
  const features = new Set<string | number>();
  for (const p of profiles) for (const f of p.counts.keys()) features.add(f);
  const logProb = new Map<string | number, Float32Array>();
  for (const f of features) {
    const row = new Float32Array(profiles.length);
    profiles.forEach((p, i) => (row[i] = Math.log(((p.counts.get(f) ?? 0) + 0.5) / (p.total + 0.5 * vocabularySize))));
    logProb.set(f, row);
  }
  return {
    profiles: profiles.map((p) => {
      // Only letters of this script can occur in a message of this script (no Arabic letters in Arabizi).
      const letters = LETTER_EVIDENCE[p.lang];
      const relevant = letters && scriptOf(letters.source) === p.script ? letters : undefined;
      return { lang: p.lang, prior: prior(p), unseen: Math.log(0.5 / (p.total + 0.5 * vocabularySize)), letters: relevant };
    }),
    logProb,
  };
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
  const vocabulary = new Set<string | number>();
  for (const [lang, texts] of Object.entries(samples)) {
    for (const text of texts) {
      const script = scriptOf(text);
      if (script === 'none' || script === 'other') continue;
      // Utterances like "IND?" in a Tigrinya file must not teach the detector that Latin text may be Tigrinya.
      if (isLang(lang) && !(SCRIPTS[lang] as readonly string[]).includes(script)) continue;
      const id = `${lang}/${script}`;
      let profile = profiles.get(id);
      if (!profile) profiles.set(id, (profile = { lang, script, counts: new Map(), total: 0 }));
      const counts = profile.counts;
      eachFeature(text, (f) => {
        counts.set(f, (counts.get(f) ?? 0) + 1);
        profile!.total++;
        vocabulary.add(f);
      });
    }
  }
  const models = new Map<Script, ScriptModel>();
  for (const script of ['latin', 'arabic', 'cyrillic', 'ethiopic'] as const) {
    const ofScript = [...profiles.values()].filter((p) => p.script === script);
    if (ofScript.length > 0) models.set(script, buildScriptModel(ofScript, vocabulary.size + 1));
  }

  return {
    detect(text) {
      const script = scriptOf(text);
      if (script === 'none') return { lang: 'und', confidence: 0, script };
      const sorani = text.match(SORANI)?.length ?? 0;
      if (script === 'arabic' && sorani >= 2 && !(text.match(LETTER_EVIDENCE.ps!)?.length)) return { lang: 'ckb', confidence: 0.9, script };
      const model = models.get(script);
      if (!model) return { lang: 'und', confidence: 0, script };
      const lower = text.toLowerCase();
      const scores = model.profiles.map((p) => p.prior + (p.letters ? 4 * (lower.match(p.letters)?.length ?? 0) : 0));
      let featureCount = 0;
      eachFeature(text, (f) => {
        featureCount++;
        const row = model.logProb.get(f);
        for (let i = 0; i < scores.length; i++) scores[i]! += row ? row[i]! : model.profiles[i]!.unseen;
      });
      let top = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[top]!) top = i;
      // Softmax over per-feature log-likelihood: short texts give little evidence, so confidence stays low.
      const n = Math.max(featureCount, 1);
      const temperature = Math.min(1, n / 12);
      let sum = 0;
      for (const score of scores) sum += Math.exp(((score - scores[top]!) / Math.sqrt(n)) * 3 * temperature);
      return { lang: model.profiles[top]!.lang, confidence: 1 / sum, script };
    },
  };
}
