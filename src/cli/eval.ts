// `npm run eval [file.jsonl] [-- --json] [--failures N] [--min-overall 0.9 ...]`: scores the pipeline on a case set.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { assembleCore } from '../core-assembly.js';
import { renderText } from './render-text.js';
import { scoreCase, summarise, type CaseResult, type EvalCase, type TopicRule } from './eval-score.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    failures: { type: 'string', default: '40' },
    topics: { type: 'string' },
    'min-overall': { type: 'string' },
    'min-language': { type: 'string' },
    'min-urgent-recall': { type: 'string' },
    'max-false-urgent': { type: 'string' },
    'min-language-match': { type: 'string' },
  },
});

const root = resolve(import.meta.dirname, '..', '..');
const casesFile = resolve(positionals[0] ?? join(root, 'tests/eval/dev-cases.jsonl'));
const topicsFile = values.topics ? resolve(values.topics) : join(dirname(casesFile), 'topics.json');
const rules = JSON.parse(readFileSync(topicsFile, 'utf8')) as Record<string, TopicRule>;
const cases = readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase);

const core = await assembleCore(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
const results: CaseResult[] = [];
for (const c of cases) {
  const reply = await core.pipeline.handle({ key: `eval:${c.id}`, channel: 'eval', userKey: `eval:${c.id}`, content: { type: 'text', text: c.text }, receivedAt: new Date() });
  results.push(scoreCase(c, rules[c.topic] ?? {}, reply, renderText(reply).text));
}
const summary = summarise(results, rules);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
if (values.json) {
  console.log(JSON.stringify({ summary, failures: results.filter((r) => !r.pass).map(({ text: _t, ...r }) => r) }, null, 2));
} else {
  const table = (title: string, rows: Record<string, { n: number; accuracy: number }>) => {
    console.log(`\n${title}`);
    for (const [k, v] of Object.entries(rows).sort((a, b) => a[1].accuracy - b[1].accuracy)) console.log(`  ${k.padEnd(26)} ${pct(v.accuracy).padStart(6)}  (n=${v.n})`);
  };
  const failures = results.filter((r) => !r.pass);
  console.log(`\nFailures (${failures.length}; showing ${Math.min(failures.length, Number(values.failures))}):`);
  for (const r of failures.slice(0, Number(values.failures))) {
    console.log(`  ${r.case.id} [${r.case.kind}] → ${r.intent ?? '-'} ${r.score?.toFixed(2) ?? ''} ${r.replyLanguage}: ${r.reason}${r.triage ? ` [${r.triage}]` : ''}\n      ${r.case.text.slice(0, 110)}`);
  }
  table('Accuracy by topic', summary.byTopic);
  table('Accuracy by kind', summary.byKind);
  table('Accuracy by language', summary.byLanguage);
  console.log(`\nCases: ${summary.total}  (${casesFile.replace(root + '/', '')})`);
  console.log(`Overall accuracy:   ${pct(summary.overall)}`);
  console.log(`Urgent recall:      ${pct(summary.urgentRecall)}`);
  console.log(`False-urgent rate:  ${pct(summary.falseUrgentRate)}`);
  console.log(`Reply language ok:  ${pct(summary.languageMatch)}`);
}

// Optional gates, used by CI to catch regressions.
const gates: [string | undefined, boolean, string][] = [
  [values['min-overall'], summary.overall >= Number(values['min-overall']), 'overall accuracy'],
  [values['min-language'], Object.values(summary.byLanguage).every((l) => l.accuracy >= Number(values['min-language'])), 'accuracy in every language'],
  [values['min-urgent-recall'], summary.urgentRecall >= Number(values['min-urgent-recall']), 'urgent recall'],
  [values['max-false-urgent'], summary.falseUrgentRate <= Number(values['max-false-urgent']), 'false-urgent rate'],
  [values['min-language-match'], summary.languageMatch >= Number(values['min-language-match']), 'reply language'],
];
const failed = gates.filter(([limit, ok]) => limit !== undefined && !ok).map(([, , name]) => name);
if (failed.length > 0) {
  console.error(`\nEval gate failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
