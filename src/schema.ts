import { readFileSync } from 'node:fs';
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { AppError, type ErrorCode } from './core/errors.js';

/**
 * Checks a value against a TypeBox schema and throws one error that names where the value came from (a file or
 * "environment") and every field that is wrong, so a content author or operator can fix it without reading code.
 */
export function parseWithSchema<S extends TSchema>(schema: S, value: unknown, where: string, code: ErrorCode = 'CONTENT_INVALID'): Static<S> {
  if (Value.Check(schema, value)) return value;
  const problems = [...Value.Errors(schema, value)].slice(0, 10).map((e) => `  ${e.path || '/'}: ${e.message}`);
  throw new AppError(code, `${where} is invalid:\n${problems.join('\n')}`);
}

/** Reads a JSON content file; a syntax error names the file. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AppError('CONTENT_INVALID', `${file} cannot be read as JSON: ${(err as Error).message}`, { cause: err });
  }
}
