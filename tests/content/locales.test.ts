import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFactContexts, placeholdersOf } from '../../src/core/answers.js';
import { LANGUAGES, type Lang } from '../../src/core/languages.js';
import { createTranslator, NAMESPACES } from '../../src/i18n/translator.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { loadCorpus } from '../../src/nlu/corpus.js';

const root = new URL('../../', import.meta.url).pathname;
const { translator, resources } = createTranslator(`${root}locales`);
const { knowledge, facts } = loadKnowledge(`${root}knowledge`, 'leiden');
const contextFor = createFactContexts(facts, translator);

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, flatten(v, `${prefix}${k}.`));
  }
  return out;
}
const bundle = (lang: string, ns: string): Record<string, string> => flatten(((resources[lang] as Record<string, Tree> | undefined)?.[ns] ?? {}) as Tree);
// The bystander line is always Dutch; every other namespace exists in every language.
const TRANSLATED = NAMESPACES.filter((ns) => ns !== 'bystander' && ns !== 'meta');

// A phone number (3+ digits, possibly grouped), a link or an e-mail address written into a locale.
const LITERAL_FACT = /(\+?\d[\d\s-]{2,}\d)|(https?:\/\/)|(www\.)|(\b[\w-]+\.(nl|org|com|eu)\b)|(@[\w-]+\.)/iu;

describe('locales', () => {
  it('exist for all 14 languages', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      for (const ns of TRANSLATED) {
        it(`has every ${ns} key the English source has`, () => {
          const missing = Object.keys(bundle('en', ns)).filter((k) => !(k in bundle(lang, ns)));
          expect(missing).toEqual([]);
        });
      }

      it('writes no phone number, link or e-mail address (facts come from knowledge/)', () => {
        for (const ns of NAMESPACES) {
          for (const [key, text] of Object.entries(bundle(lang, ns))) {
            if (ns === 'meta') continue;
            expect(text.replace(/\{\{[^}]+\}\}/g, ''), `${lang}/${ns}:${key}`).not.toMatch(LITERAL_FACT);
          }
        }
      });

      it('uses only placeholders that exist in the knowledge base', () => {
        const context = contextFor(lang) as Record<string, Record<string, string>>;
        for (const ns of ['answers', 'urgent', 'common']) {
          for (const [key, text] of Object.entries(bundle(lang, ns))) {
            for (const p of placeholdersOf(text)) {
              const [org, field] = p.split('.');
              const known = field ? context[org ?? '']?.[field] !== undefined : ['sources', 'checked', 'days', 'open', 'close'].includes(p);
              expect(known, `${lang}/${ns}:${key} uses {{${p}}}`).toBe(true);
            }
          }
        }
      });

      it('keeps every answer under 600 characters once facts are filled in', () => {
        for (const topic of knowledge.topicIds()) {
          if (topic.startsWith('emergency_') && topic !== 'emergency_number') continue;
          const text = translator.text(lang as Lang, `answers:${topic}`, { ...contextFor(lang as Lang) }) ?? '';
          expect(text.length, `${lang} ${topic}`).toBeLessThanOrEqual(600);
          expect(text, `${lang} ${topic}`).not.toMatch(/\{\{/);
        }
      });

      it('names an organisation with a way to reach it in every topic answer', () => {
        for (const topic of knowledge.topicIds()) {
          const template = translator.template(lang as Lang, `answers:${topic}`);
          if (!template) continue; // emergencies are answered by urgent:*; completeness is checked above
          if (['greeting', 'out_of_scope'].includes(topic)) continue;
          const placeholders = placeholdersOf(template);
          expect(placeholders.some((p) => p.endsWith('.name')), `${lang} ${topic} names an organisation`).toBe(true);
          expect(placeholders.some((p) => /\.(phone|website|email|residentPortal|volunteerPortal|address|phoneFree)$/.test(p)), `${lang} ${topic} gives a way to reach it`).toBe(true);
        }
      });

      it('keeps topic labels at 20 characters at most (WhatsApp button titles)', () => {
        for (const [topic, label] of Object.entries(bundle(lang, 'topics'))) expect([...label].length, `${lang} ${topic}: ${label}`).toBeLessThanOrEqual(20);
      });

      it('declares its review status', () => {
        const meta = (resources[lang] as Record<string, Record<string, string>> | undefined)?.meta;
        expect(meta?.language).toBe(lang);
        expect(['draft', 'reviewed']).toContain(meta?.reviewStatus);
        expect(meta?.nativeName).toBeTruthy();
      });
    });
  }

  it('has every plural form each language needs for any plural key', () => {
    for (const lang of LANGUAGES) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const ns of NAMESPACES) {
        const keys = Object.keys(bundle(lang, ns));
        const bases = new Set(keys.filter((k) => /_(zero|one|two|few|many|other)$/.test(k)).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
        for (const base of bases) for (const c of categories) expect(keys, `${lang}/${ns}:${base}_${c}`).toContain(`${base}_${c}`);
      }
    }
  });
});

describe('intents', () => {
  const corpus = loadCorpus(`${root}intents`);
  const evalCases = readFileSync(`${root}tests/eval/dev-cases.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const squash = (s: string) => s.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
  const held = new Set(evalCases.map(squash));
  const names = Object.values(facts.values).flatMap((v) => [v.name, v.integrationProgramme]).filter((n): n is string => Boolean(n)).map(squash);
  const beyondNames = (text: string): boolean => {
    const words = text.split(' ');
    const rest = names.reduce((t, n) => ` ${t} `.replace(` ${n} `, ' ').trim(), text).split(' ').filter(Boolean);
    return words.length >= 3 || (words.length >= 2 && rest.length >= 2);
  };

  it('exist for all 14 languages', () => {
    expect(Object.keys(corpus).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: covers every topic with at least 15 distinct utterances`, () => {
      for (const topic of knowledge.topicIds()) {
        const utterances = corpus[lang]?.[topic] ?? [];
        expect(new Set(utterances.map(squash)).size, `${lang} ${topic}`).toBeGreaterThanOrEqual(15);
      }
    });
    it(`${lang}: copies no text of the held-out evaluation set, whole or inside an utterance`, () => {
      const utterances = Object.values(corpus[lang] ?? {}).flat().map(squash);
      const copied = utterances.filter((u) => held.has(u));
      // A held-out message may not appear inside a training utterance either, unless it is no more than an
      // organisation's name (people must be able to ask "what is Stichting Vluchteling").
      const contained = [...held].filter(beyondNames).filter((h) => utterances.some((u) => ` ${u} `.includes(` ${h} `)));
      expect([...copied, ...contained]).toEqual([]);
    });
  }
});
