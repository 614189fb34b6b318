import { isRecord, rejectGuard, type Message, message } from '../core/index.js';
import {
  AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS,
  AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS,
  ZERO_TOLERANCE_KINDS,
  type RestrictionLevel,
  type ZeroToleranceKind,
  VIOLATION_CONTEXTS,
  VIOLATION_KINDS,
  type ViolationContext,
  type ViolationKind,
} from './rules.js';
import type { ViolationInput } from './schemas.js';
import { ViolationGuard } from './guards.generated.js';

/** How a documented measure comes about. */
export type ViolationPath =
  | 'automatic'
  | 'report-review'
  | 'impersonation-report'
  | 'election-misinformation'
  | 'undocumented';

/**
 * How the secondary source weighs a trigger of the automatic user-protection measure: `'main'`
 * (illegal activity, spam), `'named'` (mass chat-room creation), `'suspected'` (mass friend adds: the
 * author's guess, the criteria being unpublished).
 */
export type AutoProtectionTriggerWeight = 'main' | 'named' | 'suspected';

/** What the rule book supports for a violation. */
export interface ViolationAssessment {
  /** The kind as given: one of `VIOLATION_KINDS`, or a kind the rule book does not list. */
  readonly kind: ViolationKind | (string & {});
  readonly context: ViolationContext;
  /** Whether `kind` is one of `VIOLATION_KINDS`. An unlisted kind is answered, never refused. */
  readonly listed: boolean;
  /** For an unlisted kind, the listed zero-tolerance kind the caller judged it like; else `null`. */
  readonly similarTo: ZeroToleranceKind | null;
  /**
   * The measure the rule book says this can lead to, or `'undetermined'` where the sources name no
   * level (outside Open Chat, impersonation, election misinformation, an unlisted kind not judged like a listed one).
   */
  readonly possibleMeasure: RestrictionLevel | 'undetermined';
  /** Always `false`: the sources say a measure "can" follow (할 수 있다), never that it must. */
  readonly certain: false;
  /** How the measure comes about: a system trigger, a reviewed report, or a documented procedure. */
  readonly path: ViolationPath;
  /** For an automatic trigger, how the source weighs it; `'none'` for other paths. */
  readonly automaticTrigger: AutoProtectionTriggerWeight | 'none';
  readonly rule:
    | 'policy.auto-protection'
    | 'policy.open-chat-zero-tolerance'
    | 'policy.impersonation-report'
    | 'policy.election-misinformation';
  /** `true` when the answer rests on a secondary source (a user's first-hand account) only. */
  readonly secondarySource: boolean;
  readonly message: Message;
}

type Row = Omit<ViolationAssessment, 'kind' | 'context' | 'certain' | 'listed' | 'similarTo'>;

