import { ok, guardInput, type Ok, type Outcome } from '../core/index.js';
import { ACCOUNT_UNDER_12, ALL_AGES_CONTENT_ONLY, PLAY_STORE_MIN_ACCOUNT_AGE, type PlayStoreRefusal } from './rules.js';
import type { PlayStoreInstallInput } from './schemas.js';
import { PlayStoreInstallGuard } from './guards.generated.js';

const ALLOWED: Ok<undefined> = /* @__PURE__ */ Object.freeze(ok());

/**
 * Whether Google Play lets this Google account install or update KakaoTalk. It is blocked when the
 * account is under 12, or when a supervised (child) account's Play download setting allows only
 * all-ages content; for the latter a parent changes the content restrictions in Family Link. When
 * both hold, the age refusal comes first (changing the setting would not help).
 *
 * @param account `{ accountAge, supervised, contentRating? }`; `contentRating` ('all-ages', '12+',
 *   '15+', '18+') is required when supervised
 * @returns `{ ok: true }` or a refusal (`account-under-12` with `minimumAge`, `all-ages-content-only`
 *   with `fix: 'family-link-content-restrictions'` and the Family Link `url`)
 * @throws {RuleInputError} listing every bad field (negative or fractional age, missing rating...;
 *   paths start at `account`)
 * @example
 * checkPlayStoreInstall({ accountAge: 14, supervised: true, contentRating: 'all-ages' }).code
 * //=> 'all-ages-content-only'
 * checkPlayStoreInstall({ accountAge: 11, supervised: false }).minimumAge //=> 12
 * @see policy.play-store-age
 */
export function checkPlayStoreInstall(account: PlayStoreInstallInput): Outcome<undefined, PlayStoreRefusal> {
  const { accountAge, supervised, contentRating } = guardInput(
    PlayStoreInstallGuard,
    account,
    'checkPlayStoreInstall',
    ['account'],
  );
  if (accountAge < PLAY_STORE_MIN_ACCOUNT_AGE) return ACCOUNT_UNDER_12;
  return supervised && contentRating === 'all-ages' ? ALL_AGES_CONTENT_ONLY : ALLOWED;
}
