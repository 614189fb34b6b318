import { z } from 'zod';
import { defineSchema } from '../core/index.js';

/** Options of `koreanPublicHolidays`: `source: 'projected'` forces the projection, `'official'` demands gazetted data. */
export const KoreanPublicHolidaysOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({
    source: z.enum(['official', 'projected']).optional(),
  }),
);
export type KoreanPublicHolidaysOptions = z.input<typeof KoreanPublicHolidaysOptionsSchema>;

const IsoDateSchema = /* @__PURE__ */ defineSchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

/** A day off added by the caller: a temporary holiday announced after our release, a company day off. */
export const ExtraHolidaySchema = /* @__PURE__ */ defineSchema(() => z.strictObject({ date: IsoDateSchema, name: z.string().min(1) }));
export type ExtraHoliday = z.input<typeof ExtraHolidaySchema>;

/** Options of `createSupportSchedule`: dates to add to and to remove from the holiday calendar. */
export const SupportScheduleOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({
    extraHolidays: z.array(ExtraHolidaySchema).optional(),
    removedHolidays: z.array(IsoDateSchema).optional(),
  }),
);
export type SupportScheduleOptions = z.input<typeof SupportScheduleOptionsSchema>;

/** Options of `consultationChecklist`: whether the question is about a paid service. */
export const ConsultationChecklistOptionsSchema = /* @__PURE__ */ defineSchema(() => z.strictObject({ paidService: z.boolean() }));
export type ConsultationChecklistOptions = z.input<typeof ConsultationChecklistOptionsSchema>;
