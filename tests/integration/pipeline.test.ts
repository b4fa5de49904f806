import { describe, expect, it } from 'vitest';
import { getCore, message, textOf } from '../helpers/core.js';

const core = await getCore();
const say = (user: string, text: Parameters<typeof message>[1], extra = {}) => core.pipeline.handle(message(user, text, extra));

describe('conversation pipeline', () => {
  it('answers an asylum question in English with the IND and where its facts come from', async () => {
    const reply = await say('p1', 'How do I apply for asylum in the Netherlands?');
    expect(reply.language).toBe('en');
    expect(reply.trace.topic).toBe('asylum_apply');
    expect(textOf(reply)).toMatch(/\bIND\b/);
    expect(reply.parts.some((p) => p.type === 'sources')).toBe(true);
    expect(reply.parts.some((p) => p.type === 'choices' && p.kind === 'feedback')).toBe(true);
  });

  it('says once, in the first reply, that this is an automated service and not legal advice', async () => {
    const first = await say('p2', 'hello');
    expect(textOf(first)).toMatch(/automated information service, not legal advice/);
    const second = await say('p2', 'where do asylum seekers live?');
    expect(textOf(second)).not.toMatch(/not legal advice/);
  });

  it('answers in Tigrinya when the user writes in Tigrinya', async () => {
    const reply = await say('p3', 'ሓኪም ኣብ ካምፕ ከመይ ይረክብ? ሕማም ኣሎኒ');
    expect(reply.language).toBe('ti');
    expect(reply.rtl).toBe(false);
  });

  it('answers in Arabic, right to left, when the user writes in Arabic', async () => {
    const reply = await say('p4', 'كيف أطلب اللجوء في هولندا؟');
    expect(reply.language).toBe('ar');
    expect(reply.rtl).toBe(true);
    expect(textOf(reply)).toMatch(/\bIND\b/);
  });

  it('understands Arabic typed in Latin letters and answers in Arabic', async () => {
    const reply = await say('p5', 'salam, ana bdi a3mel talab lojoo2 fi holanda, kif?');
    expect(reply.language).toBe('ar');
  });

  it('keeps the remembered language for a short unclear message', async () => {
    await say('p6', 'Как мне подать заявление на убежище?');
    const reply = await say('p6', 'ok');
    expect(reply.language).toBe('ru');
    expect(reply.trace.languageSource).toBe('remembered');
  });

  it('opens the language menu when the user types "taal" and switches on a choice', async () => {
    await say('p7', 'Waar kan ik asiel aanvragen?');
    const menu = await say('p7', 'taal');
    const langs = menu.parts.find((p) => p.type === 'choices' && p.kind === 'languages');
    expect(langs && 'choices' in langs ? langs.choices.map((c) => c.label) : []).toContain('ትግርኛ');
    const switched = await say('p7', { type: 'choice', id: 'lang:uk' });
    expect(switched.language).toBe('uk');
    const after = await say('p7', { type: 'choice', id: 'topic:healthcare' });
    expect(after.language).toBe('uk');
    expect(textOf(after)).toMatch(/GZA/);
  });

  it('switches language when the user types a language name', async () => {
    const reply = await say('p8', 'Français');
    expect(reply.language).toBe('fr');
  });

  it('answers an emergency at once with 112, a Dutch line for bystanders, and marks it urgent', async () => {
    const reply = await say('p9', 'my friend collapsed and is not breathing, please help');
    expect(reply.urgent).toBe('medical');
    const text = textOf(reply);
    expect(text).toMatch(/(^|\D)112(\D|$)/);
    expect(text).toMatch(/bel alstublieft/);
    expect(reply.parts.some((p) => p.type === 'choices')).toBe(false);
  });

  it('gives 113 for suicidal thoughts, in the user\'s language', async () => {
    const reply = await say('p10', 'Я больше не хочу жить, хочу покончить с собой');
    expect(reply.urgent).toBe('suicide');
    expect(reply.language).toBe('ru');
    expect(textOf(reply)).toMatch(/113/);
  });

  it('does not flag "this waiting is killing me" or a question about the emergency number', async () => {
    const waiting = await say('p11', 'This waiting is killing me, when will the IND decide on my case?');
    expect(waiting.urgent).toBeNull();
    const number = await say('p12', 'What is the number for the police and ambulance in the Netherlands?');
    expect(number.urgent).toBeNull();
    expect(number.trace.topic).toBe('emergency_number');
  });

  it('runs triage even while an operator has taken over the conversation', async () => {
    await core.store.set('p13', { handoff: 'operator', urgent: false, introduced: true, language: 'en' });
    const normal = await say('p13', 'where do I live');
    expect(normal.parts).toEqual([]);
    const urgent = await say('p13', 'he has a knife and is attacking me right now');
    expect(urgent.urgent).not.toBeNull();
  });

  it('says honestly it did not understand, shows the menu and offers a person', async () => {
    const reply = await say('p14', 'qwzx vbnm plkj');
    expect(reply.trace.fallback).toBe(true);
    expect(reply.parts.some((p) => p.type === 'choices' && p.choices.some((c) => c.id === 'handoff'))).toBe(true);
  });

  it('hands off to a person on request', async () => {
    const reply = await say('p15', { type: 'choice', id: 'handoff' });
    expect(reply.handoff).toBe(true);
    expect((await core.store.get('p15'))?.handoff).toBe('waiting');
  });

  it('answers a voice note politely in the remembered language and loses nothing', async () => {
    await say('p16', 'Merhaba, sığınma başvurusu nasıl yapılır?');
    const reply = await say('p16', { type: 'media', kind: 'voice' });
    expect(reply.language).toBe('tr');
    expect(reply.parts.length).toBeGreaterThan(0);
  });

  it('handles a 50 kB message without failing', async () => {
    const reply = await say('p17', 'I need a doctor. '.repeat(3000));
    expect(reply.trace.truncated).toBe(true);
    expect(reply.parts.length).toBeGreaterThan(0);
  });

  it('uses the Telegram language hint only when the text says nothing', async () => {
    const reply = await say('p18', '👍', { languageHint: 'fa-IR' });
    expect(reply.language).toBe('fa');
  });

  it('names organisations in Latin script in every language', async () => {
    const reply = await say('p19', { type: 'choice', id: 'topic:org_coa' });
    expect(textOf(reply)).toMatch(/\bCOA\b/);
    for (const user of ['p4', 'p3']) {
      const r = await say(user, { type: 'choice', id: 'topic:org_ind' });
      expect(textOf(r)).toMatch(/\bIND\b/);
    }
  });
});

