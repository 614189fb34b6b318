import { describe, expect, it } from 'vitest';
import { dayNumberFromDate } from '../../src/core/index.js';
import { buildHolidayCalendar, KAKAO_DAY_HOURS } from '../../src/support-hours/calendar.js';
import * as module from '../../src/support-hours/index.js';
import { createSupportSchedule } from '../../src/support-hours/index.js';
import { notInstant, outside } from './issues.js';
import { thrown } from '../helpers.js';

// Each test builds its own schedule: the module's calendar is built once at import, so only a
// schedule's calendar shows how `createSupportSchedule` builds one.
describe('createSupportSchedule: a schedule without edits is the module (support.agent-hours, support.public-holidays)', () => {
  it.each([
    ['2026-09-19T11:00', false, 'a plain Saturday'],
    ['2026-09-20T11:00', false, 'a plain Sunday'],
    ['2026-09-21T11:00', true, 'a plain Monday'],
    ['2025-01-27T11:00', false, 'a gazetted temporary holiday, which no projection has'],
    ['2050-12-26T11:00', false, 'a substitute day of the last year'],
    ['2050-12-30T11:00', true, 'the last business day'],
    ['1990-01-03T11:00', true, 'the first business day'],
  ])('%s KST: open %s (%s)', (at, open) => {
    const s = createSupportSchedule();
    expect(s.isAgentChatOpen(`${at}+09:00`)).toBe(open);
    expect(s.checkAgentChat(`${at}+09:00`)).toEqual(module.checkAgentChat(`${at}+09:00`));
  });

  it('knows the holidays of every year, gazetted ones as gazetted', () => {
    const s = createSupportSchedule({});
    expect(s.isKoreanPublicHoliday('2025-01-27')).toBe(true);
    expect(s.isKoreanPublicHoliday('2050-12-25')).toBe(true);
    expect(s.isKoreanPublicHoliday('2050-12-31')).toBe(false);
    // The last day, a Saturday: closed, and agent chat does not open again within the calendar.
    expect(s.isAgentChatOpen('2050-12-31T11:00:00+09:00')).toBe(false);
    expect(thrown(() => s.checkAgentChat('2050-12-31T11:00:00+09:00')).issues.map((i) => i.code)).toEqual([
      'year-out-of-range',
    ]);
    expect(s.isKoreanPublicHoliday('1990-01-01')).toBe(true);
    expect(s.checkAgentChat('2050-12-25T11:00:00+09:00')).toEqual({
      ok: false,
      rule: 'support.public-holidays',
      code: 'public-holiday',
      message: {
        en: 'Agent chat is closed on public holidays (see holiday); it opens again at 10:00 KST on the next business day (opensAt).',
        ko: '상담원 채팅은 공휴일(holiday 참고)에 쉽니다. 다음 영업일 10:00(KST)에 다시 열립니다(opensAt).',
      },
      opensAt: Date.parse('2050-12-27T01:00:00.000Z'),
      holiday: ['기독탄신일'],
    });
  });

  it('refuses a next opening after the calendar, as the module does', () => {
    const s = createSupportSchedule({ removedHolidays: ['2050-12-26'] });
    expect(s.nextAgentChatOpening('2050-12-30T12:30:00+09:00')).toBe(Date.parse('2050-12-30T04:00:00.000Z'));
    expect(thrown(() => s.nextAgentChatOpening('2050-12-30T19:00:00+09:00'))).toEqual({
      fn: 'nextAgentChatOpening',
      issues: [
        {
          path: ['at'],
          code: 'year-out-of-range',
          message: 'agent chat does not open again before the holiday calendar ends (2050-12-31 KST)',
        },
      ],
    });
    expect(s.agentChatOpenMs('2050-12-26T00:00:00+09:00', '2051-01-01T00:00:00+09:00')).toBe(5 * 27_000_000);
  });
});

