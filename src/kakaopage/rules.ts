/**
 * The KakaoPage rules, each in one section headed by its id: its named constants, its refusal codes,
 * refusal types and prebuilt refusals, and its catalogue entry (whose `limits` name the constants).
 */
import {
  SOURCE_KAKAOPAGE_HELP,
  defineRules,
  refusal,
  type Message,
  type Refusal,
  type RuleEntry,
} from '../core/index.js';
import { refusalsByMask } from './reasons.js';

const src = [SOURCE_KAKAOPAGE_HELP] as const;
const DAY_MS = 86_400_000;

// kakaopage.new-work

/** `kakaopage.new-work`: a work is new for 30 days from its first episode. */
export const NEW_WORK_DAYS = 30;
/** `kakaopage.new-work`: the new-work window in ms under the default `'elapsed'` clock (30 days of 24 h: 2,592,000,000). */
export const NEW_WORK_WINDOW_MS = NEW_WORK_DAYS * DAY_MS;
/**
 * The most works one batch (`newWorks`, `newAuthorRanking`) takes: a cap the rule book does not set,
 * chosen by the library so that the work of one call is bounded. A longer list is refused by its
 * length alone, before any work is read (`too-big`); split it into batches of at most this many.
 */
export const KAKAOPAGE_MAX_BATCH = 100_000;
const NEW_WORK = {
  id: 'kakaopage.new-work',
  module: 'kakaopage',
  summary: {
    en: 'A work is a new work while its first episode was published within the last 30 days: [firstEpisodeAt, firstEpisodeAt + 30 days).',
    ko: '첫 회차가 공개된 지 30일이 지나지 않은 작품이 신작입니다: [첫 회차 시각, +30일).',
  },
  sources: src,
  limits: { newWorkDays: NEW_WORK_DAYS, maxBatch: KAKAOPAGE_MAX_BATCH },
  interpretation:
    'The source names no clock, so both plain readings are offered by the option { clock }. Default clock elapsed: a day is 24 hours of elapsed time (30 days = 2,592,000,000 ms; KST has no summer time since 1988), and the window is half-open: new at firstEpisodeAt + 30 days - 1 ms, not at + 30 days. Clock kst-calendar-days: the KST day of the first episode is day 1 and the work is new through the end of day 30 KST (이내 includes its last day), so the window ends at KST midnight starting day 31. Either way a work is not new before its first episode (the window has not started). newWorks(works, at) answers a whole list and says when the answer next changes.',
  enforcedBy: ['isNewWork', 'newWorkWindow', 'newWorks'],
  codes: [],
} as const satisfies RuleEntry;

// kakaopage.new-author

/** `kakaopage.new-author`: the author's nickname must be under 60 days old. */
export const NEW_AUTHOR_NICKNAME_DAYS = 60;
/** `kakaopage.new-author`: the nickname window in ms under the `'elapsed'` clock (60 days of 24 h: 5,184,000,000). */
export const NEW_AUTHOR_NICKNAME_WINDOW_MS = NEW_AUTHOR_NICKNAME_DAYS * DAY_MS;
/** `kakaopage.new-author`: the work's first episode must have been registered under 30 days ago. */
export const NEW_AUTHOR_FIRST_EPISODE_DAYS = 30;
/** `kakaopage.new-author`: the first-episode window in ms under the `'elapsed'` clock (30 days of 24 h: 2,592,000,000). */
export const NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS = NEW_AUTHOR_FIRST_EPISODE_DAYS * DAY_MS;
/** `kakaopage.new-author`: every refusal code, in the order `reasons` lists them. */
export const NEW_AUTHOR_RANKING_CODES = ['nickname-too-old', 'first-episode-too-old', 'not-yet-published'] as const;
/** Why a work is not in the new-author ranking at an instant (`kakaopage.new-author`). */
export type NewAuthorRankingRefusalCode = (typeof NEW_AUTHOR_RANKING_CODES)[number];
/**
 * `kakaopage.new-author` said no. `reasons` lists every failing condition (in the order nickname,
 * first episode, not yet published); `code` is the first of them.
 */
