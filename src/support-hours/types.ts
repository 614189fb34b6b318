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
}

/** Why agent chat is closed at an instant (support.agent-hours). */
export type AgentChatClosedReason = 'weekend' | 'public-holiday' | 'lunch-break' | 'before-hours' | 'after-hours';

/** Agent chat at an instant: open until `closesAt`, or closed for `reason` until `opensAt`. */
export type AgentChatStatus =
  | { readonly open: true; readonly closesAt: Date }
  | {
      readonly open: false;
      readonly reason: AgentChatClosedReason;
      readonly opensAt: Date;
      /** Names of the holiday when `reason` is `'public-holiday'`. */
      readonly holiday?: string[];
    };

/** A half-open interval `[start, end)` during which agent chat is open. */
export interface AgentChatInterval {
  readonly start: Date;
  readonly end: Date;
}

/** When an e-mail inquiry's answer is expected (support.email-reply): `[earliest, latest]`. */
export interface EmailReplyWindow {
  readonly earliest: Date;
  readonly latest: Date;
}

/** The support channels at an instant (support.chatbot-always, agent-hours, email-reply, no-phone, pc-qr). */
export interface SupportChannels {
  readonly chatbot: { readonly available: true };
  readonly agentChat: {
    readonly available: boolean;
    readonly status: AgentChatStatus;
    /** On a PC the chat opens in the browser after a QR identity check with mobile KakaoTalk. */
    readonly pc: 'browser-after-qr-check';
  };
  readonly email: { readonly available: true; readonly expectedReply: EmailReplyWindow };
  readonly phone: { readonly available: false };
}

/** One thing to do or to prepare, in both languages. */
export interface SupportStep<Id extends string = string> {
  readonly id: Id;
  readonly message: { readonly en: string; readonly ko: string };
}

export type ConsultationItemId =
  | 'account-email'
  | 'error-screenshot'
  | 'device-and-os'
  | 'kakaotalk-version'
  | 'order-number'
  | 'payment-date-time'
  | 'payment-method';

export type ChatFailureStepId = 'email-inquiry' | 'reenter-channel' | 'follow-official-channel' | 'clear-app-cache';
