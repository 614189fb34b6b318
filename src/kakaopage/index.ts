/**
 * `kakao-rules/kakaopage`: not implemented yet; see the rule catalogue (`findRules('kakaopage')`).
 * @module
 */
export {};