export type NewAuthorRankingRefusal = Refusal<
  NewAuthorRankingRefusalCode,
  'kakaopage.new-author',
  { reasons: readonly NewAuthorRankingRefusalCode[] }
>;
/** The new-author refusals, by the bit mask of failing reasons (bit i = NEW_AUTHOR_RANKING_CODES[i]). */
export const NEW_AUTHOR_REFUSALS = /* @__PURE__ */ refusalsByMask(
  'kakaopage.new-author',
  [
    [
      'nickname-too-old',
      "The author's nickname is past its 60-day window; the new-author ranking needs a nickname created within the last 60 days.",
      '작가 닉네임을 만든 지 60일이 지났습니다. 신인작가 랭킹은 최근 60일 안에 만든 닉네임만 대상입니다.',
    ],
    [
      'first-episode-too-old',
      "The work's first episode is past its 30-day window; the new-author ranking needs a first episode registered within the last 30 days.",
      '작품의 첫 회차를 등록한 지 30일이 지났습니다. 신인작가 랭킹은 최근 30일 안에 첫 회차를 등록한 작품만 대상입니다.',
    ],
    [
      'not-yet-published',
      'The nickname or the registration of the first episode is dated after the instant asked about, so the work is not in the ranking yet.',
      '닉네임 생성이나 첫 회차 등록 시각이 확인하려는 시각보다 뒤라서 아직 랭킹 대상이 아닙니다.',
    ],
  ] as const,
  () => ({}),
) as readonly (NewAuthorRankingRefusal | undefined)[];
const NEW_AUTHOR = {
  id: 'kakaopage.new-author',
  module: 'kakaopage',
  summary: {
    en: "A work is in the new-author ranking only while both hold: the author's nickname is at most 60 days old and the work's first episode at most 30 days old. It is eligible until the earlier of the two window ends.",
    ko: '작가 닉네임 생성 60일 이내이면서 작품 첫 회차 등록 30일 이내인 동안에만 신인작가 랭킹에 오릅니다. 두 기간 중 먼저 끝나는 때까지 대상입니다.',
  },
  sources: src,
  limits: {
    nicknameDays: NEW_AUTHOR_NICKNAME_DAYS,
    firstEpisodeDays: NEW_AUTHOR_FIRST_EPISODE_DAYS,
    maxBatch: KAKAOPAGE_MAX_BATCH,
  },
  interpretation:
    'The source says the first episode is registered (등록) here and published (발행) for new works: the work takes firstEpisodeRegisteredAt separately, defaulting to firstEpisodeAt (its publication). Default clock elapsed: windows of 24-hour days, half-open: eligible while at lies in [nicknameCreatedAt, +60 days) and in [registration, +30 days), so until the earlier end. Clock kst-calendar-days: the KST day of each instant is day 1, and each window runs through the end of day 60 (nickname) or day 30 (registration) KST. Every failing condition is listed (nickname-too-old, first-episode-too-old); an instant after at gives not-yet-published. newAuthorRanking(works, at) answers a whole list and says when the answer next changes.',
  enforcedBy: ['isNewAuthorRankingEligible', 'checkNewAuthorRanking', 'newAuthorRankingWindow', 'newAuthorRanking'],
  codes: NEW_AUTHOR_RANKING_CODES,
} as const satisfies RuleEntry;

// kakaopage.stage-on-limits

/** `kakaopage.stage-on-limits`: fantasy, martial arts, modern fantasy and romance fantasy. */
export const STAGE_ON_GENRE_FICTION_LIMIT = 250;
/** `kakaopage.stage-on-limits`: romance and BL, mid-length (중편). */
export const STAGE_ON_MID_LENGTH_LIMIT = 100;
/** `kakaopage.stage-on-limits`: romance and BL, long (장편). */
export const STAGE_ON_LONG_LIMIT = 200;
/** `kakaopage.stage-on-limits`: free genre (자유장르). */
export const STAGE_ON_FREE_GENRE_LIMIT = 50;
/**
 * `kakaopage.stage-on-limits`: the StageON maximum episode count by genre, and by length for romance
 * and BL. Romance fantasy stays at 250 (the source's "로판/BL장편 200화" is read as romance/BL long).
 */