const auto = (automaticTrigger: AutoProtectionTriggerWeight, en: string, ko: string): Row => ({
  possibleMeasure: 'user-protection',
  path: 'automatic',
  automaticTrigger,
  rule: 'policy.auto-protection',
  secondarySource: true,
  message: { en, ko },
});
const AUTO_MAIN = auto(
  'main',
  'A main trigger of the automatic user protection measure (secondary source).',
  '이용자 보호조치의 주된 원인입니다(2차 출처).',
);
const AUTO_NAMED = auto(
  'named',
  'A trigger of the automatic user protection measure (secondary source).',
  '이용자 보호조치의 원인으로 꼽힙니다(2차 출처).',
);
const AUTO_SUSPECTED = auto(
  'suspected',
  'Only suspected as a trigger of user protection (secondary source); the criteria are unpublished.',
  '이용자 보호조치의 원인으로 추정될 뿐입니다(2차 출처). 기준은 비공개입니다.',
);
const NOT_AUTOMATIC = { automaticTrigger: 'none' } as const;
const ZERO_TOLERANCE: Row = {
  possibleMeasure: 'permanent-restriction',
  path: 'report-review',
  ...NOT_AUTOMATIC,
  rule: 'policy.open-chat-zero-tolerance',
  secondarySource: false,
  message: {
    en: 'In Open Chat even a single such message, once reported, can lead to a permanent restriction.',
    ko: '오픈채팅에서는 신고된 이런 메시지 한 번만으로도 영구 이용제한이 될 수 있습니다.',
  },
};
const SIMILAR_ZERO_TOLERANCE: Row = {
  ...ZERO_TOLERANCE,
  message: {
    en: 'Unlisted, but judged by you like a listed kind (the list says "or the like"): in Open Chat one reported message can lead to a permanent restriction.',
    ko: '목록에 없지만 목록의 내용과 같은 종류로 판단되었습니다("등"). 오픈채팅에서는 신고된 메시지 한 번으로도 영구 이용제한이 될 수 있습니다.',
  },
};
const OUTSIDE_OPEN_CHAT: Row = {
  possibleMeasure: 'undetermined',
  path: 'undocumented',
  ...NOT_AUTOMATIC,
  rule: 'policy.open-chat-zero-tolerance',
  secondarySource: false,
  message: {
    en: 'The sources give a measure for this only in Open Chat; elsewhere it is not documented.',
    ko: '이 위반에 대한 조치는 오픈채팅에 대해서만 안내되어 있고, 그 밖의 경우는 안내가 없습니다.',
  },
};
const UNLISTED: Row = {
  possibleMeasure: 'undetermined',
  path: 'undocumented',
  ...NOT_AUTOMATIC,
  rule: 'policy.open-chat-zero-tolerance',
  secondarySource: false,
  message: {
    en: 'Not a listed kind. The Open Chat list is open ("or the like"): if you judge it like one, pass similarTo.',
    ko: '목록에 없는 종류입니다. 오픈채팅 목록은 "등"으로 열려 있으니, 같은 종류로 판단되면 similarTo로 알려 주세요.',
  },
};
const IMPERSONATION: Row = {
  possibleMeasure: 'undetermined',
  path: 'impersonation-report',
  ...NOT_AUTOMATIC,
  rule: 'policy.impersonation-report',
  secondarySource: false,
  message: {
    en: 'A restriction follows the documented procedure: report the messages in the app and prove you are the person impersonated (see checkImpersonationReport); with both, without delay. The sources name no level.',
    ko: '앱에서 메시지를 신고하고 본인임을 증명하는 절차를 거치면 지체 없이 제한됩니다(checkImpersonationReport 참고). 제한 단계는 안내되어 있지 않습니다.',
  },
};
const ELECTION: Row = {
  possibleMeasure: 'undetermined',
  path: 'election-misinformation',
  ...NOT_AUTOMATIC,
  rule: 'policy.election-misinformation',
  secondarySource: false,
  message: {
    en: 'Reported content is judged against law, terms and policy; what Kakao cannot judge is restricted on a request of the National Election Commission (see electionMisinformationPath). The sources name no level.',
    ko: '신고된 콘텐츠는 법령·약관·운영정책으로 판단하고, 판단이 어려우면 중앙선거관리위원회 요청에 따라 제한합니다(electionMisinformationPath 참고). 제한 단계는 안내되어 있지 않습니다.',
  },
};

const both = (row: Row) => ({ 'open-chat': row, other: row });
const ROWS: Readonly<Record<ViolationKind, Readonly<Record<ViolationContext, Row>>>> = {
  'illegal-activity': both(AUTO_MAIN),
  spam: both(AUTO_MAIN),
  'mass-chat-room-creation': both(AUTO_NAMED),
  'mass-friend-adds': both(AUTO_SUSPECTED),
  'obscene-material': { 'open-chat': ZERO_TOLERANCE, other: OUTSIDE_OPEN_CHAT },
  'illegal-gambling': { 'open-chat': ZERO_TOLERANCE, other: OUTSIDE_OPEN_CHAT },
  'promotion-of-obscene-or-gambling': { 'open-chat': ZERO_TOLERANCE, other: OUTSIDE_OPEN_CHAT },
  'impersonation-for-money': both(IMPERSONATION),
  'election-misinformation': both(ELECTION),
};

