import type { Message, Refusal } from '../core/index.js';

/** A half-open window `[start, end)` in epoch milliseconds. Empty when `end <= start`. */
export interface KakaoPageWindow {
  readonly start: number;
  readonly end: number;
}

/** Why a work is not in the new-author ranking at an instant (`kakaopage.new-author`). */
export type NewAuthorRankingReason = 'nickname-too-old' | 'first-episode-too-old' | 'not-yet-published';
/**
 * `kakaopage.new-author` said no. `reasons` lists every failing condition (in the order nickname,
 * first episode, not yet published); `code` is the first of them.
 */
export type NewAuthorRankingRefusal = Refusal<
  NewAuthorRankingReason,
  'kakaopage.new-author',
  { reasons: readonly NewAuthorRankingReason[] }
>;

/** `kakaopage.stage-on-limits` said no: the episode number is above the genre's limit. */
export type StageOnEpisodeRefusal = Refusal<'over-episode-limit', 'kakaopage.stage-on-limits', { limit: number }>;

/** Why a Stage message may not be sent (`kakaopage.stage-messages`). */
export type StageMessageCode = 'not-a-participant' | 'publisher-first';
/** `kakaopage.stage-messages` said no. */
export type StageMessageRefusal = Refusal<StageMessageCode, 'kakaopage.stage-messages'>;

/** `kakaopage.stage-contracts` said no: the CP and the author have not agreed yet. */
export type ContractTransferRefusal = Refusal<'agreement-required', 'kakaopage.stage-contracts'>;

/** Why a bulk purchase is not available (`kakaopage.bulk-purchase`). */
export type BulkPurchaseCode = 'rental-not-available' | 'no-ownership-tickets';
/** `kakaopage.bulk-purchase` said no. */
export type BulkPurchaseRefusal = Refusal<BulkPurchaseCode, 'kakaopage.bulk-purchase'>;

/** Why a content report is refused (`kakaopage.report`). */
export type ContentReportReason = 'reason-missing' | 'episodes-missing' | 'duplicate-report';
/**
 * `kakaopage.report` said no. `reasons` lists every problem; `reporterSanctionRisk` is `true` when the
 * report repeats an earlier one of the same reporter (the reporter can be sanctioned for it).
 */
export type ContentReportRefusal = Refusal<
  ContentReportReason,
  'kakaopage.report',
  { reasons: readonly ContentReportReason[]; reporterSanctionRisk: boolean }
>;

/** `kakaopage.pagego-exclusive`: what a PageGO paid conversion involves. */
export interface PageGoConversionRequirements {
  readonly rule: 'kakaopage.pagego-exclusive';
  /** When the conversion to paid serialization happens. */
  readonly convertsAt: readonly ('season-complete' | 'work-complete')[];
  /** KakaoPage-exclusive serialization comes first after the conversion. */
  readonly kakaoPageExclusiveFirst: true;
  /** The conversion comes with KakaoPage promotion. */
  readonly kakaoPagePromotion: true;
  readonly message: Message;
}

/** `kakaopage.stage-contracts`: what a CP transfer needs next, once the CP and the author agree. */
export interface ContractTransferNextStep {
  /** The StageON/PageGO contract is separate from the paid-serialization contract. */
  readonly separateFromPaidContract: true;
  /** The Stage contract's CP and the paid contract's CP may differ. */
  readonly paidContractCpMayDiffer: true;
  readonly message: Message;
}

/** `kakaopage.data-charges`: what streaming or downloading costs in data on a network. */
export interface ContentDataCharges {
  readonly rule: 'kakaopage.data-charges';
  readonly network: 'wifi' | 'mobile';
  /** Streaming and downloading always use network data. */
  readonly usesNetworkData: true;
  /** Whether the carrier plan's mobile data charges apply (on mobile data). */
  readonly mobileDataCharges: boolean;
  readonly message: Message;
}

/** `kakaopage.charge-support`: who handles a failed or uncredited cash charge. */
export interface ChargeSupportRoute {
  readonly rule: 'kakaopage.charge-support';
  readonly handledBy: 'google-play-support' | 'apple-support' | 'one-store-support' | 'kakaopage-inquiry';
  /** Where to go, step by step. */
  readonly steps: readonly Message[];
  readonly message: Message;
}

/** `kakaopage.cash-pass`: where Cash PASS (auto-charge) is cancelled or changed. */
export interface CashPassSteps {
  readonly rule: 'kakaopage.cash-pass';
  /** Cancelling the membership. */
  readonly cancel: readonly Message[];
  /** Changing the charge condition or the payment method. */
  readonly change: readonly Message[];
}
