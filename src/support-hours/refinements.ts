/**
 * What the support-hours schemas check beyond shape, written once and zod-free: the zod schemas run
 * these functions (through `refinement`) and so do their compiled guards (guards.generated.ts).
 * @module
 */
import { epochMsOrUndefined, type Report } from '../core/index.js';
import { calendarDay } from './calendar.js';

/**
 * Reports a `YYYY-MM-DD` text that is not a real day within the holiday calendar, exactly as
 * `createSupportSchedule` refuses it (`invalid-date`, `year-out-of-range`).
 */
export function isoDateProblems(text: string, report: Report): void {
  // Stryker disable next-line ArrayDeclaration: equivalent, the path goes only into the issue calendarDay returns, of which report takes the code and message
  const day = calendarDay(text, []);
  if (typeof day !== 'number') report([], day.code, day.message);
}

/** Reports a recurring holiday whose `fromYear` is after its `toYear` (a span of no year). */
export function recurringHolidayProblems(
  value: { readonly fromYear?: number | undefined; readonly toYear?: number | undefined },
  report: Report,
): void {
  // An absent year is NaN, which no comparison holds for: a span with one end open is never reversed.
  if ((value.fromYear ?? NaN) > (value.toYear ?? NaN))
    report(['toYear'], 'invalid-span', `toYear ${value.toYear} is before fromYear ${value.fromYear}`);
}

/** Reports a closure whose `to` is not after its `from` (both valid instants: the schema checks each). */
export function closureProblems(value: { readonly from: unknown; readonly to: unknown }, report: Report): void {
  const from = epochMsOrUndefined(value.from);
  const to = epochMsOrUndefined(value.to);
  // An unreadable instant (listed by the schema) is NaN, which no comparison holds for.
  if ((to ?? NaN) <= (from ?? NaN))
    report(['to'], 'invalid-span', 'a closure ends after it starts: to must be after from');
}

/** Minutes since KST midnight of a `'HH:MM'` text (already matched by its pattern). */
export const minuteOfDay = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

/** The weekdays of `WeeklyHours`, Sunday first (the index is the weekday, as `weekdayOfDayNumber` gives it). */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Reports each interval of a day that does not end after it starts, or starts before the one before it ends. */
export function weeklyHoursProblems(
  value: Readonly<Partial<Record<string, readonly { readonly from: string; readonly to: string }[] | undefined>>>,
  report: Report,
): void {
  for (const name of WEEKDAY_NAMES) {
    let end = -1;
    // The shape may have failed (zod runs the check beside the shape's issues): read only what is there.
    const list: unknown = value[name];
    if (!Array.isArray(list)) continue;
    (list as unknown[]).forEach((interval: unknown, i) => {
      // Object() and String() never throw: a malformed interval (listed by the shape) reads as NaN and is skipped.
      const { from: a, to: b } = Object(interval) as { from?: unknown; to?: unknown };
      const from = minuteOfDay(String(a));
      const to = minuteOfDay(String(b));
      if (Number.isNaN(from) || Number.isNaN(to)) return;
      if (to <= from)
        report([name, i, 'to'], 'invalid-span', `an interval ends after it starts: ${b} is not after ${a}`);
      else if (from < end)
        report(
          [name, i, 'from'],
          'invalid-span',
          `intervals of a day are in order and do not overlap: ${a} is before the end of the one before`,
        );
      end = Math.max(end, to);
    });
  }
}
