import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { RuleInputError, type Report } from '../../src/core/index.js';
import {
  addAgentChatTime,
  checkAgentChat,
  createSupportSchedule,
  isAgentChatOpen,
  isKoreanBusinessDay,
  isKoreanPublicHoliday,
  koreanBusinessDayDeadline,
  koreanBusinessDaysBetween,
  restsOnProjection,
} from '../../src/support-hours/index.js';
import { closureProblems, recurringHolidayProblems, weeklyHoursProblems } from '../../src/support-hours/refinements.js';
import { SupportScheduleOptionsSchema } from '../../src/support-hours/schemas.js';

const kst = (text: string) => Date.parse(`${text}+09:00`);

/** The issues `f` throws, as [path, code] pairs. */
function issuesOf(f: () => unknown): [string, string][] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    return (e as RuleInputError).issues.map((i) => [i.path.join('.'), i.code]);
  }
  throw new Error('did not throw');
}

describe('koreanBusinessDayDeadline (support.public-holidays, support.agent-hours)', () => {
  // 2026-09-24..26 Chuseok (Thursday to Saturday), 09-27 a Sunday: 09-23 and 09-28 are neighbours.
  it.each([
    ['2026-09-23T11:00:00', 0, 'same-time', '2026-09-23T11:00:00', 'an open start is its own day 0'],
    ['2026-09-23T11:00:00', 1, 'same-time', '2026-09-28T11:00:00', 'past Chuseok and the weekend'],
    ['2026-09-23T20:00:00', 0, 'same-time', '2026-09-28T10:00:00', 'after hours: the next opening is day 0'],
    ['2026-09-23T20:00:00', 1, 'same-time', '2026-09-29T10:00:00', 'after hours, one day on'],
    ['2026-09-23T12:30:00', 1, 'same-time', '2026-09-28T13:00:00', 'at lunch: counts from 13:00'],
    ['2026-09-26T15:00:00', 0, 'same-time', '2026-09-28T10:00:00', 'a start on a holiday Saturday'],
    ['2026-09-28T10:00:00', -1, 'same-time', '2026-09-23T10:00:00', 'negative n: back over Chuseok'],
    ['2026-09-23T11:00:00', 1, 'closing-time', '2026-09-28T18:30:00', 'closing time: 18:30 KST'],
    ['2026-09-23T09:00:00', 0, 'closing-time', '2026-09-23T18:30:00', 'before hours, closing time of the same day'],
    ['2026-09-23T18:30:00', 0, 'closing-time', '2026-09-28T18:30:00', 'at the close itself: the next business day'],
  ])('%s + %d business days (%s) is %s: %s', (at, n, time, expected) => {
    const r = koreanBusinessDayDeadline(kst(at), n, { time: time as 'same-time' | 'closing-time' });
    expect(r.deadlineAt).toBe(kst(expected));
    expect(r.date).toBe(expected.slice(0, 10));
    expect(r.projected).toBe(false);
  });

  it('says when an answer rests on a projected year (2028 on), from the start to the deadline', () => {
    expect(koreanBusinessDayDeadline(kst('2027-12-24T11:00:00'), 1).projected).toBe(false);
    expect(koreanBusinessDayDeadline(kst('2027-12-30T11:00:00'), 5)).toEqual({
      deadlineAt: kst('2028-01-06T11:00:00'),
      date: '2028-01-06',
      projected: true,
    });
    expect(koreanBusinessDayDeadline(kst('2028-01-06T11:00:00'), -5).projected).toBe(true);
  });

  it('lists every bad input at once', () => {
    expect(issuesOf(() => koreanBusinessDayDeadline('2026-09-23T11:00', 1.5, { time: 'noon' } as never))).toEqual([
      ['at', 'invalid-instant'],
      ['n', 'invalid-type'],
      ['options.time', 'invalid-value'],
    ]);
    expect(issuesOf(() => koreanBusinessDayDeadline(kst('2050-12-20T11:00:00'), 30))).toEqual([
      ['n', 'year-out-of-range'],
    ]);
    expect(issuesOf(() => koreanBusinessDayDeadline(kst('1989-12-31T11:00:00'), 1))).toEqual([
      ['at', 'year-out-of-range'],
    ]);
  });
});