const freezeRow = (row: Row) => ({ ...row, certain: false as const, message: Object.freeze({ ...row.message }) });

const ASSESSMENTS = /* @__PURE__ */ new Map<unknown, ReadonlyMap<unknown, ViolationAssessment>>(
  VIOLATION_KINDS.map((kind) => [
    kind,
    new Map(
      VIOLATION_CONTEXTS.map((context) => [
        context,
        Object.freeze({ kind, context, listed: true, similarTo: null, ...freezeRow(ROWS[kind][context]) }),
      ]),
    ),
  ]),
);

/** The row of an unlisted kind, by `similarTo` (or `undefined`) and context; frozen, shared. */
const UNLISTED_ROWS = /* @__PURE__ */ new Map<
  unknown,
  Readonly<Record<ViolationContext, ReturnType<typeof freezeRow>>>
>([
  [undefined, { 'open-chat': freezeRow(UNLISTED), other: freezeRow(UNLISTED) }],
  ...ZERO_TOLERANCE_KINDS.map(
    (k) => [k, { 'open-chat': freezeRow(SIMILAR_ZERO_TOLERANCE), other: freezeRow(OUTSIDE_OPEN_CHAT) }] as const,
  ),
]);

const isCount = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 1;

/**
 * What the rule book supports for a violation: the measure it can lead to and the rule behind it.
 * In Open Chat, obscene material, illegal gambling, promoting either, "or the like" can mean a
 * permanent restriction even for one reported message. Illegal activity and spam are the main
 * triggers of the automatic user protection measure, mass chat-room creation a named one, mass
 * friend adds only a suspected one (secondary source). Where no source names a measure the answer is
 * `'undetermined'`; impersonation and election misinformation point to their documented procedure.
 *
 * The zero-tolerance list is open: a kind not in `VIOLATION_KINDS` is answered, not refused, with
 * `listed: false` and `'undetermined'`. The library does not judge whether it is "the like"; a caller
 * who does passes `similarTo` (one of `ZERO_TOLERANCE_KINDS`), and the answer shows it. The sources
 * give no threshold, so `count` (at least 1) never changes the answer.
 *
 * @param violation `{ kind, context: 'open-chat' | 'other', count, similarTo? }`
 * @returns frozen plain data; `certain` is always `false` (the sources say "can lead to")
 * @throws {RuleInputError} listing every bad field (an empty or non-string kind, unknown context,
 *   count not an integer >= 1, `similarTo` not a zero-tolerance kind or given for a listed kind)
 * @example
 * assessViolation({ kind: 'illegal-gambling', context: 'open-chat', count: 1 }).possibleMeasure
 * //=> 'permanent-restriction'
 * assessViolation({ kind: 'mass-friend-adds', context: 'other', count: 1 }).automaticTrigger //=> 'suspected'
 * assessViolation({ kind: 'drug-dealing', context: 'open-chat', count: 1 })
 * //=> { kind: 'drug-dealing', listed: false, similarTo: null, possibleMeasure: 'undetermined', ... }
 * assessViolation({ kind: 'drug-dealing', context: 'open-chat', count: 1, similarTo: 'illegal-gambling' }).possibleMeasure
 * //=> 'permanent-restriction'
 * @see policy.open-chat-zero-tolerance
 * @see policy.auto-protection
 */
