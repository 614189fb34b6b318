import { ok, parseInput, refusal, type Ok, type Refusal } from '../core/index.js';
import { POLICY_INQUIRY_URL } from './constants.js';
import { InquirySchema, type InquiryInput } from './schemas.js';

/** Where the member inquires: the website inquiry form. */
export interface InquiryChannel {
  readonly channel: 'website-inquiry-form';
  readonly url: string;
}

/** Kakao does not disclose a member's status to anyone else. */
export type InquiryRefusal = Refusal<'third-party-inquiry', 'policy.third-party-inquiry', InquiryChannel>;

const CHANNEL: InquiryChannel = /* @__PURE__ */ Object.freeze({ channel: 'website-inquiry-form', url: POLICY_INQUIRY_URL });
const SELF: Ok<InquiryChannel> = /* @__PURE__ */ Object.freeze(ok(CHANNEL));
const THIRD_PARTY: InquiryRefusal = /* @__PURE__ */ refusal(
  'policy.third-party-inquiry',
  'third-party-inquiry',
  `Kakao does not tell anyone else about a member's status. The member (the real user of that number) must ask through ${POLICY_INQUIRY_URL}.`,
  `회원의 상태는 제3자에게 안내하지 않습니다. 해당 번호의 실제 사용자 본인이 ${POLICY_INQUIRY_URL} 에서 직접 문의해야 합니다.`,
  CHANNEL,
);

/**
 * Whether `requesterId` may inquire about `subjectId`'s status (a restriction, a temporary measure, a
 * protection measure). Only the member themself can, through the website inquiry form; family and
 * friends cannot ask for them.
 *
 * @param inquiry `{ requesterId, subjectId }`, member ids (non-empty strings)
 * @returns `{ ok: true, value: { channel, url } }` for the member themself, else a refusal naming
 *   the same channel for the member to use
 * @throws {RuleInputError} listing every bad field
 * @example
 * canInquireAbout({ requesterId: 'mom', subjectId: 'son' }).code //=> 'third-party-inquiry'
 * @see policy.third-party-inquiry
 */
export function canInquireAbout(inquiry: InquiryInput): Ok<InquiryChannel> | InquiryRefusal {
  const { requesterId, subjectId } = parseInput(InquirySchema, inquiry, 'canInquireAbout', ['inquiry']);
  return requesterId === subjectId ? SELF : THIRD_PARTY;
}
