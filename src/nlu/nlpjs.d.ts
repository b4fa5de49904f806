// NLP.js ships no type declarations; these cover the few members this project uses.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(): Promise<Container>;
}
declare module '@nlpjs/nlp' {
  import type { Container } from '@nlpjs/core';
  export interface NlpResult {
    intent: string;
    score: number;
    classifications: { intent: string; score: number }[];
  }
  export class Nlp {
    constructor(settings: Record<string, unknown> & { container?: Container });
    addLanguage(lang: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
    export(minified?: boolean): string;
    import(data: string | object): void;
    /** The classifier alone, without NER, sentiment, answers and context. */
    nluManager: {
      process(locale: string, utterance: string): Promise<NlpResult>;
      /** One classifier per language; calling it directly skips the manager's per-call pipeline. */
      domainManagers: Record<string, { process(utterance: string): Promise<{ classifications: { intent: string; score: number }[] }> } | undefined>;
    };
  }
}
declare module '@nlpjs/lang-en';
declare module '@nlpjs/lang-nl';
declare module '@nlpjs/lang-ar';
declare module '@nlpjs/lang-fa';
declare module '@nlpjs/lang-tr';
declare module '@nlpjs/lang-uk';
declare module '@nlpjs/lang-ru';
declare module '@nlpjs/lang-fr';
declare module '@nlpjs/lang-es';
