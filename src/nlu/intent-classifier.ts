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
const MODEL_FORMAT = 'nlpjs-4.27/v2';

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
  return new Nlp({ languages: langs, container, autoSave: false, autoLoad: false, calculateSentiment: false, forceNER: false, nlu: { log: false, useNoneFeature: false }, threshold: 0 });
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

/**
 * The parts of a long message that are classified on their own: its sentences, and overlapping windows of a long
 * sentence. NLP.js's network scores a long message badly: with many words it does not know, most intents sum
 * below zero and the one left over gets a meaningless score of 1. People also often tell their story first and
 * ask the question last, so a question and the last sentence weigh double.
 */
export function segmentsOf(text: string): { text: string; weight: number }[] {
  const sentences = text.split(/(?<=[.!?;\n؟።])\s*/u).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  const segments: { text: string; weight: number }[] = [];
  sentences.forEach((sentence, i) => {
    const weight = /[?؟]\s*$/u.test(sentence) || i === sentences.length - 1 ? 2 : 1;
    const words = sentence.split(' ');
    if (words.length <= 16) segments.push({ text: sentence, weight });
    else for (let w = 0; w < words.length; w += 6) segments.push({ text: words.slice(w, w + 12).join(' '), weight });
  });
  return segments;
}

export async function createIntentClassifier(model: SavedModel, langs: string[]): Promise<Classifier> {
  const nlp = await createNlp(langs);
  nlp.import(model.nlp);
  const scoresOf = async (lang: string, text: string) => {
    // Only the classifier is needed: the language's domain manager directly, without NLP.js's per-call manager
    // pipeline (about a third of the time). "None" and zero scores are dropped; the rest are sorted here.
    const domain = nlp.nluManager.domainManagers[lang];
    if (!domain) return [];
    const { classifications } = await domain.process(text);
    return classifications.filter((c) => c.intent !== 'None' && c.score > 0).sort((a, b) => b.score - a.score);
  };
  return {
    async classify(lang, text) {
      const normalised = normaliseForNlu(lang, text);
      const whole = await scoresOf(lang, normalised);
      const words = normalised.split(' ').length;
      if (whole.length > 1 || (whole.length === 1 && words <= 16)) return whole.slice(0, 5);
      // Nothing, or one lone intent on a long text: let the sentences speak, with the whole text as one voice.
      const totals = new Map<string, number>();
      let weights = 0;
      for (const c of whole) {
        totals.set(c.intent, c.score * 2);
        weights += 2;
      }
      const segments = segmentsOf(normalised);
      for (const segment of segments) {
        const scored = await scoresOf(lang, segment.text);
        if (scored.length === 0) continue;
        weights += segment.weight;
        for (const c of scored) totals.set(c.intent, (totals.get(c.intent) ?? 0) + c.score * segment.weight);
      }
      return [...totals].map(([intent, sum]) => ({ intent, score: sum / Math.max(weights, 1) })).sort((a, b) => b.score - a.score).slice(0, 5);
    },
  };
}
