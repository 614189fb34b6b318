/**
 * `kakao-rules/support-hours/schemas`: the zod schemas of the support-hours inputs, the single source of their types.
 * @module kakao-rules/support-hours/schemas
 */
import { z } from 'zod';
import { defineSchema } from '../core/index.js';
import { refinement } from '../core/schemas.js';
import { isoDateProblems } from './refinements.js';

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
export type ExtraHoliday = z.input<typeof ExtraHolidaySchema>;

/** Options of `createSupportSchedule`: dates to add to and to remove from the holiday calendar. */
export const SupportScheduleOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({
    extraHolidays: z.array(ExtraHolidaySchema).optional(),
    removedHolidays: z.array(IsoDateSchema).optional(),
  }),
);
/** What `createSupportSchedule` takes: days off to add and holidays to remove (see {@link SupportScheduleOptionsSchema}). */
export type SupportScheduleOptions = z.input<typeof SupportScheduleOptionsSchema>;

/** Options of `consultationChecklist`: whether the question is about a paid service. */
export const ConsultationChecklistOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({ paidService: z.boolean() }),
);
/** What `consultationChecklist` takes (see {@link ConsultationChecklistOptionsSchema}). */
export type ConsultationChecklistOptions = z.input<typeof ConsultationChecklistOptionsSchema>;
