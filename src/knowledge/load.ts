import { join } from 'node:path';
import type { RawFacts, Hours } from '../core/answers.js';
import { AppError } from '../core/errors.js';
import type { KnowledgeBase } from '../core/ports.js';
import type { SourceRef } from '../core/message.js';
import { parseWithSchema, readJsonFile } from '../schema.js';
import {
  FactSchema,
  MunicipalitySchema,
  OrganisationSchema,
  OrganisationsFileSchema,
  RulesFileSchema,
  TopicsFileSchema,
  type Fact,
  type Organisation,
} from './schema.js';

export interface LoadedKnowledge {
  knowledge: KnowledgeBase;
  facts: RawFacts;
}

/**
 * Loads and validates `knowledge/`: organisations, procedural rules, topics and the municipal overlay. Every
 * fact keeps its source and check date; every reference between files must resolve.
 */
export function loadKnowledge(dir: string, municipalityId: string): LoadedKnowledge {
  const orgFile = join(dir, 'organisations.json');
  const orgsRaw = parseWithSchema(OrganisationsFileSchema, readJsonFile(orgFile), orgFile);
  const organisations: Record<string, Organisation> = {};
  for (const [id, value] of Object.entries(orgsRaw)) {
    if (id === '$comment') continue;
    organisations[id] = parseWithSchema(OrganisationSchema, value, `${orgFile} → ${id}`);
  }

  const rulesFile = join(dir, 'rules.json');
  const rules: Record<string, Fact> = {};
  for (const [id, value] of Object.entries(parseWithSchema(RulesFileSchema, readJsonFile(rulesFile), rulesFile))) {
    if (id !== '$comment') rules[id] = parseWithSchema(FactSchema, value, `${rulesFile} → ${id}`);
  }

  const muniFile = join(dir, 'municipalities', `${municipalityId}.json`);
  const municipality = parseWithSchema(MunicipalitySchema, readJsonFile(muniFile), muniFile);

  const topicsFile = join(dir, 'topics.json');
  const topics = parseWithSchema(TopicsFileSchema, readJsonFile(topicsFile), topicsFile);

  const factTable = new Map<string, Fact>();
  const values: Record<string, Record<string, string>> = {};
  const hours: Record<string, Hours> = {};
  for (const [id, org] of Object.entries(organisations)) {
    values[id] = { name: org.name, ...(org.fullName ? { fullName: org.fullName } : {}) };
    for (const [field, fact] of Object.entries(org.facts)) {
      values[id][field] = fact.value;
      factTable.set(`${id}.${field}`, fact);
    }
    if (org.hours) {
      const { days, open, close } = org.hours;
      hours[id] = { days, ...(open ? { open } : {}), ...(close ? { close } : {}) };
      factTable.set(`${id}.hours`, { value: days, source: org.hours.source, checked: org.hours.checked });
    }
  }
  values.rules = {};
  for (const [field, fact] of Object.entries(rules)) {
    values.rules[field] = fact.value;
    factTable.set(`rules.${field}`, fact);
  }
  values.municipality = { name: municipality.name };
  for (const [field, fact] of Object.entries(municipality.facts)) {
    if (!fact) continue;
    values.municipality[field] = fact.value;
    factTable.set(`municipality.${field}`, fact);
  }

  checkTopicReferences(topics, organisations, topicsFile);
  const topicIds = Object.keys(topics.topics);

  const knowledge: KnowledgeBase = {
    topicIds: () => topicIds,
    menuTopics: () => topics.menu,
    followUps: (topic) => topics.topics[topic]?.followUps ?? [],
    sourcesFor(placeholders) {
      const seen = new Map<string, SourceRef>();
      for (const p of placeholders) {
        const fact = factTable.get(p);
        if (fact && !seen.has(fact.source)) seen.set(fact.source, { url: fact.source, checked: fact.checked });
      }
      return [...seen.values()];
    },
  };
  return { knowledge, facts: { values, hours } };
}

function checkTopicReferences(topics: { menu: string[]; topics: Record<string, { uses: string[]; followUps: string[] }> }, orgs: Record<string, Organisation>, file: string): void {
  const problems: string[] = [];
  for (const id of topics.menu) if (!topics.topics[id]) problems.push(`  /menu: unknown topic "${id}"`);
  for (const [id, topic] of Object.entries(topics.topics)) {
    for (const org of topic.uses) if (org !== 'municipality' && !orgs[org]) problems.push(`  /topics/${id}/uses: unknown organisation "${org}"`);
    for (const next of topic.followUps) if (!topics.topics[next]) problems.push(`  /topics/${id}/followUps: unknown topic "${next}"`);
  }
  if (problems.length > 0) throw new AppError('CONTENT_INVALID', `${file} is invalid:\n${problems.join('\n')}`);
}
