import { isRecord, rejectInput } from '../core/index.js';
import type { Message } from '../core/index.js';
import type { RestrictionLevel } from './constants.js';
import { VIOLATION_CONTEXTS, VIOLATION_KINDS, ViolationSchema, type ViolationContext, type ViolationInput, type ViolationKind } from './schemas.js';

/** How a documented measure comes about. */
export type ViolationPath = 'automatic' | 'report-review' | 'impersonation-report' | 'election-misinformation' | 'undocumented';

/** What the rule book supports for a violation. */
export interface ViolationAssessment {
  readonly kind: ViolationKind;
  readonly context: ViolationContext;
  /**
   * The measure the rule book says this can lead to, or `'undetermined'` where the sources name no
   * level (outside Open Chat, impersonation, election misinformation).
   */
  readonly possibleMeasure: RestrictionLevel | 'undetermined';
  /** Always `false`: the sources say a measure "can" follow (할 수 있다), never that it must. */
  readonly certain: false;
  /** How the measure comes about: a system trigger, a reviewed report, or a documented procedure. */
  readonly path: ViolationPath;
  readonly rule: 'policy.auto-protection' | 'policy.open-chat-zero-tolerance' | 'policy.impersonation-report' | 'policy.election-misinformation';
  /** `true` when the answer rests on a secondary source (003) only. */
  readonly secondarySource: boolean;
  readonly note: Message;
}

type Row = Omit<ViolationAssessment, 'kind' | 'context' | 'certain'>;

const AUTOMATIC: Row = {
  possibleMeasure: 'user-protection',
  path: 'automatic',
  rule: 'policy.auto-protection',
  secondarySource: true,
  note: {
    en: 'The system can apply the automatic user protection measure; the system lifts it, an agent cannot (secondary source).',
    ko: '시스템이 자동으로 이용자 보호조치를 걸 수 있고, 해제도 시스템이 하며 상담원은 풀 수 없습니다(2차 출처).',
  },
};
const ZERO_TOLERANCE: Row = {
  possibleMeasure: 'permanent-restriction',
  path: 'report-review',
  rule: 'policy.open-chat-zero-tolerance',
  secondarySource: false,
  note: {
    en: 'In Open Chat even a single such message can lead to a permanent restriction.',
    ko: '오픈채팅에서는 이런 메시지 한 번만으로도 영구 이용제한이 될 수 있습니다.',
  },
};
const OUTSIDE_OPEN_CHAT: Row = {
  possibleMeasure: 'undetermined',
  path: 'undocumented',
  rule: 'policy.open-chat-zero-tolerance',
  secondarySource: false,
  note: {
    en: 'The sources give a measure for this only in Open Chat; elsewhere it is not documented.',
    ko: '이 위반에 대한 조치는 오픈채팅에 대해서만 안내되어 있고, 그 밖의 경우는 안내가 없습니다.',
  },
};
const IMPERSONATION: Row = {
  possibleMeasure: 'undetermined',
  path: 'impersonation-report',
  rule: 'policy.impersonation-report',
  secondarySource: false,
  note: {
    en: 'A restriction follows the documented procedure: report the messages in the app and prove you are the person impersonated (see checkImpersonationReport). The sources name no level.',
    ko: '앱에서 메시지를 신고하고 본인임을 증명하는 절차를 거쳐 제한됩니다(checkImpersonationReport 참고). 제한 단계는 안내되어 있지 않습니다.',
  },
};
const ELECTION: Row = {
  possibleMeasure: 'undetermined',
  path: 'election-misinformation',
  rule: 'policy.election-misinformation',
  secondarySource: false,
  note: {
    en: 'Reported content is judged against law, terms and policy; what Kakao cannot judge is restricted on a request of the National Election Commission (see electionMisinformationPath). The sources name no level.',
    ko: '신고된 콘텐츠는 법령·약관·운영정책으로 판단하고, 판단이 어려우면 중앙선거관리위원회 요청에 따라 제한합니다(electionMisinformationPath 참고). 제한 단계는 안내되어 있지 않습니다.',
  },
};

const ROWS: Readonly<Record<ViolationKind, Readonly<Record<ViolationContext, Row>>>> = {
  spam: { 'open-chat': AUTOMATIC, other: AUTOMATIC },
  'mass-chat-room-creation': { 'open-chat': AUTOMATIC, other: AUTOMATIC },
  'mass-friend-adds': { 'open-chat': AUTOMATIC, other: AUTOMATIC },
  'obscene-material': { 'open-chat': ZERO_TOLERANCE, other: OUTSIDE_OPEN_CHAT },
  'illegal-gambling': { 'open-chat': ZERO_TOLERANCE, other: OUTSIDE_OPEN_CHAT },
  'promotion-of-obscene-or-gambling': { 'open-chat': ZERO_TOLERANCE, other: OUTSIDE_OPEN_CHAT },
  'impersonation-for-money': { 'open-chat': IMPERSONATION, other: IMPERSONATION },
  'election-misinformation': { 'open-chat': ELECTION, other: ELECTION },
};

const ASSESSMENTS = /* @__PURE__ */ new Map<unknown, ReadonlyMap<unknown, ViolationAssessment>>(
  VIOLATION_KINDS.map((kind) => [
    kind,
    new Map(VIOLATION_CONTEXTS.map((context) => {
      const row = ROWS[kind][context];
      return [context, Object.freeze({ kind, context, ...row, certain: false as const, note: Object.freeze({ ...row.note }) })];
    })),
  ]),
);

/**
 * What the rule book supports for a violation: the measure it can lead to and the rule behind it.
 * In Open Chat, obscene material, illegal gambling or promoting either can mean a permanent
 * restriction even for one message; spam and mass room creation or friend adds trigger the automatic
 * user protection measure (secondary source). Where no source names a measure the answer is
 * `'undetermined'`; impersonation and election misinformation point to their documented procedure.
 * The sources give no threshold, so `count` (at least 1) never changes the answer.
 *
 * @param violation `{ kind, context: 'open-chat' | 'other', count }`
 * @returns frozen plain data; `certain` is always `false` (the sources say "can lead to")
 * @throws {RuleInputError} listing every bad field (unknown kind or context, count not an integer >= 1)
 * @example
 * assessViolation({ kind: 'illegal-gambling', context: 'open-chat', count: 1 }).possibleMeasure
 * //=> 'permanent-restriction'
 * @see policy.open-chat-zero-tolerance
 * @see policy.auto-protection
 */
export function assessViolation(violation: ViolationInput): ViolationAssessment {
  if (isRecord(violation)) {
    const found = ASSESSMENTS.get(violation.kind)?.get(violation.context);
    const count = violation.count;
    if (found !== undefined && Number.isInteger(count) && (count as number) >= 1) return found;
  }
  return rejectInput(ViolationSchema, violation, 'assessViolation', ['violation']);
}
