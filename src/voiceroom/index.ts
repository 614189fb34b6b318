/**
 * `kakao-rules/voiceroom`: not implemented yet; see the rule catalogue (`findRules('voiceroom')`).
 * @module
 */
export {};
