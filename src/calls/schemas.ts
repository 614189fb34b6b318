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

/** A call kind, one of {@link CALL_KINDS}: `'voice'` (VoiceTalk) or `'video'` (FaceTalk). */
export type CallKind = (typeof CALL_KINDS)[number];
/** What {@link checkCall} takes: the call kind and whether the two people are friends (see {@link CallSchema}). */
export type CallInput = z.input<typeof CallSchema>;
/** A network, one of {@link CALL_NETWORKS}: `'wifi'` or `'mobile'`. */
export type CallNetwork = (typeof CALL_NETWORKS)[number];
/** What {@link callCharges} takes: the network and whether the caller is abroad (see {@link CallChargesSchema}). */
export type CallChargesInput = z.input<typeof CallChargesSchema>;
/** How a test call went, one of {@link CALL_TEST_RESULTS}. */
export type CallTestResult = (typeof CALL_TEST_RESULTS)[number];
/** What {@link diagnoseCallTrouble} takes: the result of a call on Wi-Fi and of one off it (see {@link CallTroubleSchema}). */
export type CallTroubleInput = z.input<typeof CallTroubleSchema>;
/** A chat kind LiveTalk tells apart, one of {@link LIVE_TALK_CHAT_KINDS}. */
export type LiveTalkChatKind = (typeof LIVE_TALK_CHAT_KINDS)[number];
/** What {@link checkLiveTalkStart} takes: the chat the LiveTalk would start in (see {@link LiveTalkStartSchema}). */
export type LiveTalkStartInput = z.input<typeof LiveTalkStartSchema>;
/** What {@link checkLiveTalkJoin} takes: how many take part now, the broadcaster included (see {@link LiveTalkJoinSchema}). */
export type LiveTalkJoinInput = z.input<typeof LiveTalkJoinSchema>;
