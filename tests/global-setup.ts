import { loadConfig } from '../src/config.js';
import { loadCorpus } from '../src/nlu/corpus.js';
import { ensureModel } from '../src/nlu/intent-classifier.js';

/** Trains the intent model once before the test files run in parallel, so none of them races to write it. */
export default async function setup(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  await ensureModel(config.modelPath, loadCorpus(config.paths.intents));
}