describe('languages the bot cannot answer in', () => {
  it('says so for Sorani Kurdish and offers the language menu', async () => {
    const reply = await say('s1', 'سڵاو، دەمەوێ داوای پەنابەری بکەم لە هۆڵەندا');
    expect(reply.trace.detectedLanguage).toBe('ckb');
    expect(reply.parts.some((p) => p.type === 'choices' && p.kind === 'languages')).toBe(true);
  });
});

describe('erasing a user\'s data', () => {
  it('asks for confirmation on /delete and erases everything on "yes"', async () => {
    await say('d1', 'Как мне подать заявление на убежище?');
    const ask = await say('d1', '/delete');
    expect(ask.language).toBe('ru');
    const actions = ask.parts.find((p) => p.type === 'choices' && p.kind === 'actions');
    expect(actions && 'choices' in actions ? actions.choices.map((c) => c.id) : []).toEqual(['delete-confirm', 'delete-cancel']);
    expect(await core.store.get('d1')).toBeDefined();
    await say('d1', { type: 'choice', id: 'delete-confirm' });
    expect(await core.store.get('d1')).toBeUndefined();
  });

  it('keeps everything when the user says no', async () => {
    await say('d2', 'Waar kan ik asiel aanvragen?');
    await say('d2', '/delete');
    await say('d2', { type: 'choice', id: 'delete-cancel' });
    expect((await core.store.get('d2'))?.language).toBe('nl');
  });
});
