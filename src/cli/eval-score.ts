import type { Reply } from '../core/message.js';

/** How `tests/eval/topics.json` says a reply to a topic is judged. */
export interface TopicRule {
  urgent?: boolean;
  allow112?: boolean;
  any?: string[];
  all?: string[];
  none?: string[];
  note?: string;
}

export interface EvalCase {
  id: string;
  lang: string;
  topic: string;
  kind: string;
  text: string;
}

export interface CaseResult {
  case: EvalCase;
  pass: boolean;
  markersOk: boolean;
  languageOk: boolean;
  urgent: boolean;
  falseAlarm112: boolean;
  reason?: string;
  replyLanguage: string;
  intent?: string;
  score?: number;
  /** Which triage tier fired and how (lexicon pattern or classifier), for reading failures. */
  triage?: string;
  text: string;
}

const EMERGENCY_112 = /(^|\D)112(\D|$)/u;
const re = (p: string) => new RegExp(p, 'iu');

/** The words of the answer itself, without button labels: a menu of topics is not an answer. */
function answerText(reply: Reply): string {
  return reply.parts.map((p) => (p.type === 'choices' ? '' : p.text)).join('\n');
}

/**
 * Scores one reply: the topic's required markers in the answer text, forbidden markers and 112 anywhere the user
 * sees (buttons included), urgency, and the reply language.
 */
export function scoreCase(c: EvalCase, rule: TopicRule, reply: Reply, text: string): CaseResult {
  const reasons: string[] = [];
  const answer = answerText(reply);
  if (rule.any && !rule.any.some((p) => re(p).test(answer))) reasons.push('no marker of "any"');
  if (rule.all) for (const p of rule.all) if (!re(p).test(answer)) reasons.push(`missing /${p}/`);
  if (rule.none) for (const p of rule.none) if (re(p).test(text)) reasons.push(`forbidden /${p}/`);
  if (rule.urgent && !reply.urgent) reasons.push('not marked urgent');
  const falseAlarm112 = !rule.urgent && !rule.allow112 && EMERGENCY_112.test(text);
  if (falseAlarm112) reasons.push('mentions 112');
  if (!rule.urgent && !rule.allow112 && reply.urgent) reasons.push('marked urgent');
  const markersOk = reasons.length === 0;
  const languageOk = reply.language === c.lang;
  if (!languageOk) reasons.push(`answered in ${reply.language}`);
  return {
    case: c,
    pass: markersOk && languageOk,
    markersOk,
    languageOk,
    urgent: reply.urgent !== null,
    falseAlarm112,
    ...(reasons.length ? { reason: reasons.join('; ') } : {}),
    replyLanguage: reply.language,
    ...(reply.trace.intent ? { intent: reply.trace.intent } : {}),
    ...(reply.trace.score !== undefined ? { score: reply.trace.score } : {}),
    ...(reply.trace.triage ? { triage: `${reply.trace.triage.tier} via ${reply.trace.triage.via}${reply.trace.triage.matched ? ` /${reply.trace.triage.matched}/` : ''}` } : {}),
    text,
  };
}

export interface Summary {
  total: number;
  overall: number;
  byLanguage: Record<string, { n: number; accuracy: number }>;
  byTopic: Record<string, { n: number; accuracy: number }>;
  byKind: Record<string, { n: number; accuracy: number }>;
  urgentRecall: number;
  falseUrgentRate: number;
  languageMatch: number;
}

function group(results: CaseResult[], key: (r: CaseResult) => string): Record<string, { n: number; accuracy: number }> {
  const out: Record<string, { n: number; pass: number }> = {};
  for (const r of results) {
    const g = (out[key(r)] ??= { n: 0, pass: 0 });
    g.n++;
    if (r.pass) g.pass++;
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { n: v.n, accuracy: v.pass / v.n }]));
}

/**
 * Urgent recall: emergency cases answered as urgent. False-urgent rate: cases of topics that are not
 * emergencies and do not concern violence or exploitation (where the violence tier is expected) that were
 * marked urgent or told to call 112.
 */
export function summarise(results: CaseResult[], rules: Record<string, TopicRule>): Summary {
  const urgentCases = results.filter((r) => rules[r.case.topic]?.urgent);
  const calmCases = results.filter((r) => !rules[r.case.topic]?.urgent && !rules[r.case.topic]?.allow112);
  return {
    total: results.length,
    overall: results.filter((r) => r.pass).length / Math.max(results.length, 1),
    byLanguage: group(results, (r) => r.case.lang),
    byTopic: group(results, (r) => r.case.topic),
    byKind: group(results, (r) => r.case.kind),
    urgentRecall: urgentCases.filter((r) => r.urgent).length / Math.max(urgentCases.length, 1),
    falseUrgentRate: calmCases.filter((r) => r.urgent || r.falseAlarm112).length / Math.max(calmCases.length, 1),
    languageMatch: results.filter((r) => r.languageOk).length / Math.max(results.length, 1),
  };
}