describe('restsOnProjection', () => {
  it.each([
    ['2027-12-31', undefined, false],
    ['2028-01-01', undefined, true],
    ['2027-12-31', '2028-01-03', true],
    ['2030-01-01', '2020-01-01', true],
    ['1990-01-01', '2027-12-31', false],
  ])('%s..%s: %s', (from, to, expected) => {
    expect(restsOnProjection(from, to)).toBe(expected);
  });

  it('takes instants and Temporal.PlainDate, and lists both bad ends', () => {
    expect(restsOnProjection(kst('2027-12-31T23:59:59'))).toBe(false);
    expect(restsOnProjection(kst('2028-01-01T00:00:00'))).toBe(true);
    expect(restsOnProjection(Temporal.PlainDate.from('2028-05-01'))).toBe(true);
    expect(issuesOf(() => restsOnProjection('2026-02-30', '2051-01-01'))).toEqual([
      ['from', 'invalid-date'],
      ['to', 'year-out-of-range'],
    ]);
  });
});

describe('createSupportSchedule: recurring holidays, part-day closures, own weekly hours', () => {
  const desk = createSupportSchedule({
    recurringHolidays: [
      { date: '03-15', name: 'Founding day' },
      { date: '02-29', name: 'Leap day off', fromYear: 2028, toYear: 2032 },
    ],
    closures: [
      { from: '2026-12-31T14:00:00+09:00', to: '2027-01-04T11:00:00+09:00', name: 'Year-end break' },
      { from: '2026-09-23T15:00:00+09:00', to: '2026-09-23T15:30:00+09:00', name: 'Maintenance' },
    ],
  });

  it('closes a recurring holiday every year, within its span only', () => {
    expect(desk.checkAgentChat(kst('2027-03-15T11:00:00'))).toMatchObject({
      ok: false,
      rule: 'support.public-holidays',
      code: 'public-holiday',
      holiday: ['Founding day'],
    });
    expect(desk.isKoreanPublicHoliday('1990-03-15')).toBe(true);
    expect(desk.isKoreanPublicHoliday('2028-02-29')).toBe(true);
    expect(desk.isKoreanPublicHoliday('2024-02-29')).toBe(false); // before fromYear
    expect(desk.isKoreanPublicHoliday('2036-02-29')).toBe(false); // after toYear
    expect(desk.koreanPublicHolidays(2029).filter((h) => h.source === 'custom')).toEqual([
      { date: '2029-03-15', names: ['Founding day'], source: 'custom' },
    ]);
    expect(isKoreanPublicHoliday('2027-03-15')).toBe(false); // the module's own calendar is untouched
  });

  it('names the closure that closed it, with the next opening after it', () => {
    expect(desk.checkAgentChat(kst('2026-09-23T15:10:00'))).toEqual({
      ok: false,
      rule: 'support.agent-hours',
      code: 'closure',
      message: {
        en: 'Closed for a closure (see closure) until opensAt.',
        ko: '임시 휴무(closure 참고) 중입니다(opensAt까지).',
      },
      opensAt: kst('2026-09-23T15:30:00'),
      closure: 'Maintenance',
    });
    // Open just before: until the closure starts.
    expect(desk.checkAgentChat(kst('2026-09-23T14:00:00'))).toEqual({
      ok: true,
      value: { closesAt: kst('2026-09-23T15:00:00') },
    });
    // A closure over several days: 2027-01-04 opens at 11:00.
    expect(desk.checkAgentChat(kst('2026-12-31T16:00:00'))).toMatchObject({
      code: 'closure',
      closure: 'Year-end break',
      opensAt: kst('2027-01-04T11:00:00'),
    });
    // Outside the hours the hours' code stays (12:30 is lunch whatever the closures).
    expect(desk.checkAgentChat(kst('2026-09-23T12:30:00'))).toMatchObject({ code: 'lunch-break' });
  });

  it('pauses SLA time over a closure and keeps the business day', () => {
    // 14:30 + 1 h: 14:30-15:00, closed 15:00-15:30, 15:30-16:00.
    expect(desk.addAgentChatTime(kst('2026-09-23T14:30:00'), 3_600_000)).toBe(kst('2026-09-23T16:00:00'));
    expect(addAgentChatTime(kst('2026-09-23T14:30:00'), 3_600_000)).toBe(kst('2026-09-23T15:30:00'));
    expect(desk.agentChatOpenMs(kst('2026-09-23T00:00:00'), kst('2026-09-24T00:00:00'))).toBe(7 * 3_600_000);
    expect(desk.isKoreanBusinessDay('2026-09-23')).toBe(true);
    expect(desk.koreanBusinessDayDeadline(kst('2026-09-22T15:10:00'), 1)).toEqual({
      deadlineAt: kst('2026-09-23T15:30:00'),
      date: '2026-09-23',
      projected: false,
    });
    expect(desk.koreanBusinessDayDeadline(kst('2026-12-30T11:00:00'), 1, { time: 'closing-time' }).deadlineAt).toBe(
      kst('2026-12-31T14:00:00'),
    );
  });

  const shop = createSupportSchedule({
    weeklyHours: {
      monday: [{ from: '09:00', to: '18:00' }],
      saturday: [
        { from: '10:00', to: '12:00' },
        { from: '20:00', to: '24:00' },
      ],
    },
  });

  it('has its own weekly hours: business days are days with hours, closed answers say outside-hours', () => {
    expect(shop.isAgentChatOpen(kst('2026-09-21T09:00:00'))).toBe(true); // Monday
    expect(shop.isAgentChatOpen(kst('2026-09-22T11:00:00'))).toBe(false); // Tuesday: no hours
    expect(shop.isAgentChatOpen(kst('2026-10-10T23:59:59'))).toBe(true); // Saturday night
    expect(shop.checkAgentChat(kst('2026-09-22T11:00:00'))).toMatchObject({
      rule: 'support.agent-hours',
      code: 'outside-hours',
      opensAt: kst('2026-09-28T09:00:00'), // Saturday 09-26 is 추석 다음 날: the next Monday
    });
  });

  it('counts business days over its own hours and holidays', () => {
    expect(shop.isKoreanBusinessDay('2026-09-26')).toBe(false); // a Saturday, but 추석 다음 날
    expect(shop.isKoreanBusinessDay('2026-10-10')).toBe(true); // a Saturday
    expect(shop.isKoreanBusinessDay('2026-09-23')).toBe(false); // a Wednesday, no hours
    expect(shop.koreanBusinessDaysBetween('2026-09-21', '2026-10-12')).toBe(3); // 09-21, 09-28, 10-10 (10-03 개천절, 10-05 its substitute)
    expect(isKoreanBusinessDay('2026-10-10')).toBe(false);
  });

  it('refuses bad options, every one listed', () => {
    expect(
      issuesOf(() =>
        createSupportSchedule({
          recurringHolidays: [
            { date: '02-30', name: 'x' },
            { date: '01-01', name: 'y', fromYear: 2030, toYear: 2020 },
          ],
          closures: [{ from: '2026-09-23T15:00:00+09:00', to: '2026-09-23T15:00:00+09:00', name: 'z' }],
          weeklyHours: {
            monday: [{ from: '10:00', to: '09:00' }],
            tuesday: [
              { from: '10:00', to: '12:00' },
              { from: '11:00', to: '13:00' },
            ],
            wednesday: [{ from: '24:30', to: '25:00' }],
          },
        }),
      ),
    ).toEqual([
      ['options.recurringHolidays.0.date', 'invalid-format'],
      ['options.recurringHolidays.1.toYear', 'invalid-span'],
      ['options.closures.0.to', 'invalid-span'],
      ['options.weeklyHours.wednesday.0.from', 'invalid-format'],
      ['options.weeklyHours.wednesday.0.to', 'invalid-format'],
      ['options.weeklyHours.monday.0.to', 'invalid-span'],
      ['options.weeklyHours.tuesday.1.from', 'invalid-span'],
    ]);
    expect(
      issuesOf(() => createSupportSchedule({ closures: [{ from: '2026-02-30T00:00:00Z', to: 5, name: 'x' }] })),
    ).toEqual([['options.closures.0.from', 'invalid-instant']]);
  });

  it('the zod schema refuses what the function refuses', () => {
    expect(SupportScheduleOptionsSchema.safeParse({ closures: [{ from: 2, to: 1, name: 'x' }] }).success).toBe(false);
    expect(
      SupportScheduleOptionsSchema.safeParse({ weeklyHours: { sunday: [{ from: '00:00', to: '24:00' }] } }).success,
    ).toBe(true);
  });
});

