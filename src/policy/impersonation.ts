import { ok, parseInput, refusal, type Message, type Ok, type Refusal } from '../core/index.js';
import { ID_MASK_FIELDS, type IdMaskField } from './constants.js';
import { ImpersonationReportSchema, type ImpersonationReportInput } from './schemas.js';

/** A requirement of an impersonation report that is not met yet. */
export type ImpersonationRequirement = 'message-report' | 'identity-proof' | `mask-${IdMaskField}`;

/** Why an impersonation report cannot go ahead: the report or proof is missing, or the ID is not masked. */
export type ImpersonationReportRefusal =
  | Refusal<'report-incomplete', 'policy.impersonation-report', { readonly missing: readonly ImpersonationRequirement[] }>
  | Refusal<'id-not-masked', 'policy.id-masking', { readonly missing: readonly ImpersonationRequirement[] }>;

const LABELS: Readonly<Record<ImpersonationRequirement, Message>> = {
  'message-report': { en: 'report the messages with the in-app Report function', ko: '앱의 신고 기능으로 메시지 신고' },
  'identity-proof': { en: 'prove that you are the person impersonated (identity document)', ko: '본인임을 증명하는 신분증 증빙' },
  'mask-resident-number-back-digits': { en: 'mask the back digits of the resident registration number', ko: '주민등록번호 뒷자리 가리기' },
  'mask-address': { en: 'mask the address', ko: '주소 가리기' },
  'mask-issue-date': { en: 'mask the issue date', ko: '발급일자 가리기' },
  'mask-photo': { en: 'mask the photo', ko: '사진 가리기' },
};

const READY: Ok<Message> = /* @__PURE__ */ Object.freeze(
  ok(
    Object.freeze({
      en: 'The report is complete: Kakao checks it against the operating policy, and the impersonator can then be restricted.',
      ko: '신고 요건을 갖췄습니다. 카카오가 운영정책 위반 여부를 확인한 뒤 사칭한 이용자를 제한할 수 있습니다.',
    }),
  ),
);

/**
 * Checks an impersonation report (someone posing as you asked your family or friends for money).
 * Kakao needs the messages reported with the in-app Report function, or it cannot identify the
 * sender, and proof that you are the person impersonated; the identity document must hide the back
 * digits of the resident registration number, the address, the issue date and the photo. A message
 * report alone rarely sustains a restriction. Every unmet requirement is listed in one refusal; with
 * no document attached, its four masks are listed too.
 *
 * @param report `{ messagesReported, identityProof: { masked: [...] } | null }`
 * @returns `{ ok: true, value: next step }`, or a refusal with `missing` (rule
 *   `policy.impersonation-report`, or `policy.id-masking` when only masks are missing)
 * @throws {RuleInputError} listing every bad field
 * @example
 * checkImpersonationReport({ messagesReported: true, identityProof: { masked: ['address', 'photo'] } }).missing
 * //=> ['mask-resident-number-back-digits', 'mask-issue-date']
 * @see policy.impersonation-report
 * @see policy.id-masking
 */
export function checkImpersonationReport(report: ImpersonationReportInput): Ok<Message> | ImpersonationReportRefusal {
  const { messagesReported, identityProof } = parseInput(ImpersonationReportSchema, report, 'checkImpersonationReport', ['report']);
  const missing: ImpersonationRequirement[] = [];
  if (!messagesReported) missing.push('message-report');
  if (identityProof === null) missing.push('identity-proof');
  for (const field of ID_MASK_FIELDS) if (!identityProof?.masked.includes(field)) missing.push(`mask-${field}`);
  if (missing.length === 0) return READY;
  const onlyMasks = messagesReported && identityProof !== null;
  const en = `The report is not complete. Still needed: ${missing.map((m) => LABELS[m].en).join('; ')}.`;
  const ko = `신고 요건이 아직 부족합니다. 필요한 것: ${missing.map((m) => LABELS[m].ko).join(', ')}.`;
  const extra = { missing: Object.freeze(missing) };
  return onlyMasks
    ? refusal('policy.id-masking', 'id-not-masked', en, ko, extra)
    : refusal('policy.impersonation-report', 'report-incomplete', en, ko, extra);
}
