/**
 * `kakao-rules/calls/schemas`: the zod schemas of the calls inputs, the single source of their types.
 * @module kakao-rules/calls/schemas
 */
import { z } from 'zod';
import { defineSchema } from '../core/index.js';
import { CALL_KINDS, CALL_NETWORKS, CALL_TEST_RESULTS, LIVE_TALK_CHAT_KINDS } from './rules.js';

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

/** What `checkCall` takes: the call kind and whether the two people are friends (see {@link CallSchema}). */
export type CallInput = z.input<typeof CallSchema>;
/** What `callCharges` takes: the network and whether the caller is abroad (see {@link CallChargesSchema}). */
export type CallChargesInput = z.input<typeof CallChargesSchema>;
/** What `diagnoseCallTrouble` takes: the result of a call on Wi-Fi and of one off it (see {@link CallTroubleSchema}). */
export type CallTroubleInput = z.input<typeof CallTroubleSchema>;
/** What `checkLiveTalkStart` takes: the chat the LiveTalk would start in (see {@link LiveTalkStartSchema}). */
export type LiveTalkStartInput = z.input<typeof LiveTalkStartSchema>;
/** What `checkLiveTalkJoin` takes: how many take part now, the broadcaster included (see {@link LiveTalkJoinSchema}). */
export type LiveTalkJoinInput = z.input<typeof LiveTalkJoinSchema>;