describe('a holiday on a schedule with its own hours', () => {
  it("says when it opens again without promising 10:00, which is Kakao's hour, not the schedule's", () => {
    const desk = createSupportSchedule({ weeklyHours: { saturday: [{ from: '09:00', to: '13:00' }] } });
    // 2026-09-26 is a Saturday of Chuseok; the desk opens on Saturdays only, and 10-03 is 개천절, so it opens
    // next on Saturday 2026-10-10 at 09:00 KST.
    expect(desk.checkAgentChat(kst('2026-09-26T10:00:00'))).toEqual({
      ok: false,
      rule: 'support.public-holidays',
      code: 'public-holiday',
      message: {
        en: 'Closed on a holiday of this schedule (see holiday); it opens again at opensAt.',
        ko: '이 일정의 휴일(holiday 참고)이라 쉽니다. opensAt에 다시 엽니다.',
      },
      opensAt: kst('2026-10-10T09:00:00'),
      holiday: ['추석 다음 날'],
    });
    // Kakao's own schedule keeps its message, which names 10:00.
    expect(checkAgentChat(kst('2026-09-25T11:00:00'))).toMatchObject({
      message: { en: expect.stringContaining('10:00 KST') },
    });
  });
});

describe("a schedule's calendar: its days, its closed days, its merged closures", () => {
  it('an extra name on a built-in holiday is named beside it; a removed holiday is a business day', () => {
    const s = createSupportSchedule({
      extraHolidays: [{ date: '2026-09-25', name: 'Company day' }],
      removedHolidays: ['2026-09-24'],
    });
    expect(s.checkAgentChat(kst('2026-09-25T11:00:00'))).toMatchObject({ holiday: ['추석', 'Company day'] });
    expect(s.isKoreanBusinessDay('2026-09-24')).toBe(true);
    expect(s.isAgentChatOpen(kst('2026-09-24T11:00:00'))).toBe(true);
    // 21 to 24, and 28: a Chuseok day on a Saturday (09-26) gives no substitute day.
    expect(s.koreanBusinessDaysBetween('2026-09-21', '2026-09-29')).toBe(5);
  });

  it('own hours: a weekday with hours is a business day, a weekday without is not (Saturdays only here)', () => {
    const desk = createSupportSchedule({ weeklyHours: { saturday: [{ from: '09:00', to: '13:00' }] } });
    expect(desk.isKoreanBusinessDay('2026-10-10')).toBe(true); // a Saturday
    expect(desk.isKoreanBusinessDay('2026-10-07')).toBe(false); // a Wednesday
    expect(desk.isKoreanBusinessDay('2026-10-03')).toBe(false); // a Saturday, 개천절
    expect(desk.nextKoreanBusinessDay('2026-09-26')).toBe('2026-10-10');
  });

  it('closures that overlap or nest are one closed span (10:00-18:30 less 14:00-16:00 is 5.5 h)', () => {
    const nested = createSupportSchedule({
      closures: [
        { from: '2026-09-23T14:00:00+09:00', to: '2026-09-23T16:00:00+09:00', name: 'A' },
        { from: '2026-09-23T14:30:00+09:00', to: '2026-09-23T15:00:00+09:00', name: 'B' },
      ],
    });
    const overlapping = createSupportSchedule({
      closures: [
        { from: '2026-09-23T14:00:00+09:00', to: '2026-09-23T15:00:00+09:00', name: 'A' },
        { from: '2026-09-23T14:30:00+09:00', to: '2026-09-23T16:00:00+09:00', name: 'B' },
      ],
    });
    // Given in any order: the spans are merged in time order, and a closed answer names the closure that
    // began first.
    const reversed = createSupportSchedule({
      closures: [
        { from: '2026-09-23T14:30:00+09:00', to: '2026-09-23T15:00:00+09:00', name: 'B' },
        { from: '2026-09-23T14:00:00+09:00', to: '2026-09-23T16:00:00+09:00', name: 'A' },
      ],
    });
    expect(reversed.checkAgentChat(kst('2026-09-23T14:45:00'))).toMatchObject({ code: 'closure', closure: 'A' });
    for (const s of [nested, overlapping, reversed]) {
      expect(s.agentChatOpenMs(kst('2026-09-23T00:00:00'), kst('2026-09-24T00:00:00'))).toBe(5.5 * 3_600_000);
      expect(s.isAgentChatOpen(kst('2026-09-23T15:30:00'))).toBe(false);
      expect(s.isAgentChatOpen(kst('2026-09-23T16:00:00'))).toBe(true);
    }
  });
});

