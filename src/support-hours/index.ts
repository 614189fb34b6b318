/**
 * `kakao-rules/support-hours`: not implemented yet; see the rule catalogue (`findRules('support-hours')`).
 * @module
 */
export {};
