import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLanguageDetector, scriptOf } from '../../../src/nlu/language-detector.js';

const detector = createLanguageDetector({
  uk: ['де я можу отримати допомогу', 'мені потрібен лікар'],
  ru: ['где я могу получить помощь', 'мне нужен врач'],
  ar: ['أين أستطيع طلب اللجوء', 'أحتاج طبيب'],
  fa: ['کجا می‌توانم پناهندگی بگیرم', 'به دکتر نیاز دارم'],
  ps: ['زه چیرته پناه غوښتنه کولی شم', 'ډاکټر ته اړتیا لرم'],
  en: ['where can I ask for asylum', 'I need a doctor'],
  nl: ['waar kan ik asiel aanvragen', 'ik heb een dokter nodig'],
});

describe('language detector', () => {
  it('finds the script of a message', () => {
    expect(scriptOf('ሰላም ከመይ ኣለኹም')).toBe('ethiopic');
    expect(scriptOf('سلام IND')).toBe('arabic');
    expect(scriptOf('123 !!')).toBe('none');
  });

  it('tells Ukrainian from Russian by letters only one of them uses', () => {
    expect(detector.detect('Їжак').lang).toBe('uk');
    expect(detector.detect('Объявление').lang).toBe('ru');
  });

  it('tells Pashto and Persian from Arabic by their own letters', () => {
    expect(detector.detect('ښه').lang).toBe('ps');
    expect(detector.detect('چطور پناهندگی بگیرم').lang).toBe('fa');
    expect(detector.detect('كيف أطلب اللجوء').lang).toBe('ar');
  });

  it('recognises Sorani Kurdish so the bot can say it does not answer in it yet', () => {
    expect(detector.detect('دەمەوێ پەنابەری وەربگرم').lang).toBe('ckb');
  });

  it('is unsure about one short word and sure about a sentence', () => {
    expect(detector.detect('ok').confidence).toBeLessThan(0.6);
    expect(detector.detect('waar kan ik een dokter vinden, ik heb asiel aangevraagd').confidence).toBeGreaterThan(0.6);
  });

  it('says "und" for text without letters', () => {
    expect(detector.detect('👍 112').lang).toBe('und');
  });
});

describe('language detector trained on the project content', async () => {
  const fixtureFile = new URL('../../fixtures/language-cases.json', import.meta.url);
  const cases = existsSync(fixtureFile) ? (JSON.parse(readFileSync(fixtureFile, 'utf8')) as { lang: string; text: string }[]) : [];
  const { getCore } = await import('../../helpers/core.js');
  const core = await getCore();

  it('detects at least 90% of the fixture messages and every language at least 4 in 6', async () => {
    expect(cases.length).toBeGreaterThan(80);
    const perLang = new Map<string, { ok: number; n: number }>();
    for (const c of cases) {
      const reply = await core.pipeline.handle({ key: `ld:${c.text}`, channel: 'eval', userKey: `ld:${c.text}`, content: { type: 'text', text: c.text }, receivedAt: new Date() });
      const stat = perLang.get(c.lang) ?? { ok: 0, n: 0 };
      stat.n++;
      if (reply.language === c.lang) stat.ok++;
      perLang.set(c.lang, stat);
    }
    const total = [...perLang.values()].reduce((a, s) => ({ ok: a.ok + s.ok, n: a.n + s.n }), { ok: 0, n: 0 });
    expect(total.ok / total.n).toBeGreaterThanOrEqual(0.9);
    for (const [lang, s] of perLang) expect(s.ok / s.n, lang).toBeGreaterThanOrEqual(0.66);
  });
});