describe('Temporal in the support-hours functions (issue 23)', () => {
  it('takes a Temporal.Instant or ZonedDateTime wherever an instant is, a PlainDate wherever a date is', () => {
    const at = Temporal.Instant.from('2026-09-23T02:00:00Z'); // 11:00 KST
    expect(isAgentChatOpen(at)).toBe(true);
    expect(checkAgentChat(Temporal.ZonedDateTime.from('2026-09-25T11:00:00+09:00[Asia/Seoul]'))).toMatchObject({
      code: 'public-holiday',
    });
    expect(addAgentChatTime(at, 3_600_000)).toBe(kst('2026-09-23T12:00:00'));
    expect(koreanBusinessDayDeadline(at, 1).deadlineAt).toBe(kst('2026-09-28T11:00:00'));
    expect(isKoreanBusinessDay(Temporal.PlainDate.from('2026-09-25'))).toBe(false);
    expect(isKoreanPublicHoliday(Temporal.PlainDate.from('2026-09-25'))).toBe(true);
    expect(koreanBusinessDaysBetween(Temporal.PlainDate.from('2026-09-21'), '2026-09-28')).toBe(3);
    expect(
      createSupportSchedule({
        closures: [{ from: at, to: Temporal.Instant.from('2026-09-23T03:00:00Z'), name: 'T' }],
      }).checkAgentChat(at),
    ).toMatchObject({
      code: 'closure',
    });
  });
});

