/**
 * `kakao-rules/policy/schemas`: the zod schemas of the policy inputs, the single source of their types.
 * @module kakao-rules/policy/schemas
 */
import { z } from 'zod';
import { defineSchema } from '../core/index.js';
import {
  CONTENT_MEASURES,
  ID_MASK_FIELDS,
  MAX_MEASURES,
  PLAY_CONTENT_RATINGS,
  RESTRICTION_LEVELS,
  VIOLATION_CONTEXTS,
  ZERO_TOLERANCE_KINDS,
  type ViolationKind,
} from './rules.js';
import {
  freeRetentionKnown,
  isWholeNumber,
  readable,
  similarToOnlyUnlisted,
  supervisedHasRating,
} from './refinements.js';

/**
 * An account restriction level name. A content measure (`temporary-measure`) is not one.
 *
 * @example
 * RestrictionLevelSchema.safeParse('temporary-restriction').success //=> true
 * RestrictionLevelSchema.safeParse('temporary-measure').success //=> false
 * @see policy.severity-order
 */
export const RestrictionLevelSchema = /* @__PURE__ */ defineSchema(() => z.enum(RESTRICTION_LEVELS));

/**
 * Any measure a member can be under: an account level or a content measure (for `combineMeasures`).
 *
 * @example
 * MeasureSchema.safeParse('temporary-measure').success //=> true
 * @see policy.severity-order
 */
export const MeasureSchema = /* @__PURE__ */ defineSchema(() => z.enum([...RESTRICTION_LEVELS, ...CONTENT_MEASURES]));

/**
 * A list of restriction levels (for `mostSevereRestriction`), at most `MAX_MEASURES` long.
 *
 * @example
 * RestrictionLevelListSchema.safeParse(['none', 'ban']).success //=> false
 * @see policy.severity-order
 */
export const RestrictionLevelListSchema = /* @__PURE__ */ defineSchema(() =>
  z.array(RestrictionLevelSchema).max(MAX_MEASURES),
);

/**
 * Input of `assessViolation`. `kind` is one of `VIOLATION_KINDS` or any other non-empty name
 * (a kind the rule book does not list); `count` is how many messages or acts (at least 1);
 * `similarTo`, only for an unlisted kind, is the caller's judgement that it is like one of
 * `ZERO_TOLERANCE_KINDS` (the list is open: "or the like").
 *
 * @example
 * ViolationSchema.safeParse({ kind: 'spam', context: 'other', count: 0 }).success //=> false
 * ViolationSchema.safeParse({ kind: 'drug-dealing', context: 'open-chat', count: 1, similarTo: 'illegal-gambling' }).success //=> true
 * ViolationSchema.safeParse({ kind: 'spam', context: 'open-chat', count: 1, similarTo: 'illegal-gambling' }).success //=> false
 * @see policy.open-chat-zero-tolerance
 */
export const ViolationSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .object({
      kind: z.string().min(1),
      context: z.enum(VIOLATION_CONTEXTS),
      count: z.int().min(1),
      similarTo: z.enum(ZERO_TOLERANCE_KINDS).optional(),
    })
    .refine(similarToOnlyUnlisted, {
      path: ['similarTo'],
      when: readable,
      params: { code: 'invalid-value' },
      message: 'similarTo is only for a kind the rule book does not list; this kind is listed',
    }),
);

/**
 * Input of `checkImpersonationReport`. `identityProof` is `null` until a document is attached;
 * its `masked` list holds at most 100 entries (a cap of the library: there are four fields to mask).
 *
 * @example
 * ImpersonationReportSchema.safeParse({ messagesReported: true, identityProof: null }).success //=> true
 */
export const ImpersonationReportSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    messagesReported: z.boolean(),
    identityProof: z.object({ masked: z.array(z.enum(ID_MASK_FIELDS)).max(100) }).nullable(),
  }),
);

/**
 * Input of `checkInquiry`: who asks, about whom (member ids, any non-empty strings).
 *
 * @example
 * InquirySchema.safeParse({ requesterId: '', subjectId: 'a' }).success //=> false
 */
export const InquirySchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    requesterId: z.string().min(1),
    subjectId: z.string().min(1),
  }),
);

