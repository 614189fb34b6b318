import { ok, guardInput, refusal, type Message, type Ok, type Outcome } from '../core/index.js';
import { ID_MASK_FIELDS, type ImpersonationReportRefusal, type ImpersonationRequirement } from './rules.js';
import type { ImpersonationReportInput } from './schemas.js';
import { ImpersonationReportGuard } from './guards.generated.js';

/** A complete impersonation report: what follows once Kakao has checked it. */
export interface ImpersonationReportValue {
  /** Always `'without-delay'`: with both requirements met, the impersonator is restricted without delay. */
  readonly restriction: 'without-delay';
  readonly message: Message;
}

const LABELS: Readonly<Record<ImpersonationRequirement, Message>> = {
  'message-report': { en: 'report the messages with the in-app Report function', ko: '앱의 신고 기능으로 메시지 신고' },
  'identity-proof': {
    en: 'prove that you are the person impersonated (identity document)',
    ko: '본인임을 증명하는 신분증 증빙',
  },
  'mask-resident-number-back-digits': {
    en: 'mask the back digits of the resident registration number',
    ko: '주민등록번호 뒷자리 가리기',
  },
  'mask-address': { en: 'mask the address', ko: '주소 가리기' },
  'mask-issue-date': { en: 'mask the issue date', ko: '발급일자 가리기' },
  'mask-photo': { en: 'mask the photo', ko: '사진 가리기' },
};

const READY: Ok<ImpersonationReportValue> = /* @__PURE__ */ Object.freeze(
  ok(
    Object.freeze({
      restriction: 'without-delay' as const,
      message: Object.freeze({
        en: 'The report is complete: once Kakao confirms it breaks the operating policy, the impersonator is restricted without delay.',
        ko: '신고 요건을 갖췄습니다. 카카오가 운영정책 위반을 확인하면 사칭한 이용자를 지체 없이 제한합니다.',
      }),
    }),
  ),
);

/**
 * The refusals already given, by the set of unmet requirements (a bit mask): each is built, with its
 * sentences, once, and returned frozen afterwards. At most 2 x 17 of them exist.
 */
const REFUSALS = new Map<number, ImpersonationReportRefusal>();

function refusalFor(key: number, reasons: ImpersonationRequirement[], onlyMasks: boolean): ImpersonationReportRefusal {
  const r = impersonationRefusal(reasons, onlyMasks);
  REFUSALS.set(key, r);
  return r;
}

/**
 * The refusal listing `reasons`, built afresh; `checkImpersonationReport` keeps each one it gives.
 * Exported for the tests only (the package does not export it): a test calling it always runs the
 * sentence building, whichever test met a set of requirements first.
 *
 * @internal
 */
export function impersonationRefusal(
  reasons: ImpersonationRequirement[],
  onlyMasks: boolean,
): ImpersonationReportRefusal {
  const en = `The report is not complete. Still needed: ${reasons.map((m) => LABELS[m].en).join('; ')}.`;
  const ko = `신고 요건이 아직 부족합니다. 필요한 것: ${reasons.map((m) => LABELS[m].ko).join(', ')}.`;
  const extra = { reasons: Object.freeze(reasons) };
  return onlyMasks
    ? refusal('policy.id-masking', 'id-not-masked', en, ko, extra)
    : refusal('policy.impersonation-report', 'report-incomplete', en, ko, extra);
}

/**
 * Checks an impersonation report (someone posing as you asked your family or friends for money; a
 * stolen or taken-over account is a different procedure). Kakao needs the messages reported with the
 * in-app Report function, or it cannot identify the sender, and proof that you are the person
 * impersonated; the identity document must hide the back digits of the resident registration number,
 * the address, the issue date and the photo. A message report alone rarely sustains a restriction;
 * with both, the impersonator is restricted without delay. Every unmet requirement is listed in one
 * refusal; with no document attached, its four masks are listed too.
 *
 * @param report `{ messagesReported, identityProof: { masked: [...] } | null }`
 * @returns `{ ok: true, value: { restriction: 'without-delay', message } }`, or a refusal with
 *   `reasons` (rule `policy.impersonation-report`, or `policy.id-masking` when only masks are missing)
 * @throws {RuleInputError} listing every bad field (paths start at `report`)
 * @example
 * checkImpersonationReport({ messagesReported: true, identityProof: { masked: ['address', 'photo'] } }).reasons
 * //=> ['mask-resident-number-back-digits', 'mask-issue-date']
 * checkImpersonationReport({ messagesReported: true, identityProof: { masked: ['resident-number-back-digits', 'address', 'issue-date', 'photo'] } }).value.restriction
 * //=> 'without-delay'
 * @see policy.impersonation-report
 * @see policy.id-masking
 */
export function checkImpersonationReport(
  report: ImpersonationReportInput,
): Outcome<ImpersonationReportValue, ImpersonationReportRefusal> {
  const { messagesReported, identityProof } = guardInput(ImpersonationReportGuard, report, 'checkImpersonationReport', [
    'report',
  ]);
  const reasons: ImpersonationRequirement[] = [];
  let key = 0;
  if (!messagesReported) {
    reasons.push('message-report');
    key |= 1;
  }
  if (identityProof === null) {
    reasons.push('identity-proof');
    key |= 2;
  }
  for (let i = 0; i < ID_MASK_FIELDS.length; i++) {
    const field = ID_MASK_FIELDS[i]!;
    if (!identityProof?.masked.includes(field)) {
      reasons.push(`mask-${field}`);
      key |= 4 << i;
    }
  }
  if (reasons.length === 0) return READY;
  return REFUSALS.get(key) ?? refusalFor(key, reasons, messagesReported && identityProof !== null);
}