describe('schedules at their edges', () => {
  const closedToTheEnd = createSupportSchedule({
    closures: [{ from: '2050-12-01T00:00:00+09:00', to: '2051-02-01T00:00:00+09:00', name: 'Wind-down' }],
  });

  it('refuses, as year-out-of-range, an opening or a deadline that closures push past 2050', () => {
    expect(issuesOf(() => closedToTheEnd.nextAgentChatOpening(kst('2050-12-05T11:00:00')))).toEqual([
      ['at', 'year-out-of-range'],
    ]);
    expect(issuesOf(() => closedToTheEnd.addAgentChatTime(kst('2050-11-30T11:00:00'), 30 * 3_600_000))).toEqual([
      ['ms', 'year-out-of-range'],
    ]);
  });

  it('gives a closing-time deadline on the next business day with open time when closures take a whole day', () => {
    const s = createSupportSchedule({
      closures: [{ from: '2026-09-28T00:00:00+09:00', to: '2026-09-29T00:00:00+09:00', name: 'Offsite' }],
    });
    expect(s.isKoreanBusinessDay('2026-09-28')).toBe(true); // a closure never removes a business day
    expect(s.koreanBusinessDayDeadline(kst('2026-09-23T11:00:00'), 1, { time: 'closing-time' }).deadlineAt).toBe(
      kst('2026-09-29T18:30:00'),
    );
    expect(s.koreanBusinessDayDeadline(kst('2026-09-23T11:00:00'), 1).deadlineAt).toBe(kst('2026-09-29T10:00:00'));
  });

  it('refuses weekly hours that are not a list, even a revoked Proxy, as bad input and never a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(issuesOf(() => createSupportSchedule({ weeklyHours: { monday: proxy } })).length).toBe(1);
    expect(issuesOf(() => createSupportSchedule({ weeklyHours: { monday: 'all day' } as never }))).toEqual([
      ['options.weeklyHours.monday', 'invalid-type'],
    ]);
    expect(
      issuesOf(() => createSupportSchedule({ weeklyHours: { monday: [null, { from: 9 }] } as never })).map(([p]) => p),
    ).toEqual(['options.weeklyHours.monday.0', 'options.weeklyHours.monday.1.from', 'options.weeklyHours.monday.1.to']);
  });
});

