import { describe, expect, it } from 'vitest';
import {
  addAgentChatTime,
  addKoreanBusinessDays,
  agentChatOpenMs,
  createSupportSchedule,
  isKoreanBusinessDay,
  koreanBusinessDayDeadline,
  koreanBusinessDaysBetween,
  nextKoreanBusinessDay,
  restsOnProjection,
} from '../../src/support-hours/index.js';
import { notInstant, outside } from './issues.js';
import { thrown } from '../helpers.js';

const kst = (s: string) => Date.parse(`${s}+09:00`);
const H = 3_600_000;

describe('support.agent-hours: addAgentChatTime, the SLA deadline in open agent-chat time', () => {
  it.each([
    ['2026-09-23T11:00', 0, '2026-09-23T11:00', 'zero is `at` itself'],
    ['2026-09-23T12:30', 0, '2026-09-23T12:30', 'zero is `at` itself, even when closed'],
    ['2026-09-23T11:00', 1 * H, '2026-09-23T12:00', 'ends exactly at lunch: 12:00, not 13:00'],
    ['2026-09-23T11:00', 1 * H + 1, '2026-09-23T13:00:00.001', 'one ms past lunch'],
    ['2026-09-23T11:00', 3 * H, '2026-09-23T15:00', 'over lunch'],
    ['2026-09-23T12:30', 1, '2026-09-23T13:00:00.001', 'from lunch'],
    ['2026-09-23T09:00', 2 * H, '2026-09-23T12:00', 'from before hours'],
    ['2026-09-23T17:30', 1 * H, '2026-09-23T18:30', 'ends exactly at closing'],
    ['2026-09-23T17:30', 3 * H, '2026-09-28T12:00', 'over Chuseok and the weekend'],
    ['2026-09-26T11:00', 7.5 * H, '2026-09-28T18:30', 'a whole business day from a holiday Saturday'],
    ['2026-09-21T10:00', 3 * 7.5 * H, '2026-09-23T18:30', 'three business days'],
  ])('%s KST + %d ms = %s KST (%s)', (at, ms, want) => {
    expect(addAgentChatTime(kst(at), ms)).toBe(kst(want));
    expect(agentChatOpenMs(kst(at), kst(want))).toBe(ms);
  });

  it('on a schedule, company days off are skipped', () => {
    const s = createSupportSchedule({ extraHolidays: [{ date: '2026-09-22', name: '창립기념일' }] });
    expect(s.addAgentChatTime(kst('2026-09-21T18:00'), H)).toBe(kst('2026-09-23T10:30'));
    expect(addAgentChatTime(kst('2026-09-21T18:00'), H)).toBe(kst('2026-09-22T10:30'));
  });

  it('lists every bad input, and refuses time that does not pass before the calendar ends', () => {
    expect(thrown(() => addAgentChatTime('x', -1))).toEqual({
      fn: 'addAgentChatTime',
      issues: [
        { path: ['at'], code: 'invalid-instant', message: notInstant('"x"') },
        { path: ['ms'], code: 'too-small', message: 'expected 0 or more milliseconds; got -1' },
      ],
    });
    for (const bad of [1.5, NaN, Infinity, '1', null, 2 ** 53]) {
      expect(
        thrown(() => addAgentChatTime(kst('2026-09-23T11:00'), bad as never)).issues.map((i) => [i.path, i.code]),
      ).toEqual([[['ms'], 'invalid-type']]);
    }
    expect(thrown(() => addAgentChatTime('2051-01-01T00:00:00+09:00', 0)).issues).toEqual([
      { path: ['at'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.000Z') },
    ]);
    expect(addAgentChatTime(kst('2050-12-30T10:00'), 7.5 * H)).toBe(kst('2050-12-30T18:30'));
    expect(thrown(() => addAgentChatTime(kst('2050-12-30T10:00'), 7.5 * H + 1))).toEqual({
      fn: 'addAgentChatTime',
      issues: [
        {
          path: ['ms'],
          code: 'year-out-of-range',
          message: '27000001 ms of agent-chat time do not pass before the holiday calendar ends (2050-12-31 KST)',
        },
      ],
    });
  });
});

describe('support.public-holidays: Korean business days', () => {
  it.each([
    ['2026-09-23', true],
    ['2026-09-24', false],
    ['2026-09-26', false],
    ['2026-09-27', false],
    ['2026-09-28', true],
    ['2026-05-01', false],
    ['2025-05-01', true],
  ])('isKoreanBusinessDay(%s) is %s', (day, want) => {
    expect(isKoreanBusinessDay(day)).toBe(want);
  });

  it('an instant counts as its KST date', () => {
    expect(isKoreanBusinessDay('2026-09-23T23:59:59.999+09:00')).toBe(true);
    expect(isKoreanBusinessDay('2026-09-23T15:00:00Z')).toBe(false); // 2026-09-24 00:00 KST, Chuseok eve
    expect(isKoreanBusinessDay(kst('2026-09-28T00:00'))).toBe(true);
    expect(nextKoreanBusinessDay(new Date('2026-09-22T15:00:00Z'))).toBe('2026-09-28');
  });

  it('next, add and between around Chuseok 2026 (09-24 to 09-26, then a Sunday)', () => {
    expect(nextKoreanBusinessDay('2026-09-23')).toBe('2026-09-28');
    expect(nextKoreanBusinessDay('2026-09-26')).toBe('2026-09-28');
    expect(nextKoreanBusinessDay('2026-09-28')).toBe('2026-09-29');
    expect(addKoreanBusinessDays('2026-09-23', 0)).toBe('2026-09-23');
    expect(addKoreanBusinessDays('2026-09-23', 1)).toBe('2026-09-28');
    expect(addKoreanBusinessDays('2026-09-23', 2)).toBe('2026-09-29');
    expect(addKoreanBusinessDays('2026-09-28', -1)).toBe('2026-09-23');
    // A day that is not a business day counts as the next business day.
    expect(addKoreanBusinessDays('2026-09-26', 0)).toBe('2026-09-28');
    expect(addKoreanBusinessDays('2026-09-26', 1)).toBe('2026-09-29');
    expect(addKoreanBusinessDays('2026-09-26', -1)).toBe('2026-09-23');
    expect(koreanBusinessDaysBetween('2026-09-23', '2026-09-28')).toBe(1);
    expect(koreanBusinessDaysBetween('2026-09-26', '2026-09-29')).toBe(1);
    expect(koreanBusinessDaysBetween('2026-09-28', '2026-09-23')).toBe(-1);
    expect(koreanBusinessDaysBetween('2026-09-23', '2026-09-23')).toBe(0);
    expect(koreanBusinessDaysBetween('2026-09-01', '2026-10-01')).toBe(20);
    expect(koreanBusinessDaysBetween('2026-01-01', '2027-01-01')).toBe(245);
  });

  it('the edges of the calendar', () => {
    expect(addKoreanBusinessDays('1990-01-01', 0)).toBe('1990-01-03');
    expect(addKoreanBusinessDays('2050-12-30', 0)).toBe('2050-12-30');
    expect(koreanBusinessDaysBetween('1990-01-01', '2050-12-31')).toBe(
      koreanBusinessDaysBetween('1990-01-01', '2050-12-30') + 1,
    );
    expect(thrown(() => addKoreanBusinessDays('2050-12-30', 1))).toEqual({
      fn: 'addKoreanBusinessDays',
      issues: [{ path: ['n'], code: 'year-out-of-range', message: outside('1 business days from 2050-12-30') }],
    });
    expect(thrown(() => addKoreanBusinessDays('1990-01-03', -1)).issues.map((i) => [i.path, i.code])).toEqual([
      [['n'], 'year-out-of-range'],
    ]);
    expect(thrown(() => nextKoreanBusinessDay('2050-12-30'))).toEqual({
      fn: 'nextKoreanBusinessDay',
      issues: [{ path: ['day'], code: 'year-out-of-range', message: outside('the business day after 2050-12-30') }],
    });
  });

  it('on a schedule, company days off are not business days, and removed holidays are', () => {
    const s = createSupportSchedule({
      extraHolidays: [{ date: '2026-09-23', name: '창립기념일' }],
      removedHolidays: ['2026-09-25'],
    });
    expect(s.isKoreanBusinessDay('2026-09-23')).toBe(false);
    expect(s.isKoreanBusinessDay('2026-09-25')).toBe(true);
    expect(s.nextKoreanBusinessDay('2026-09-22')).toBe('2026-09-25');
    expect(s.addKoreanBusinessDays('2026-09-22', 2)).toBe('2026-09-28');
    expect(s.koreanBusinessDaysBetween('2026-09-21', '2026-09-28')).toBe(3);
    expect(koreanBusinessDaysBetween('2026-09-21', '2026-09-28')).toBe(3);
    expect(isKoreanBusinessDay('2026-09-23')).toBe(true);
  });

  it('lists every bad input under its argument name', () => {
    expect(thrown(() => koreanBusinessDaysBetween('2026-02-30', 1.5))).toEqual({
      fn: 'koreanBusinessDaysBetween',
      issues: [
        { path: ['from'], code: 'invalid-date', message: 'expected a real date as YYYY-MM-DD; got "2026-02-30"' },
        { path: ['to'], code: 'invalid-instant', message: notInstant('1.5') },
      ],
    });
    expect(thrown(() => addKoreanBusinessDays('1989-12-31', 0.5))).toEqual({
      fn: 'addKoreanBusinessDays',
      issues: [
        { path: ['n'], code: 'invalid-type', message: 'expected a whole number of business days; got 0.5' },
        { path: ['day'], code: 'year-out-of-range', message: outside('1989-12-31') },
      ],
    });
    expect(thrown(() => isKoreanBusinessDay(null as never)).issues).toEqual([
      { path: ['day'], code: 'invalid-instant', message: notInstant('null') },
    ]);
  });
});

// A schedule without edits builds its own calendar, so the business-day counts over it are computed
// afresh in this test (the module's calendar is built once, in whichever test asks first).
describe('support.public-holidays: business days at the first and last day of the calendar, and one past them', () => {
  it('counts and steps to the last day, 2050-12-31 (a Saturday), and refuses 2051-01-01', () => {
    const s = createSupportSchedule();
    expect(s.koreanBusinessDaysBetween('2050-12-30', '2050-12-31')).toBe(1);
    expect(s.koreanBusinessDaysBetween('2050-12-31', '2050-12-30')).toBe(-1);
    expect(s.koreanBusinessDaysBetween('2050-12-31', '2050-12-31')).toBe(0);
    // 2050-12-26 is the substitute day of Christmas on a Sunday.
    expect(s.koreanBusinessDaysBetween('2050-12-26', '2050-12-31')).toBe(4);
    expect(s.addKoreanBusinessDays('2050-12-30', 0)).toBe('2050-12-30');
    // A day that is no business day counts as the next one: 12-26 + 3 is 12-27 + 3.
    expect(s.addKoreanBusinessDays('2050-12-26', 3)).toBe('2050-12-30');
    expect(s.addKoreanBusinessDays('2050-12-31', -1)).toBe('2050-12-30');
    expect(s.isKoreanBusinessDay('2050-12-31')).toBe(false);
    expect(s.isKoreanBusinessDay('2050-12-31T23:59:59.999+09:00')).toBe(false);
    expect(s.isKoreanBusinessDay('2050-12-30T23:59:59.999+09:00')).toBe(true);
    expect(thrown(() => s.addKoreanBusinessDays('2050-12-31', 0))).toEqual({
      fn: 'addKoreanBusinessDays',
      issues: [{ path: ['n'], code: 'year-out-of-range', message: outside('0 business days from 2050-12-31') }],
    });
    expect(thrown(() => s.koreanBusinessDaysBetween('2050-12-30', '2051-01-01'))).toEqual({
      fn: 'koreanBusinessDaysBetween',
      issues: [{ path: ['to'], code: 'year-out-of-range', message: outside('2051-01-01') }],
    });
    expect(thrown(() => s.koreanBusinessDaysBetween('2050-12-30', '2051-01-01T00:00:00+09:00'))).toEqual({
      fn: 'koreanBusinessDaysBetween',
      issues: [{ path: ['to'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.000Z') }],
    });
  });

  it('counts and steps from the first day, 1990-01-01 (a holiday, as is 01-02), and refuses 1989-12-31', () => {
    const s = createSupportSchedule();
    expect(s.koreanBusinessDaysBetween('1990-01-01', '1990-01-08')).toBe(3);
    expect(s.koreanBusinessDaysBetween('1990-01-08', '1990-01-01')).toBe(-3);
    expect(s.koreanBusinessDaysBetween('1990-01-01', '1990-01-03')).toBe(0);
    expect(s.addKoreanBusinessDays('1990-01-01', 0)).toBe('1990-01-03');
    expect(s.addKoreanBusinessDays('1990-01-08', -3)).toBe('1990-01-03');
    expect(s.isKoreanBusinessDay('1990-01-01T00:00:00+09:00')).toBe(false);
    expect(thrown(() => s.addKoreanBusinessDays('1990-01-03', -1))).toEqual({
      fn: 'addKoreanBusinessDays',
      issues: [{ path: ['n'], code: 'year-out-of-range', message: outside('-1 business days from 1990-01-03') }],
    });
    expect(thrown(() => s.koreanBusinessDaysBetween('1989-12-31', '1990-01-08'))).toEqual({
      fn: 'koreanBusinessDaysBetween',
      issues: [{ path: ['from'], code: 'year-out-of-range', message: outside('1989-12-31') }],
    });
  });

  it('isKoreanBusinessDay refuses the instant the calendar ends (2051-01-01 00:00 KST), naming itself', () => {
    expect(thrown(() => isKoreanBusinessDay('2051-01-01T00:00:00+09:00'))).toEqual({
      fn: 'isKoreanBusinessDay',
      issues: [{ path: ['day'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.000Z') }],
    });
    expect(thrown(() => isKoreanBusinessDay('1990-01-01T00:00:00+10:00'))).toEqual({
      fn: 'isKoreanBusinessDay',
      issues: [{ path: ['day'], code: 'year-out-of-range', message: outside('1989-12-31T14:00:00.000Z') }],
    });
  });

  it('takes a date only as a string: an array holding one is not an instant', () => {
    expect(thrown(() => isKoreanBusinessDay(['2026-09-23'] as never))).toEqual({
      fn: 'isKoreanBusinessDay',
      issues: [{ path: ['day'], code: 'invalid-instant', message: notInstant('array(1)') }],
    });
    expect(thrown(() => koreanBusinessDaysBetween({ toString: () => '2026-09-23' } as never, '2026-09-28'))).toEqual({
      fn: 'koreanBusinessDaysBetween',
      issues: [{ path: ['from'], code: 'invalid-instant', message: notInstant('object') }],
    });
  });

  it('says what a bad count is: a whole number of business days, or of milliseconds', () => {
    expect(thrown(() => addKoreanBusinessDays('2026-09-23', '1' as never)).issues).toEqual([
      { path: ['n'], code: 'invalid-type', message: 'expected a whole number of business days; got "1"' },
    ]);
    expect(thrown(() => addAgentChatTime(kst('2026-09-23T11:00'), 1.5)).issues).toEqual([
      { path: ['ms'], code: 'invalid-type', message: 'expected a whole number of milliseconds; got 1.5' },
    ]);
    expect(thrown(() => addAgentChatTime(kst('2026-09-23T11:00'), '1' as never)).issues).toEqual([
      { path: ['ms'], code: 'invalid-type', message: 'expected a whole number of milliseconds; got "1"' },
    ]);
    expect(thrown(() => addAgentChatTime(kst('2026-09-23T11:00'), null as never)).issues).toEqual([
      { path: ['ms'], code: 'invalid-type', message: 'expected a whole number of milliseconds; got null' },
    ]);
  });
});

describe('koreanBusinessDayDeadline and restsOnProjection: what each refuses, naming itself', () => {
  it("refuses a start at the instant the calendar ends (2051-01-01 00:00 KST), which only a span's end may be", () => {
    expect(thrown(() => koreanBusinessDayDeadline('2051-01-01T00:00:00+09:00', 0))).toEqual({
      fn: 'koreanBusinessDayDeadline',
      issues: [{ path: ['at'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.000Z') }],
    });
  });

  it('says what a bad count of business days is', () => {
    expect(thrown(() => koreanBusinessDayDeadline(kst('2026-09-23T11:00'), 1.5))).toEqual({
      fn: 'koreanBusinessDayDeadline',
      issues: [{ path: ['n'], code: 'invalid-type', message: 'expected a whole number of business days; got 1.5' }],
    });
  });

  it('lists a bad day once: given alone it is both ends of the span, and a good end adds nothing', () => {
    const bad = {
      path: ['from'],
      code: 'invalid-date',
      message: 'expected a real date as YYYY-MM-DD; got "2026-02-30"',
    };
    expect(thrown(() => restsOnProjection('2026-02-30'))).toEqual({ fn: 'restsOnProjection', issues: [bad] });
    expect(thrown(() => restsOnProjection('2026-02-30', '2026-03-02'))).toEqual({
      fn: 'restsOnProjection',
      issues: [bad],
    });
    expect(thrown(() => restsOnProjection('2026-03-02', '2051-01-01'))).toEqual({
      fn: 'restsOnProjection',
      issues: [{ path: ['to'], code: 'year-out-of-range', message: outside('2051-01-01') }],
    });
  });
});
