import { guardInput, type Message } from '../core/index.js';
import type { CallNetwork } from './rules.js';
import type { CallChargesInput } from './schemas.js';
import { CallChargesGuard } from './guards.generated.js';

/** Who charges what for a VoiceTalk or FaceTalk call. */
export interface CallCharges {
  readonly network: CallNetwork;
  readonly abroad: boolean;
  /** Always `false`: Kakao never charges a call fee, at home or abroad. */
  readonly callFee: false;
  /**
   * `'carrier-data-plan'`: on mobile data the caller's carrier data plan applies and data charges may
   * apply; `'not-from-carrier-plan'`: on Wi-Fi nothing is drawn from the carrier plan.
   */
  readonly dataCharges: 'carrier-data-plan' | 'not-from-carrier-plan';
  /** On mobile data, calls work within the plan's mVoIP allowance, and both parties' plans matter. */
  readonly mvoipAllowanceApplies: boolean;
  /** Always `true`: Wi-Fi is recommended. */
  readonly wifiRecommended: true;
  readonly rules: readonly ('calls.no-voice-fee' | 'calls.mvoip-allowance')[];
  readonly message: Message;
}

const WIFI = {
  callFee: false,
  dataCharges: 'not-from-carrier-plan',
  mvoipAllowanceApplies: false,
  wifiRecommended: true,
  rules: Object.freeze(['calls.no-voice-fee'] as const),
  message: Object.freeze({
    en: 'No call fee, and on Wi-Fi nothing is drawn from your carrier data plan.',
    ko: '통화료는 없고, Wi-Fi에서는 통신사 데이터 요금제가 쓰이지 않습니다.',
  }),
} as const;
const MOBILE = {
  callFee: false,
  dataCharges: 'carrier-data-plan',
  mvoipAllowanceApplies: true,
  wifiRecommended: true,
  rules: Object.freeze(['calls.no-voice-fee', 'calls.mvoip-allowance'] as const),
  message: Object.freeze({
    en: "No call fee, but your carrier data plan applies and data charges may apply; calls work within the plan's mVoIP allowance (the other party's plan matters too). Wi-Fi is recommended.",
    ko: '통화료는 없지만 통신사 데이터 요금제가 적용되어 데이터 요금이 나올 수 있고, 요금제의 mVoIP 허용량 안에서 통화됩니다(상대방 요금제도 영향). Wi-Fi를 권합니다.',
  }),
} as const;

const TABLE: Readonly<Record<CallNetwork, readonly [home: CallCharges, abroad: CallCharges]>> =
  /* @__PURE__ */ Object.freeze({
    wifi: Object.freeze([
      Object.freeze({ network: 'wifi', abroad: false, ...WIFI }),
      Object.freeze({ network: 'wifi', abroad: true, ...WIFI }),
    ] as const),
    mobile: Object.freeze([
      Object.freeze({ network: 'mobile', abroad: false, ...MOBILE }),
      Object.freeze({ network: 'mobile', abroad: true, ...MOBILE }),
    ] as const),
  });

/**
 * Who charges what for a VoiceTalk or FaceTalk call. No call fee is ever charged; the caller's
 * carrier data plan applies, at home and abroad alike: on mobile data, data charges may apply (within
 * the plan's mVoIP allowance), on Wi-Fi nothing comes from the carrier plan. Wi-Fi is recommended.
 *
 * @param call `{ network: 'wifi' | 'mobile', abroad }`
 * @returns frozen plain data; being abroad changes nothing
 * @throws {RuleInputError} listing every bad field
 * @example
 * callCharges({ network: 'mobile', abroad: true }).dataCharges //=> 'carrier-data-plan'
 * @see calls.no-voice-fee
 * @see calls.mvoip-allowance
 */
export function callCharges(call: CallChargesInput): CallCharges {
  const { network, abroad } = guardInput(CallChargesGuard, call, 'callCharges', ['call']);
  return TABLE[network][abroad ? 1 : 0];
}
