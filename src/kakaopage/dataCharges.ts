import { guardInput } from '../core/index.js';
import { ContentNetworkGuard } from './guards.generated.js';
import type { ContentNetwork } from './schemas.js';
import type { ContentDataCharges } from './types.js';

const BY_NETWORK = /* @__PURE__ */ Object.freeze({
  wifi: Object.freeze({
    rule: 'kakaopage.data-charges',
    network: 'wifi',
    usesNetworkData: true,
    mobileDataCharges: false,
    message: Object.freeze({
      en: 'Streaming or downloading receives the content over the network; on Wi-Fi the mobile data plan is not used.',
      ko: '콘텐츠를 감상하거나 내려받으면 네트워크로 데이터를 받습니다. Wi-Fi에서는 모바일 데이터 요금제를 쓰지 않습니다.',
    }),
  } as const),
  mobile: Object.freeze({
    rule: 'kakaopage.data-charges',
    network: 'mobile',
    usesNetworkData: true,
    mobileDataCharges: true,
    message: Object.freeze({
      en: "Streaming or downloading receives the content over the network; on mobile data your carrier plan's data charges apply.",
      ko: '콘텐츠를 감상하거나 내려받으면 네트워크로 데이터를 받습니다. 모바일 데이터에서는 가입한 요금제의 데이터 통화료가 부과됩니다.',
    }),
  } as const),
});

/**
 * What streaming or downloading KakaoPage content costs in data: it always uses network data, and on
 * mobile data the carrier plan's data charges apply.
 *
 * @param connection - `{ network }`: `'wifi'` or `'mobile'`.
 * @returns frozen data naming the rule, with `mobileDataCharges` and a message in both languages.
 * @throws {RuleInputError} for an unknown network.
 * @example
 * contentDataCharges({ network: 'mobile' }).mobileDataCharges //=> true
 * contentDataCharges({ network: 'wifi' }).mobileDataCharges   //=> false
 * @see kakaopage.data-charges
 */
export function contentDataCharges(connection: ContentNetwork): ContentDataCharges {
  return BY_NETWORK[guardInput(ContentNetworkGuard, connection, 'contentDataCharges', ['connection']).network];
}