/**
 * Input of `electionMisinformationPath`.
 *
 * @example
 * ElectionReportSchema.safeParse({ kakaoCanJudge: true, commissionRequested: false }).success //=> true
 */
export const ElectionReportSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    kakaoCanJudge: z.boolean(),
    commissionRequested: z.boolean(),
  }),
);

/**
 * Input of `checkAccountLink`: whether a KakaoTalk is in use now with another Kakao Account.
 *
 * @example
 * AccountLinkSchema.safeParse({ currentTalkActive: 'yes' }).success //=> false
 */
export const AccountLinkSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    currentTalkActive: z.boolean(),
  }),
);

/**
 * Input of `checkMemorialProfileRequest`.
 *
 * @example
 * MemorialRequestSchema.safeParse({ preference: 'unset', requestedBy: 'other' }).success //=> true
 */
export const MemorialRequestSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    preference: z.enum(['allow', 'restrict', 'unset']),
    requestedBy: z.enum(['bereaved-family', 'other']),
  }),
);

/**
 * Input of `checkPlayStoreInstall`. `contentRating` is required for a supervised account. Whole numbers
 * are checked with `Number.isInteger` (not `z.int()`, which aborts, so the cross-field check is listed
 * too; nor `multipleOf(1)`, which lets `5e-324` through); the JSON Schema says `type: integer`.
 *
 * @example
 * PlayStoreInstallSchema.safeParse({ accountAge: 13, supervised: true }).success //=> false
 */
export const PlayStoreInstallSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .object({
      accountAge: z
        .number()
        .min(0)
        .refine(isWholeNumber, { message: 'expected a whole number of years', params: { code: 'not-multiple-of' } }),
      supervised: z.boolean(),
      contentRating: z.enum(PLAY_CONTENT_RATINGS).optional(),
    })
    .refine(supervisedHasRating, {
      path: ['contentRating'],
      when: readable,
      message: 'a supervised account needs its Play content rating',
      params: { code: 'invalid-type' },
    }),
);

/**
 * Input of `memoRetention`. `freeRetentionDays` (the undocumented free limit) is required unless subscribed.
 *
 * @example
 * MemoRetentionSchema.safeParse({ talkDrawerSubscriber: true }).success //=> true
 */
export const MemoRetentionSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .object({
      talkDrawerSubscriber: z.boolean(),
      freeRetentionDays: z
        .number()
        .min(1)
        .refine(isWholeNumber, { message: 'expected a whole number of days', params: { code: 'not-multiple-of' } })
        .optional(),
    })
    .refine(freeRetentionKnown, {
      path: ['freeRetentionDays'],
      when: readable,
      message: 'the free retention limit is undocumented: pass freeRetentionDays',
      params: { code: 'invalid-type' },
    }),
);

/** Input of `assessViolation`: `kind` is a listed kind or any other non-empty name. */
export type ViolationInput = Omit<z.input<typeof ViolationSchema>, 'kind'> & {
  readonly kind: ViolationKind | (string & {});
};
/** What `checkImpersonationReport` takes (see {@link ImpersonationReportSchema}). */
export type ImpersonationReportInput = z.input<typeof ImpersonationReportSchema>;
/** What `checkInquiry` takes (see {@link InquirySchema}). */
export type InquiryInput = z.input<typeof InquirySchema>;
/** What `electionMisinformationPath` takes (see {@link ElectionReportSchema}). */
export type ElectionReportInput = z.input<typeof ElectionReportSchema>;
/** What `checkAccountLink` takes (see {@link AccountLinkSchema}). */
export type AccountLinkInput = z.input<typeof AccountLinkSchema>;
/** What `checkMemorialProfileRequest` takes (see {@link MemorialRequestSchema}). */
export type MemorialRequestInput = z.input<typeof MemorialRequestSchema>;
/** What `checkPlayStoreInstall` takes (see {@link PlayStoreInstallSchema}). */
export type PlayStoreInstallInput = z.input<typeof PlayStoreInstallSchema>;
/** What `memoRetention` takes (see {@link MemoRetentionSchema}). */
export type MemoRetentionInput = z.input<typeof MemoRetentionSchema>;
