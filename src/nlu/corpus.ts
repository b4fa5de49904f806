import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { AppError } from '../core/errors.js';
import { LANGUAGES, type Lang } from '../core/languages.js';
import type { TriageLexicon } from '../core/triage.js';
import { parseWithSchema, readJsonFile } from '../schema.js';

/** Training utterances per language and intent. */
export type Corpus = Partial<Record<Lang, Record<string, string[]>>>;

const IntentsFileSchema = Type.Object(
  {
    language: Type.String(),
    intents: Type.Record(Type.String({ pattern: '^[a-z_]+$' }), Type.Array(Type.String({ minLength: 1 }))),
  },
  { additionalProperties: true },
);

const Patterns = Type.Array(Type.String({ minLength: 1 }));
const TriageFileSchema = Type.Object(
  { language: Type.String(), danger: Patterns, medical: Patterns, suicide: Patterns, violence: Patterns, notEmergency: Patterns },
  { additionalProperties: true },
);

/** Reads `intents/<lang>.json` for every supported language that has one. */
export function loadCorpus(dir: string): Corpus {
  const corpus: Corpus = {};
  for (const lang of LANGUAGES) {
    const file = join(dir, `${lang}.json`);
    if (!existsSync(file)) continue;
    const parsed = parseWithSchema(IntentsFileSchema, readJsonFile(file), file);
    if (parsed.language !== lang) throw new AppError('CONTENT_INVALID', `${file} is invalid:\n  /language: expected "${lang}"`);
    corpus[lang] = parsed.intents;
  }
  return corpus;
}

/** Reads `intents/triage/<lang>.json`; every pattern must compile. */
export function loadTriageLexicons(dir: string): TriageLexicon[] {
  const lexicons: TriageLexicon[] = [];
  for (const lang of LANGUAGES) {
    const file = join(dir, `${lang}.json`);
    if (!existsSync(file)) continue;
    const lex = parseWithSchema(TriageFileSchema, readJsonFile(file), file);
    for (const tier of ['danger', 'medical', 'suicide', 'violence', 'notEmergency'] as const) {
      lex[tier].forEach((pattern, i) => {
        try {
          new RegExp(pattern, 'u');
        } catch (err) {
          throw new AppError('CONTENT_INVALID', `${file} is invalid:\n  /${tier}/${i}: ${(err as Error).message}`);
        }
      });
    }
    lexicons.push({ language: lang, danger: lex.danger, medical: lex.medical, suicide: lex.suicide, violence: lex.violence, notEmergency: lex.notEmergency });
  }
  return lexicons;
}
