/**
 * `kakao-rules/calls`: VoiceTalk and FaceTalk (friends only, what they cost, the troubleshooting order
 * and the carrier-block test) and LiveTalk (group chats, 40 people).
 * The zod schemas of the inputs are in `kakao-rules/calls/schemas` (and `kakao-rules/schemas`), so
 * that this entry point does not load zod.
 * @module kakao-rules/calls
 */
export {
  CALLS_RULES,
  CALLS_REFUSAL_CODES,
  LIVE_TALK_MAX_PARTICIPANTS,
  CALL_KINDS,
  CALL_NETWORKS,
  CALL_TEST_RESULTS,
  LIVE_TALK_CHAT_KINDS,
  type CallKind,
  type CallNetwork,
  type CallTestResult,
  type LiveTalkChatKind,
  type CallRefusalCode,
  type CallsRefusalCode,
  type CallRefusal,
  type LiveTalkStartRefusal,
  type LiveTalkJoinRefusal,
} from './rules.js';
export type {
  CallInput,
  CallChargesInput,
  CallTroubleInput,
  LiveTalkStartInput,
  LiveTalkJoinInput,
} from './schemas.js';
export { checkCall, type CallValue } from './friendsOnly.js';
export { callCharges, type CallCharges } from './charges.js';
export {
  diagnoseCallTrouble,
  callTroubleshootingSteps,
  type CallTroubleCause,
  type CallTroubleStep,
  type CallTroubleDiagnosis,
  type CallTroubleshootingStep,
} from './trouble.js';
export {
  checkLiveTalkStart,
  checkLiveTalkJoin,
  liveTalkSteps,
  type LiveTalkJoinValue,
  type LiveTalkStep,
  type LiveTalkSteps,
} from './liveTalk.js';