export function assessViolation(violation: ViolationInput): ViolationAssessment {
  try {
    if (isRecord(violation) && isCount(violation.count)) {
      const { kind, context, similarTo } = violation;
      const found = ASSESSMENTS.get(kind)?.get(context);
      if (found !== undefined) {
        if (similarTo === undefined) return found;
      } else if (typeof kind === 'string' && kind.length > 0 && (context === 'open-chat' || context === 'other')) {
        const rows = UNLISTED_ROWS.get(similarTo);
        // Stryker disable next-line ConditionalExpression: equivalent when true, spreading rows[context] of undefined rows throws a TypeError, which the catch below turns into the same guard report
        if (rows !== undefined) {
          return Object.freeze({
            kind,
            context,
            listed: false,
            similarTo: (similarTo ?? null) as ZeroToleranceKind | null,
            ...rows[context],
          });
        }
      }
    }
  } catch {
    // an input whose reading throws (a getter, a Proxy): the guard below reports it as unreadable
  }
  return rejectGuard(ViolationGuard, violation, 'assessViolation', ['violation']);
}

/** One trigger of the automatic user protection measure, as the secondary source reports it. */
export interface AutoProtectionTrigger {
  readonly trigger: 'illegal-activity' | 'spam' | 'mass-chat-room-creation' | 'mass-friend-adds';
  readonly weight: AutoProtectionTriggerWeight;
  /** Always `false`: the measure "can" follow; the criteria are not published. */
  readonly certain: false;
  readonly message: Message;
}

/** The automatic user protection measure: its triggers, who applies and lifts it, the best case for lifting. */
export interface AutoProtection {
  readonly measure: 'user-protection';
  /** Main triggers first, then the named one, then the suspected one. */
  readonly triggers: readonly AutoProtectionTrigger[];
  readonly appliedBy: 'system';
  readonly liftedBy: 'system';
  /** Always `false`: an agent cannot lift it. */
  readonly agentCanLift: false;
  /** As early as a day or two, at best, when there is no spam or report history. Not a promise. */
  readonly bestCaseLift: {
    readonly minDays: number;
    readonly maxDays: number;
    readonly condition: 'no-spam-or-report-history';
  };
  readonly rule: 'policy.auto-protection';
  /** Always `true`: this rests on a secondary source (a user's first-hand account) only. */
  readonly secondarySource: true;
}

const trigger = (
  t: AutoProtectionTrigger['trigger'],
  weight: AutoProtectionTriggerWeight,
  en: string,
  ko: string,
): AutoProtectionTrigger => Object.freeze({ trigger: t, weight, certain: false as const, message: message(en, ko) });

const AUTO_PROTECTION: AutoProtection = /* @__PURE__ */ Object.freeze({
  measure: 'user-protection',
  triggers: Object.freeze([
    trigger('illegal-activity', 'main', 'illegal activity', '불법 활동'),
    trigger('spam', 'main', 'spam', '스팸'),
    trigger('mass-chat-room-creation', 'named', 'creating many chat rooms at once', '채팅방 대량 생성'),
    trigger('mass-friend-adds', 'suspected', 'adding many friends at once (only suspected)', '친구 대량 추가 (추정)'),
  ]),
  appliedBy: 'system',
  liftedBy: 'system',
  agentCanLift: false,
  bestCaseLift: Object.freeze({
    minDays: AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS,
    maxDays: AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS,
    condition: 'no-spam-or-report-history',
  }),
  rule: 'policy.auto-protection',
  secondarySource: true,
});

/**
 * The automatic user protection measure as the secondary source reports it: illegal activity and
 * spam are its main triggers, mass chat-room creation a named one, mass friend adds only suspected;
 * the system applies and lifts it (an agent cannot), at best within a day or two when there is no
 * spam or report history.
 *
 * @returns frozen plain data naming the rule, `secondarySource: true`
 * @example
 * describeAutoProtection().triggers.map((t) => [t.trigger, t.weight])
 * //=> [['illegal-activity', 'main'], ['spam', 'main'], ['mass-chat-room-creation', 'named'], ['mass-friend-adds', 'suspected']]
 * describeAutoProtection().bestCaseLift //=> { minDays: 1, maxDays: 2, condition: 'no-spam-or-report-history' }
 * @see policy.auto-protection
 */
export function describeAutoProtection(): AutoProtection {
  return AUTO_PROTECTION;
}
