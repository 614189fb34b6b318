import { guardInput, ok, type Message, type Outcome, message } from '../core/index.js';
import { NO_OWNERSHIP_TICKETS, RENTAL_NOT_AVAILABLE, type BulkPurchaseRefusal } from './rules.js';
import { BulkPurchaseGuard, CashChargeGuard } from './guards.generated.js';
import type { BulkPurchaseInput, CashChargeInput } from './schemas.js';
import type { CashPassSteps, ChargeSupportRoute } from './types.js';

const PURCHASABLE = /* @__PURE__ */ Object.freeze(ok());

/**
 * Checks whether several episodes can be bought at once: only to own them, and only in a series that
 * sells ownership tickets (소장이용권). Selective rental purchase is not available yet, in any series.
 *
 * @param purchase - `{ sellsOwnershipTickets, mode }` with `mode` `'own'` or `'rent'`.
 * @returns `{ ok: true }`, or the refusal `rental-not-available` (any rental, whatever the series) or
 *   `no-ownership-tickets`.
 * @throws {RuleInputError} for a non-boolean `sellsOwnershipTickets` or an unknown `mode`.
 * @example
 * checkBulkPurchase({ sellsOwnershipTickets: true, mode: 'own' }).ok     //=> true
 * checkBulkPurchase({ sellsOwnershipTickets: true, mode: 'rent' }).code  //=> 'rental-not-available'
 * checkBulkPurchase({ sellsOwnershipTickets: false, mode: 'own' }).code  //=> 'no-ownership-tickets'
 * @see kakaopage.bulk-purchase
 */
export function checkBulkPurchase(purchase: BulkPurchaseInput): Outcome<undefined, BulkPurchaseRefusal> {
  const { sellsOwnershipTickets, mode } = guardInput(BulkPurchaseGuard, purchase, 'checkBulkPurchase', ['purchase']);
  if (mode === 'rent') return RENTAL_NOT_AVAILABLE;
  return sellsOwnershipTickets ? PURCHASABLE : NO_OWNERSHIP_TICKETS;
}

function route(
  handledBy: ChargeSupportRoute['handledBy'],
  steps: readonly Message[],
  message: Message,
): ChargeSupportRoute {
  return Object.freeze({ rule: 'kakaopage.charge-support', handledBy, steps: Object.freeze(steps), message });
}

function storeRoute(handledBy: ChargeSupportRoute['handledBy'], en: string, ko: string): ChargeSupportRoute {
  return route(
    handledBy,
    [message(`Contact ${en}.`, `${ko}에 문의하세요.`)],
    message(
      `The charge was paid through the store, so ${en} handles a failed or uncredited cash charge.`,
      `스토어를 통해 결제했으므로 캐시 충전 오류나 미충전은 ${ko}에서 처리합니다.`,
    ),
  );
}

const CHARGE_ROUTES = /* @__PURE__ */ Object.freeze({
  'google-play': storeRoute('google-play-support', 'Google Play support', 'Google Play 고객센터'),
  apple: storeRoute('apple-support', 'Apple Support', 'Apple 고객지원'),
  'one-store': storeRoute('one-store-support', 'ONE store customer center', '원스토어 고객센터'),
  kakaopage: route(
    'kakaopage-inquiry',
    [
      message('Open the app home.', '앱 메인 홈으로 갑니다.'),
      message('Tap the menu at the top right.', '우측 상단 메뉴를 누릅니다.'),
      message('Choose Customer Center.', '고객센터를 고릅니다.'),
      message('Choose Inquiry and describe the charge.', '문의하기를 골라 충전 내용을 적습니다.'),
    ],
    message(
      "A failed or uncredited cash charge not paid through a store is handled by KakaoPage's inquiry.",
      '스토어를 거치지 않은 결제의 캐시 충전 오류나 미충전은 카카오페이지 문의하기에서 처리합니다.',
    ),
  ),
} as const);

/**
 * Who handles a cash charge that failed or was paid but not credited: the store's own support when
 * it was paid through Google Play, Apple or ONE store; otherwise KakaoPage's inquiry (app home,
 * top-right menu, Customer Center, Inquiry).
 *
 * @param charge - `{ paidVia }`: `'google-play' | 'apple' | 'one-store' | 'kakaopage'`.
 * @returns frozen data naming the rule: `handledBy`, the `steps` and a message, in both languages.
 * @throws {RuleInputError} for an unknown `paidVia`.
 * @example
 * chargeSupportRoute({ paidVia: 'apple' }).handledBy        //=> 'apple-support'
 * chargeSupportRoute({ paidVia: 'kakaopage' }).steps.length //=> 4
 * @see kakaopage.charge-support
 */
export function chargeSupportRoute(charge: CashChargeInput): ChargeSupportRoute {
  return CHARGE_ROUTES[guardInput(CashChargeGuard, charge, 'chargeSupportRoute', ['charge']).paidVia];
}

const CASH_PASS_STEPS: CashPassSteps = /* @__PURE__ */ Object.freeze({
  rule: 'kakaopage.cash-pass',
  cancel: Object.freeze([
    message('Open the auto-charge management screen.', '자동충전 관리 화면을 엽니다.'),
    message('Tap [Cancel auto-charge] at the bottom right.', '우측 하단의 [자동충전 해지] 버튼을 누릅니다.'),
    message('Confirm with the button labelled "I\'ll give up".', "'포기할게요' 버튼을 눌러 해지를 확인합니다."),
  ]),
  change: Object.freeze([
    message(
      'Change the charge condition or the payment method while the membership is in use, from the Cash PASS membership itself (the help article does not name the screen).',
      '충전 조건이나 결제수단은 캐시 PASS 멤버십을 이용하는 중에 그 멤버십에서 바꿉니다(도움말은 화면을 밝히지 않습니다).',
    ),
  ]),
} as const);

/**
 * How to cancel Cash PASS membership (auto-charge): in the auto-charge management screen, [Cancel
 * auto-charge] at the bottom right, then the confirm button ("I'll give up"). How to change its charge
 * condition or payment method: while the membership is in use, from the membership; the source names
 * no screen for it, and neither does the library.
 *
 * @returns frozen steps naming the rule, in English and Korean.
 * @throws never (no input).
 * @example
 * cashPassSteps().cancel[1].en //=> 'Tap [Cancel auto-charge] at the bottom right.'
 * cashPassSteps().change.length //=> 1
 * @see kakaopage.cash-pass
 */
export function cashPassSteps(): CashPassSteps {
  return CASH_PASS_STEPS;
}