describe('closures on one day (Wednesday 2026-09-16: open 10:00-12:00 and 13:00-18:30 KST)', () => {
  const H = 3_600_000;
  const closure = (from: string, to: string, name: string) => ({
    from: `2026-09-16T${from}:00+09:00`,
    to: `2026-09-16T${to}:00+09:00`,
    name,
  });
  const openMs = (s: ReturnType<typeof createSupportSchedule>) =>
    s.agentChatOpenMs(kst('2026-09-16T00:00:00'), kst('2026-09-17T00:00:00'));

  it('a closure inside another that ends before the afternoon opens keeps the afternoon closed to the outer end', () => {
    // 10:00-17:00 holds 11:00-11:30: only 17:00-18:30 is open.
    const s = createSupportSchedule({
      closures: [closure('10:00', '17:00', 'Outer'), closure('11:00', '11:30', 'Inner')],
    });
    expect(openMs(s)).toBe(1.5 * H);
    expect(s.isAgentChatOpen(kst('2026-09-16T13:30:00'))).toBe(false);
    expect(s.checkAgentChat(kst('2026-09-16T13:30:00'))).toMatchObject({
      code: 'closure',
      closure: 'Outer',
      opensAt: kst('2026-09-16T17:00:00'),
    });
    expect(s.agentChatIntervals(kst('2026-09-16T00:00:00'), kst('2026-09-17T00:00:00'))).toEqual([
      { start: kst('2026-09-16T17:00:00'), end: kst('2026-09-16T18:30:00') },
    ]);
  });

  it('closures apart stay apart: the time between them is open', () => {
    // 7.5 h less 10:30-11:00 and 14:00-15:00.
    const s = createSupportSchedule({ closures: [closure('10:30', '11:00', 'A'), closure('14:00', '15:00', 'B')] });
    expect(openMs(s)).toBe(6 * H);
    expect(s.isAgentChatOpen(kst('2026-09-16T11:00:00'))).toBe(true);
    expect(s.isAgentChatOpen(kst('2026-09-16T13:30:00'))).toBe(true);
    expect(s.isAgentChatOpen(kst('2026-09-16T14:30:00'))).toBe(false);
  });

  it('of two closures that begin together, the one that ends first is named, in whichever order they come', () => {
    const long = closure('14:00', '16:00', 'Long');
    const short = closure('14:00', '15:00', 'Short');
    for (const closures of [
      [long, short],
      [short, long],
    ]) {
      const s = createSupportSchedule({ closures });
      expect(s.checkAgentChat(kst('2026-09-16T14:30:00'))).toMatchObject({ code: 'closure', closure: 'Short' });
      expect(s.checkAgentChat(kst('2026-09-16T15:30:00'))).toMatchObject({ code: 'closure', closure: 'Long' });
      expect(openMs(s)).toBe(5.5 * H);
    }
  });
});