describe('createSupportSchedule: extra days belong to their own year', () => {
  it('lists an extra day in date order, and only in its year (support.public-holidays)', () => {
    const s = createSupportSchedule({
      extraHolidays: [
        { date: '2026-03-10', name: '창립기념일' },
        { date: '2027-01-01', name: '신년 휴무' },
        { date: '2030-03-10', name: '창립기념일' },
      ],
    });
    const y2026 = s.koreanPublicHolidays(2026);
    expect(y2026.slice(4, 7)).toEqual([
      { date: '2026-03-01', names: ['3ㆍ1절'], source: 'official' },
      { date: '2026-03-02', names: ['대체공휴일(3ㆍ1절)'], source: 'official' },
      { date: '2026-03-10', names: ['창립기념일'], source: 'custom' },
    ]);
    expect(y2026.at(-1)).toEqual({ date: '2026-12-25', names: ['기독탄신일'], source: 'official' });
    expect(s.koreanPublicHolidays(2027)[0]).toEqual({
      date: '2027-01-01',
      names: ['1월 1일', '신년 휴무'],
      source: 'official',
    });
    expect(
      s
        .koreanPublicHolidays(2030)
        .slice(5, 8)
        .map((h) => h.date),
    ).toEqual(['2030-03-01', '2030-03-10', '2030-03-27']);
    expect(s.koreanPublicHolidays(2030, { source: 'projected' }).find((h) => h.date === '2030-03-10')?.source).toBe(
      'custom',
    );
    expect(s.koreanPublicHolidays(2025).some((h) => h.source === 'custom')).toBe(false);
    expect(s.koreanPublicHolidays(2028).some((h) => h.source === 'custom')).toBe(false);
    expect(s.isAgentChatOpen('2026-03-10T11:00:00+09:00')).toBe(false);
  });

  it("takes extra and removed days at the calendar's first and last days", () => {
    const s = createSupportSchedule({
      extraHolidays: [{ date: '2050-12-30', name: '종무' }],
      removedHolidays: ['1990-01-01'],
    });
    expect(s.isAgentChatOpen('2050-12-30T11:00:00+09:00')).toBe(false);
    expect(s.isKoreanPublicHoliday('1990-01-01')).toBe(false);
    expect(s.isAgentChatOpen('1990-01-01T11:00:00+09:00')).toBe(true);
    expect(s.koreanPublicHolidays(1990)[0]).toEqual({ date: '1990-01-02', names: ['1월 2일'], source: 'historical' });
  });

  it('takes removals alone, and no options at all', () => {
    expect(
      createSupportSchedule({ removedHolidays: ['2026-09-25'] }).isAgentChatOpen('2026-09-25T11:00:00+09:00'),
    ).toBe(true);
    expect(createSupportSchedule().koreanPublicHolidays(2026)).toEqual(module.koreanPublicHolidays(2026));
  });
});

