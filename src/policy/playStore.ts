import { ok, parseInput, refusal, type Message, type Ok, type Refusal } from '../core/index.js';
import { FAMILY_LINK_URL, PLAY_STORE_MIN_ACCOUNT_AGE } from './constants.js';
import { PlayStoreInstallSchema, type PlayStoreInstallInput } from './schemas.js';

/** Why Google Play will not install or update KakaoTalk. */
export type PlayStoreRefusal =
  | Refusal<'account-under-12', 'policy.play-store-age', { readonly minimumAge: number }>
  | Refusal<'all-ages-content-only', 'policy.play-store-age', { readonly fix: Message }>;

const FIX: Message = /* @__PURE__ */ Object.freeze({
  en: `A parent opens Family Link (app or ${FAMILY_LINK_URL}), picks the child account, and changes its content restrictions for Google Play so KakaoTalk's rating is allowed.`,
  ko: `보호자가 Family Link 앱 또는 ${FAMILY_LINK_URL} 에서 자녀 계정을 고른 뒤 콘텐츠 제한의 Google Play 설정을 카카오톡 등급이 허용되도록 바꿉니다.`,
});
const UNDER_AGE: PlayStoreRefusal = /* @__PURE__ */ refusal(
  'policy.play-store-age',
  'account-under-12',
  `Google Play does not install or update KakaoTalk for a Google account under ${PLAY_STORE_MIN_ACCOUNT_AGE}.`,
  `만 ${PLAY_STORE_MIN_ACCOUNT_AGE}세 미만 구글 계정에서는 Google Play에서 카카오톡을 설치하거나 업데이트할 수 없습니다.`,
  { minimumAge: PLAY_STORE_MIN_ACCOUNT_AGE },
);
const ALL_AGES_ONLY: PlayStoreRefusal = /* @__PURE__ */ refusal(
  'policy.play-store-age',
  'all-ages-content-only',
  "This supervised account's Play download setting allows only all-ages content, so KakaoTalk cannot be installed or updated. " + FIX.en,
  '자녀 계정의 Play 다운로드 설정이 전체 이용가로 되어 있어 카카오톡을 설치하거나 업데이트할 수 없습니다. ' + FIX.ko,
  { fix: FIX },
);
const ALLOWED: Ok<undefined> = /* @__PURE__ */ Object.freeze(ok());

/**
 * Whether Google Play lets this Google account install or update KakaoTalk. It is blocked when the
 * account is under 12, or when a supervised (child) account's Play download setting allows only
 * all-ages content; for the latter a parent changes the content restrictions in Family Link. When
 * both hold, the age refusal comes first (changing the setting would not help).
 *
 * @param account `{ accountAge, supervised, contentRating? }`; `contentRating` ('all-ages', '12+',
 *   '15+', '18+') is required when supervised
 * @returns `{ ok: true }` or a refusal (`account-under-12`, `all-ages-content-only` with its `fix`)
 * @throws {RuleInputError} listing every bad field (negative or fractional age, missing rating...)
 * @example
 * playStoreInstallCheck({ accountAge: 14, supervised: true, contentRating: 'all-ages' }).code
 * //=> 'all-ages-content-only'
 * @see policy.play-store-age
 */
export function playStoreInstallCheck(account: PlayStoreInstallInput): Ok<undefined> | PlayStoreRefusal {
  const { accountAge, supervised, contentRating } = parseInput(PlayStoreInstallSchema, account, 'playStoreInstallCheck', ['account']);
  if (accountAge < PLAY_STORE_MIN_ACCOUNT_AGE) return UNDER_AGE;
  return supervised && contentRating === 'all-ages' ? ALL_AGES_ONLY : ALLOWED;
}
