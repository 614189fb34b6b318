import { describe, expect, it } from 'vitest';
import { isoKst, toJson } from '../../src/cli/command.js';
import { guardIssues } from '../../src/core/guardInterpreter.js';
import { EpochMsGuard, InstantGuard } from '../../src/core/guards.generated.js';
import { formatKst, kstDateString, toEpochMs } from '../../src/core/index.js';
import { EpochMsSchema, InstantSchema } from '../../src/core/schemas.js';
import { isNewWork, newWorkWindow } from '../../src/kakaopage/index.js';
import { expectedEmailReply } from '../../src/support-hours/index.js';
import { voiceRoomSchedule } from '../../src/voiceroom/index.js';

const DAY = 86_400_000;
const EDGE = 8.64e15; // the last instant a Date holds

// Instants the library outputs from the last Date, written by hand: 48 h, 30 days and 2 days later.
const OUTPUTS: [string, () => number, number][] = [
  ['voiceRoomSchedule(8.64e15).endsAt', () => voiceRoomSchedule(EDGE).endsAt, EDGE + 2 * DAY],
  ['newWorkWindow(8.64e15).end', () => newWorkWindow(EDGE).end, EDGE + 30 * DAY],
  ['expectedEmailReply(8.64e15).latest', () => expectedEmailReply(EDGE).latest, EDGE + 2 * DAY],
];

describe('every instant the library outputs is accepted back by every input (issue 22)', () => {
  it.each(OUTPUTS)('%s, and every instant input takes it', (_, output, expected) => {
    const ms = output();
    expect(ms).toBe(expected);
    expect(toEpochMs(ms)).toBe(ms);
    expect(InstantSchema.safeParse(ms).success).toBe(true);
    expect(EpochMsSchema.safeParse(ms).success).toBe(true); // what a service stores
    expect(guardIssues(InstantGuard, ms).ok).toBe(true);
    expect(guardIssues(EpochMsGuard, ms).ok).toBe(true);
    expect(voiceRoomSchedule(ms).openedAt).toBe(ms);
    expect(isNewWork(ms, ms)).toBe(true);
    expect(expectedEmailReply(ms).latest).toBe(ms + 2 * DAY);
    expect(formatKst(ms)).toMatch(/^\+275760-(?:09|10)-\d\d 09:00:00 KST$/);
    expect(kstDateString(ms)).toMatch(/^\+275760-(?:09|10)-\d\d$/);
  });

  it('still refuses what no number holds exactly: 2^53 and beyond, with invalid-instant', () => {
    expect(InstantSchema.safeParse(2 ** 53).error?.issues.map((i) => (i as { params?: unknown }).params)).toEqual([
      { code: 'invalid-instant' },
    ]);
    expect(guardIssues(InstantGuard, 2 ** 53)).toMatchObject({ ok: false, issues: [{ code: 'invalid-instant' }] });
  });
});

describe('KST is +09:00 in every output, the CLI JSON included (issue 22)', () => {
  it.each([
    [Date.parse('1899-12-31T14:32:08Z'), '1899-12-31T23:32:08.000+09:00', 'not 23:00:00+08:27:52 (local mean time)'],
    [-62_198_755_200_000, '-000001-01-01T09:00:00.000+09:00', 'a negative year, expanded'],
    [Date.parse('1908-04-02T00:00:00+08:30'), '1908-04-02T00:00:00.000+08:30', "Korea's first standard time"],
    [Date.parse('1908-03-31T15:32:07Z'), '1908-04-01T00:32:07.000+09:00', 'the last second before it: +09:00'],
    [Date.parse('1960-01-01T00:00:00+08:30'), '1960-01-01T00:00:00.000+08:30', 'UTC+08:30 of 1954-61'],
    [Date.parse('1988-06-01T12:00:00+10:00'), '1988-06-01T12:00:00.000+10:00', 'the 1988 summer time'],
    [EDGE + 2 * DAY, '+275760-09-15T09:00:00.000+09:00', 'past the Date range'],
  ])('isoKst(%d) is %s (%s), ISO 8601 with a whole-minute offset', (ms, text) => {
    expect(isoKst(ms)).toBe(text);
    expect(isoKst(ms)).toMatch(/[+-]\d\d:\d\d$/);
  });

  it('writes instants of the CLI JSON so', () => {
    expect(JSON.parse(toJson({ at: Date.parse('1899-12-31T14:32:08Z') }))).toEqual({
      at: '1899-12-31T23:32:08.000+09:00',
    });
  });
});
