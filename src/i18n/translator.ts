import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import { AppError } from '../core/errors.js';
import { LANGUAGES, type Lang } from '../core/languages.js';
import type { Translator } from '../core/ports.js';

export const NAMESPACES = ['common', 'answers', 'urgent', 'topics', 'meta', 'bystander'] as const;

export interface LocaleMeta {
  language: string;
  nativeName: string;
  reviewStatus: 'draft' | 'reviewed';
  reviewNote?: string;
  reviewedBy?: string;
  reviewedOn?: string;
}

export interface LoadedTranslator {
  translator: Translator;
  /** Review status per language, shown to operators. */
  meta: Partial<Record<Lang, LocaleMeta>>;
  resources: Resource;
  i18n: i18n;
}

/** Reads `locales/<lang>/<namespace>.json` for every supported language present. */
export function readLocales(dir: string): Resource {
  const resources: Resource = {};
  for (const lang of readdirSync(dir)) {
    if (!(LANGUAGES as readonly string[]).includes(lang)) continue;
    const bundle: Record<string, unknown> = {};
    for (const ns of NAMESPACES) {
      const file = join(dir, lang, `${ns}.json`);
      if (!existsSync(file)) continue;
      try {
        bundle[ns] = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new AppError('CONTENT_INVALID', `${file} cannot be read as JSON: ${(err as Error).message}`, { cause: err });
      }
    }
    resources[lang] = bundle as Resource[string];
  }
  return resources;
}

/**
 * One i18next instance for the process; each message uses a fixed-language `t`, so concurrent messages in
 * different languages never change shared state. No fallback language: a missing string is reported, not
 * silently replaced (the pipeline decides what to do).
 */
export function createTranslator(localesDir: string): LoadedTranslator {
  const resources = readLocales(localesDir);
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    initAsync: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    fallbackLng: false,
    supportedLngs: Object.keys(resources),
    // Plain-text channels: escaping would show "&amp;" in "DT&V".
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  const fixed = new Map<Lang, ReturnType<i18n['getFixedT']>>();
  const tFor = (lang: Lang) => {
    let t = fixed.get(lang);
    if (!t) fixed.set(lang, (t = instance.getFixedT(lang)));
    return t;
  };
  /** The stored string for `namespace:path` in one language, without fallback or interpolation. */
  const raw = (lang: Lang, key: string): unknown => {
    const [ns, path] = key.split(':', 2);
    return ns && path ? instance.getResource(lang, ns, path) : undefined;
  };
  const translator: Translator = {
    text(lang, key, values) {
      if (raw(lang, key) === undefined) return undefined;
      return tFor(lang)(key, values) as string;
    },
    template(lang, key) {
      const value = raw(lang, key);
      return typeof value === 'string' ? value : undefined;
    },
  };
  const meta: Partial<Record<Lang, LocaleMeta>> = {};
  for (const lang of LANGUAGES) {
    const m = (resources[lang] as Record<string, unknown> | undefined)?.meta;
    if (m) meta[lang] = m as LocaleMeta;
  }
  return { translator, meta, resources, i18n: instance };
}
