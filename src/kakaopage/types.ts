/**
 * The named types of the KakaoPage module beyond its inputs (`schemas.ts`) and its refusals (each in its
 * rule's section of `rules.ts`): the window options and the answers.
 * @module
 */
import type { Interval, Message } from '../core/index.js';
import type { ReporterSanctionRisk } from './rules.js';

export type { Interval };

/**
 * How a window's days are counted (`kakaopage.new-work`, `kakaopage.new-author`): `'elapsed'` (the
 * default) counts days of 24 hours from the instant; `'kst-calendar-days'` makes the instant's KST
 * day day 1 and ends the window at the end of the last day, KST.
 */
export type KakaoPageClock = 'elapsed' | 'kst-calendar-days';
/** The option of every window function: `{ clock }`. */
export interface KakaoPageWindowOptions {
  readonly clock?: KakaoPageClock;
}

/** The answer of the batch functions: the ids eligible at `at`, in input order, and when that set next changes (epoch ms) or `null`. */
export interface KakaoPageBatch<Id> {
  readonly eligible: readonly Id[];
  readonly changesAt: number | null;
}

/**
 * `kakaopage.new-author` said yes: the work is in the new-author ranking until `until` (epoch ms,
 * excluded), the earlier of the nickname's and the first episode's window ends.
 */
export interface NewAuthorRankingEligibility {
  readonly until: number;
}

/** `kakaopage.stage-on-limits` said yes: the genre's episode `limit` and how many episodes remain after this one. */
export interface StageOnEpisodeAllowance {
  readonly limit: number;
  /** Episodes still allowed after this one (0 for the last). */
  readonly remaining: number;
}

/** A filed content report: `reporterSanctionRisk` is the flag of a repeat report, or `null`. */
export interface ContentReportFiled {
  readonly reporterSanctionRisk: ReporterSanctionRisk | null;
}

/** `kakaopage.pagego-exclusive`: what a PageGO paid conversion involves. */
export interface PageGoConversionRequirements {
  readonly rule: 'kakaopage.pagego-exclusive';
  /** When the conversion to paid serialization happens. */
  readonly convertsAt: readonly ('season-complete' | 'work-complete')[];
  /** KakaoPage-exclusive serialization is mandatory for the first paid run after the conversion. */
  readonly kakaoPageExclusiveMandatory: true;
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
  /** Changing the charge condition or the payment method (the source names no screen for it). */
  readonly change: readonly Message[];
}

// Names of 0.2.0, kept for one minor version (CONTRIBUTING: one naming scheme).
/** @deprecated Use {@link Interval}; this 0.2.0 name is removed in 0.4.0. */
export type KakaoPageWindow = Interval;