describe('createSupportSchedule inputs', () => {
  it('names itself and every bad field or date', () => {
    expect(thrown(() => createSupportSchedule(5 as never))).toEqual({
      fn: 'createSupportSchedule',
      issues: [{ path: ['options'], code: 'invalid-type', message: 'Invalid input: expected object, received number' }],
    });
    expect(thrown(() => createSupportSchedule({ extra: [] } as never))).toEqual({
      fn: 'createSupportSchedule',
      issues: [{ path: ['options'], code: 'unrecognized-keys', message: 'Unrecognized key: "extra"' }],
    });
    expect(
      thrown(() =>
        createSupportSchedule({ extraHolidays: [{ date: '2051-01-01', name: 'x' }], removedHolidays: ['2026-13-01'] }),
      ),
    ).toEqual({
      fn: 'createSupportSchedule',
      issues: [
        { path: ['options', 'extraHolidays', 0, 'date'], code: 'year-out-of-range', message: outside('2051-01-01') },
        {
          path: ['options', 'removedHolidays', 0],
          code: 'invalid-date',
          message: 'expected a real date as YYYY-MM-DD; got "2026-13-01"',
        },
      ],
    });
  });

  it("its functions name themselves, as the module's do", () => {
    const s = createSupportSchedule();
    const bad = (path: string) => [{ path: [path], code: 'invalid-instant', message: notInstant('"x"') }];
    expect(thrown(() => s.isAgentChatOpen('x'))).toEqual({ fn: 'isAgentChatOpen', issues: bad('at') });
    expect(thrown(() => s.checkAgentChat('x'))).toEqual({ fn: 'checkAgentChat', issues: bad('at') });
    expect(thrown(() => s.addAgentChatTime('x', 1))).toEqual({ fn: 'addAgentChatTime', issues: bad('at') });
    expect(thrown(() => s.koreanBusinessDayDeadline('x', 1))).toEqual({
      fn: 'koreanBusinessDayDeadline',
      issues: bad('at'),
    });
    expect(thrown(() => s.isKoreanBusinessDay('x'))).toEqual({ fn: 'isKoreanBusinessDay', issues: bad('day') });
    expect(thrown(() => s.nextKoreanBusinessDay('x'))).toEqual({ fn: 'nextKoreanBusinessDay', issues: bad('day') });
    expect(thrown(() => s.addKoreanBusinessDays('x', 1))).toEqual({ fn: 'addKoreanBusinessDays', issues: bad('day') });
    expect(thrown(() => s.koreanBusinessDaysBetween('x', 'x'))).toEqual({
      fn: 'koreanBusinessDaysBetween',
      issues: [...bad('from'), ...bad('to')],
    });
    expect(thrown(() => s.nextAgentChatOpening('x'))).toEqual({ fn: 'nextAgentChatOpening', issues: bad('at') });
    expect(thrown(() => s.agentChatIntervals('x', 0))).toEqual({
      fn: 'agentChatIntervals',
      issues: [
        ...bad('from'),
        { path: ['to'], code: 'year-out-of-range', message: outside('1970-01-01T00:00:00.000Z') },
      ],
    });
    expect(thrown(() => s.agentChatOpenMs(0, 'x'))).toEqual({
      fn: 'agentChatOpenMs',
      issues: [
        { path: ['from'], code: 'year-out-of-range', message: outside('1970-01-01T00:00:00.000Z') },
        ...bad('to'),
      ],
    });
    expect(thrown(() => s.supportChannels('x'))).toEqual({ fn: 'supportChannels', issues: bad('at') });
    expect(thrown(() => s.koreanPublicHolidays(2051))).toEqual({
      fn: 'koreanPublicHolidays',
      issues: [{ path: ['year'], code: 'year-out-of-range', message: outside('2051') }],
    });
    expect(thrown(() => s.isKoreanPublicHoliday('x'))).toEqual({ fn: 'isKoreanPublicHoliday', issues: bad('day') });
  });
});

describe("the holiday calendar of a schedule's edits (buildHolidayCalendar, not memoized)", () => {
  const day = (text: string) =>
    dayNumberFromDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));

  it("looks a day up with the caller's edits: an extra day is custom, an extra name joins a holiday's own", () => {
    const cal = buildHolidayCalendar(
      new Map([
        [day('2026-09-16'), ['Company day']],
        [day('2026-09-25'), ['회사 휴무']],
      ]),
      new Set([day('2026-09-24')]),
    );
    expect(cal.holidayOn(day('2026-09-16'))).toEqual({ names: ['Company day'], source: 'custom' });
    // 2026-09-25 is 추석 in the gazette (2018-2027): the added name comes after it, and the day stays official.
    expect(cal.holidayOn(day('2026-09-25'))).toEqual({ names: ['추석', '회사 휴무'], source: 'official' });
    expect(cal.holidayOn(day('2026-09-24'))).toBeUndefined(); // 추석 전날, removed
    expect(cal.holidayOn(day('2026-09-17'))).toBeUndefined();
  });

  it("closes all day the weekdays without hours: Kakao's weekends, or a schedule's days without its own hours", () => {
    const first = day('1990-01-01');
    // 2026-09-16 is a Wednesday, 09-19 a Saturday, 09-20 a Sunday; none is a holiday.
    const kakao = buildHolidayCalendar(new Map(), new Set());
    expect([day('2026-09-16'), day('2026-09-19'), day('2026-09-20')].map((d) => kakao.closed[d - first])).toEqual([
      0, 1, 1,
    ]);
    const saturdays = buildHolidayCalendar(new Map(), new Set(), [[], [], [], [], [], [], KAKAO_DAY_HOURS]);
    expect([day('2026-09-16'), day('2026-09-19'), day('2026-09-20')].map((d) => saturdays.closed[d - first])).toEqual([
      1, 0, 1,
    ]);
  });
});
