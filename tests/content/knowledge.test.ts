import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit arbitrary JSON */
import { loadKnowledge } from '../../src/knowledge/load.js';

const KNOWLEDGE = new URL('../../knowledge/', import.meta.url).pathname;

function corrupted(file: string, change: (json: Record<string, any>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

describe('knowledge base', () => {
  it('loads and validates the shipped knowledge with the Leiden overlay', () => {
    const { knowledge, facts } = loadKnowledge(KNOWLEDGE, 'leiden');
    expect(knowledge.topicIds()).toHaveLength(37);
    expect(facts.values.ind?.name).toBe('IND');
    expect(facts.values.municipality?.integrationProgramme).toBe('Leidse Inburgering');
  });

  it('gives every fact a source URL and a check date', () => {
    const orgs = JSON.parse(readFileSync(join(KNOWLEDGE, 'organisations.json'), 'utf8'));
    for (const [id, org] of Object.entries<any>(orgs)) {
      if (id === '$comment') continue;
      for (const [field, fact] of Object.entries<any>(org.facts)) {
        expect(fact.source, `${id}.${field}`).toMatch(/^https?:\/\//);
        expect(fact.checked, `${id}.${field}`).toMatch(/^\d{4}-\d{2}/);
      }
    }
  });

  it('names the file and the field when a fact has no source', () => {
    const dir = corrupted('organisations.json', (j) => delete j.ind.facts.phone.source);
    expect(() => loadKnowledge(dir, 'leiden')).toThrow(/organisations\.json → ind[\s\S]*\/facts\/phone\/source/);
  });

  it('names the file and the field when a check date is malformed', () => {
    const dir = corrupted('rules.json', (j) => (j.departureDays.checked = 'last week'));
    expect(() => loadKnowledge(dir, 'leiden')).toThrow(/rules\.json → departureDays[\s\S]*\/checked/);
  });

  it('rejects a follow-up to a topic that does not exist', () => {
    const dir = corrupted('topics.json', (j) => j.topics.healthcare.followUps.push('dentist'));
    expect(() => loadKnowledge(dir, 'leiden')).toThrow(/topics\.json[\s\S]*\/topics\/healthcare\/followUps: unknown topic "dentist"/);
  });

  it('rejects a municipality overlay without a phone number', () => {
    const dir = corrupted('municipalities/leiden.json', (j) => delete j.facts.phone);
    expect(() => loadKnowledge(dir, 'leiden')).toThrow(/leiden\.json[\s\S]*\/facts\/phone/);
  });

  it('rejects malformed JSON with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    writeFileSync(join(dir, 'topics.json'), '{ "menu": [');
    expect(() => loadKnowledge(dir, 'leiden')).toThrow(/topics\.json cannot be read as JSON/);
  });

  it('covers every topic of the evaluation topic list', () => {
    const evalTopics = Object.keys(JSON.parse(readFileSync(new URL('../eval/topics.json', import.meta.url), 'utf8')));
    const { knowledge } = loadKnowledge(KNOWLEDGE, 'leiden');
    expect([...knowledge.topicIds()].sort()).toEqual(evalTopics.sort());
  });
});
