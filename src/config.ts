import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { parseWithSchema } from './schema.js';

const Port = Type.Integer({ minimum: 0, maximum: 65535 });
const Probability = Type.Number({ minimum: 0, maximum: 1 });

/** Every environment variable the service reads, with its default. Keep `.env.example` in step (a test checks). */
export const EnvSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], { default: 'development' }),
  PORT: Type.Union([Port], { default: 3000 }),
  HOST: Type.String({ default: '0.0.0.0', minLength: 1 }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
  DATA_DIR: Type.String({ default: './data', minLength: 1 }),
  MODEL_PATH: Type.String({ default: './models/intent-model.json', minLength: 1 }),
  MUNICIPALITY: Type.String({ default: 'leiden', pattern: '^[a-z-]+$' }),
  CONFIDENCE_THRESHOLD: Type.Union([Probability], { default: 0.3 }),
  URGENT_CLASSIFIER_THRESHOLD: Type.Union([Probability], { default: 0.6 }),
  LANGUAGE_CONFIDENCE: Type.Union([Probability], { default: 0.6 }),
  TRIAGE_LANGUAGE_CONFIDENCE: Type.Union([Probability], { default: 0.95 }),
  MAX_TEXT_LENGTH: Type.Integer({ minimum: 100, maximum: 100_000, default: 4000 }),
  PSEUDONYM_KEY: Type.Optional(Type.String({ minLength: 16 })),
});
export type Env = Static<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  http: { port: number; host: string };
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  modelPath: string;
  municipality: string;
  paths: { knowledge: string; locales: string; intents: string; triage: string; webchat: string };
  /** Key for pseudonymising user ids; when unset the service keeps one in the data directory. */
  pseudonymKey: string | undefined;
  pipeline: { confidenceThreshold: number; urgentClassifierThreshold: number; languageConfidence: number; triageLanguageConfidence: number; maxTextLength: number };
}

/** The project root (where package.json is), whether running from src/ with tsx or from the compiled dist/. */
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const ROOT = projectRoot(import.meta.dirname);

/** The only reader of the environment: parse, validate, freeze. Unknown variables are ignored. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Readonly<Config> {
  const known = Object.fromEntries(Object.keys(EnvSchema.properties).filter((k) => source[k] !== undefined && source[k] !== '').map((k) => [k, source[k]]));
  const withDefaults = Value.Default(EnvSchema, Value.Convert(EnvSchema, known));
  const env = parseWithSchema(EnvSchema, withDefaults, 'Configuration from the environment', 'CONFIG_INVALID');
  return Object.freeze({
    env: env.NODE_ENV,
    http: Object.freeze({ port: env.PORT, host: env.HOST }),
    logLevel: env.LOG_LEVEL,
    dataDir: resolve(env.DATA_DIR),
    modelPath: resolve(ROOT, env.MODEL_PATH),
    municipality: env.MUNICIPALITY,
    paths: Object.freeze({
      knowledge: resolve(ROOT, 'knowledge'),
      locales: resolve(ROOT, 'locales'),
      intents: resolve(ROOT, 'intents'),
      triage: resolve(ROOT, 'intents', 'triage'),
      webchat: resolve(ROOT, 'src', 'channels', 'webchat', 'public'),
    }),
    pseudonymKey: env.PSEUDONYM_KEY,
    pipeline: Object.freeze({
      confidenceThreshold: env.CONFIDENCE_THRESHOLD,
      urgentClassifierThreshold: env.URGENT_CLASSIFIER_THRESHOLD,
      languageConfidence: env.LANGUAGE_CONFIDENCE,
      triageLanguageConfidence: env.TRIAGE_LANGUAGE_CONFIDENCE,
      maxTextLength: env.MAX_TEXT_LENGTH,
    }),
  });
}
