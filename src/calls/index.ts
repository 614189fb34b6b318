/**
 * `kakao-rules/calls`: not implemented yet; see the rule catalogue (`findRules('calls')`).
 * @module
 */
export {};