export const STAGE_ON_EPISODE_LIMITS = /* @__PURE__ */ Object.freeze({
  fantasy: STAGE_ON_GENRE_FICTION_LIMIT,
  'martial-arts': STAGE_ON_GENRE_FICTION_LIMIT,
  'modern-fantasy': STAGE_ON_GENRE_FICTION_LIMIT,
  'romance-fantasy': STAGE_ON_GENRE_FICTION_LIMIT,
  romance: /* @__PURE__ */ Object.freeze({ mid: STAGE_ON_MID_LENGTH_LIMIT, long: STAGE_ON_LONG_LIMIT }),
  bl: /* @__PURE__ */ Object.freeze({ mid: STAGE_ON_MID_LENGTH_LIMIT, long: STAGE_ON_LONG_LIMIT }),
  free: STAGE_ON_FREE_GENRE_LIMIT,
} as const);
/** `kakaopage.stage-on-limits`: its refusal code (the refusal, carrying `limit`, is built per episode). */
export const STAGE_ON_EPISODE_CODES = ['over-episode-limit'] as const;
/** `kakaopage.stage-on-limits` said no: the episode number is above the genre's limit. */
export type StageOnEpisodeRefusal = Refusal<
  (typeof STAGE_ON_EPISODE_CODES)[number],
  'kakaopage.stage-on-limits',
  { limit: number }
>;
const STAGE_ON_LIMITS = {
  id: 'kakaopage.stage-on-limits',
  module: 'kakaopage',
  summary: {
    en: 'StageON maximum episodes: fantasy, martial arts, modern fantasy and romance fantasy 250; romance and BL mid-length 100, long 200; free genre 50.',
    ko: '스테이지온 최대 회차: 판타지·무협·현대판타지·로맨스판타지 250화, 로맨스·BL 중편 100화·장편 200화, 자유장르 50화.',
  },
  sources: src,
  limits: {
    fantasy: STAGE_ON_GENRE_FICTION_LIMIT,
    martialArts: STAGE_ON_GENRE_FICTION_LIMIT,
    modernFantasy: STAGE_ON_GENRE_FICTION_LIMIT,
    romanceFantasy: STAGE_ON_GENRE_FICTION_LIMIT,
    romanceBlMid: STAGE_ON_MID_LENGTH_LIMIT,
    romanceBlLong: STAGE_ON_LONG_LIMIT,
    free: STAGE_ON_FREE_GENRE_LIMIT,
  },
  interpretation:
    'The source also lists romance fantasy beside BL long at 200 ("로판/BL장편 200화"). We read that line as romance/BL long; romance fantasy stays at 250. Ambiguous in the source. length is required for romance and BL and is bad input for every other genre (so a caller cannot ask for a romance-fantasy long limit and silently get 250). Episode numbers are positive integers; episode N is allowed while N <= limit.',
  enforcedBy: ['stageOnEpisodeLimit', 'checkStageOnEpisode'],
  codes: STAGE_ON_EPISODE_CODES,
} as const satisfies RuleEntry;

// kakaopage.stage-contracts

