import { ok, guardInput, type Ok, type Outcome } from '../core/index.js';
import { INQUIRY_CHANNEL, THIRD_PARTY_INQUIRY, type InquiryChannel, type InquiryRefusal } from './rules.js';
import type { InquiryInput } from './schemas.js';
import { InquiryGuard } from './guards.generated.js';

const SELF: Ok<InquiryChannel> = /* @__PURE__ */ Object.freeze(ok(INQUIRY_CHANNEL));

/**
 * Whether `requesterId` may inquire about `subjectId`'s status (a restriction, a temporary measure, a
 * protection measure). Only the member themself can, through the website inquiry form; family and
 * friends cannot ask for them.
 *
 * @param inquiry `{ requesterId, subjectId }`, member ids (non-empty strings)
 * @returns `{ ok: true, value: { channel, url } }` for the member themself, else the refusal
 *   `third-party-inquiry` naming the same channel for the member to use
 * @throws {RuleInputError} listing every bad field (paths start at `inquiry`)
 * @example
 * checkInquiry({ requesterId: 'mom', subjectId: 'son' }).code //=> 'third-party-inquiry'
 * checkInquiry({ requesterId: 'son', subjectId: 'son' })
 * //=> { ok: true, value: { channel: 'website-inquiry-form', url: 'https://cs.kakao.com/requests' } }
 * @see policy.third-party-inquiry
 */
export function checkInquiry(inquiry: InquiryInput): Outcome<InquiryChannel, InquiryRefusal> {
  const { requesterId, subjectId } = guardInput(InquiryGuard, inquiry, 'checkInquiry', ['inquiry']);
  return requesterId === subjectId ? SELF : THIRD_PARTY_INQUIRY;
}
