/**
 * The zod schemas of core (instants) and the bridge that lets a zod schema use a zod-free
 * {@link Refinement}. The only file of src/core that loads zod: rule functions never import it; they
 * validate with the compiled guards (src/core/guardInterpreter.ts, `guards.generated.ts`).
 * @module
 */
import { z } from 'zod';
import type { Refinement } from './guardInterpreter.js';
import { MAX_INSTANT_MS, instantInputMessage, isAnyValue, isInstantInput, type InstantInput } from './instant.js';
import { defineSchema } from './defineSchema.js';

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

/** Epoch milliseconds as stored in state: an integer within +-(2^53 - 1) (`MAX_INSTANT_MS`), so every instant the library outputs can be stored. */
export const EpochMsSchema = /* @__PURE__ */ defineSchema(() => z.int().min(-MAX_INSTANT_MS).max(MAX_INSTANT_MS));

/**
 * The zod schema of an instant input (a `Date` of any realm, integer epoch ms, an ISO-8601 string
 * with offset naming a real time, or a `Temporal.Instant` / `Temporal.ZonedDateTime`), validated
 * exactly like `toEpochMs` and by the same function. Every refusal is one issue whose code is
 * `invalid-instant` (in zod: a `custom` issue with `params.code: 'invalid-instant'`), wherever the
 * instant sits. Use it inside your own payload schemas.
 * @example
 * InstantSchema.parse('2026-01-01T10:00:00+09:00') //=> '2026-01-01T10:00:00+09:00'
 * InstantSchema.safeParse('2026-01-01T10:00').success //=> false
 * InstantSchema.safeParse('2026-02-30T10:00:00+09:00').error?.issues[0] //=> { code: 'custom', params: { code: 'invalid-instant' }, ... }
 */
export const InstantSchema = /* @__PURE__ */ defineSchema(() =>
  z.custom<InstantInput>(isAnyValue).refine(isInstantInput, {
    error: instantInputMessage,
    params: { code: 'invalid-instant' },
  }),
);