/** `kakaopage.stage-contracts`: its refusal code. */
export const CONTRACT_TRANSFER_CODES = ['agreement-required'] as const;
/** `kakaopage.stage-contracts` said no: the CP and the author have not agreed yet. */
export type ContractTransferRefusal = Refusal<(typeof CONTRACT_TRANSFER_CODES)[number], 'kakaopage.stage-contracts'>;
/** `kakaopage.stage-contracts`: the CP and the author have not agreed yet. */
export const AGREEMENT_REQUIRED: ContractTransferRefusal = /* @__PURE__ */ refusal(
  'kakaopage.stage-contracts',
  'agreement-required',
  'A personal StageON or PageGO contract moves to a CP only after the CP and the author have agreed; agree first, then contact KakaoPage.',
  '개인으로 맺은 스테이지ON·페이지GO 계약은 CP와 작가가 먼저 합의한 뒤에 CP로 옮길 수 있습니다. 합의 후 카카오페이지에 연락해 주세요.',
);
const STAGE_CONTRACTS = {
  id: 'kakaopage.stage-contracts',
  module: 'kakaopage',
  summary: {
    en: "StageON and PageGO contracts are separate from a KakaoPage paid-serialization contract. A personal contract can move to a CP once the CP and the author agree; the Stage contract's CP and the paid contract's CP may differ.",
    ko: '스테이지온·페이지고 계약은 카카오페이지 유료 연재 계약과 별개입니다. 개인 계약은 CP와 작가가 합의하면 CP로 옮길 수 있고, 스테이지 계약의 CP와 유료 계약의 CP는 다를 수 있습니다.',
  },
  sources: src,
  interpretation:
    'Exposed as guidance: the transfer needs the CP and the author to agree first, then KakaoPage is contacted; the answer also states that the Stage contract is separate from the paid contract and that their CPs may differ.',
  enforcedBy: ['checkContractTransfer'],
  codes: CONTRACT_TRANSFER_CODES,
} as const satisfies RuleEntry;

// kakaopage.pagego-exclusive
const PAGEGO_EXCLUSIVE = {
  id: 'kakaopage.pagego-exclusive',
  module: 'kakaopage',
  summary: {
    en: 'PageGO turns a Stage work into a paid serialization promoted by KakaoPage; at the paid conversion (when a season or the whole work is complete) KakaoPage-exclusive serialization is mandatory in the first instance.',
    ko: '페이지고는 스테이지 작품을 카카오페이지 프로모션과 함께 유료 연재로 전환합니다. 유료 전환 시(시즌 또는 작품 완결 시점) 1차로 카카오페이지 독점 연재가 필수입니다.',
  },
  sources: src,
  interpretation:
    'Exposed as frozen guidance data: conversion at season or work completion, KakaoPage promotion, and KakaoPage-exclusive serialization as a requirement of the first paid run (kakaoPageExclusiveMandatory: true; the source says it is required, 필수, not merely first). The library checks nothing here.',
  enforcedBy: ['pageGoConversionRequirements'],
  codes: [],
} as const satisfies RuleEntry;

// kakaopage.stage-messages

/** `kakaopage.stage-messages`: every refusal code. */
export const STAGE_MESSAGE_CODES = ['not-a-participant', 'publisher-first'] as const;
/** Why a Stage message may not be sent (`kakaopage.stage-messages`). */
export type StageMessageRefusalCode = (typeof STAGE_MESSAGE_CODES)[number];
/** `kakaopage.stage-messages` said no. */
export type StageMessageRefusal = Refusal<StageMessageRefusalCode, 'kakaopage.stage-messages'>;
/** `kakaopage.stage-messages`: a member who registered no work takes no part in messaging. */
export const NOT_A_PARTICIPANT: StageMessageRefusal = /* @__PURE__ */ refusal(
  'kakaopage.stage-messages',
  'not-a-participant',
  'Stage messages are only between publishers or management companies and members who registered a work.',
  '스테이지 메시지는 출판사·매니지먼트사와 작품을 등록한 회원 사이에서만 주고받을 수 있습니다.',
);
/** `kakaopage.stage-messages`: only a publisher or management company sends a thread's first message. */
export const PUBLISHER_FIRST: StageMessageRefusal = /* @__PURE__ */ refusal(
  'kakaopage.stage-messages',
  'publisher-first',
  'Only a publisher or management company can send the first message; a member can only reply to one.',
  '첫 메시지는 출판사·매니지먼트사만 보낼 수 있고, 개인 회원은 받은 메시지에 답장만 할 수 있습니다.',
);
const STAGE_MESSAGES = {
  id: 'kakaopage.stage-messages',
  module: 'kakaopage',
  summary: {
    en: 'Stage messages run only between publishers or management companies and members who registered a work. Only the publisher or management company may send the first message; an individual member can only reply.',
    ko: '스테이지 메시지는 출판사·매니지먼트사와 작품을 등록한 회원 사이에서만 오갑니다. 첫 메시지는 출판사·매니지먼트사만 보낼 수 있고 개인 회원은 답장만 할 수 있습니다.',
  },
  sources: src,
  interpretation:
    'threadStartedBy null means the message would start a thread. A member without a registered work cannot message at all; a thread not started by a publisher is refused like a member starting one. Publisher-to-publisher messaging is not covered by the source and not checked (the recipient is not an input).',
  enforcedBy: ['checkStageMessage'],
  codes: STAGE_MESSAGE_CODES,
} as const satisfies RuleEntry;

