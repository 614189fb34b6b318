import { ok, parseInput, refusal, type Ok, type Refusal } from '../core/index.js';
import { MemorialRequestSchema, type MemorialRequestInput } from './schemas.js';

/** A memorial-profile request the member's recorded wish does not block. */
export interface MemorialProfileValue {
  /**
   * `'possible'`: the member allowed it and the bereaved family asks; `'undetermined'`: the member
   * recorded nothing, or someone other than the bereaved family asks (the sources do not say).
   */
  readonly conversion: 'possible' | 'undetermined';
}

/** The member chose "restrict conversion": refused, and the member's wish is passed on. */
export type MemorialProfileRefusal = Refusal<'conversion-restricted', 'policy.memorial-profile', { readonly wishPassedOn: true }>;

const POSSIBLE: Ok<MemorialProfileValue> = /* @__PURE__ */ Object.freeze(ok(Object.freeze({ conversion: 'possible' as const })));
const UNDETERMINED: Ok<MemorialProfileValue> = /* @__PURE__ */ Object.freeze(ok(Object.freeze({ conversion: 'undetermined' as const })));
const RESTRICTED: MemorialProfileRefusal = /* @__PURE__ */ refusal(
  'policy.memorial-profile',
  'conversion-restricted',
  'The member chose to restrict conversion to a memorial profile during their lifetime, so it cannot be converted; their wish is passed on to the family.',
  '고인이 생전에 추모 프로필 전환 제한을 설정해 두어 전환할 수 없으며, 신청하신 분께 고인의 생전 의사를 전달해 드립니다.',
  { wishPassedOn: true as const },
);

/**
 * Decides a request to turn a deceased member's profile into a memorial profile. A member can record
 * in advance whether this is allowed; if they chose "restrict conversion", the request is refused and
 * their recorded wish is passed on to the family. The sources describe only the bereaved family's
 * request; with no recorded wish, or another requester, the answer is `'undetermined'`, not a guess.
 *
 * @param request `{ preference: 'allow' | 'restrict' | 'unset', requestedBy: 'bereaved-family' | 'other' }`
 * @returns `{ ok: true, value: { conversion } }` or the refusal `conversion-restricted`
 * @throws {RuleInputError} listing every bad field
 * @example
 * memorialProfileDecision({ preference: 'restrict', requestedBy: 'bereaved-family' }).code
 * //=> 'conversion-restricted'
 * @see policy.memorial-profile
 */
export function memorialProfileDecision(request: MemorialRequestInput): Ok<MemorialProfileValue> | MemorialProfileRefusal {
  const { preference, requestedBy } = parseInput(MemorialRequestSchema, request, 'memorialProfileDecision', ['request']);
  if (preference === 'restrict') return RESTRICTED;
  return preference === 'allow' && requestedBy === 'bereaved-family' ? POSSIBLE : UNDETERMINED;
}
