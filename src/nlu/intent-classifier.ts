import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { containerBootstrap } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { LangAr } from '@nlpjs/lang-ar';
import { LangEn } from '@nlpjs/lang-en';
import { LangEs } from '@nlpjs/lang-es';
import { LangFa } from '@nlpjs/lang-fa';
import { LangFr } from '@nlpjs/lang-fr';
import { LangNl } from '@nlpjs/lang-nl';
import { LangRu } from '@nlpjs/lang-ru';
import { LangTr } from '@nlpjs/lang-tr';
import { LangUk } from '@nlpjs/lang-uk';
import type { Lang } from '../core/languages.js';
import { normaliseForNlu } from '../core/normalise.js';
import type { Classifier } from '../core/ports.js';
import type { Corpus } from './corpus.js';

// Bump when training settings or the normalisation change, so saved models are retrained.
const MODEL_FORMAT = 'nlpjs-4.27/v1';

/** Stemmers and tokenizers exist for these; ti, am, so, ps and ku use NLP.js's generic ones (see normaliseForNlu). */
const LANGUAGE_PACKAGES = [LangEn, LangNl, LangAr, LangFa, LangTr, LangUk, LangRu, LangFr, LangEs];

interface SavedModel {
  format: string;
  corpusHash: string;
  trainedAt: string;
  nlp: string;
}

export function corpusHash(corpus: Corpus): string {
  return createHash('sha256').update(MODEL_FORMAT).update(JSON.stringify(corpus)).update(normaliseForNlu.toString()).digest('hex');
}

async function createNlp(langs: string[]): Promise<Nlp> {
  const container = await containerBootstrap();
  for (const pkg of LANGUAGE_PACKAGES) container.use(pkg);
  // autoSave off: NLP.js would otherwise write model.nlp into the working directory on every train().
  return new Nlp({ languages: langs, container, autoSave: false, autoLoad: false, calculateSentiment: false, forceNER: false, nlu: { log: false }, threshold: 0 });
}

/** Trains the intent model. NLP.js's network starts from zero weights, so the same corpus gives the same model. */
export async function trainModel(corpus: Corpus): Promise<SavedModel> {
  const langs = Object.keys(corpus).sort();
  const nlp = await createNlp(langs);
  for (const lang of langs) {
    for (const [intent, utterances] of Object.entries(corpus[lang as Lang] ?? {})) {
      for (const u of utterances) nlp.addDocument(lang, normaliseForNlu(lang, u), intent);
    }
  }
  await nlp.train();
  return { format: MODEL_FORMAT, corpusHash: corpusHash(corpus), trainedAt: new Date().toISOString(), nlp: nlp.export(true) };
}

export function readSavedModel(path: string): SavedModel | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const model = JSON.parse(readFileSync(path, 'utf8')) as SavedModel;
    return model.format === MODEL_FORMAT ? model : undefined;
  } catch {
    return undefined;
  }
}

export function writeSavedModel(path: string, model: SavedModel): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(model));
  renameSync(tmp, path); // atomic: a reader never sees half a model
}

/** Loads the saved model when it matches the corpus; trains and saves one when it is missing or stale. */
export async function ensureModel(path: string, corpus: Corpus): Promise<{ model: SavedModel; trained: boolean }> {
  const saved = readSavedModel(path);
  if (saved && saved.corpusHash === corpusHash(corpus)) return { model: saved, trained: false };
  const model = await trainModel(corpus);
  try {
    writeSavedModel(path, model);
  } catch {
    // A read-only install still works; it just retrains at the next start.
  }
  return { model, trained: true };
}

export async function createIntentClassifier(model: SavedModel, langs: string[]): Promise<Classifier> {
  const nlp = await createNlp(langs);
  nlp.import(model.nlp);
  return {
    async classify(lang, text) {
      const result = await nlp.process(lang, normaliseForNlu(lang, text));
      // NLP.js reports "None" with score 1 below its threshold; the real scores are in classifications.
      return (result.classifications ?? []).filter((c) => c.intent !== 'None').slice(0, 5);
    },
  };
}