// kakaopage.bulk-purchase

/** `kakaopage.bulk-purchase`: every refusal code. */
export const BULK_PURCHASE_CODES = ['rental-not-available', 'no-ownership-tickets'] as const;
/** Why a bulk purchase is not available (`kakaopage.bulk-purchase`). */
export type BulkPurchaseRefusalCode = (typeof BULK_PURCHASE_CODES)[number];
/** `kakaopage.bulk-purchase` said no. */
export type BulkPurchaseRefusal = Refusal<BulkPurchaseRefusalCode, 'kakaopage.bulk-purchase'>;
/** `kakaopage.bulk-purchase`: selective rental purchase does not exist yet. */
export const RENTAL_NOT_AVAILABLE: BulkPurchaseRefusal = /* @__PURE__ */ refusal(
  'kakaopage.bulk-purchase',
  'rental-not-available',
  'Choosing several episodes to rent at once is not available yet; only buying several episodes to own is.',
  '여러 회차를 골라 한 번에 대여하는 기능은 아직 제공되지 않습니다. 여러 회차 한 번에 소장만 가능합니다.',
);
/** `kakaopage.bulk-purchase`: the series sells no ownership tickets. */
export const NO_OWNERSHIP_TICKETS: BulkPurchaseRefusal = /* @__PURE__ */ refusal(
  'kakaopage.bulk-purchase',
  'no-ownership-tickets',
  'Buying several episodes at once works only for series that sell ownership tickets; this one does not.',
  '여러 회차 한 번에 소장은 소장이용권을 판매하는 시리즈에서만 가능합니다. 이 시리즈는 판매하지 않습니다.',
);
const BULK_PURCHASE = {
  id: 'kakaopage.bulk-purchase',
  module: 'kakaopage',
  summary: {
    en: 'Buying many episodes at once works only for series that sell ownership tickets; selective rental purchase is not available yet.',
    ko: '여러 회차 한 번에 구매는 소장이용권을 파는 작품에서만 되며, 대여 선택 구매는 아직 지원하지 않습니다.',
  },
  sources: src,
  interpretation:
    'A rental selection is refused whatever the series (the feature does not exist yet); owning several episodes needs a series selling ownership tickets.',
  enforcedBy: ['checkBulkPurchase'],
  codes: BULK_PURCHASE_CODES,
} as const satisfies RuleEntry;

// kakaopage.charge-support
const CHARGE_SUPPORT = {
  id: 'kakaopage.charge-support',
  module: 'kakaopage',
  summary: {
    en: "A cash charge that failed or was paid but not credited is handled by the store's support when paid through Google Play, Apple or ONE store; otherwise by KakaoPage's inquiry (home, top-right menu, customer center, inquiry).",
    ko: '캐시 충전이 실패했거나 결제되었는데 들어오지 않았다면, Google Play·Apple·원스토어 결제는 해당 스토어 고객센터가, 그 밖의 결제는 카카오페이지 문의(홈 우측 상단 메뉴 → 고객센터 → 문의)가 처리합니다.',
  },
  sources: src,
  enforcedBy: ['chargeSupportRoute'],
  codes: [],
} as const satisfies RuleEntry;

