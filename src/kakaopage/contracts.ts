import { guardInput, ok, type Outcome } from '../core/index.js';
import { AGREEMENT_REQUIRED, type ContractTransferRefusal } from './rules.js';
import { ContractTransferGuard } from './guards.generated.js';
import type { ContractTransferInput } from './schemas.js';
import type { ContractTransferNextStep, PageGoConversionRequirements } from './types.js';

const TRANSFER_NEXT_STEP = /* @__PURE__ */ Object.freeze(
  ok(
    Object.freeze({
      separateFromPaidContract: true,
      paidContractCpMayDiffer: true,
      message: Object.freeze({
        en: 'With the CP and the author agreed, contact KakaoPage to move the contract to the CP. The Stage contract is separate from a KakaoPage paid-serialization contract, and their CPs may differ.',
        ko: 'CP와 작가가 합의했다면 카카오페이지에 연락해 계약을 CP로 옮기세요. 스테이지 계약은 카카오페이지 유료 연재 계약과 별개이며, 두 계약의 CP는 다를 수 있습니다.',
      }),
    } as const),
  ),
);

/**
 * Checks whether a personal StageON or PageGO contract can move to a CP (content provider): only once
 * the CP and the author have agreed, after which KakaoPage is contacted. The Stage contract stays
 * separate from a paid-serialization contract, whose CP may differ.
 *
 * @param transfer - `{ agreedByCpAndAuthor }`.
 * @returns a frozen `{ ok: true, value: { separateFromPaidContract, paidContractCpMayDiffer, message } }`
 *   (the next step) or the refusal `agreement-required`.
 * @throws {RuleInputError} when `agreedByCpAndAuthor` is not a boolean.
 * @example
 * checkContractTransfer({ agreedByCpAndAuthor: true }).ok    //=> true
 * checkContractTransfer({ agreedByCpAndAuthor: false }).code //=> 'agreement-required'
 * @see kakaopage.stage-contracts
 */
export function checkContractTransfer(
  transfer: ContractTransferInput,
): Outcome<ContractTransferNextStep, ContractTransferRefusal> {
  return guardInput(ContractTransferGuard, transfer, 'checkContractTransfer', ['transfer']).agreedByCpAndAuthor
    ? TRANSFER_NEXT_STEP
    : AGREEMENT_REQUIRED;
}

const PAGE_GO_REQUIREMENTS: PageGoConversionRequirements = /* @__PURE__ */ Object.freeze({
  rule: 'kakaopage.pagego-exclusive',
  convertsAt: Object.freeze(['season-complete', 'work-complete'] as const),
  kakaoPageExclusiveMandatory: true,
  kakaoPagePromotion: true,
  message: Object.freeze({
    en: 'PageGO converts a Stage work to paid serialization with KakaoPage promotion, when a season or the whole work is complete; KakaoPage-exclusive serialization is mandatory for the first paid run. The PageGO contract is separate from the paid-service contract.',
    ko: '페이지GO는 스테이지 작품을 시즌 또는 전체 완결 시점에 카카오페이지 프로모션과 함께 유료 연재로 전환하며, 1차 유료 연재는 카카오페이지 독점이 필수입니다. 페이지GO 계약은 유료 서비스 계약과 별개입니다.',
  }),
} as const);

/**
 * What a PageGO paid conversion involves: it happens when a season or the whole work is complete, it
 * comes with KakaoPage promotion, and KakaoPage-exclusive serialization is mandatory for the first
 * paid run.
 *
 * @returns frozen data naming the rule, with a message in English and Korean.
 * @throws never (no input).
 * @example
 * pageGoConversionRequirements().kakaoPageExclusiveMandatory //=> true
 * pageGoConversionRequirements().convertsAt                 //=> ['season-complete', 'work-complete']
 * @see kakaopage.pagego-exclusive
 */
export function pageGoConversionRequirements(): PageGoConversionRequirements {
  return PAGE_GO_REQUIREMENTS;
}
