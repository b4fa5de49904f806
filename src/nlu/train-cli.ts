// `npm run train`: trains the intent model from intents/ and saves it. `--if-stale` skips when it is current.
import { loadConfig } from '../config.js';
import { loadCorpus } from './corpus.js';
import { corpusHash, readSavedModel, trainModel, writeSavedModel } from './intent-classifier.js';

const config = loadConfig();
const corpus = loadCorpus(config.paths.intents);
const saved = readSavedModel(config.modelPath);
if (process.argv.includes('--if-stale') && saved?.corpusHash === corpusHash(corpus)) {
  console.log(`intent model is current (${config.modelPath})`);
} else {
  const started = performance.now();
  const model = await trainModel(corpus);
  writeSavedModel(config.modelPath, model);
  const docs = Object.values(corpus).reduce((n, intents) => n + Object.values(intents).flat().length, 0);
  console.log(`trained ${docs} utterances in ${Object.keys(corpus).length} languages in ${Math.round(performance.now() - started)} ms → ${config.modelPath}`);
}
