import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/index.js';
import { closureProblems, recurringHolidayProblems, weeklyHoursProblems } from '../../src/support-hours/refinements.js';

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
