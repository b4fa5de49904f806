import type { Logger } from 'pino';
import { LANGUAGES, LANGUAGE_ALIASES, LANGUAGE_WORDS, NATIVE_NAMES, RTL_LANGUAGES, isLang, langFromTag, type Lang } from './languages.js';
import type { Choice, InboundMessage, Reply, ReplyPart, Trace, UrgencyTier } from './message.js';
import type { Classifier, FactContext, KnowledgeBase, LanguageDetector, Translator, UserState, UserStateStore } from './ports.js';
import type { Triage } from './triage.js';
import { cleanText, foldForMatching } from './normalise.js';
import { sourcesPart } from './answers.js';

export interface PipelineOptions {
  /** Below this intent score the bot says it did not understand. */
  confidenceThreshold: number;
  /** The classifier alone marks a message urgent only at or above this score (the lexicon is the main net). */
  urgentClassifierThreshold: number;
  /** Below this detection confidence a remembered language is kept. */
  languageConfidence: number;
  /** At or above this detection confidence only that language's emergency lexicon runs (and the user's own). */
  triageLanguageConfidence: number;
  maxTextLength: number;
}

export interface PipelineDeps {
  triage: Triage;
  detector: LanguageDetector;
  classifier: Classifier;
  knowledge: KnowledgeBase;
  translator: Translator;
  facts: (lang: Lang) => FactContext;
  store: UserStateStore;
  options: PipelineOptions;
  log?: Logger;
}

export interface Pipeline {
  handle(message: InboundMessage): Promise<Reply>;
  /** The first thing a new user sees: welcome, what this service is, privacy, and the language picker. */
  welcome(languageHint?: string): Reply;
}

const EMERGENCY_INTENTS: Record<string, UrgencyTier> = {
  emergency_danger: 'danger',
  emergency_medical: 'medical',
  emergency_suicide: 'suicide',
};
const SMALLTALK = new Set(['greeting', 'out_of_scope']);
const NEW_STATE: UserState = { handoff: 'bot', urgent: false, introduced: false };
const LANGUAGE_WORD_SET = new Set(LANGUAGE_WORDS.map((w) => foldForMatching(w).trim()));
const ALIAS_TO_LANG = new Map<string, Lang>(
  LANGUAGES.flatMap((l) => [NATIVE_NAMES[l], ...LANGUAGE_ALIASES[l]].map((a) => [foldForMatching(a).trim(), l] as [string, Lang])),
);

