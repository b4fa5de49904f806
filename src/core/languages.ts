/** The languages the bot answers in, with the name each language has for itself (used in the language menu). */
export const LANGUAGES = ['en', 'nl', 'ar', 'fa', 'ps', 'ti', 'am', 'so', 'tr', 'ku', 'uk', 'ru', 'fr', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const NATIVE_NAMES: Record<Lang, string> = {
  en: 'English',
  nl: 'Nederlands',
  ar: 'العربية',
  fa: 'فارسی / دری',
  ps: 'پښتو',
  ti: 'ትግርኛ',
  am: 'አማርኛ',
  so: 'Soomaali',
  tr: 'Türkçe',
  ku: 'Kurdî (Kurmancî)',
  uk: 'Українська',
  ru: 'Русский',
  fr: 'Français',
  es: 'Español',
};

/** Written right to left; channels and the dashboard need this for correct rendering. */
export const RTL_LANGUAGES: ReadonlySet<Lang> = new Set<Lang>(['ar', 'fa', 'ps']);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a channel's language tag (Telegram `language_code` such as `pt-br`, `prs`, `ckb`) to a supported language. */
export function langFromTag(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  const aliases: Record<string, Lang> = { prs: 'fa', pes: 'fa', pbt: 'ps', kmr: 'ku', tir: 'ti', amh: 'am', som: 'so', nld: 'nl', eng: 'en', ukr: 'uk', rus: 'ru', tur: 'tr', fra: 'fr', spa: 'es', ara: 'ar' };
  const lang = aliases[base] ?? base;
  return isLang(lang) ? lang : undefined;
}

/** Words people type to ask for another language; a short message containing one opens the language menu. */
export const LANGUAGE_WORDS: readonly string[] = [
  'language', 'languages', 'lang', 'taal', 'talen', 'لغة', 'اللغة', 'لغه', 'زبان', 'ژبه', 'ቋንቋ', 'luqad', 'luuqad',
  'dil', 'ziman', 'мова', 'язык', 'langue', 'idioma', 'idiomas',
];

/** Names of each language as people might type them to switch (in the language itself, English and Dutch). */
export const LANGUAGE_ALIASES: Record<Lang, readonly string[]> = {
  en: ['english', 'engels', 'انجليزي', 'انگلیسی'],
  nl: ['nederlands', 'dutch', 'hollands', 'هولندي'],
  ar: ['العربية', 'عربي', 'عربى', 'arabic', 'arabisch', 'arabi', '3arabi'],
  fa: ['فارسی', 'فارسي', 'دری', 'دري', 'farsi', 'persian', 'perzisch', 'dari'],
  ps: ['پښتو', 'پشتو', 'pashto', 'pasjtoe', 'pashtu'],
  ti: ['ትግርኛ', 'tigrinya', 'tigrinja', 'tigrigna'],
  am: ['አማርኛ', 'amharic', 'amhaars', 'amharigna'],
  so: ['soomaali', 'somali', 'somalisch', 'af soomaali'],
  tr: ['türkçe', 'turkce', 'turkish', 'turks'],
  ku: ['kurdî', 'kurdi', 'kurmancî', 'kurmanci', 'kurdish', 'koerdisch'],
  uk: ['українська', 'украинский', 'ukrainian', 'oekraïens', 'ukrainska'],
  ru: ['русский', 'russian', 'russisch', 'russkiy'],
  fr: ['français', 'francais', 'french', 'frans'],
  es: ['español', 'espanol', 'spanish', 'spaans'],
};

export type Script = 'latin' | 'arabic' | 'cyrillic' | 'ethiopic';

/**
 * The scripts each language is written in by its speakers. The first is the native one; Latin after it means
 * people also type the language in Latin letters in chats (Arabizi, Finglish, transliterated Ukrainian/Russian).
 */
export const SCRIPTS: Record<Lang, readonly Script[]> = {
  en: ['latin'], nl: ['latin'], so: ['latin'], tr: ['latin'], ku: ['latin'], fr: ['latin'], es: ['latin'],
  ar: ['arabic', 'latin'], fa: ['arabic', 'latin'], ps: ['arabic', 'latin'],
  uk: ['cyrillic', 'latin'], ru: ['cyrillic', 'latin'],
  ti: ['ethiopic'], am: ['ethiopic'],
};
