import { DAY_MS, guardInput, expectInstant, type InstantInput } from '../core/index.js';
import { checkAt } from './agentChat.js';
import { defaultHolidayCalendar, calendarMs, type HolidayCalendar } from './calendar.js';
import { EMAIL_REPLY_MAX_DAYS } from './rules.js';
import { ConsultationChecklistOptionsGuard } from './guards.generated.js';
import type { ConsultationChecklistOptions } from './schemas.js';
import type {
  ChatFailureStepId,
  ConsultationItemId,
  EmailReplyExpectation,
  SupportChannels,
  SupportStep,
} from './types.js';

const step = <Id extends string>(id: Id, en: string, ko: string): SupportStep<Id> => ({ id, message: { en, ko } });

const ALWAYS_ITEMS = [
  step('account-email', 'The e-mail address of your Kakao Account', '카카오계정 이메일 주소'),
  step('error-screenshot', 'A screenshot of the error screen', '오류 화면 캡처'),
  step('device-and-os', 'Your device model and OS version', '기기 모델명과 OS 버전'),
  step(
    'kakaotalk-version',
    'Your KakaoTalk version (update to the latest first)',
    '카카오톡 버전(먼저 최신 버전으로 업데이트)',
  ),
] as const;
const PAID_ITEMS = [
  step('order-number', 'The order number', '주문번호'),
  step('payment-date-time', 'The payment date and time', '결제 일시'),
  step('payment-method', 'The payment method', '결제 수단'),
] as const;
const FAILURE_STEPS = [
  step('email-inquiry', 'Leave an e-mail inquiry through the inquiry form', '문의 양식으로 이메일 문의를 남기세요'),
  step('reenter-channel', 'Leave the support channel and enter it again', '상담 채널에서 나갔다가 다시 들어오세요'),
  step(
    'follow-official-channel',
    'Follow the official support channel for outage notices',
    '장애 공지는 공식 고객센터 채널에서 확인하세요',
  ),
  step('clear-app-cache', 'Clear the app cache', '앱 캐시를 삭제하세요'),
] as const;

const copy = <Id extends string>(s: SupportStep<Id>): SupportStep<Id> => ({ id: s.id, message: { ...s.message } });

/**
 * When the answer to an e-mail inquiry left at `submittedAt` usually is there: within 2 days, read as
 * calendar days of 24 hours (the form accepts inquiries at any time). The source gives no earliest
 * time, so none is given; "usually" means a later answer breaks no rule.
 *
 * @param submittedAt - when the inquiry was left (`Date`, epoch ms or ISO string with offset).
 * @returns `{ latest }`: `submittedAt` + 2 days, epoch ms.
 * @throws {RuleInputError} `invalid-instant`.
 * @example
 * expectedEmailReply('2026-09-25T12:00:00+09:00') //=> { latest: 1790478000000 } // 2026-09-27 12:00 KST
 * @see support.email-reply
 */
export function expectedEmailReply(submittedAt: InstantInput): EmailReplyExpectation {
  const ms = expectInstant(submittedAt, 'expectedEmailReply', ['submittedAt']);
  return { latest: ms + EMAIL_REPLY_MAX_DAYS * DAY_MS };
}

export function channelsAt(cal: HolidayCalendar, at: InstantInput, fn: string): SupportChannels {
  const status = checkAt(cal, at, fn);
  return {
    chatbot: { available: true },
    agentChat: { available: status.ok, status, pc: 'browser-after-qr-check' },
    email: { available: true, expectedReply: { latest: calendarMs(at, fn) + EMAIL_REPLY_MAX_DAYS * DAY_MS } },
    phone: { available: false },
  };
}

/**
 * The support channels at `at`: the AI chatbot (always), agent chat (with its status; on a PC it
 * opens in the browser after a QR identity check with mobile KakaoTalk), the e-mail inquiry form
 * (always, with the expected reply window), and no phone line.
 *
 * @param at - a `Date`, epoch ms, or ISO-8601 string with offset, between 1990 and 2050 (KST).
 * @returns one entry per channel.
 * @throws {RuleInputError} `invalid-instant` or `year-out-of-range`.
 * @example
 * supportChannels('2026-09-26T15:00:00+09:00').agentChat.available //=> false
 * supportChannels('2026-09-26T15:00:00+09:00').phone             //=> { available: false }
 * supportChannels('2026-09-26T15:00:00+09:00').email.expectedReply //=> { latest: 1790575200000 }
 * @see support.chatbot-always
 * @see support.no-phone
 * @see support.pc-qr
 * @see support.email-reply
 */
export function supportChannels(at: InstantInput): SupportChannels {
  return channelsAt(defaultHolidayCalendar(), at, 'supportChannels');
}

/**
 * What to have ready before a consultation: the Kakao Account e-mail, a screenshot of the error,
 * device model and OS version, the KakaoTalk version (update first); for a paid service also the
 * order number, the payment date and time, and the payment method.
 *
 * @param options - `{ paidService }`: whether the question concerns a paid service.
 * @returns the items in order, each with an `id` and an English and Korean message.
 * @throws {RuleInputError} when `paidService` is missing or not a boolean.
 * @example
 * consultationChecklist({ paidService: true }).map((i) => i.id)
 * //=> ['account-email', 'error-screenshot', 'device-and-os', 'kakaotalk-version', 'order-number', 'payment-date-time', 'payment-method']
 * @see support.checklist
 */
export function consultationChecklist(options: ConsultationChecklistOptions): SupportStep<ConsultationItemId>[] {
  const { paidService } = guardInput(ConsultationChecklistOptionsGuard, options, 'consultationChecklist', ['options']);
  return [...ALWAYS_ITEMS, ...(paidService ? PAID_ITEMS : [])].map(copy);
}

/**
 * What to do when agent chat will not connect: leave an e-mail inquiry, re-enter the support
 * channel, follow the official support channel for outage notices, clear the app cache.
 *
 * @returns the steps in order, each with an `id` and an English and Korean message.
 * @throws never.
 * @example
 * agentChatFallbackSteps().map((s) => s.id)
 * //=> ['email-inquiry', 'reenter-channel', 'follow-official-channel', 'clear-app-cache']
 * @see support.when-chat-fails
 */
export function agentChatFallbackSteps(): SupportStep<ChatFailureStepId>[] {
  return FAILURE_STEPS.map(copy);
}
