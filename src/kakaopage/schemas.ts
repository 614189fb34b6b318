/**
 * `kakao-rules/kakaopage/schemas`: the zod schemas of the kakaopage inputs, the single source of their types.
 * @module kakao-rules/kakaopage/schemas
 */
import { z } from 'zod';
import { defineSchema } from '../core/index.js';
import { InstantSchema } from '../core/schemas.js';
import { KAKAOPAGE_MAX_BATCH } from './rules.js';

/**
 * `kakaopage.new-author`: when the author's nickname was created, the work's first episode
 * published, and (optionally, defaulting to the publication) that episode registered.
 */
export const NewAuthorWorkSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    nicknameCreatedAt: InstantSchema,
    firstEpisodeAt: InstantSchema,
    firstEpisodeRegisteredAt: InstantSchema.optional(),
  }),
);
/** Input of the new-author functions: `{ nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }` (instants). */
export type NewAuthorWorkInput = z.input<typeof NewAuthorWorkSchema>;

/** The option of every window function (`kakaopage.new-work`, `kakaopage.new-author`): `{ clock? }`. */
export const KakaoPageWindowOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.strictObject({ clock: z.enum(['elapsed', 'kst-calendar-days']).optional() }),
);

/** StageON genres whose limit depends on the length (romance and BL). */
export const StageOnLengthGenreSchema = /* @__PURE__ */ defineSchema(() => z.enum(['romance', 'bl']));
/** StageON genres with one limit whatever the length. */
export const StageOnSingleLimitGenreSchema = /* @__PURE__ */ defineSchema(() =>
  z.enum(['fantasy', 'martial-arts', 'modern-fantasy', 'romance-fantasy', 'free']),
);
/** A StageON genre. */
export type StageOnGenre = z.infer<typeof StageOnLengthGenreSchema> | z.infer<typeof StageOnSingleLimitGenreSchema>;
/** A romance or BL work's length: mid-length (중편) or long (장편). */
export const StageOnLengthSchema = /* @__PURE__ */ defineSchema(() => z.enum(['mid', 'long']));
/** `'mid' | 'long'`. */
export type StageOnLength = z.infer<typeof StageOnLengthSchema>;

/**
 * `kakaopage.stage-on-limits`: a StageON work as its limit needs it. `length` is required for romance
 * and BL and must be absent for every other genre (one limit there; a length given for romance fantasy
 * would hide the source's ambiguity, so it is bad input rather than silently ignored).
 */
export const StageOnWorkSchema = /* @__PURE__ */ defineSchema(() =>
  z.discriminatedUnion('genre', [
    z.object({ genre: StageOnLengthGenreSchema, length: StageOnLengthSchema }),
    z.object({
      genre: StageOnSingleLimitGenreSchema,
      length: z.undefined({ error: 'length applies to romance and bl only; leave it out for this genre' }).optional(),
    }),
  ]),
);
/** `{ genre, length? }`: `length` for romance and BL only. */
export type StageOnWorkInput = z.input<typeof StageOnWorkSchema>;

/** `kakaopage.stage-on-limits`: a StageON work and the number of an episode (a positive integer). */
export const StageOnEpisodeSchema = /* @__PURE__ */ defineSchema(() =>
  z.intersection(StageOnWorkSchema, z.object({ episodeNumber: z.int().positive() })),
);
/** `{ genre, length?, episodeNumber }`. */
export type StageOnEpisodeInput = z.input<typeof StageOnEpisodeSchema>;

/**
 * `kakaopage.stage-messages`: who takes part in Stage messaging. `publisher` is a publisher or
 * management company (출판/매니지먼트), `author-member` an individual member who registered a work,
 * `member` an individual member who registered none.
 */
export const StageMessagePartySchema = /* @__PURE__ */ defineSchema(() =>
  z.enum(['publisher', 'author-member', 'member']),
);
/** `'publisher' | 'author-member' | 'member'`. */
export type StageMessageParty = z.infer<typeof StageMessagePartySchema>;
/** A message about to be sent: its sender, and who sent the first message of its thread (`null` for a new thread). */
export const StageMessageSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    sender: StageMessagePartySchema,
    threadStartedBy: StageMessagePartySchema.nullable(),
  }),
);
/** `{ sender, threadStartedBy }`. */
export type StageMessageInput = z.input<typeof StageMessageSchema>;