// kakaopage.data-charges
const DATA_CHARGES = {
  id: 'kakaopage.data-charges',
  module: 'kakaopage',
  summary: {
    en: "Streaming or downloading content uses network data; on mobile data the carrier plan's data charges apply.",
    ko: '콘텐츠 감상·다운로드에는 데이터가 쓰이며, 모바일 데이터에서는 통신사 요금제의 데이터 요금이 적용됩니다.',
  },
  sources: src,
  interpretation:
    'Exposed as guidance data. On Wi-Fi the library says only that the mobile data plan is not used; the source says nothing about Wi-Fi costs.',
  enforcedBy: ['contentDataCharges'],
  codes: [],
} as const satisfies RuleEntry;

// kakaopage.report

/** `kakaopage.report`: every refusal code (what the reporter left out), in the order `reasons` lists them. */
export const CONTENT_REPORT_CODES = ['reason-missing', 'episodes-missing'] as const;
/** What a content report leaves out (`kakaopage.report`). */
export type ContentReportReason = (typeof CONTENT_REPORT_CODES)[number];
/**
 * `kakaopage.report`'s flag on a repeat report of the same post: still a report, but the reporter may
 * be sanctioned for it.
 */
export interface ReporterSanctionRisk {
  readonly rule: 'kakaopage.report';
  readonly code: 'repeat-report';
  readonly message: Message;
}
/**
 * `kakaopage.report` said no: `reasons` lists what the report leaves out; `reporterSanctionRisk` is
 * set too when the report also repeats an earlier one.
 */
export type ContentReportRefusal = Refusal<
  ContentReportReason,
  'kakaopage.report',
  { reasons: readonly ContentReportReason[]; reporterSanctionRisk: ReporterSanctionRisk | null }
>;
/** `kakaopage.report`: the flag of a repeat report, which is still a report but may get the reporter sanctioned. */
export const REPEAT_REPORT_RISK: ReporterSanctionRisk = /* @__PURE__ */ Object.freeze({
  rule: 'kakaopage.report',
  code: 'repeat-report',
  message: /* @__PURE__ */ Object.freeze({
    en: 'You have already reported this post. The report is still filed, but reporting the same post again can get you, the reporter, sanctioned.',
    ko: '이미 신고한 게시물입니다. 신고는 접수되지만, 같은 게시물을 다시 신고하면 신고자가 제재를 받을 수 있습니다.',
  } satisfies Message),
} as const);
const REPORT_PARTS = [
  ['reason-missing', 'Give the exact reason for the report.', '정확한 신고 사유를 적어 주세요.'],
  ['episodes-missing', 'Give the number of each episode concerned.', '문제가 되는 회차 번호를 정확히 적어 주세요.'],
] as const;
/** `kakaopage.report` refusals by mask (bit i = CONTENT_REPORT_CODES[i]), without the repeat flag. */
export const REPORT_REFUSALS = /* @__PURE__ */ refusalsByMask('kakaopage.report', REPORT_PARTS, () => ({
  reporterSanctionRisk: null,
})) as readonly (ContentReportRefusal | undefined)[];
/** The same, for a report that also repeats an earlier one (flagged with {@link REPEAT_REPORT_RISK}). */
export const REPEAT_REPORT_REFUSALS = /* @__PURE__ */ refusalsByMask('kakaopage.report', REPORT_PARTS, () => ({
  reporterSanctionRisk: REPEAT_REPORT_RISK,
})) as readonly (ContentReportRefusal | undefined)[];
const REPORT = {
  id: 'kakaopage.report',
  module: 'kakaopage',
  summary: {
    en: 'A content report must give the exact reason and the episode number(s). Reporting without a valid reason, or reporting the same post again, can get the reporter sanctioned.',
    ko: '콘텐츠 신고에는 정확한 사유와 해당 회차 번호가 있어야 합니다. 타당한 사유 없는 신고나 같은 게시물의 반복 신고는 신고자가 제재받을 수 있습니다.',
  },
  sources: src,
  interpretation:
    "The library checks that a reason and at least one episode number are given (refused with reason-missing, episodes-missing otherwise). A repeat report of the same post (same postId among the same reporter's earlier reports) is still a report: it is filed (ok: true) and carries reporterSanctionRisk, a flag naming this rule (code repeat-report) with a message; the flag is null otherwise, also on refusals. Whether a reason is valid is a human judgement and is not checked, so no flag is raised for it.",
  enforcedBy: ['checkContentReport'],
  codes: CONTENT_REPORT_CODES,
} as const satisfies RuleEntry;

