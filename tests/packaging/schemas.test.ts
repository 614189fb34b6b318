import { requireBuild } from '../helpers.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INSTANT_PATTERN,
  LINE_TERMINATORS,
  calendarDatePattern,
  exportedSchemas,
  jsonSchemaOf,
} from '../../scripts/json-schemas.js';
import { VOICE_ROOM_MAX_PARTICIPANTS, VOICE_ROOM_MAX_TALKERS } from '../../src/index.js';
import { InstantSchema, VoiceRoomSchema } from '../../src/schemas.js';

// The JSON Schemas shipped as kakao-rules/schemas/*.json: one per exported zod schema, current.
const dir = join(import.meta.dirname, '../../schemas');
const schemas = exportedSchemas();

describe('shipped JSON Schemas', () => {
  requireBuild(dir);
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
    expect(
      ['1990-01-01', '1992-02-29', '2000-02-29', '2048-02-29', '2050-12-31'].filter((d) => date.test(d)),
    ).toHaveLength(5);
    expect(
      ['1989-12-31', '1990-02-29', '2026-02-29', '2051-01-01', '2026-99-99', '2026-04-31'].filter((d) => date.test(d)),
    ).toEqual([]);
  });

  it('refuses a line terminator anywhere, beside every pattern', () => {
    expect(['a\n', '\r', '\u0085', '\u2028', '\u2029'].every((s) => new RegExp(LINE_TERMINATORS, 'u').test(s))).toBe(
      true,
    );
    expect(new RegExp(LINE_TERMINATORS, 'u').test('2026-09-25T12:30:00+09:00')).toBe(false);
  });
});

describe("the stored room's JSON Schema", () => {
  const json = jsonSchemaOf('VoiceRoomSchema', VoiceRoomSchema) as any;
  const [crossField] = json.allOf;

  it('reads every stored form: version 2, version 1 and the 0.1.0 form without version', () => {
    expect(json.oneOf.map((f: any) => [f.properties.version, f.required])).toEqual([
      [
        { type: 'number', const: 2 },
        ['version', 'roomId', 'openedAt', 'lastEventAt', 'reported', 'revision', 'lastSeq', 'receipts', 'participants'],
      ],
      [
        { type: 'number', const: 1 },
        ['version', 'roomId', 'openedAt', 'lastEventAt', 'reported', 'lastSeq', 'participants'],
      ],
      [false, ['roomId', 'openedAt', 'lastEventAt', 'reported', 'talkers', 'listenerCount', 'listeners']],
    ]);
    expect(crossField.if).toEqual({ properties: { version: { enum: [1, 2] } }, required: ['version'] });
    expect(json.oneOf[0].properties.receipts.maxItems).toBe(64);
  });

  it('bounds revision and lastSeq by the number of receipts, for version 2 only', () => {
    const [v2] = crossField.then.allOf;
    expect(v2.if).toEqual({ properties: { version: { const: 2 } }, required: ['version'] });
    expect(
      v2.then.allOf.map((m: any) => [
        m.if.properties.receipts.minItems,
        m.then.properties.revision.minimum,
        m.then.properties.lastSeq.minimum,
      ]),
    ).toEqual(Array.from({ length: 64 }, (_, i) => [i + 1, i + 1, i + 1]));
  });

  it('takes the talker cap and the capacity from the rule constants (10, 1,500)', () => {
    const participants = crossField.then.properties.participants;
    expect([participants.maxContains, participants.maxItems]).toEqual([
      VOICE_ROOM_MAX_TALKERS,
      VOICE_ROOM_MAX_PARTICIPANTS,
    ]);
    expect([VOICE_ROOM_MAX_TALKERS, VOICE_ROOM_MAX_PARTICIPANTS]).toEqual([10, 1500]);
    expect(participants.minContains).toBe(0);
    expect(
      crossField.else.allOf.map((m: any) => [
        m.if.properties.talkers.minItems,
        m.then.properties.listenerCount.maximum,
      ]),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => [k, 1500 - k]));
  });

  it('says which field fits which role, per form', () => {
    expect(
      crossField.then.properties.participants.items.allOf.map((m: any) => [
        m.if.properties.role.const,
        m.then.properties,
      ]),
    ).toEqual([
      ['host', { requestedAt: false, invitedBy: false }],
      ['speaker', { requestedAt: false }],
      ['listener', { invitedBy: false }],
    ]);
    expect(crossField.else.properties.talkers.items).toEqual({
      type: 'object',
      if: { properties: { role: { const: 'host' } }, required: ['role'] },
      then: { properties: { invitedBy: false } },
    });
  });
});
