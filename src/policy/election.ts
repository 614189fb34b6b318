import { guardInput, type Message } from '../core/index.js';
import type { ElectionReportInput } from './schemas.js';
import { ElectionReportGuard } from './guards.generated.js';

/** The documented route of a reported piece of election misinformation. */
export interface ElectionMisinformationPath {
  /**
   * `'commission-request'`: restricted (content or user) under the law on the National Election
   * Commission's request; `'judged-by-policy'`: Kakao judges it against law, terms and policy;
   * `'awaiting-commission-request'`: Kakao cannot judge it, and the sources name a measure only once
   * the Commission asks.
   */
  readonly path: 'commission-request' | 'judged-by-policy' | 'awaiting-commission-request';
  /** What gets restricted, or `'undetermined'` while no judgement or request decides it. */
  readonly restricts: 'content-or-user' | 'undetermined';
  readonly rule: 'policy.election-misinformation';
  readonly message: Message;
}

const rule = 'policy.election-misinformation';
const ON_REQUEST: ElectionMisinformationPath = /* @__PURE__ */ Object.freeze({
  path: 'commission-request',
  restricts: 'content-or-user',
  rule,
  message: Object.freeze({
    en: "On the National Election Commission's request, the content or the user is restricted as the law provides.",
    ko: '중앙선거관리위원회의 요청이 있으면 관련 법령에 따라 해당 콘텐츠나 이용자의 이용을 제한합니다.',
  }),
});
const BY_POLICY: ElectionMisinformationPath = /* @__PURE__ */ Object.freeze({
  path: 'judged-by-policy',
  restricts: 'undetermined',
  rule,
  message: Object.freeze({
    en: 'The reported content is judged against the law, the terms and the operating policy; a restriction follows if it breaks them.',
    ko: '신고된 콘텐츠는 법령, 약관, 운영정책 위반 여부를 판단해 위반이면 제한합니다.',
  }),
});
const AWAITING: ElectionMisinformationPath = /* @__PURE__ */ Object.freeze({
  path: 'awaiting-commission-request',
  restricts: 'undetermined',
  rule,
  message: Object.freeze({
    en: 'Kakao cannot judge this itself; it is restricted when the National Election Commission requests it.',
    ko: '카카오가 스스로 판단하기 어려운 내용으로, 중앙선거관리위원회의 요청이 접수되면 제한합니다.',
  }),
});

/**
 * The route of reported election misinformation. Reported content is judged against the law, the
 * terms and the operating policy; what Kakao cannot judge itself is restricted (the content or the
 * user) when the National Election Commission requests it, as the law provides.
 *
 * @param report `{ kakaoCanJudge, commissionRequested }`
 * @returns frozen plain data: the path, what it restricts, the rule and a message
 * @throws {RuleInputError} listing every bad field
 * @example
 * electionMisinformationPath({ kakaoCanJudge: false, commissionRequested: true }).restricts
 * //=> 'content-or-user'
 * @see policy.election-misinformation
 */
export function electionMisinformationPath(report: ElectionReportInput): ElectionMisinformationPath {
  const { kakaoCanJudge, commissionRequested } = guardInput(ElectionReportGuard, report, 'electionMisinformationPath', [
    'report',
  ]);
  return commissionRequested ? ON_REQUEST : kakaoCanJudge ? BY_POLICY : AWAITING;
}
