import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTANT_PATTERN, LINE_TERMINATORS, calendarDatePattern, exportedSchemas, jsonSchemaOf } from '../../scripts/json-schemas.js';
import { InstantSchema } from '../../src/index.js';

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

describe('the instant and date patterns', () => {
  const instant = new RegExp(INSTANT_PATTERN, 'u');
  it.each([
    ['2026-09-25T12:30:00+09:00', true],
    ['2026-09-25t12:30z', true],
    ['2026-09-25 12:30:00,123456789-0330', true],
    ['2026-09-25T12:30:00+09', true],
    ['2028-02-29T00:00:00Z', true],
    ['2000-02-29T00:00:00Z', true],
    ['0000-02-29T00:00:00Z', true],
    ['1900-02-29T00:00:00Z', false],
    ['2027-02-29T00:00:00Z', false],
    ['2026-04-31T00:00:00Z', false],
    ['2026-06-30T23:59:60Z', false],
    ['2026-06-30T24:00:00Z', false],
    ['2026-06-30T23:59:59.1234567890Z', false],
    ['2026-09-25T12:30:00', false],
    ['２０２６-09-25T12:30:00Z', false],
  ])('%j is an instant: %s (as InstantSchema says)', (text, ok) => {
    expect(instant.test(text)).toBe(ok);
    expect(InstantSchema.safeParse(text).success).toBe(ok);
  });

  it('the holiday-calendar date pattern follows the leap years of 1990-2050 only', () => {
    const date = new RegExp(`^${calendarDatePattern(1990, 2050)}$`, 'u');
    expect(['1990-01-01', '1992-02-29', '2000-02-29', '2048-02-29', '2050-12-31'].filter((d) => date.test(d))).toHaveLength(5);
    expect(['1989-12-31', '1990-02-29', '2026-02-29', '2051-01-01', '2026-99-99', '2026-04-31'].filter((d) => date.test(d))).toEqual([]);
  });

  it('refuses a line terminator anywhere, beside every pattern', () => {
    expect(['a\n', '\r', '\u0085', '\u2028', '\u2029'].every((s) => new RegExp(LINE_TERMINATORS, 'u').test(s))).toBe(true);
    expect(new RegExp(LINE_TERMINATORS, 'u').test('2026-09-25T12:30:00+09:00')).toBe(false);
  });
});
