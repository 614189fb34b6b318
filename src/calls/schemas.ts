import { z } from 'zod';
import { defineSchema } from '../core/index.js';

/**
 * The call kinds: VoiceTalk (voice) and FaceTalk (video).
 *
 * @example
 * CALL_KINDS //=> ['voice', 'video']
 */
export const CALL_KINDS = ['voice', 'video'] as const;

/**
 * Input of `checkCall`.
 *
 * @example
 * CallSchema.safeParse({ kind: 'voice', areFriends: true }).success //=> true
 * @see calls.friends-only
 */
export const CallSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    kind: z.enum(CALL_KINDS),
    areFriends: z.boolean(),
  }),
);

/**
 * The networks a call runs on: Wi-Fi, or the carrier's mobile data (3G/LTE).
 *
 * @example
 * CALL_NETWORKS //=> ['wifi', 'mobile']
 */
export const CALL_NETWORKS = ['wifi', 'mobile'] as const;

/**
 * Input of `callCharges`.
 *
 * @example
 * CallChargesSchema.safeParse({ network: 'lte', abroad: false }).success //=> false
 * @see calls.no-voice-fee
 */
export const CallChargesSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    network: z.enum(CALL_NETWORKS),
    abroad: z.boolean(),
  }),
);

/**
 * The result of a test call: it worked, it failed, or it was not tried yet.
 *
 * @example
 * CALL_TEST_RESULTS //=> ['works', 'fails', 'untested']
 */
export const CALL_TEST_RESULTS = ['works', 'fails', 'untested'] as const;

/**
 * Input of `diagnoseCallTrouble`: a call with both parties on Wi-Fi, and one off Wi-Fi.
 *
 * @example
 * CallTroubleSchema.safeParse({ bothOnWifi: 'works', offWifi: 'untested' }).success //=> true
 * @see calls.carrier-block-test
 */
export const CallTroubleSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    bothOnWifi: z.enum(CALL_TEST_RESULTS),
    offWifi: z.enum(CALL_TEST_RESULTS),
  }),
);

/**
 * The chat kinds LiveTalk distinguishes: a group chat, or a 1:1 chat.
 *
 * @example
 * LIVE_TALK_CHAT_KINDS //=> ['group', 'one-to-one']
 */
export const LIVE_TALK_CHAT_KINDS = ['group', 'one-to-one'] as const;

/**
 * Input of `checkLiveTalkStart`.
 *
 * @example
 * LiveTalkStartSchema.safeParse({ chat: { kind: 'group' } }).success //=> true
 * @see calls.livetalk
 */
export const LiveTalkStartSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    chat: z.object({ kind: z.enum(LIVE_TALK_CHAT_KINDS) }),
  }),
);

/**
 * Input of `checkLiveTalkJoin`: how many take part now, the broadcaster included (at least 1).
 *
 * @example
 * LiveTalkJoinSchema.safeParse({ participantCount: 0 }).success //=> false
 * @see calls.livetalk
 */
export const LiveTalkJoinSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    participantCount: z.int().min(1),
  }),
);

export type CallKind = (typeof CALL_KINDS)[number];
export type CallInput = z.input<typeof CallSchema>;
export type CallNetwork = (typeof CALL_NETWORKS)[number];
export type CallChargesInput = z.input<typeof CallChargesSchema>;
export type CallTestResult = (typeof CALL_TEST_RESULTS)[number];
export type CallTroubleInput = z.input<typeof CallTroubleSchema>;
export type LiveTalkChatKind = (typeof LIVE_TALK_CHAT_KINDS)[number];
export type LiveTalkStartInput = z.input<typeof LiveTalkStartSchema>;
export type LiveTalkJoinInput = z.input<typeof LiveTalkJoinSchema>;
