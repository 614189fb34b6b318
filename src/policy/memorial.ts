import { ok, guardInput, type Ok, type Outcome } from '../core/index.js';
import { CONVERSION_RESTRICTED, type MemorialProfileRefusal } from './rules.js';
import type { MemorialRequestInput } from './schemas.js';
import { MemorialRequestGuard } from './guards.generated.js';

/** A memorial-profile request the member's recorded wish does not block. */
export interface MemorialProfileValue {
  /**
   * `'possible'`: the member allowed it and the bereaved family asks; `'undetermined'`: the member
   * recorded nothing, or someone other than the bereaved family asks (the sources do not say).
   */
  readonly conversion: 'possible' | 'undetermined';
}

const POSSIBLE: Ok<MemorialProfileValue> = /* @__PURE__ */ Object.freeze(
  ok(Object.freeze({ conversion: 'possible' as const })),
);
const UNDETERMINED: Ok<MemorialProfileValue> = /* @__PURE__ */ Object.freeze(
  ok(Object.freeze({ conversion: 'undetermined' as const })),
);

/**
 * Decides a request to turn a deceased member's profile into a memorial profile. A member can record
 * in advance whether this is allowed; if they chose "restrict conversion", the request is refused and
 * their recorded wish is passed on to the family. The sources describe only the bereaved family's
 * request; with no recorded wish, or another requester, the answer is `'undetermined'`, not a guess.
 *
 * @param request `{ preference: 'allow' | 'restrict' | 'unset', requestedBy: 'bereaved-family' | 'other' }`
 * @returns `{ ok: true, value: { conversion } }` or the refusal `conversion-restricted`
 * @throws {RuleInputError} listing every bad field (paths start at `request`)
 * @example
 * checkMemorialProfileRequest({ preference: 'restrict', requestedBy: 'bereaved-family' }).code
 * //=> 'conversion-restricted'
 * checkMemorialProfileRequest({ preference: 'allow', requestedBy: 'bereaved-family' }) //=> { ok: true, value: { conversion: 'possible' } }
 * @see policy.memorial-profile
 */
export function checkMemorialProfileRequest(
  request: MemorialRequestInput,
): Outcome<MemorialProfileValue, MemorialProfileRefusal> {
  const { preference, requestedBy } = guardInput(MemorialRequestGuard, request, 'checkMemorialProfileRequest', [
    'request',
  ]);
  if (preference === 'restrict') return CONVERSION_RESTRICTED;
  return preference === 'allow' && requestedBy === 'bereaved-family' ? POSSIBLE : UNDETERMINED;
}
