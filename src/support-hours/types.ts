/**
 * The named types of the support-hours module beyond its inputs (`schemas.ts`) and its refusals (each in
 * its rule's section of `rules.ts`): holidays, the agent-chat answer, deadlines, channels.
 * @module
 */
import type { Interval, Ok, Outcome } from '../core/index.js';
import type { AgentChatClosed } from './rules.js';

export type { Interval };

/** Where a holiday of the calendar comes from. */
export type HolidaySource = 'official' | 'historical' | 'projected' | 'custom';

/** One public holiday (support.public-holidays). */
export interface KoreanPublicHoliday {
  /** KST calendar date, `'YYYY-MM-DD'`. */
  readonly date: string;
  /** Korean names as gazetted (`'설날'`, `'대체공휴일(추석)'`...), several when holidays coincide. */
  readonly names: string[];
  /**
   * `'official'`: gazetted data (2018-2027); `'historical'`: the record of 1990-2017 (every day that was a
   * holiday, designated days included); `'projected'`: derived from the rules; `'custom'`: added by the caller.
   */
  readonly source: HolidaySource;
  /**
   * Why the day is a holiday: present when asked for (`koreanPublicHolidays(year, { basis: true })`) on every
   * day but a `'custom'` one.
   */
  readonly basis?: HolidayBasis;
}

/**
 * Why a day is a public holiday (support.public-holidays), as `koreanPublicHolidays(year, { basis: true })`
 * gives it:
 * - `regulation`: the Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정, Presidential
 *   Decree); `article` is `'art. 2'` (the list of holidays: the fixed and lunar days) or `'art. 3'` (substitute days);
 * - `statute`: a law that fixes the day; the election day of a term-end election from 2007 is
 *   `{ law: 'Public Official Election Act (공직선거법)', article: 'art. 34' }` (the regulation makes that day a holiday);
 * - `designation`: a temporary holiday, or an election day designated one (every election until 2006-05-31 and the
 *   snap elections): who designated or announced it, the item as reported, and the `'YYYY-MM-DD'` of the decision
 *   (`null` when the sources found give none);
 * - `projection`: a projected day (later years, or `source: 'projected'`): the rule id it was projected by,
 *   `'support.public-holidays'`, `'support.substitute-holidays'` or `'support.election-days'`.
 *
 * `note` says what the sources leave open or where a designation is reported.
 */
export type HolidayBasis =
  | { readonly kind: 'regulation'; readonly article: string; readonly note?: string }
  | { readonly kind: 'statute'; readonly law: string; readonly article: string; readonly note?: string }
  | {
      readonly kind: 'designation';
      readonly publisher: string;
      readonly title: string;
      readonly date: string | null;
      readonly note?: string;
    }
  | { readonly kind: 'projection'; readonly rule: string };

/**
 * A deadline `n` business days from an instant (`koreanBusinessDayDeadline`): `deadlineAt` (epoch ms),
 * its KST `date`, and `projected`: whether any day from the start to the deadline lies in a year whose
 * holidays are projected (2028 on), so a batch job can count the answers that rest on projections.
 */
export interface BusinessDayDeadline {
  readonly deadlineAt: number;
  readonly date: string;
  readonly projected: boolean;
}
/** What agent chat is open with: until `closesAt` (epoch ms, 12:00 or 18:30 KST, excluded). */
export interface AgentChatOpen {
  readonly closesAt: number;
}
/** Agent chat at an instant: `{ ok: true, value: { closesAt } }` or a closed refusal. */
export type AgentChatOutcome = Outcome<AgentChatOpen, AgentChatClosed>;
/** The open side of {@link AgentChatOutcome}. */
export type AgentChatOk = Ok<AgentChatOpen>;

/**
 * When an e-mail inquiry's answer is usually there (support.email-reply): `latest`, epoch ms, 2 days
 * after the inquiry. The source gives no earliest time, so there is none.
 */
export interface EmailReplyExpectation {
  readonly latest: number;
}

/** The support channels at an instant (support.chatbot-always, agent-hours, email-reply, no-phone, pc-qr). */
export interface SupportChannels {
  readonly chatbot: { readonly available: true };
  readonly agentChat: {
    readonly available: boolean;
    /** What `checkAgentChat` answers at that instant. */
    readonly status: AgentChatOutcome;
    /** On a PC the chat opens in the browser after a QR identity check with mobile KakaoTalk. */
    readonly pc: 'browser-after-qr-check';
  };
  readonly email: { readonly available: true; readonly expectedReply: EmailReplyExpectation };
  readonly phone: { readonly available: false };
}

/** One thing to do or to prepare, in both languages. */
export interface SupportStep<Id extends string = string> {
  readonly id: Id;
  readonly message: { readonly en: string; readonly ko: string };
}

/** The id of one item {@link consultationChecklist} asks the user to have ready before a consultation. */
export type ConsultationItemId =
  | 'account-email'
  | 'error-screenshot'
  | 'device-and-os'
  | 'kakaotalk-version'
  | 'order-number'
  | 'payment-date-time'
  | 'payment-method';

/** The id of one step {@link agentChatFallbackSteps} lists for when the agent chat does not connect. */
export type ChatFailureStepId = 'email-inquiry' | 'reenter-channel' | 'follow-official-channel' | 'clear-app-cache';

// Names of 0.2.0, kept for one minor version (CONTRIBUTING: one naming scheme).
/** @deprecated Use {@link Interval}; this 0.2.0 name is removed in 0.4.0. */
export type AgentChatInterval = Interval;
