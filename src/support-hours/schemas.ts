/**
 * `kakao-rules/support-hours/schemas`: the zod schemas of the support-hours inputs, the single source of their types.
 * @module kakao-rules/support-hours/schemas
 */
import { z } from 'zod';
import { defineSchema } from '../core/index.js';
import { InstantSchema, refinement } from '../core/schemas.js';
import { closureProblems, isoDateProblems, recurringHolidayProblems, weeklyHoursProblems } from './refinements.js';

/** Options of `koreanPublicHolidays`: `source: 'projected'` forces the projection, `'official'` demands gazetted data. */
export const KoreanPublicHolidaysOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({
    source: z.enum(['official', 'projected']).optional(),
    /** `true` adds each day's `basis` (its regulation article, statute, designation or projection rule). */
    basis: z.boolean().optional(),
  }),
);
/** What `koreanPublicHolidays` takes besides the year (see {@link KoreanPublicHolidaysOptionsSchema}). */
export type KoreanPublicHolidaysOptions = z.input<typeof KoreanPublicHolidaysOptionsSchema>;

// A real day within the holiday calendar, refused exactly as `createSupportSchedule` refuses it
// (`invalid-date`, `year-out-of-range`), so the exported schema is not looser than the function.
const IsoDateSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .string()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { abort: true, error: 'expected a date as YYYY-MM-DD' })
    .check(refinement(isoDateProblems)),
);

/** A day off added by the caller: a temporary holiday announced after our release, a company day off. */
export const ExtraHolidaySchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({ date: IsoDateSchema, name: z.string().min(1) }),
);
/** A day off the caller adds: `date` as YYYY-MM-DD and its `name` (see {@link ExtraHolidaySchema}). */
export type ExtraHolidayInput = z.input<typeof ExtraHolidaySchema>;

/**
 * A holiday every year on the same month and day (a company's founding day), optionally only from
 * `fromYear` and/or until `toYear` (inclusive, 1990-2050). `date` is `'MM-DD'`; `'02-29'` falls in leap
 * years only. It closes the whole KST day, like an `extraHolidays` entry for each year.
 */
export const RecurringHolidaySchema = /* @__PURE__ */ defineSchema(() =>
  z
    .strictObject({
      date: z
        .string()
        .regex(
          /^(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))$/,
          {
            error: "expected a month and day as 'MM-DD' naming a real day (02-29 for leap years)",
          },
        ),
      name: z.string().min(1),
      fromYear: z.int().min(1990).max(2050).optional(),
      toYear: z.int().min(1990).max(2050).optional(),
    })
    .check(refinement(recurringHolidayProblems)),
);
/** A holiday every year on the same day (see {@link RecurringHolidaySchema}). */
export type RecurringHolidayInput = z.input<typeof RecurringHolidaySchema>;

/**
 * A part-day closure `[from, to)` with its name (an afternoon off, a maintenance window): instants,
 * `to` after `from`. The schedule is closed from `from` (included) to `to` (excluded); a closed answer
 * inside it names it.
 */
export const SupportClosureSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .strictObject({ from: InstantSchema, to: InstantSchema, name: z.string().min(1) })
    .check(refinement(closureProblems)),
);
/** A part-day closure (see {@link SupportClosureSchema}). */
export type SupportClosureInput = z.input<typeof SupportClosureSchema>;

const TimeOfDaySchema = /* @__PURE__ */ defineSchema(() =>
  z.string().regex(/^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, {
    error: "expected a KST time of day as 'HH:MM' (00:00 to 24:00)",
  }),
);

/** One opening interval of a day, `[from, to)` as KST times of day `'HH:MM'` (`to` may be `'24:00'`). */
export const OpeningIntervalSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({ from: TimeOfDaySchema, to: TimeOfDaySchema }),
);
/** One opening interval of a day (see {@link OpeningIntervalSchema}). */
export type OpeningInterval = z.input<typeof OpeningIntervalSchema>;

const dayHours = () => z.array(OpeningIntervalSchema).max(24).optional();

/**
 * A service's own weekly hours: for each weekday its opening intervals, in order, not overlapping,
 * each `from` before its `to`; a weekday left out has no hours. Without it a schedule has Kakao's
 * (weekdays [10:00, 12:00) and [13:00, 18:30)).
 */
export const WeeklyHoursSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .strictObject({
      monday: dayHours(),
      tuesday: dayHours(),
      wednesday: dayHours(),
      thursday: dayHours(),
      friday: dayHours(),
      saturday: dayHours(),
      sunday: dayHours(),
    })
    .check(refinement(weeklyHoursProblems)),
);
/** A service's own weekly hours (see {@link WeeklyHoursSchema}). */
export type WeeklyHours = z.input<typeof WeeklyHoursSchema>;

/**
 * Options of `createSupportSchedule`: dates to add to and to remove from the holiday calendar,
 * holidays that recur every year, part-day closures and the service's own weekly hours.
 */
export const SupportScheduleOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({
    extraHolidays: z.array(ExtraHolidaySchema).optional(),
    removedHolidays: z.array(IsoDateSchema).optional(),
    recurringHolidays: z.array(RecurringHolidaySchema).max(1000).optional(),
    closures: z.array(SupportClosureSchema).max(10_000).optional(),
    weeklyHours: WeeklyHoursSchema.optional(),
  }),
);
/** What `createSupportSchedule` takes (see {@link SupportScheduleOptionsSchema}). */
export type SupportScheduleOptions = z.input<typeof SupportScheduleOptionsSchema>;

/** Options of `koreanBusinessDayDeadline`: the deadline's time of day (see the function). */
export const BusinessDayDeadlineOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({ time: z.enum(['same-time', 'closing-time']).optional() }),
);
/** What `koreanBusinessDayDeadline` takes besides the start and `n` (see {@link BusinessDayDeadlineOptionsSchema}). */
export type BusinessDayDeadlineOptions = z.input<typeof BusinessDayDeadlineOptionsSchema>;

/** Options of `consultationChecklist`: whether the question is about a paid service. */
export const ConsultationChecklistOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({ paidService: z.boolean() }),
);
/** What `consultationChecklist` takes (see {@link ConsultationChecklistOptionsSchema}). */
export type ConsultationChecklistOptions = z.input<typeof ConsultationChecklistOptionsSchema>;

// Names of 0.2.0, kept for one minor version (CONTRIBUTING: one naming scheme).
/** @deprecated Use {@link ExtraHolidayInput}; this 0.2.0 name is removed in 0.4.0. */
export type ExtraHoliday = ExtraHolidayInput;
