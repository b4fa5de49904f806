import { describe, expect, it } from 'vitest';
import { cleanText, elongationVariants, foldForMatching, foldPattern, normaliseForNlu } from '../../../src/core/normalise.js';

describe('cleanText', () => {
  it('removes zero-width and bidi control characters and collapses spaces', () => {
    expect(cleanText('he\u200Bl\u202Ep  me\n\n now', 100)).toEqual({ text: 'help me now', truncated: false });
  });
  it('caps very long messages and says so', () => {
    const result = cleanText('a'.repeat(50_000), 4000);
    expect(result.truncated).toBe(true);
    expect(result.text).toHaveLength(4000);
  });
  it('does not cut a surrogate pair in half', () => {
    const result = cleanText('😀'.repeat(10), 5);
    expect(result.text).toBe('😀'.repeat(2));
  });
});

describe('foldForMatching', () => {
  it('lower-cases, strips diacritics and pads with spaces', () => {
    expect(foldForMatching('Ayúdame, ¡POR FAVOR!')).toBe(' ayudame por favor ');
  });
  it('folds Arabic and Persian letter variants and removes harakat and tatweel', () => {
    expect(foldForMatching('أنـــا مَرِيضَة')).toBe(foldForMatching('انا مريضه'));
    expect(foldForMatching('کمک')).toBe(foldForMatching('كمك'));
    expect(foldForMatching('زندگی')).toBe(foldForMatching('زندگي'));
  });
  it('keeps Ukrainian і apart from Russian и but folds ї to і', () => {
    expect(foldForMatching('Їжа')).toBe(' іжа ');
    expect(foldForMatching('ищу')).toBe(' ищу ');
  });
  it('maps Turkish dotless i and Eastern Arabic digits', () => {
    expect(foldForMatching('yardım ١١٢')).toBe(' yardim 112 ');
  });
});

describe('elongationVariants', () => {
  it('tries runs of three or more letters as one and as two', () => {
    expect(elongationVariants(' heeeelp killlll ')).toEqual([' help kil ', ' heelp kill ']);
  });
});

describe('foldPattern', () => {
  it('folds letters but keeps regular-expression escapes', () => {
    expect(foldPattern('\\bSuicídio\\s+أنا')).toBe('\\bsuicidio\\s+انا');
    expect(foldPattern('\\S\\W\\D')).toBe('\\S\\W\\D');
  });
});

describe('normaliseForNlu', () => {
  it('separates Ethiopic and Arabic punctuation from words', () => {
    expect(normaliseForNlu('ti', 'ሰላም።')).toBe('ሰላም');
    expect(normaliseForNlu('ps', 'سلام؟')).toBe('سلام');
  });
  it('uses Persian letter forms for Persian and Arabic ones for Arabic', () => {
    expect(normaliseForNlu('fa', 'كمك مي خواهم')).toBe('کمک می خواهم');
    expect(normaliseForNlu('ar', 'کیف')).toBe('كيف');
  });
});
