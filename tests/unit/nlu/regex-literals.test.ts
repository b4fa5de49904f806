import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../../src/core/triage.js';
import { loadTriageLexicons } from '../../../src/nlu/corpus.js';
import { requiredLiterals } from '../../../src/nlu/regex-literals.js';

describe('requiredLiterals', () => {
  it('joins fixed parts of a pattern into the literals a match must contain', () => {
    expect(requiredLiterals('(he|they) (has|have) a knife')?.sort()).toEqual(['he has a knife', 'he have a knife', 'they has a knife', 'they have a knife']);
  });
  it('picks the most selective literal around optional and variable parts', () => {
    expect(requiredLiterals('\\b(was|were) (\\w+ )?(kidnapped|stabbed)')?.sort()).toEqual(['kidnapped', 'stabbed']);
  });
  it('returns null when no literal of three characters is required', () => {
    expect(requiredLiterals('(a|b)?c')).toBeNull();
    expect(requiredLiterals('.*')).toBeNull();
  });
  it('understands lookbehind and non-Latin scripts', () => {
    expect(requiredLiterals('(?<!مش )بدي انتحر')).toEqual(['بدي انتحر']);
  });
});

describe('the triage pre-filter', () => {
  it('gives exactly the same results as running every pattern', () => {
    const lexicons = loadTriageLexicons(new URL('../../../intents/triage/', import.meta.url).pathname);
    const fast = createTriage(lexicons, { literalsOf: requiredLiterals });
    const full = createTriage(lexicons);
    const fixtures = JSON.parse(readFileSync(new URL('../../fixtures/triage-cases.json', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;
    const texts = Object.values(fixtures).flatMap((tiers) => Object.values(tiers).flat());
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(fast.assess(text), text).toEqual(full.assess(text));
  });
});
