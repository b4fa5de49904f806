import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvSchema, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('starts with defaults and no variables set', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.municipality).toBe('leiden');
    expect(config.pipeline.confidenceThreshold).toBeGreaterThan(0);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('converts numbers from strings', () => {
    expect(loadConfig({ PORT: '8080', CONFIDENCE_THRESHOLD: '0.7' })).toMatchObject({ http: { port: 8080 }, pipeline: { confidenceThreshold: 0.7 } });
  });

  it('rejects invalid values with an error naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ CONFIDENCE_THRESHOLD: '3' })).toThrow(/CONFIDENCE_THRESHOLD/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(EnvSchema.properties).sort());
  });
});
