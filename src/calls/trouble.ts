import { isRecord, rejectGuard, type Message, message } from '../core/index.js';
import { CALL_TEST_RESULTS, type CallTestResult } from './rules.js';
import type { CallTroubleInput } from './schemas.js';
import { CallTroubleGuard } from './guards.generated.js';

/** The likely cause of call trouble, as far as the carrier-block test tells. */
export type CallTroubleCause = 'carrier-block-or-limit' | 'not-the-carrier-plan' | 'no-block-found' | 'undetermined';

/** What to do next. */
export type CallTroubleStep =
  | 'test-both-on-wifi'
  | 'test-off-wifi'
  | 'check-carrier-plan'
  | 'contact-kakao-support'
  | 'check-network-quality';

/** The carrier-block test's reading of two test calls. */
export interface CallTroubleDiagnosis {
  readonly likelyCause: CallTroubleCause;
  readonly nextStep: CallTroubleStep;
  readonly rule: 'calls.carrier-block-test' | 'calls.network-quality';
  readonly message: Message;
}

type Entry = readonly [CallTroubleCause, CallTroubleStep, CallTroubleDiagnosis['rule'], string, string];

const WIFI_FIRST: Entry = [
  'undetermined',
  'test-both-on-wifi',
  'calls.carrier-block-test',
  'Try a call with both parties on Wi-Fi first.',
  '먼저 양쪽 모두 Wi-Fi에 연결한 상태에서 통화해 보세요.',
];
const SUPPORT: Entry = [
  'not-the-carrier-plan',
  'contact-kakao-support',
  'calls.carrier-block-test',
  'The call fails even with both parties on Wi-Fi, so the carrier plan is not the cause: contact Kakao customer support.',
  '양쪽 모두 Wi-Fi에서도 통화가 안 되므로 요금제 문제가 아닙니다. 카카오 고객센터로 문의해 주세요.',
];
const CARRIER: Entry = [
  'carrier-block-or-limit',
  'check-carrier-plan',
  'calls.carrier-block-test',
  "Calls work on Wi-Fi but fail off it: the carrier is probably blocking or limiting them. Ask the carrier about the plan's mVoIP allowance (both parties).",
  'Wi-Fi에서는 되고 그 밖에서는 안 되므로 통신사 차단·제한일 가능성이 높습니다. 통신사에 요금제의 mVoIP 허용량을 문의하세요(양쪽 모두).',
];
const OFF_WIFI: Entry = [
  'undetermined',
  'test-off-wifi',
  'calls.carrier-block-test',
  'Calls work on Wi-Fi: now try one off Wi-Fi (mobile data) to see whether the carrier blocks them.',
  'Wi-Fi에서는 통화가 됩니다. 이제 Wi-Fi가 아닌 모바일 데이터로 통화해 통신사 차단 여부를 확인하세요.',
];
const NETWORK: Entry = [
  'no-block-found',
  'check-network-quality',
  'calls.network-quality',
  "No block found: calls work both ways. A call drops when either side's network is poor: avoid moving, public Wi-Fi and firewalls, and check for dead zones on mobile data.",
  '차단은 없습니다. 어느 한쪽의 네트워크가 불안정하면 끊길 수 있으니 이동 중, 공용 Wi-Fi, 방화벽을 피하고 모바일 데이터라면 음영 지역인지 확인하세요.',
];

const TABLE: Readonly<Record<CallTestResult, Readonly<Record<CallTestResult, Entry>>>> = {
  untested: { works: WIFI_FIRST, fails: WIFI_FIRST, untested: WIFI_FIRST },
  fails: { works: SUPPORT, fails: SUPPORT, untested: SUPPORT },
  works: { fails: CARRIER, untested: OFF_WIFI, works: NETWORK },
};

const DIAGNOSES = /* @__PURE__ */ new Map<unknown, ReadonlyMap<unknown, CallTroubleDiagnosis>>(
  CALL_TEST_RESULTS.map((wifi) => [
    wifi,
    new Map(
      CALL_TEST_RESULTS.map((off) => {
        const [likelyCause, nextStep, rule, en, ko] = TABLE[wifi][off];
        return [off, Object.freeze({ likelyCause, nextStep, rule, message: message(en, ko) })];
      }),
    ),
  ]),
);

