import { describe, expect, it } from 'vitest';
import { dayNumberFromDate } from '../../src/core/index.js';
import { shippedHolidayOn } from '../../src/support-hours/calendar.js';
import {
  closedDays,
  isGazettedYear,
  isWeekendDay,
  shippedHolidayDays,
  shippedHolidays,
  shippedSource,
} from '../../src/support-hours/holidayTable.js';

// The decoder of the shipped holiday table (src/support-hours/holidays.generated.ts): per year, per day `MMDD`
// then one letter per name. Expected values are written by hand from the rule book and the gazette, never
// taken from the generator.
const day = (date: string): number => dayNumberFromDate(...(date.split('-').map(Number) as [number, number, number]));

describe('support.public-holidays: decoding the shipped holiday table', () => {
  it('decodes a gazetted year day by day, name by name, in date order (2025)', () => {
    expect(shippedHolidays(2025)).toEqual([
      [day('2025-01-01'), ['1월 1일']],
      [day('2025-01-27'), ['임시공휴일']],
      [day('2025-01-28'), ['설날 전날']],
      [day('2025-01-29'), ['설날']],
      [day('2025-01-30'), ['설날 다음 날']],
      [day('2025-03-01'), ['3ㆍ1절']],
      [day('2025-03-03'), ['대체공휴일(3ㆍ1절)']],
      [day('2025-05-05'), ['어린이날', '부처님 오신 날']],
      // The gazette names the one substitute day after the Children's Day and Buddha's Birthday overlap so.
      [day('2025-05-06'), ['대체공휴일(부처님 오신 날)']],
      [day('2025-06-03'), ['임시공휴일(대통령선거)']],
      [day('2025-06-06'), ['현충일']],
      [day('2025-08-15'), ['광복절']],
      [day('2025-10-03'), ['개천절']],
      [day('2025-10-05'), ['추석 전날']],
      [day('2025-10-06'), ['추석']],
      [day('2025-10-07'), ['추석 다음 날']],
      [day('2025-10-08'), ['대체공휴일(추석)']],
      [day('2025-10-09'), ['한글날']],
      [day('2025-12-25'), ['기독탄신일']],
    ]);
  });

  it('keeps a day with two names in their order (1990-10-03: Foundation Day and Chuseok), first and last days of the calendar', () => {
    expect(shippedHolidays(1990).find(([d]) => d === day('1990-10-03'))).toEqual([
      day('1990-10-03'),
      ['개천절', '추석'],
    ]);
    expect(shippedHolidays(1990)[0]).toEqual([day('1990-01-01'), ['1월 1일']]);
    // 2050-12-25 is a Sunday: Christmas has a substitute from 2023.
    expect(shippedHolidays(2050).slice(-2)).toEqual([
      [day('2050-12-25'), ['기독탄신일']],
      [day('2050-12-26'), ['대체공휴일(기독탄신일)']],
    ]);
  });

  it('a projected year is shipped too (2028: Seollal 01-26 to 01-28, the general election 04-12)', () => {
    const y2028 = shippedHolidays(2028);
    expect(y2028.slice(0, 4)).toEqual([
      [day('2028-01-01'), ['1월 1일']],
      [day('2028-01-26'), ['설날 전날']],
      [day('2028-01-27'), ['설날']],
      [day('2028-01-28'), ['설날 다음 날']],
    ]);
    expect(y2028.find(([, names]) => names.includes('국회의원선거'))).toEqual([day('2028-04-12'), ['국회의원선거']]);
  });

  it('names the source of each year: the record to 2017, the gazette 2018-2027, the projection after', () => {
    expect([1990, 2017, 2018, 2027, 2028, 2050].map(shippedSource)).toEqual([
      'historical',
      'historical',
      'official',
      'official',
      'projected',
      'projected',
    ]);
    expect([2017, 2018, 2027, 2028].map(isGazettedYear)).toEqual([false, true, true, false]);
  });
});

describe('support.public-holidays: the closed days of the calendar', () => {
  it('knows a weekend day: Saturday 2026-09-19 and Sunday 09-20, not Friday 09-18 or Monday 09-21', () => {
    expect(['2026-09-18', '2026-09-19', '2026-09-20', '2026-09-21'].map((d) => isWeekendDay(day(d)))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    // The calendar's first day, 1990-01-01, was a Monday; its last, 2050-12-31, a Saturday.
    expect(isWeekendDay(day('1990-01-01'))).toBe(false);
    expect(isWeekendDay(day('2050-12-31'))).toBe(true);
  });

  // 1990-01-01 (a Monday) to 2050-12-31 (a Saturday) is 61 * 365 + 15 leap days = 22,280 days: 3,182 weeks
  // and six days (Monday to Saturday), so 3,182 * 2 + 1 = 6,365 Saturdays and Sundays.
  it('marks every Saturday and Sunday of 1990-2050, and nothing else without a holiday', () => {
    const closed = closedDays([], [0, 6]);
    expect(closed).toHaveLength(22_280);
    expect(closed.reduce((n, c) => n + c, 0)).toBe(6_365);
    // The first weekend is 01-06 and 01-07.
    expect([...closed.slice(0, 8)]).toEqual([0, 0, 0, 0, 0, 1, 1, 0]);
    expect(closed.at(-1)).toBe(1);
  });

  it('adds the given holidays (2026-09-25, a Friday) and keeps a weekend holiday counted once', () => {
    const closed = closedDays([day('2026-09-25'), day('2026-09-26')], [0, 6]);
    expect(closed[day('2026-09-25') - day('1990-01-01')]).toBe(1);
    expect(closed.reduce((n, c) => n + c, 0)).toBe(6_366);
  });

  it('shuts the weekdays given, whichever they are: Wednesdays only (1990-01-03 is the first)', () => {
    const closed = closedDays([], [3]);
    expect([...closed.slice(0, 10)]).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    // 3,182 whole weeks, and the six days left (Monday to Saturday) hold one more Wednesday.
    expect(closed.reduce((n, c) => n + c, 0)).toBe(3_183);
    expect(closedDays([], [])).toEqual(new Uint8Array(22_280));
  });
});

describe('support.public-holidays: every shipped day by day number (the calendar a schedule starts from)', () => {
  it('looks a day up with its names and the source of its year, 1990-2050, nothing outside', () => {
    expect(shippedHolidayOn(day('2025-05-05'))).toEqual({ names: ['어린이날', '부처님 오신 날'], source: 'official' });
    expect(shippedHolidayOn(day('1990-01-01'))).toEqual({ names: ['1월 1일'], source: 'historical' });
    expect(shippedHolidayOn(day('2050-12-25'))).toEqual({ names: ['기독탄신일'], source: 'projected' });
    expect(shippedHolidayOn(day('2025-05-07'))).toBeUndefined();
    expect(shippedHolidayOn(day('1989-12-25'))).toBeUndefined();
    expect(shippedHolidayOn(day('2051-01-01'))).toBeUndefined();
  });

  it('lists the day numbers of every holiday, in date order, without their names (2025: 19 days)', () => {
    const days = shippedHolidayDays();
    expect(days.filter((d) => d >= day('2025-01-01') && d <= day('2025-12-31'))).toEqual(
      shippedHolidays(2025).map(([d]) => d),
    );
    expect(days.filter((d) => d >= day('2025-01-01') && d <= day('2025-12-31'))).toHaveLength(19);
    expect(days[0]).toBe(day('1990-01-01'));
    expect(days.at(-1)).toBe(day('2050-12-26'));
    expect(days.every((d, i) => i === 0 || d > days[i - 1]!)).toBe(true);
  });
});