// kakaopage.cash-pass
const CASH_PASS = {
  id: 'kakaopage.cash-pass',
  module: 'kakaopage',
  summary: {
    en: 'Cash PASS (auto-charge) is cancelled in the auto-charge management screen: [cancel auto-charge] at the bottom right, then the confirm button labelled "I\'ll give up". The charge condition and payment method are changed while the membership is in use; the source does not say on which screen.',
    ko: '캐시 PASS(자동충전)는 자동충전 관리 화면 우측 하단의 [자동충전 해지]를 누른 뒤 확인 버튼(포기할게요)으로 해지합니다. 충전 조건과 결제 수단은 멤버십 이용 중에 바꿀 수 있으며, 출처는 그 화면을 밝히지 않습니다.',
  },
  sources: src,
  interpretation:
    'The source is cut off where it says how the charge condition or the payment method is changed: the library says only that it is changed while the membership is in use, from the same membership, and names no screen for it.',
  enforcedBy: ['cashPassSteps'],
  codes: [],
} as const satisfies RuleEntry;

/**
 * Every refusal code of the module: the lists above, one per refusal union, in that order (a test
 * checks that it is exactly their union). Written out rather than spread, so that a bundle that
 * never reads it drops it.
 */
export const KAKAOPAGE_REFUSAL_CODES = /* @__PURE__ */ Object.freeze([
  'nickname-too-old',
  'first-episode-too-old',
  'not-yet-published',
  'over-episode-limit',
  'agreement-required',
  'not-a-participant',
  'publisher-first',
  'rental-not-available',
  'no-ownership-tickets',
  'reason-missing',
  'episodes-missing',
] as const) satisfies readonly (
  | (typeof NEW_AUTHOR_RANKING_CODES)[number]
  | (typeof STAGE_ON_EPISODE_CODES)[number]
  | (typeof CONTRACT_TRANSFER_CODES)[number]
  | (typeof STAGE_MESSAGE_CODES)[number]
  | (typeof BULK_PURCHASE_CODES)[number]
  | (typeof CONTENT_REPORT_CODES)[number]
)[];

/** The KakaoPage entries of the rule catalogue. */
export const KAKAOPAGE_RULES = /* @__PURE__ */ defineRules({
  'kakaopage.new-work': NEW_WORK,
  'kakaopage.new-author': NEW_AUTHOR,
  'kakaopage.stage-on-limits': STAGE_ON_LIMITS,
  'kakaopage.stage-contracts': STAGE_CONTRACTS,
  'kakaopage.pagego-exclusive': PAGEGO_EXCLUSIVE,
  'kakaopage.stage-messages': STAGE_MESSAGES,
  'kakaopage.bulk-purchase': BULK_PURCHASE,
  'kakaopage.charge-support': CHARGE_SUPPORT,
  'kakaopage.data-charges': DATA_CHARGES,
  'kakaopage.report': REPORT,
  'kakaopage.cash-pass': CASH_PASS,
});

// Names of 0.2.0, kept for one minor version (CONTRIBUTING: one naming scheme).
/** @deprecated Use {@link StageMessageRefusalCode}; this 0.2.0 name is removed in 0.4.0. */
export type StageMessageCode = StageMessageRefusalCode;
/** @deprecated Use {@link BulkPurchaseRefusalCode}; this 0.2.0 name is removed in 0.4.0. */
export type BulkPurchaseCode = BulkPurchaseRefusalCode;
/** @deprecated Use {@link NewAuthorRankingRefusalCode}; this 0.2.0 name is removed in 0.4.0. */
export type NewAuthorRankingReason = NewAuthorRankingRefusalCode;
