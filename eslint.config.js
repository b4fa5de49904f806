// One lint tool; the import rules enforce the dependency direction of docs/architecture (core imports no SDK).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SDKS = ['grammy', 'grammy/*', '@whiskeysockets/baileys', 'fastify', 'fastify/*', '@fastify/*', '@nlpjs/*', 'node-nlp', 'i18next', 'better-sqlite3', 'pg'];
const restrict = (patterns) => ['error', { patterns: patterns.map((group) => ({ group: [group].flat(), message: 'Not allowed by the dependency rules (see README, Architecture).' })) }];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'models/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': restrict([...SDKS, '**/channels/**', '**/store/**', '**/http/**', '**/nlu/**', '**/i18n/**', '**/knowledge/**']) } },
  { files: ['src/nlu/**/*.ts', 'src/knowledge/**/*.ts', 'src/i18n/**/*.ts', 'src/store/**/*.ts'], rules: { 'no-restricted-imports': restrict(['**/channels/**', '**/http/**', '**/operator/**', 'grammy', '@whiskeysockets/baileys']) } },
  { files: ['src/channels/**/*.ts'], rules: { 'no-restricted-imports': restrict(['**/store/**', '**/nlu/**', '**/i18n/**', '**/knowledge/**', '**/operator/**', '@nlpjs/*', 'i18next']) } },
  { files: ['src/http/**/*.ts'], rules: { 'no-restricted-imports': restrict(['grammy', '@whiskeysockets/baileys', '@nlpjs/*']) } },
  { files: ['eslint.config.js'], languageOptions: { globals: { process: 'readonly' } } },
  // The web chat page: plain browser scripts, no build step.
  {
    files: ['src/channels/webchat/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
    // ES2017 for old phone browsers: `catch (e)` must name its binding.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none', argsIgnorePattern: '^_' }] },
  },
);
