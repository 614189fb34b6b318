/**
 * `kakao-rules/calls`: VoiceTalk and FaceTalk (friends only, what they cost, the troubleshooting order
 * and the carrier-block test) and LiveTalk (group chats, 40 people).
 * @module
 */
export * from './constants.js';
export * from './schemas.js';
export * from './friendsOnly.js';
export * from './charges.js';
export * from './trouble.js';
export * from './liveTalk.js';
