/**
 * The `policy.*` rules, one section per rule id: the rule's named constants and fixed lists, its
 * prebuilt refusals and refusal types, and its catalogue entry. `POLICY_RULES` at the end assembles
 * the entries; the package root adds them to `RULES`.
 * @module
 */
import {
  SOURCE_POLICY_HELP,
  SOURCE_PROTECTION_ACCOUNT,
  deepFreeze,
  defineRules,
  refusal,
  type Refusal,
  type RuleEntry,
} from '../core/index.js';

const src = [SOURCE_POLICY_HELP] as const;

/**
 * Every refusal code of the `policy` module, for a complete message table. Each belongs to one rule
 * (see each catalogue entry's `codes`).
 *
 * @example
 * POLICY_REFUSAL_CODES.length //=> 7
 * POLICY_REFUSAL_CODES.includes('id-not-masked') //=> true
 * @see policy.impersonation-report
 */
export const POLICY_REFUSAL_CODES = /* @__PURE__ */ Object.freeze([
  'report-incomplete',
  'id-not-masked',
  'third-party-inquiry',
  'withdraw-current-talk-first',
  'conversion-restricted',
  'account-under-12',
  'all-ages-content-only',
] as const);

/** A refusal code of the `policy` module: one of {@link POLICY_REFUSAL_CODES}. */
export type PolicyRefusalCode = (typeof POLICY_REFUSAL_CODES)[number];

// ---------------------------------------------------------------------------------------------
// policy.severity-order

/**
 * The account restriction levels, least to most severe. The index is the rank. 임시조치
 * (`temporary-measure`) is not among them: it is a content measure ({@link CONTENT_MEASURES}).
 *
 * @example
 * RESTRICTION_LEVELS //=> ['none', 'user-protection', 'temporary-restriction', 'permanent-restriction']
 * RESTRICTION_LEVELS.indexOf('temporary-restriction') //=> 2
 * @see policy.severity-order
 */
export const RESTRICTION_LEVELS = /* @__PURE__ */ Object.freeze([
  'none',
  'user-protection',
  'temporary-restriction',
  'permanent-restriction',
] as const);

/** An account restriction level, e.g. `'user-protection'`. @see policy.severity-order */
export type RestrictionLevel = (typeof RESTRICTION_LEVELS)[number];

/**
 * Each account level's name in both languages, the Korean as Kakao writes it.
 *
 * @example
 * RESTRICTION_NAMES['user-protection'].ko //=> '이용자 보호조치'
 * @see policy.severity-order
 */
// deepFreeze of a plain literal, not nested Object.freeze calls: a bundler can drop a pure call only
// when its arguments have no calls of their own, and this file is also part of the catalogue's bundle.
export const RESTRICTION_NAMES = /* @__PURE__ */ deepFreeze({
  none: { en: 'no measure', ko: '조치 없음' },
  'user-protection': { en: 'user protection measure', ko: '이용자 보호조치' },
  'temporary-restriction': { en: 'temporary restriction', ko: '일시적 이용제한' },
  'permanent-restriction': { en: 'permanent restriction', ko: '영구 이용제한' },
}) satisfies Readonly<Record<RestrictionLevel, { readonly en: string; readonly ko: string }>>;

/**
 * The content measures: measures on a post or other content, not on the account. 임시조치
 * (`temporary-measure`, Information and Communications Network Act art. 44-2) blocks access to a post
 * for a while after a rights-infringement claim. A content measure is reported beside the account
 * level (`combineMeasures`), never ranked with it.
 *
 * @example
 * CONTENT_MEASURES //=> ['temporary-measure']
 * @see policy.severity-order
 */
export const CONTENT_MEASURES = /* @__PURE__ */ Object.freeze(['temporary-measure'] as const);

/** A content measure, e.g. `'temporary-measure'` (임시조치). @see policy.severity-order */
export type ContentMeasure = (typeof CONTENT_MEASURES)[number];

