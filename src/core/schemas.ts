/**
 * The zod schemas of core (instants) and the bridge that lets a zod schema use a zod-free
 * {@link Refinement}. The only file of src/core that loads zod: rule functions never import it; they
 * validate with the compiled guards (src/core/guard.ts, `guards.generated.ts`).
 * @module
 */
import { z } from 'zod';
import type { Refinement } from './guard.js';
import { ISO_INSTANT, MAX_EPOCH_MS, anyRealmDateMessage, isAnyRealmDate, isRealIsoInstant } from './instant.js';
import { defineSchema } from './schema.js';

/**
 * A zod check that runs `fn`, a refinement written once in a zod-free file: each problem it reports
 * becomes a `custom` issue whose `params.code` is the reported code. `scripts/compile-guards.ts`
 * finds `fn` on the check and the guard calls the same function.
 */
/* @__NO_SIDE_EFFECTS__ */
export function refinement<T>(fn: Refinement<T>): z.core.$ZodCheck<T> {
  const check = z.superRefine<T>((value, ctx) =>
    fn(value, (path, code, message) => ctx.addIssue({ code: 'custom', message, path: [...path], params: { code } })),
  );
  (check._zod.def as { guard?: Refinement<T> }).guard = fn;
  return check;
}

/** Epoch milliseconds as stored in state: an integer within the `Date` range. */
export const EpochMsSchema = /* @__PURE__ */ defineSchema(() => z.int().min(-MAX_EPOCH_MS).max(MAX_EPOCH_MS));

/** A Date of any realm ({@link isAnyRealmDate}), with zod's words for a `z.date()` refusal. */
const AnyRealmDateSchema = /* @__PURE__ */ defineSchema(() =>
  z.custom<Date>(isAnyRealmDate, { error: anyRealmDateMessage }),
);

/**
 * The zod schema of an instant input (`Date | number | string`, validated exactly like
 * `toEpochMs`; a Date of any realm is a Date). Use it inside your own payload schemas.
 * @example
 * InstantSchema.parse('2026-01-01T10:00:00+09:00') //=> '2026-01-01T10:00:00+09:00'
 * InstantSchema.safeParse('2026-01-01T10:00').success //=> false
 */
export const InstantSchema = /* @__PURE__ */ defineSchema(() =>
  z.union(
    [
      AnyRealmDateSchema,
      EpochMsSchema,
      z
        .string()
        .regex(ISO_INSTANT, {
          abort: true,
          error: 'expected an ISO-8601 instant with offset, e.g. 2026-01-01T10:00:00+09:00',
        })
        .refine(isRealIsoInstant, { error: 'no such date or time' }),
    ],
    {
      error: 'expected a valid Date, integer epoch milliseconds, or an ISO-8601 string with offset naming a real time',
    },
  ),
);
