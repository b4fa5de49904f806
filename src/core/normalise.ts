/**
 * Text normalisation shared by triage, language detection and intent classification.
 * People type on cheap phones: mixed keyboards, missing diacritics, elongated letters, invisible characters.
 */

// Zero-width, bidi controls and BOM: invisible, but they break word matching and can spoof text direction.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/gu;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const COMBINING = /[\u0300-\u036F]/gu;

export interface CleanText {
  text: string;
  truncated: boolean;
}

/** Removes invisible and control characters, collapses spaces and caps the length a message may have. */
export function cleanText(raw: string, maxLength: number): CleanText {
  const text = raw.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
  if (text.length <= maxLength) return { text, truncated: false };
  // Cut in UTF-16 units, but never between the two halves of an emoji or other astral character.
  const cut = text.slice(0, maxLength);
  return { text: /[\uD800-\uDBFF]$/u.test(cut) ? cut.slice(0, -1) : cut, truncated: true };
}

// Arabic-script letter variants folded to one form, so Arabic, Persian and Pashto keyboards match the same patterns.
const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ئ': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ێ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ک': 'ك', 'ؤ': 'و',
  // Turkish dotless i: people often type without Turkish letters.
  'ı': 'i',
};
const DIGITS: Record<string, string> = Object.fromEntries(
  [...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)]).concat([...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)])),
);

function foldChar(ch: string): string {
  return ARABIC_FOLD[ch] ?? DIGITS[ch] ?? ch;
}

const PLAIN_ASCII = /^[\x20-\x7E]*$/;

/** Lower case, no diacritics (but Cyrillic і/и stay apart), folded Arabic letters. */
function foldLetters(text: string): string {
  // Most Latin-script messages are plain ASCII: nothing to decompose or fold.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(ARABIC_MARKS, '')) {
    out += foldChar(ch);
  }
  return out.normalize('NFD').replace(COMBINING, '').replace(ARABIC_MARKS, '').normalize('NFC');
}

/**
 * The form triage patterns are matched against: folded letters, punctuation and symbols turned into single
 * spaces, and one space at each end so patterns can demand whole words with spaces.
 */
export function foldForMatching(text: string): string {
  const folded = foldLetters(text).replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
  return ` ${folded} `;
}

/** Elongated letters ("heeeelp", "نجدةةةة") tried both as one and as two letters. */
export function elongationVariants(folded: string): string[] {
  const one = folded.replace(/(\p{L})\1{2,}/gu, '$1');
  const two = folded.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return one === two ? [one] : [one, two];
}

/**
 * Applies the same letter folding to a regular-expression pattern, leaving escapes (`\s`, `\b`, `\S`) intact,
 * so content authors write patterns in ordinary spelling.
 */
export function foldPattern(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    out += /[A-Z]/.test(ch) ? ch.toLowerCase() : ch.charCodeAt(0) < 0x80 ? ch : foldLetters(ch);
  }
  return out;
}

const PERSIAN_FORMS: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه' };
const ARABIC_FORMS: Record<string, string> = { 'ی': 'ي', 'ک': 'ك' };
// Ethiopic and Arabic punctuation stay glued to words in NLP.js's fallback tokenizer.
const NON_ASCII_PUNCT = /[\u1361-\u1368\u060C\u061B\u061F\u066A-\u066D\u06D4«»“”„‘’…]/gu;

/** Form used for training and classifying intents in one language. */
export function normaliseForNlu(lang: string, text: string): string {
  const forms = lang === 'fa' || lang === 'ps' ? PERSIAN_FORMS : lang === 'ar' ? ARABIC_FORMS : undefined;
  let out = text.normalize('NFC').replace(INVISIBLE, '').replace(ARABIC_MARKS, '').replace(NON_ASCII_PUNCT, ' ');
  if (forms) out = [...out].map((ch) => forms[ch] ?? ch).join('');
  return out.toLowerCase().replace(/(\p{L})\1{2,}/gu, '$1').replace(/\s+/gu, ' ').trim();
}