/** normalise → detect language → emergency triage → classify intent → compose answer. */
export function createPipeline(deps: PipelineDeps): Pipeline {
  const { translator, knowledge, options } = deps;

  const t = (lang: Lang, key: string, trace: Trace, values?: Record<string, unknown>): string => {
    const text = translator.text(lang, key, { ...deps.facts(lang), ...values });
    if (text !== undefined) return text;
    // Never silently switch language: the trace shows it and the log says which key is missing.
    trace.missingTranslation = true;
    deps.log?.warn({ lang, key }, 'missing translation');
    return translator.text('en', key, { ...deps.facts('en'), ...values }) ?? '';
  };

  // Everything below depends only on language and content, so it is composed once and reused; replies copy the
  // part arrays, and the cache remembers whether a translation was missing so every trace still says so.
  const composed = new Map<string, { value: unknown; missing: boolean }>();
  const cached = <T>(key: string, trace: Trace, build: (local: Trace) => T): T => {
    let entry = composed.get(key);
    if (!entry) {
      const local: Trace = { ...trace, missingTranslation: false };
      entry = { value: build(local), missing: local.missingTranslation === true };
      composed.set(key, entry);
    }
    if (entry.missing) trace.missingTranslation = true;
    return entry.value as T;
  };

  const topicChoices = (lang: Lang, topics: readonly string[], trace: Trace): Choice[] =>
    topics.map((topic) => cached<Choice>(`label:${lang}:${topic}`, trace, (local) => ({ id: `topic:${topic}`, label: t(lang, `topics:${topic}`, local) })));

  const menuParts = (lang: Lang, trace: Trace, withHandoff: boolean): ReplyPart[] =>
    cached<ReplyPart[]>(`menu:${lang}:${withHandoff}`, trace, (local) => composeMenu(lang, local, withHandoff));

  const composeMenu = (lang: Lang, trace: Trace, withHandoff: boolean): ReplyPart[] => {
    const parts: ReplyPart[] = [{ type: 'choices', kind: 'topics', choices: topicChoices(lang, knowledge.menuTopics(), trace) }];
    if (withHandoff) parts.push({ type: 'choices', kind: 'actions', choices: [{ id: 'handoff', label: t(lang, 'common:talkToPerson', trace) }] });
    return parts;
  };

  const languageMenu = (lang: Lang, trace: Trace, titleKey = 'common:languageMenuTitle'): ReplyPart[] =>
    cached<ReplyPart[]>(`languages:${lang}:${titleKey}`, trace, (local) => [
      { type: 'text', text: t(lang, titleKey, local) },
      { type: 'choices', kind: 'languages', choices: LANGUAGES.map((l) => ({ id: `lang:${l}`, label: NATIVE_NAMES[l] })) },
    ]);

  // Erasing is asked for twice: a stray tap must not wipe someone's conversation.
  const deleteParts = (lang: Lang, trace: Trace): ReplyPart[] =>
    cached<ReplyPart[]>(`delete:${lang}`, trace, (local) => [
      { type: 'text', text: t(lang, 'common:deleteConfirm', local) },
      { type: 'choices', kind: 'actions', choices: [
        { id: 'delete-confirm', label: t(lang, 'common:deleteYes', local) },
        { id: 'delete-cancel', label: t(lang, 'common:deleteNo', local) },
      ] },
    ]);

  const urgentParts = (lang: Lang, tier: UrgencyTier, trace: Trace): ReplyPart[] =>
    cached<ReplyPart[]>(`urgent:${lang}:${tier}`, trace, (local) => composeUrgent(lang, tier, local));

  const composeUrgent = (lang: Lang, tier: UrgencyTier, trace: Trace): ReplyPart[] => {
    const parts: ReplyPart[] = [{ type: 'text', text: t(lang, `urgent:${tier}`, trace) }];
    // One Dutch line a bystander (staff, a neighbour, the 112 operator) can read.
    const bystander = translator.text('nl', `bystander:${tier}`, { ...deps.facts('nl') });
    if (bystander) parts.push({ type: 'text', text: bystander });
    return parts;
  };

  const answerParts = (lang: Lang, topic: string, trace: Trace): ReplyPart[] =>
    cached<ReplyPart[]>(`answer:${lang}:${topic}`, trace, (local) => composeAnswer(lang, topic, local));

  const composeAnswer = (lang: Lang, topic: string, trace: Trace): ReplyPart[] => {
    const parts: ReplyPart[] = [{ type: 'text', text: t(lang, `answers:${topic}`, trace) }];
    const template = translator.template(lang, `answers:${topic}`) ?? '';
    const sources = sourcesPart(lang, template, knowledge, translator);
    if (sources) parts.push(sources);
    if (SMALLTALK.has(topic)) return [...parts, ...menuParts(lang, trace, topic === 'out_of_scope')];
    const followUps = knowledge.followUps(topic);
    if (followUps.length > 0) parts.push({ type: 'choices', kind: 'topics', choices: topicChoices(lang, followUps, trace) });
    parts.push({
      type: 'choices',
      kind: 'feedback',
      choices: [
        { id: `feedback:up:${topic}`, label: t(lang, 'common:helpful', trace) },
        { id: `feedback:down:${topic}`, label: t(lang, 'common:notHelpful', trace) },
      ],
    });
    return parts;
  };

  const chooseLanguage = (text: string, state: UserState, hint: string | undefined, trace: Trace): Lang => {
    const guess = deps.detector.detect(text);
    trace.detectedLanguage = guess.lang;
    trace.detectionConfidence = guess.confidence;
    if (isLang(guess.lang) && guess.confidence >= options.languageConfidence) return set(trace, guess.lang, 'detected');
    if (state.language) return set(trace, state.language, 'remembered');
    const hinted = langFromTag(hint);
    if (hinted) return set(trace, hinted, 'hint');
    if (isLang(guess.lang)) return set(trace, guess.lang, 'detected');
    return set(trace, 'en', 'default');
  };

  const classify = async (text: string, langs: Lang[]) => {
    let ranked: { intent: string; score: number }[] = [];
    for (const lang of new Set(langs)) {
      const result = await deps.classifier.classify(lang, text);
      if ((result[0]?.score ?? 0) > (ranked[0]?.score ?? 0)) ranked = result;
    }
    return ranked;
  };

  const reply = (lang: Lang, parts: ReplyPart[], trace: Trace, urgent: UrgencyTier | null = null, handoff = false): Reply => ({
    language: lang,
    rtl: RTL_LANGUAGES.has(lang),
    parts: [...parts],
    urgent,
    handoff,
    trace: { ...trace, language: lang },
  });

  const handleChoice = (id: string, state: UserState, trace: Trace): { lang: Lang; parts: ReplyPart[]; handoff?: boolean } => {
    const lang = state.language ?? 'en';
    const [kind, value] = id.split(':', 3);
    if (kind === 'lang' && isLang(value)) {
      state.language = value;
      set(trace, value, 'choice');
      return { lang: value, parts: [{ type: 'text', text: t(value, 'common:languageChanged', trace) }, ...menuParts(value, trace, false)] };
    }
    if (kind === 'topic' && value && knowledge.topicIds().includes(value)) {
      state.lastTopic = value;
      trace.topic = value;
      return { lang, parts: answerParts(lang, value, trace) };
    }
    if (kind === 'handoff') {
      state.handoff = 'waiting';
      return { lang, parts: [{ type: 'text', text: t(lang, 'common:handoffRequested', trace) }], handoff: true };
    }
    if (kind === 'language-menu') return { lang, parts: languageMenu(lang, trace) };
    if (kind === 'delete') return { lang, parts: deleteParts(lang, trace) };
    if (kind === 'delete-confirm') {
      state.erase = true;
      return { lang, parts: [{ type: 'text', text: t(lang, 'common:deleted', trace) }] };
    }
    if (kind === 'delete-cancel') return { lang, parts: [{ type: 'text', text: t(lang, 'common:deleteCancelled', trace) }] };
    return { lang, parts: [{ type: 'text', text: t(lang, 'common:menuTitle', trace) }, ...menuParts(lang, trace, true)] };
  };

  const handleText = async (text: string, message: InboundMessage, state: UserState, trace: Trace): Promise<Reply> => {
    const lang = chooseLanguage(text, state, message.languageHint, trace);
    // Triage before anything else, on every message and in every state. When the language is sure, that
    // language's lexicon (and the user's own) decides, so a Spanish "molestar" never fires an English pattern;
    // when it is not, every lexicon runs, so a misdetected language never hides an emergency.
    const sure = isLang(trace.detectedLanguage) && (trace.detectionConfidence ?? 0) >= options.triageLanguageConfidence;
    const triageLanguages = sure ? [trace.detectedLanguage as Lang, lang, ...(state.language ? [state.language] : [])] : undefined;
    const triage = deps.triage.assess(text, triageLanguages);
    if (triage) {
      trace.triage = { tier: triage.tier, via: 'lexicon', matched: triage.matched };
      return reply(lang, urgentParts(lang, triage.tier, trace), trace, triage.tier);
    }
    if (/^\/delete(@\w+)?$/iu.test(text.trim())) return reply(lang, deleteParts(lang, trace), trace);
    // A language name or "language"/"taal"/"мова" is a short message; longer ones are questions.
    const folded = text.length <= 40 ? foldForMatching(text).trim() : '';
    const switchTo = ALIAS_TO_LANG.get(folded);
    if (switchTo) {
      set(trace, switchTo, 'choice');
      return reply(switchTo, [{ type: 'text', text: t(switchTo, 'common:languageChanged', trace) }, ...menuParts(switchTo, trace, false)], trace);
    }
    const words = folded.split(' ');
    if (folded && words.length <= 3 && words.some((w) => LANGUAGE_WORD_SET.has(w))) {
      return reply(lang, languageMenu(lang, trace), trace);
    }
    if (state.handoff === 'operator') return reply(lang, [], trace, null, true);
    // A language we recognise but cannot answer in (Sorani): say so and offer the languages we have.
    if (trace.detectedLanguage === 'ckb' && trace.languageSource !== 'remembered') {
      return reply(lang, languageMenu(lang, trace, 'common:languageUnsupported'), trace);
    }
    const detected = isLang(trace.detectedLanguage) ? trace.detectedLanguage : lang;
    const ranked = await classify(text, [detected, lang]);
    // "Salam, how do I..." is a question that starts with a greeting, not a greeting: greetings are short.
    if (ranked[0]?.intent === 'greeting' && text.split(' ').length > 5 && ranked.length > 1) ranked.shift();
    const best = ranked[0] ?? { intent: 'None', score: 0 };
    trace.intent = best.intent;
    trace.score = best.score;
    const tier = EMERGENCY_INTENTS[best.intent];
    if (tier && best.score >= options.urgentClassifierThreshold) {
      trace.triage = { tier, via: 'classifier' };
      return reply(lang, urgentParts(lang, tier, trace), trace, tier);
    }
    if (best.score < options.confidenceThreshold || tier || !knowledge.topicIds().includes(best.intent)) {
      trace.fallback = true;
      // The closest topics first (a "did you mean"), then the menu and a person.
      const guesses = ranked.filter((r) => r.score >= 0.1 && !EMERGENCY_INTENTS[r.intent] && !SMALLTALK.has(r.intent) && knowledge.topicIds().includes(r.intent)).slice(0, 3).map((r) => r.intent);
      const menu = knowledge.menuTopics().filter((topicId) => !guesses.includes(topicId));
      return reply(lang, [
        { type: 'text', text: t(lang, 'common:fallback', trace) },
        { type: 'choices', kind: 'topics', choices: topicChoices(lang, [...guesses, ...menu], trace) },
        { type: 'choices', kind: 'actions', choices: [{ id: 'handoff', label: t(lang, 'common:talkToPerson', trace) }] },
      ], trace);
    }
    trace.topic = best.intent;
    state.lastTopic = best.intent;
    return reply(lang, answerParts(lang, best.intent, trace), trace);
  };

  const nonText = (state: UserState, message: InboundMessage, trace: Trace): Reply => {
    const lang = state.language ?? langFromTag(message.languageHint) ?? 'en';
    set(trace, lang, state.language ? 'remembered' : 'hint');
    return reply(lang, [{ type: 'text', text: t(lang, 'common:fallback', trace) }, ...menuParts(lang, trace, true)], trace);
  };

  return {
    welcome(languageHint) {
      const lang = langFromTag(languageHint) ?? 'en';
      const trace: Trace = { language: lang, languageSource: languageHint ? 'hint' : 'default', fallback: false, truncated: false };
      const parts = cached<ReplyPart[]>(`welcome:${lang}`, trace, (local) => [
        { type: 'text', text: t(lang, 'common:welcome', local) },
        { type: 'text', text: `${t(lang, 'common:disclaimer', local)} ${t(lang, 'common:privacy', local)}` },
        ...languageMenu(lang, local),
      ]);
      return reply(lang, parts, trace);
    },

    async handle(message) {
      const state: UserState = { ...NEW_STATE, ...(await deps.store.get(message.userKey)) };
      const trace: Trace = { language: 'en', languageSource: 'default', fallback: false, truncated: false };
      let result: Reply;
      const content = message.content;
      if (content.type === 'text' || (content.type === 'media' && content.caption)) {
        const raw = content.type === 'text' ? content.text : (content.caption ?? '');
        const { text, truncated } = cleanText(raw, options.maxTextLength);
        trace.truncated = truncated;
        result = text ? await handleText(text, message, state, trace) : nonText(state, message, trace);
      } else if (content.type === 'choice') {
        const chosen = handleChoice(content.id, state, trace);
        result = reply(chosen.lang, chosen.parts, trace, null, chosen.handoff ?? false);
      } else {
        result = nonText(state, message, trace);
      }
      if (!state.introduced && result.parts.length > 0 && !result.urgent) {
        result.parts.unshift(...cached<ReplyPart[]>(`disclaimer:${result.language}`, trace, (local) => [{ type: 'text', text: t(result.language, 'common:disclaimer', local) }]));
        state.introduced = true;
      }
      if (state.erase) {
        // The user asked to be forgotten: nothing of this conversation is kept, not even this reply's language.
        await deps.store.delete(message.userKey);
        return result;
      }
      if (result.trace.languageSource !== 'remembered' || !state.language) state.language = result.language;
      if (result.urgent) state.urgent = true;
      if (result.handoff && state.handoff === 'bot') state.handoff = 'waiting';
      await deps.store.set(message.userKey, state);
      deps.log?.debug({ key: message.key, language: result.language, intent: trace.intent, score: trace.score, urgent: result.urgent }, 'handled');
      return result;
    },
  };
}

function set(trace: Trace, lang: Lang, source: Trace['languageSource']): Lang {
  trace.language = lang;
  trace.languageSource = source;
  return lang;
}
