import type { Logger } from 'pino';
import { createFactContexts } from './core/answers.js';
import { createPipeline, type Pipeline } from './core/pipeline.js';
import type { UserStateStore } from './core/ports.js';
import { createTriage, type Triage } from './core/triage.js';
import type { Config } from './config.js';
import { createTranslator, type LocaleMeta } from './i18n/translator.js';
import { loadKnowledge } from './knowledge/load.js';
import { loadCorpus, loadTriageLexicons } from './nlu/corpus.js';
import { createIntentClassifier, ensureModel } from './nlu/intent-classifier.js';
import { createLanguageDetector } from './nlu/language-detector.js';
import { requiredLiterals } from './nlu/regex-literals.js';
import { createMemoryStateStore } from './store/memory-state.js';
import type { Lang } from './core/languages.js';

export interface ConversationCore {
  pipeline: Pipeline;
  triage: Triage;
  store: UserStateStore;
  /** Review status per language, for operators. */
  localeMeta: Partial<Record<Lang, LocaleMeta>>;
  modelTrained: boolean;
}

/**
 * Loads and validates all content (knowledge, locales, intents, triage lexicons), loads or trains the intent
 * model, and wires the pipeline. Any content error stops start-up with a message naming the file and field.
 */
export async function assembleCore(config: Config, log?: Logger, store: UserStateStore = createMemoryStateStore()): Promise<ConversationCore> {
  const { knowledge, facts } = loadKnowledge(config.paths.knowledge, config.municipality);
  const { translator, meta, resources } = createTranslator(config.paths.locales);
  const corpus = loadCorpus(config.paths.intents);
  const triage = createTriage(loadTriageLexicons(config.paths.triage), { literalsOf: requiredLiterals });
  const { model, trained } = await ensureModel(config.modelPath, corpus);
  if (trained) log?.info({ modelPath: config.modelPath }, 'intent model trained');
  const classifier = await createIntentClassifier(model, Object.keys(corpus));

  // The detector learns from the same utterances plus every answer text, per language.
  const samples: Record<string, string[]> = {};
  for (const [lang, intents] of Object.entries(corpus)) samples[lang] = Object.values(intents).flat();
  for (const [lang, bundle] of Object.entries(resources)) {
    const answers = (bundle as Record<string, unknown>).answers as Record<string, string> | undefined;
    if (answers) (samples[lang] ??= []).push(...Object.values(answers).map((a) => a.replace(/\{\{[^}]+\}\}/g, ' ')));
  }
  const detector = createLanguageDetector(samples);

  const pipeline = createPipeline({
    triage,
    detector,
    classifier,
    knowledge,
    translator,
    facts: createFactContexts(facts, translator),
    store,
    options: config.pipeline,
    ...(log ? { log } : {}),
  });
  return { pipeline, triage, store, localeMeta: meta, modelTrained: trained };
}
