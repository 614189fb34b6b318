/**
 * What the policy schemas check beyond shape, written once and zod-free: the zod schemas of
 * schemas.ts run these functions (through `.refine`) and so do their compiled guards
 * (guards.generated.ts).
 * @module
 */
import { VIOLATION_KINDS, type PlayContentRating, type ZeroToleranceKind } from './rules.js';

/** Runs a cross-field check whenever the input is an object, so it is listed beside other problems (zod's `when`). */
export function readable(payload: { readonly value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null;
}

/**
 * A whole number: `Number.isInteger` itself (not `z.int()`, which aborts, so cross-field checks are
 * still listed), so that scripts/json-schemas.ts still recognises it and writes `type: integer`.
 */
export const isWholeNumber: (n: number) => boolean = Number.isInteger;

/** `similarTo` is only for a kind the rule book does not list. */
export function similarToOnlyUnlisted(v: {
  readonly kind: string;
  readonly similarTo?: ZeroToleranceKind | undefined;
}): boolean {
  return v.similarTo === undefined || !(VIOLATION_KINDS as readonly unknown[]).includes(v.kind);
}

/** A supervised account names its Play content rating. */
export function supervisedHasRating(v: {
  readonly supervised: boolean;
  readonly contentRating?: PlayContentRating | undefined;
}): boolean {
  return v.supervised !== true || v.contentRating !== undefined;
}

/** Without a TalkDrawer subscription the (undocumented) free retention limit is passed. */
export function freeRetentionKnown(v: {
  readonly talkDrawerSubscriber: boolean;
  readonly freeRetentionDays?: number | undefined;
}): boolean {
  return v.talkDrawerSubscriber !== false || v.freeRetentionDays !== undefined;
}
