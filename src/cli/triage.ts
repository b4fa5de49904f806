// `npm run triage -- [--lang xx] "message" ...` (or lines on stdin): which emergency tier a message triggers and why.
// For content authors checking a lexicon change.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createTriage } from '../core/triage.js';
import { loadTriageLexicons } from '../nlu/corpus.js';
import { requiredLiterals } from '../nlu/regex-literals.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string', multiple: true } } });
const triage = createTriage(loadTriageLexicons(loadConfig({ LOG_LEVEL: 'silent' }).paths.triage), { literalsOf: requiredLiterals });
const show = (text: string) => {
  const result = triage.assess(text, values.lang);
  console.log(`${result ? `${result.tier.toUpperCase()} (${result.lang}: /${result.matched}/)` : 'none'}\t${text}`);
};
if (positionals.length > 0) positionals.forEach(show);
else for await (const line of createInterface({ input: process.stdin })) if (line.trim()) show(line.trim());