/**
 * The carrier-block test: call with both parties on Wi-Fi. Works on Wi-Fi but fails off it: the
 * carrier is likely blocking or limiting. Fails even with both on Wi-Fi: contact Kakao customer
 * support. Not tried on Wi-Fi yet: run that test first. Works both ways: no block, look at the
 * network quality on either side.
 *
 * @param tests `{ bothOnWifi, offWifi }`, each `'works' | 'fails' | 'untested'`
 * @returns frozen plain data: the likely cause, the next step, the rule and a message
 * @throws {RuleInputError} listing every bad field
 * @example
 * diagnoseCallTrouble({ bothOnWifi: 'works', offWifi: 'fails' }).likelyCause //=> 'carrier-block-or-limit'
 * @see calls.carrier-block-test
 */
export function diagnoseCallTrouble(tests: CallTroubleInput): CallTroubleDiagnosis {
  let found: CallTroubleDiagnosis | undefined;
  try {
    // Stryker disable next-line OptionalChaining: without ?. an unknown bothOnWifi throws a TypeError here, which the catch turns into the same guard report
    found = isRecord(tests) ? DIAGNOSES.get(tests.bothOnWifi)?.get(tests.offWifi) : undefined;
  } catch {
    // unreadable input: the guard below reports it
  }
  return found ?? rejectGuard(CallTroubleGuard, tests, 'diagnoseCallTrouble', ['tests']);
}

/** One step of the documented troubleshooting order. */
export interface CallTroubleshootingStep {
  /** 1-based position in the documented order. */
  readonly order: number;
  readonly id: 'check-network' | 'check-carrier-plan' | 'carrier-block-test';
  /** Always both: check your own side and the other party's. */
  readonly parties: readonly ['self', 'other-party'];
  /** The step in both languages. */
  readonly message: Message;
  readonly rule: 'calls.troubleshoot-order' | 'calls.carrier-block-test';
  /** The rules the step checks. */
  readonly concerns: readonly ('calls.network-quality' | 'calls.mvoip-allowance' | 'calls.carrier-block-test')[];
}

const BOTH = Object.freeze(['self', 'other-party'] as const);
const STEPS: readonly CallTroubleshootingStep[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({
    order: 1,
    id: 'check-network',
    parties: BOTH,
    message: Object.freeze({
      en: 'Check the network you are on: call where the connection is good. Public Wi-Fi can be unstable, a firewall can block calls, and on mobile data check for a dead zone.',
      ko: '접속 중인 네트워크를 확인합니다. 연결이 좋은 곳에서 통화하세요. 공용 Wi-Fi는 불안정할 수 있고 방화벽이 막을 수 있으며, 모바일 데이터라면 음영 지역인지 확인합니다.',
    }),
    rule: 'calls.troubleshoot-order',
    concerns: Object.freeze(['calls.network-quality'] as const),
  }),
  Object.freeze({
    order: 2,
    id: 'check-carrier-plan',
    parties: BOTH,
    message: Object.freeze({
      en: "Check the carrier plan: on 3G/LTE a plan can block calls, which work only within its mVoIP data allowance. Ask the carrier's customer center for the allowance.",
      ko: '통신사 요금제를 확인합니다. 3G/LTE에서는 요금제에 따라 통화가 막힐 수 있고 mVoIP 허용량 안에서만 됩니다. 허용량은 가입한 통신사 고객센터에 문의합니다.',
    }),
    rule: 'calls.troubleshoot-order',
    concerns: Object.freeze(['calls.mvoip-allowance'] as const),
  }),
  Object.freeze({
    order: 3,
    id: 'carrier-block-test',
    parties: BOTH,
    message: Object.freeze({
      en: 'To tell whether the carrier blocks calls, call with both parties on Wi-Fi (see diagnoseCallTrouble).',
      ko: '통신사 차단 여부는 양쪽 모두 Wi-Fi에 연결해 통화해 보면 알 수 있습니다(diagnoseCallTrouble 참고).',
    }),
    rule: 'calls.carrier-block-test',
    concerns: Object.freeze(['calls.carrier-block-test'] as const),
  }),
]);

/**
 * What to check, in the documented order, when a "network is unstable" message appears: (1) the
 * network you are on (public Wi-Fi, firewall, dead zone), (2) the carrier plan's mVoIP allowance,
 * then (3) the carrier-block test. Every step applies to your side and the other party's.
 *
 * @returns frozen plain data; each step names its rule id
 * @example
 * callTroubleshootingSteps().map((s) => s.id) //=> ['check-network', 'check-carrier-plan', 'carrier-block-test']
 * callTroubleshootingSteps()[1].message.en.startsWith('Check the carrier plan') //=> true
 * @see calls.troubleshoot-order
 * @see calls.network-quality
 */
export function callTroubleshootingSteps(): readonly CallTroubleshootingStep[] {
  return STEPS;
}
