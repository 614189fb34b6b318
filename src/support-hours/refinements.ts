/**
 * What the support-hours schemas check beyond shape, written once and zod-free: the zod schemas run
 * these functions (through `refinement`) and so do their compiled guards (guards.generated.ts).
 * @module
 */
import type { Report } from '../core/index.js';
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
