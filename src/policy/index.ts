/**
 * `kakao-rules/policy`: not implemented yet; see the rule catalogue (`findRules('policy')`).
 * @module
 */
export {};
