import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/languages.js';
import { createTriage, type TriageLexicon } from '../../../src/core/triage.js';
import { loadTriageLexicons } from '../../../src/nlu/corpus.js';

const lexicon = (over: Partial<TriageLexicon>): TriageLexicon => ({
  language: 'en', danger: [], medical: [], suicide: [], violence: [], notEmergency: [], ...over,
});

describe('triage engine', () => {
  const triage = createTriage([
    lexicon({
      danger: ['(he|they) (has|have) a knife', ' fire in (my|the|our) (room|building)'],
      medical: ['not breathing'],
      suicide: ['kill myself', 'end my life'],
      violence: ['husband (hits|beats) me'],
      notEmergency: ['(waiting|procedure) is killing me', 'emergency number'],
    }),
    lexicon({ language: 'ar', suicide: ['انتحر', 'اقتل نفسي'] }),
  ]);

  it('returns the most serious tier: suicide before medical before violence before danger', () => {
    expect(triage.assess('my husband beats me and he has a knife')?.tier).toBe('violence');
    expect(triage.assess('I want to kill myself, he is not breathing')?.tier).toBe('suicide');
    expect(triage.assess('my friend is not breathing')?.tier).toBe('medical');
    expect(triage.assess('There is a FIRE in our building!!')?.tier).toBe('danger');
  });

  it('matches through elongated letters, zero-width characters and case', () => {
    expect(triage.assess('i want to kiiiiill myseeeelf')?.tier).toBe('suicide');
    expect(triage.assess('i want to ki\u200Bll my\u200Dself')?.tier).toBe('suicide');
  });

  it('matches Arabic written with another keyboard\'s letters and diacritics', () => {
    expect(triage.assess('أريد أن أقتُل نفسي')?.tier).toBe('suicide');
    expect(triage.assess('اريد ان اقتل نفسی')?.tier).toBe('suicide');
  });

  it('removes phrases that only sound alarming before looking for emergencies', () => {
    expect(triage.assess('this waiting is killing me')).toBeNull();
    expect(triage.assess('what is the emergency number here?')).toBeNull();
  });

  it('still fires when a real emergency follows an alarming idiom', () => {
    expect(triage.assess('the procedure is killing me and now I want to end my life')?.tier).toBe('suicide');
  });

  it('returns null for an ordinary question', () => {
    expect(triage.assess('I need help with my housing form')).toBeNull();
  });
});

describe('triage lexicons of every language', () => {
  const lexicons = loadTriageLexicons(new URL('../../../intents/triage/', import.meta.url).pathname);
  const triage = createTriage(lexicons);
  const fixtureFile = new URL('../../fixtures/triage-cases.json', import.meta.url);
  const cases = existsSync(fixtureFile)
    ? (JSON.parse(readFileSync(fixtureFile, 'utf8')) as Record<string, Record<'danger' | 'medical' | 'suicide' | 'violence' | 'notEmergency', string[]>>)
    : {};

  it('exists for all 14 languages', () => {
    expect(lexicons.map((l) => l.language).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const c = cases[lang];
      it('has fixtures', () => expect(c).toBeDefined());
      if (!c) return;
      for (const tier of ['danger', 'medical', 'suicide', 'violence'] as const) {
        for (const text of c[tier]) {
          it(`flags a ${tier} message as urgent: ${text.slice(0, 60)}`, () => {
            const result = triage.assess(text);
            expect(result, text).not.toBeNull();
            // Suicide must get the suicide-prevention line; other tiers may overlap (a violent attack is danger too).
            if (tier === 'suicide') expect(result?.tier).toBe('suicide');
          });
        }
      }
      for (const text of c.notEmergency) {
        it(`does not flag a hard negative: ${text.slice(0, 60)}`, () => {
          expect(triage.assess(text), text).toBeNull();
        });
      }
    });
  }
});
