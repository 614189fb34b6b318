/**
 * The CommonJS build's one bundle: every export of every entry point. Each `require('kakao-rules/…')`
 * file re-exports its own names from it (scripts/cjs-entries.mjs), so every subpath shares one copy
 * of the library: a voice room loaded through `kakao-rules/voiceroom/schemas` is the same class that
 * `kakao-rules/voiceroom` works on. Not a public entry point.
 * @internal
 * @module
 */
export * from './index.js';
export * from './schemas.js';
