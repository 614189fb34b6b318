/**
 * The numbers and fixed lists of the `policy.*` rules, named.
 * @module
 */

/**
 * The restriction levels, least to most severe (`policy.severity-order`). The index is the rank.
 *
 * @example
 * RESTRICTION_LEVELS.indexOf('temporary-restriction') //=> 3
 * @see policy.severity-order
 */
export const RESTRICTION_LEVELS = [
  'none',
  'user-protection',
  'temporary-measure',
  'temporary-restriction',
  'permanent-restriction',
] as const;

/** A restriction level, e.g. `'user-protection'`. @see policy.severity-order */
export type RestrictionLevel = (typeof RESTRICTION_LEVELS)[number];

/**
 * Each level's name in both languages, the Korean as Kakao writes it.
 *
 * @example
 * RESTRICTION_NAMES['user-protection'].ko //=> '이용자 보호조치'
 * @see policy.severity-order
 */
export const RESTRICTION_NAMES = /* @__PURE__ */ Object.freeze({
  none: Object.freeze({ en: 'no measure', ko: '조치 없음' }),
  'user-protection': Object.freeze({ en: 'user protection measure', ko: '이용자 보호조치' }),
  'temporary-measure': Object.freeze({ en: 'temporary measure', ko: '임시조치' }),
  'temporary-restriction': Object.freeze({ en: 'temporary restriction', ko: '일시적 이용제한' }),
  'permanent-restriction': Object.freeze({ en: 'permanent restriction', ko: '영구 이용제한' }),
}) satisfies Readonly<Record<RestrictionLevel, { readonly en: string; readonly ko: string }>>;

/**
 * The four parts of an identity document that must be masked before it is sent as proof.
 *
 * @example
 * ID_MASK_FIELDS.length //=> 4
 * @see policy.id-masking
 */
export const ID_MASK_FIELDS = ['resident-number-back-digits', 'address', 'issue-date', 'photo'] as const;

/** A part of an identity document that must be masked. @see policy.id-masking */
export type IdMaskField = (typeof ID_MASK_FIELDS)[number];

/**
 * Google Play blocks installing or updating KakaoTalk for a Google account younger than this (years).
 *
 * @example
 * PLAY_STORE_MIN_ACCOUNT_AGE //=> 12
 * @see policy.play-store-age
 */
export const PLAY_STORE_MIN_ACCOUNT_AGE = 12;

/**
 * Where the affected member inquires about their own status (the website inquiry form).
 *
 * @example
 * POLICY_INQUIRY_URL //=> 'https://cs.kakao.com/requests'
 * @see policy.third-party-inquiry
 */
export const POLICY_INQUIRY_URL = 'https://cs.kakao.com/requests';

/**
 * Where a parent changes a supervised account's Play content restrictions.
 *
 * @example
 * FAMILY_LINK_URL //=> 'https://familylink.google.com/'
 * @see policy.play-store-age
 */
export const FAMILY_LINK_URL = 'https://familylink.google.com/';
