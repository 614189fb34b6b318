import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedSchemas, jsonSchemaOf } from '../../scripts/json-schemas.js';

// The JSON Schemas shipped as kakao-rules/schemas/*.json: one per exported zod schema, current.
const dir = join(import.meta.dirname, '../../schemas');
const schemas = exportedSchemas();

describe.runIf(existsSync(dir))('shipped JSON Schemas', () => {
  it('exist for exactly the exported zod schemas', () => {
    expect(readdirSync(dir).sort()).toEqual(schemas.map(([name]) => `${name}.json`).sort());
  });

  it.each(schemas)('%s.json is current and draft 2020-12', (name, schema) => {
    const shipped = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    expect(shipped).toEqual(jsonSchemaOf(name, schema));
    expect(shipped.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('InstantSchema carries the offset-required pattern for strings', () => {
    const instant = JSON.parse(readFileSync(join(dir, 'InstantSchema.json'), 'utf8'));
    const pattern = new RegExp(instant.anyOf.find((s: { pattern?: string }) => s.pattern).pattern);
    expect(pattern.test('2026-09-25T12:30:00+09:00')).toBe(true);
    expect(pattern.test('2026-09-25T12:30:00')).toBe(false);
  });
});