/** Any measure a member can be under: an account level or a content measure. @see policy.severity-order */
export type Measure = RestrictionLevel | ContentMeasure;

/**
 * The longest list of measures `mostSevereRestriction` and `combineMeasures` take: a cap the rule
 * book does not set, chosen by the library so that the work of one call is bounded (a member with
 * more measures than this is not a case the sources describe). A longer list is refused by its
 * length alone, before any element is read (`too-big`).
 *
 * @example
 * MAX_MEASURES //=> 10000
 * @see policy.severity-order
 */
export const MAX_MEASURES = 10_000;

/**
 * Each content measure's name in both languages.
 *
 * @example
 * CONTENT_MEASURE_NAMES['temporary-measure'] //=> { en: 'temporary measure (content)', ko: '임시조치' }
 * @see policy.severity-order
 */
export const CONTENT_MEASURE_NAMES = /* @__PURE__ */ deepFreeze({
  'temporary-measure': { en: 'temporary measure (content)', ko: '임시조치' },
}) satisfies Readonly<Record<ContentMeasure, { readonly en: string; readonly ko: string }>>;

const SEVERITY_ORDER = {
  id: 'policy.severity-order',
  module: 'policy',
  summary: {
    en: 'Account measures are ordered none < user protection < temporary restriction < permanent restriction; combining keeps the most severe. 임시조치 blocks a post, not the account: reported beside, never ranked.',
    ko: '계정 조치는 없음 < 이용자 보호조치 < 일시적 이용제한 < 영구 이용제한 순이며 합치면 가장 무거운 것이 남습니다. 임시조치는 게시물 조치라 순서에 넣지 않고 따로 알립니다.',
  },
  sources: [SOURCE_POLICY_HELP, SOURCE_PROTECTION_ACCOUNT],
  interpretation:
    "The sources list the measures unranked; the account order is our reading. 임시조치 is a content measure: ranking it is bad input; combineMeasures gives { account, content }. restrictionEffects says 'undetermined' where the sources are silent.",
  enforcedBy: [
    'compareRestrictions',
    'mostSevereRestriction',
    'restrictionRank',
    'restrictionEffects',
    'combineMeasures',
  ],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.auto-protection

/**
 * The best case the secondary source reports for lifting the automatic user-protection measure
 * without spam or report history: as early as a day or two. This is the shorter end.
 *
 * @example
 * AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS //=> 1
 * @see policy.auto-protection
 */
export const AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS = 1;

/**
 * The longer end of the best case for lifting user protection ("as early as a day or two").
 *
 * @example
 * AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS //=> 2
 * @see policy.auto-protection
 */
export const AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS = 2;

const AUTO_PROTECTION = {
  id: 'policy.auto-protection',
  module: 'policy',
  summary: {
    en: 'The system applies user protection mainly for illegal activity or spam, or mass chat-room creation (mass friend adds: only suspected), and lifts it, not an agent: at best in a day or two without spam or reports.',
    ko: '이용자 보호조치는 주로 불법 활동, 스팸, 채팅방 대량 생성 때 시스템이 걸고 풉니다(친구 대량 추가는 추정). 이력이 없으면 빠르면 하루이틀에 풀립니다.',
  },
  sources: [SOURCE_PROTECTION_ACCOUNT],
  limits: {
    bestCaseLiftMinDays: AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS,
    bestCaseLiftMaxDays: AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS,
  },
  interpretation:
    "Secondary source only. Trigger weights: 'main', 'named', 'suspected' (mass friend adds). No threshold: certain: false for any count. 1-2 days is a best case.",
  enforcedBy: ['assessViolation', 'restrictionEffects', 'describeAutoProtection'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.open-chat-zero-tolerance

/**
 * The kinds the zero-tolerance rule lists. The list is open (등, "or the like"): a kind not in it
 * is not refused; a caller who judges it like these passes `similarTo` (see `assessViolation`).
 *
 * @example
 * ZERO_TOLERANCE_KINDS //=> ['obscene-material', 'illegal-gambling', 'promotion-of-obscene-or-gambling']
 * @see policy.open-chat-zero-tolerance
 */
export const ZERO_TOLERANCE_KINDS = /* @__PURE__ */ Object.freeze([
  'obscene-material',
  'illegal-gambling',
  'promotion-of-obscene-or-gambling',
] as const);

/** A kind the zero-tolerance rule lists. @see policy.open-chat-zero-tolerance */
export type ZeroToleranceKind = (typeof ZERO_TOLERANCE_KINDS)[number];

/**
 * The violation kinds the sources name. `assessViolation` also accepts any other kind (the
 * zero-tolerance list is open) and answers it with `listed: false`.
 *
 * @example
 * VIOLATION_KINDS.includes('illegal-activity') //=> true
 * @see policy.open-chat-zero-tolerance
 * @see policy.auto-protection
 */
export const VIOLATION_KINDS = /* @__PURE__ */ Object.freeze([
  'illegal-activity',
  'spam',
  'mass-chat-room-creation',
  'mass-friend-adds',
  'obscene-material',
  'illegal-gambling',
  'promotion-of-obscene-or-gambling',
  'impersonation-for-money',
  'election-misinformation',
] as const);

/** A violation kind the sources name. */
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

/**
 * Where a violation happened: in Open Chat, or anywhere else in KakaoTalk.
 *
 * @example
 * VIOLATION_CONTEXTS //=> ['open-chat', 'other']
 */
export const VIOLATION_CONTEXTS = /* @__PURE__ */ Object.freeze(['open-chat', 'other'] as const);

/** Where a violation happened, one of {@link VIOLATION_CONTEXTS}: in an open chat or elsewhere. */
export type ViolationContext = (typeof VIOLATION_CONTEXTS)[number];

const OPEN_CHAT_ZERO_TOLERANCE = {
  id: 'policy.open-chat-zero-tolerance',
  module: 'policy',
  summary: {
    en: 'In Open Chat, reported obscene material, illegal gambling sites, promotion of either, or the like can bring a permanent restriction even for one message.',
    ko: '오픈채팅에서 신고된 음란물, 불법 도박 사이트, 그 홍보 등은 메시지 한 번으로도 영구 이용제한이 될 수 있습니다.',
  },
  sources: src,
  interpretation:
    "'Can lead to': possibleMeasure 'permanent-restriction', certain: false, for any count. The list is open: an unlisted kind is answered listed: false, 'undetermined'; likeness is the caller's call (similarTo), shown in the answer. Outside Open Chat: 'undetermined'.",
  enforcedBy: ['assessViolation'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.id-masking (its list is used by policy.impersonation-report below)

/**
 * The four parts of an identity document that must be masked before it is sent as proof.
 *
 * @example
 * ID_MASK_FIELDS //=> ['resident-number-back-digits', 'address', 'issue-date', 'photo']
 * @see policy.id-masking
 */
export const ID_MASK_FIELDS = /* @__PURE__ */ Object.freeze([
  'resident-number-back-digits',
  'address',
  'issue-date',
  'photo',
] as const);

/** A part of an identity document that must be masked. @see policy.id-masking */
export type IdMaskField = (typeof ID_MASK_FIELDS)[number];

/** A requirement of an impersonation report that is not met yet. @see policy.impersonation-report */
export type ImpersonationRequirement = 'message-report' | 'identity-proof' | `mask-${IdMaskField}`;

/** The document is attached but still shows a field that must be masked. @see policy.id-masking */
export type IdNotMaskedRefusal = Refusal<
  'id-not-masked',
  'policy.id-masking',
  { readonly reasons: readonly ImpersonationRequirement[] }
>;

const ID_MASKING = {
  id: 'policy.id-masking',
  module: 'policy',
  summary: {
    en: 'An identity document sent as proof must hide the back digits of the resident registration number, the address, the issue date and the photo.',
    ko: '증빙으로 내는 신분증은 주민등록번호 뒷자리, 주소, 발급일, 사진을 가려야 합니다.',
  },
  sources: src,
  interpretation:
    'When the messages are reported and a document is attached but not fully masked, the refusal names this rule (code id-not-masked); otherwise policy.impersonation-report.',
  enforcedBy: ['checkImpersonationReport'],
  codes: ['id-not-masked'],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.impersonation-report

/** The messages are not reported, or no proof of identity is attached. @see policy.impersonation-report */
export type ReportIncompleteRefusal = Refusal<
  'report-incomplete',
  'policy.impersonation-report',
  { readonly reasons: readonly ImpersonationRequirement[] }
>;

/** Why an impersonation report cannot go ahead; `reasons` lists every unmet requirement. @see policy.impersonation-report */
export type ImpersonationReportRefusal = ReportIncompleteRefusal | IdNotMaskedRefusal;

const IMPERSONATION_REPORT = {
  id: 'policy.impersonation-report',
  module: 'policy',
  summary: {
    en: 'To restrict someone posing as you to ask your family or friends for money: report the messages in the app (or Kakao cannot identify the sender) and prove you are the person impersonated. A report alone rarely suffices; with both, restriction follows without delay. Not about stolen accounts.',
    ko: '나를 사칭해 가족·지인에게 돈을 요구한 사람은, 앱에서 메시지를 신고하고(발신자 특정) 본인임을 증명하면 지체 없이 제한됩니다. 신고만으로는 어렵습니다. 계정 도용·탈취와는 무관합니다.',
  },
  sources: src,
  interpretation:
    "No level is documented ('undetermined'). reasons lists every unmet requirement, the four masks too without a document; with both met: restriction 'without-delay'.",
  enforcedBy: ['checkImpersonationReport', 'assessViolation'],
  codes: ['report-incomplete'],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.third-party-inquiry

/**
 * Where the affected member inquires about their own status (the website inquiry form).
 *
 * @example
 * POLICY_INQUIRY_URL //=> 'https://cs.kakao.com/requests'
 * @see policy.third-party-inquiry
 */
export const POLICY_INQUIRY_URL = 'https://cs.kakao.com/requests';

/** Where the member inquires: the website inquiry form. @see policy.third-party-inquiry */
export interface InquiryChannel {
  readonly channel: 'website-inquiry-form';
  readonly url: string;
}

/** Kakao does not disclose a member's status to anyone else; names the channel the member uses. @see policy.third-party-inquiry */
export type InquiryRefusal = Refusal<'third-party-inquiry', 'policy.third-party-inquiry', InquiryChannel>;

// A message built from a template literal is wrapped in an arrow called at once: a bundler cannot
// prove a template literal free of effects, but a pure-annotated call of a function literal it can drop.
export const INQUIRY_CHANNEL: InquiryChannel = /* @__PURE__ */ Object.freeze({
  channel: 'website-inquiry-form',
  url: POLICY_INQUIRY_URL,
});

export const THIRD_PARTY_INQUIRY: InquiryRefusal = /* @__PURE__ */ (() =>
  refusal(
    'policy.third-party-inquiry',
    'third-party-inquiry',
    `Kakao does not tell anyone else about a member's status. The member (the real user of that number) must ask through ${POLICY_INQUIRY_URL}.`,
    `회원의 상태는 제3자에게 안내하지 않습니다. 해당 번호의 실제 사용자 본인이 ${POLICY_INQUIRY_URL} 에서 직접 문의해야 합니다.`,
    INQUIRY_CHANNEL,
  ))();

const THIRD_PARTY_INQUIRY_ENTRY = {
  id: 'policy.third-party-inquiry',
  module: 'policy',
  summary: {
    en: "Kakao does not tell a third party about a member's status. Only the member (the real user of that number) can ask, through the website inquiry form.",
    ko: '카카오는 회원의 상태를 제3자에게 알려주지 않습니다. 해당 번호의 실제 사용자 본인만 웹 문의 양식으로 문의할 수 있습니다.',
  },
  sources: src,
  enforcedBy: ['checkInquiry'],
  codes: ['third-party-inquiry'],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.election-misinformation

const ELECTION_MISINFORMATION = {
  id: 'policy.election-misinformation',
  module: 'policy',
  summary: {
    en: 'Reported content is judged against the law, the terms and the operating policy. Election misinformation Kakao cannot judge itself is restricted (content or user) on a request from the National Election Commission, as the law provides.',
    ko: '신고된 콘텐츠는 법령, 약관, 운영정책에 따라 판단합니다. 카카오가 직접 판단하기 어려운 선거 관련 허위 정보는 중앙선거관리위원회의 요청이 있으면 법에 따라 콘텐츠나 이용자를 제한합니다.',
  },
  sources: src,
  interpretation:
    "No restriction level is documented: assessViolation answers 'undetermined'. electionMisinformationPath: a Commission request restricts the content or the user; without one, content Kakao can judge is judged by policy (outcome undetermined) and content it cannot judge awaits a request.",
  enforcedBy: ['electionMisinformationPath', 'assessViolation'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.one-account-one-talk

/** An account cannot be used while another KakaoTalk is in use: withdraw it first. @see policy.one-account-one-talk */
export type AccountLinkRefusal = Refusal<'withdraw-current-talk-first', 'policy.one-account-one-talk'>;

export const WITHDRAW_CURRENT_TALK_FIRST: AccountLinkRefusal = /* @__PURE__ */ refusal(
  'policy.one-account-one-talk',
  'withdraw-current-talk-first',
  'A Kakao Account is linked to one KakaoTalk only: withdraw the KakaoTalk you use now (More > Settings > Privacy > Manage personal info > Delete KakaoTalk account), then log in with the earlier account. Withdrawal deletes your data (see withdrawalConsequences).',
  '카카오계정은 카카오톡 하나에만 연결됩니다. 지금 쓰는 카카오톡을 먼저 탈퇴(더보기 > 설정 > 개인/보안 > 개인정보 관리 > 카카오톡 탈퇴)한 뒤 기존 계정으로 로그인하세요. 탈퇴하면 정보가 삭제됩니다(withdrawalConsequences 참고).',
);

const ONE_ACCOUNT_ONE_TALK = {
  id: 'policy.one-account-one-talk',
  module: 'policy',
  summary: {
    en: 'A Kakao Account is linked to one KakaoTalk only. To log in with an earlier account that shows "temporarily restricted", withdraw the current KakaoTalk first.',
    ko: '카카오계정 하나는 카카오톡 하나에만 연결됩니다. "일시적 이용제한"이 표시되는 예전 계정으로 로그인하려면 지금의 카카오톡을 먼저 탈퇴해야 합니다.',
  },
  sources: src,
  interpretation:
    'checkAccountLink takes whether a KakaoTalk is in use now with another account; if so, that KakaoTalk must be withdrawn first.',
  enforcedBy: ['checkAccountLink'],
  codes: ['withdraw-current-talk-first'],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.withdrawal-deletes

const WITHDRAWAL_DELETES = {
  id: 'policy.withdrawal-deletes',
  module: 'policy',
  summary: {
    en: 'Withdrawing from KakaoTalk irrecoverably deletes chats (backups cannot be restored afterwards), the whole friend list, the profile, the gift box, the item box, themes, KakaoPay and every setting. Export chats first; an export cannot be imported back.',
    ko: '카카오톡을 탈퇴하면 대화(탈퇴 후 백업 복원 불가), 친구 목록 전체, 프로필, 선물함, 아이템함, 테마, 카카오페이, 모든 설정이 복구할 수 없게 지워집니다. 먼저 대화를 내보내 두되, 내보낸 대화를 다시 가져올 수는 없습니다.',
  },
  sources: src,
  enforcedBy: ['withdrawalConsequences'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.memorial-profile

/** The member chose "restrict conversion": refused, and the member's wish is passed on. @see policy.memorial-profile */
export type MemorialProfileRefusal = Refusal<
  'conversion-restricted',
  'policy.memorial-profile',
  { readonly wishPassedOn: true }
>;

export const CONVERSION_RESTRICTED: MemorialProfileRefusal = /* @__PURE__ */ refusal(
  'policy.memorial-profile',
  'conversion-restricted',
  'The member chose to restrict conversion to a memorial profile during their lifetime, so it cannot be converted; their wish is passed on to the family.',
  '고인이 생전에 추모 프로필 전환 제한을 설정해 두어 전환할 수 없으며, 신청하신 분께 고인의 생전 의사를 전달해 드립니다.',
  { wishPassedOn: true as const },
);

const MEMORIAL_PROFILE = {
  id: 'policy.memorial-profile',
  module: 'policy',
  summary: {
    en: "A member can record in advance whether their profile may become a memorial profile after death. If they chose to restrict it, the bereaved family's request is refused and told of the member's wish.",
    ko: '회원은 사후 추모 프로필 전환 여부를 미리 정해 둘 수 있습니다. "전환 제한"을 골랐다면 유족의 요청은 거절되고 고인의 뜻이 유족에게 전달됩니다.',
  },
  sources: src,
  interpretation:
    "Only a recorded 'allow' with the bereaved family asking is 'possible'. With no recorded wish, or anyone else asking, the sources are silent: 'undetermined'. A recorded 'restrict' refuses any requester.",
  enforcedBy: ['checkMemorialProfileRequest'],
  codes: ['conversion-restricted'],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.play-store-age

/**
 * The Play download settings of a supervised account, by content rating.
 *
 * @example
 * PLAY_CONTENT_RATINGS[0] //=> 'all-ages'
 */
export const PLAY_CONTENT_RATINGS = /* @__PURE__ */ Object.freeze(['all-ages', '12+', '15+', '18+'] as const);

/** A Google Play content rating a supervised account may be limited to, one of {@link PLAY_CONTENT_RATINGS}. */
export type PlayContentRating = (typeof PLAY_CONTENT_RATINGS)[number];

/**
 * Google Play blocks installing or updating KakaoTalk for a Google account younger than this (years).
 *
 * @example
 * PLAY_STORE_MIN_ACCOUNT_AGE //=> 12
 * @see policy.play-store-age
 */
export const PLAY_STORE_MIN_ACCOUNT_AGE = 12;

/**
 * Where a parent changes a supervised account's Play content restrictions.
 *
 * @example
 * FAMILY_LINK_URL //=> 'https://familylink.google.com/'
 * @see policy.play-store-age
 */
export const FAMILY_LINK_URL = 'https://familylink.google.com/';

/** Why Google Play will not install or update KakaoTalk. @see policy.play-store-age */
export type PlayStoreRefusal =
  | Refusal<'account-under-12', 'policy.play-store-age', { readonly minimumAge: number }>
  | Refusal<
      'all-ages-content-only',
      'policy.play-store-age',
      { readonly fix: 'family-link-content-restrictions'; readonly url: string }
    >;

export const ACCOUNT_UNDER_12: PlayStoreRefusal = /* @__PURE__ */ (() =>
  refusal(
    'policy.play-store-age',
    'account-under-12',
    `Google Play does not install or update KakaoTalk for a Google account under ${PLAY_STORE_MIN_ACCOUNT_AGE}.`,
    `만 ${PLAY_STORE_MIN_ACCOUNT_AGE}세 미만 구글 계정에서는 Google Play에서 카카오톡을 설치하거나 업데이트할 수 없습니다.`,
    { minimumAge: PLAY_STORE_MIN_ACCOUNT_AGE },
  ))();

export const ALL_AGES_CONTENT_ONLY: PlayStoreRefusal = /* @__PURE__ */ (() =>
  refusal(
    'policy.play-store-age',
    'all-ages-content-only',
    `This supervised account's Play download setting allows only all-ages content, so KakaoTalk cannot be installed or updated. A parent opens Family Link (app or ${FAMILY_LINK_URL}), picks the child account, and changes its content restrictions for Google Play so KakaoTalk's rating is allowed.`,
    `자녀 계정의 Play 다운로드 설정이 전체 이용가로 되어 있어 카카오톡을 설치하거나 업데이트할 수 없습니다. 보호자가 Family Link 앱 또는 ${FAMILY_LINK_URL} 에서 자녀 계정을 고른 뒤 콘텐츠 제한의 Google Play 설정을 카카오톡 등급이 허용되도록 바꿉니다.`,
    { fix: 'family-link-content-restrictions' as const, url: FAMILY_LINK_URL },
  ))();

const PLAY_STORE_AGE = {
  id: 'policy.play-store-age',
  module: 'policy',
  summary: {
    en: 'Google Play blocks installing or updating KakaoTalk for a Google account under 12, or a supervised child account whose Play setting allows only all-ages content; a parent changes it in Family Link content restrictions.',
    ko: '구글 계정이 만 12세 미만이거나, 보호자 관리 계정의 Play 다운로드 설정이 "전체 이용가"만 허용하면 Google Play에서 카카오톡 설치·업데이트가 막힙니다. 보호자가 Family Link 콘텐츠 제한에서 바꿉니다.',
  },
  sources: src,
  limits: { minimumAccountAge: PLAY_STORE_MIN_ACCOUNT_AGE },
  interpretation:
    "Age is the Google account's age in whole years. Play ratings other than all-ages ('12+', '15+', '18+') are read as allowing KakaoTalk: the source names only all-ages as blocking. When both conditions hold, the age refusal is returned (the setting would not help).",
  enforcedBy: ['checkPlayStoreInstall'],
  codes: ['account-under-12', 'all-ages-content-only'],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// policy.memo-retention

const MEMO_RETENTION = {
  id: 'policy.memo-retention',
  module: 'policy',
  summary: {
    en: 'Memos in TalkDrawer are kept for a limited time for every user, without limit for paid TalkDrawer subscribers. The free limit is not stated, so callers supply it.',
    ko: '톡서랍 메모는 모든 이용자에게 보관 기한이 있고, 톡서랍 유료 구독자는 기한이 없습니다. 무료 기한은 밝혀져 있지 않아 호출자가 값을 넘깁니다.',
  },
  sources: src,
  interpretation:
    'Undocumented: the free retention period. It is a required caller-supplied value; the library has no default.',
  enforcedBy: ['memoRetention'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------

/** The catalogue entries of the `policy` module, keyed by rule id (deeply frozen). */
export const POLICY_RULES = /* @__PURE__ */ defineRules({
  'policy.severity-order': SEVERITY_ORDER,
  'policy.auto-protection': AUTO_PROTECTION,
  'policy.open-chat-zero-tolerance': OPEN_CHAT_ZERO_TOLERANCE,
  'policy.impersonation-report': IMPERSONATION_REPORT,
  'policy.id-masking': ID_MASKING,
  'policy.third-party-inquiry': THIRD_PARTY_INQUIRY_ENTRY,
  'policy.election-misinformation': ELECTION_MISINFORMATION,
  'policy.one-account-one-talk': ONE_ACCOUNT_ONE_TALK,
  'policy.withdrawal-deletes': WITHDRAWAL_DELETES,
  'policy.memorial-profile': MEMORIAL_PROFILE,
  'policy.play-store-age': PLAY_STORE_AGE,
  'policy.memo-retention': MEMO_RETENTION,
});