/** `kakaopage.stage-contracts`: a request to move a personal StageON or PageGO contract to a CP. */
export const ContractTransferSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({ agreedByCpAndAuthor: z.boolean() }),
);
/** `{ agreedByCpAndAuthor }`. */
export type ContractTransferInput = z.input<typeof ContractTransferSchema>;

/** `kakaopage.bulk-purchase`: buying several episodes at once, to own (소장) or to rent (대여). */
export const BulkPurchaseSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    sellsOwnershipTickets: z.boolean(),
    mode: z.enum(['own', 'rent']),
  }),
);
/** `{ sellsOwnershipTickets, mode }`. */
export type BulkPurchaseInput = z.input<typeof BulkPurchaseSchema>;

/** `kakaopage.charge-support`: where a failed or uncredited cash charge was paid. */
export const CashChargeSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    paidVia: z.enum(['google-play', 'apple', 'one-store', 'kakaopage']),
  }),
);
/** `{ paidVia }`. */
export type CashChargeInput = z.input<typeof CashChargeSchema>;

/** `kakaopage.data-charges`: the network content is streamed or downloaded over. */
export const ContentNetworkSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({ network: z.enum(['wifi', 'mobile']) }),
);
/** `{ network }`. */
export type ContentNetwork = z.input<typeof ContentNetworkSchema>;

/**
 * `kakaopage.report`: a content report. `postId` names the reported post (a work or an episode, as
 * the service identifies it), `reason` the reporter's reason, `episodeNumbers` the episodes concerned.
 * An empty reason or list is a refusal, not bad input: it is what the reporter left out. The list
 * holds at most `KAKAOPAGE_MAX_BATCH` numbers (a cap of the library).
 */
export const ContentReportSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    postId: z.string().min(1),
    reason: z.string(),
    episodeNumbers: z.array(z.int().positive()).max(KAKAOPAGE_MAX_BATCH),
  }),
);
/** `{ postId, reason, episodeNumbers }`. */
export type ContentReportInput = z.input<typeof ContentReportSchema>;

/**
 * The same reporter's earlier reports: only their `postId` matters (other fields are ignored). At most
 * `KAKAOPAGE_MAX_BATCH` reports (a cap of the library).
 */
export const EarlierReportsSchema = /* @__PURE__ */ defineSchema(() =>
  z.array(z.object({ postId: z.string().min(1) })).max(KAKAOPAGE_MAX_BATCH),
);
/** `{ postId }[]`. */
export type EarlierReports = z.input<typeof EarlierReportsSchema>;

// Names of 0.2.0, kept for one minor version (CONTRIBUTING: one naming scheme).
/** @deprecated Use {@link NewAuthorWorkInput}; this 0.2.0 name is removed in 0.4.0. */
export type NewAuthorWork = NewAuthorWorkInput;
/** @deprecated Use {@link StageOnWorkInput}; this 0.2.0 name is removed in 0.4.0. */
export type StageOnWork = StageOnWorkInput;
/** @deprecated Use {@link StageOnEpisodeInput}; this 0.2.0 name is removed in 0.4.0. */
export type StageOnEpisode = StageOnEpisodeInput;
/** @deprecated Use {@link StageMessageInput}; this 0.2.0 name is removed in 0.4.0. */
export type StageMessage = StageMessageInput;
/** @deprecated Use {@link ContractTransferInput}; this 0.2.0 name is removed in 0.4.0. */
export type ContractTransfer = ContractTransferInput;
/** @deprecated Use {@link BulkPurchaseInput}; this 0.2.0 name is removed in 0.4.0. */
export type BulkPurchase = BulkPurchaseInput;
/** @deprecated Use {@link CashChargeInput}; this 0.2.0 name is removed in 0.4.0. */
export type CashCharge = CashChargeInput;
/** @deprecated Use {@link ContentReportInput}; this 0.2.0 name is removed in 0.4.0. */
export type ContentReport = ContentReportInput;