/** What a refinement reports for `value`, as [path, code, message] triples. */
function reported<T>(check: (value: T, report: Report) => void, value: T): [string, string, string][] {
  const out: [string, string, string][] = [];
  check(value, (path, code, message) => out.push([path.join('.'), code, message]));
  return out;
}

describe('createSupportSchedule refinements: spans of a recurring holiday and of a closure', () => {
  it('a recurring holiday is refused only when both years are given and fromYear is after toYear', () => {
    expect(reported(recurringHolidayProblems, { fromYear: 2030, toYear: 2020 })).toEqual([
      ['toYear', 'invalid-span', 'toYear 2020 is before fromYear 2030'],
    ]);
    expect(reported(recurringHolidayProblems, { fromYear: 2030, toYear: 2030 })).toEqual([]);
    // One end open: from 2030 on, or up to 2020; no year at all: every year of the calendar.
    expect(reported(recurringHolidayProblems, { fromYear: 2030 })).toEqual([]);
    expect(reported(recurringHolidayProblems, { toYear: 2020 })).toEqual([]);
    expect(reported(recurringHolidayProblems, {})).toEqual([]);
  });

  it('a closure is refused when it does not end after it starts, and never for an end the schema refuses itself', () => {
    const message = 'a closure ends after it starts: to must be after from';
    expect(reported(closureProblems, { from: 2_000, to: 1_000 })).toEqual([['to', 'invalid-span', message]]);
    expect(reported(closureProblems, { from: 1_000, to: 1_000 })).toEqual([['to', 'invalid-span', message]]);
    expect(reported(closureProblems, { from: 1_000, to: 1_001 })).toEqual([]);
    // An unreadable end is the schema's invalid-instant, not a span problem too.
    expect(reported(closureProblems, { from: 1_000, to: 'soon' })).toEqual([]);
    expect(reported(closureProblems, { from: 'soon', to: 1_000 })).toEqual([]);
    expect(reported(closureProblems, { from: 'soon', to: 'later' })).toEqual([]);
  });

  it('weekly hours: each interval ends after it starts; the next starts at or after the end of the one before', () => {
    const day = (...list: unknown[]) => reported(weeklyHoursProblems, { monday: list as never });
    // Back to back is in order; an empty interval is not an interval.
    expect(day({ from: '10:00', to: '12:00' }, { from: '12:00', to: '13:00' })).toEqual([]);
    expect(day({ from: '10:00', to: '10:00' })).toEqual([
      ['monday.0.to', 'invalid-span', 'an interval ends after it starts: 10:00 is not after 10:00'],
    ]);
    expect(day({ from: '10:00', to: '12:00' }, { from: '11:59', to: '13:00' })).toEqual([
      [
        'monday.1.from',
        'invalid-span',
        'intervals of a day are in order and do not overlap: 11:59 is before the end of the one before',
      ],
    ]);
  });

  it('weekly hours: an interval missing an end (the shape lists it) is skipped, and moves no later check', () => {
    const day = (...list: unknown[]) => reported(weeklyHoursProblems, { monday: list as never });
    // Without its `to`, 11:00 is no end for the next interval to overlap; without its `from`, nor is 12:00.
    expect(day({ from: '11:00' }, { from: '10:00', to: '12:00' })).toEqual([]);
    expect(day({ to: '12:00' }, { from: '10:00', to: '13:00' })).toEqual([]);
    // A skipped interval leaves the end of the one before it in place: 11:30 still overlaps 10:00-12:00.
    expect(
      day({ from: '10:00', to: '12:00' }, { from: '11:00' }, { from: '11:30', to: '13:00' }).map(([p]) => p),
    ).toEqual(['monday.2.from']);
  });
});
