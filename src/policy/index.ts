/**
 * `kakao-rules/policy`: account restriction levels and their order, content measures beside them,
 * what a violation can lead to, and the account rules around reports, inquiries, withdrawal,
 * memorial profiles, Google Play and TalkDrawer.
 * The zod schemas of the inputs are in `kakao-rules/policy/schemas` (and `kakao-rules/schemas`), so
 * that this entry point does not load zod.
 * @module kakao-rules/policy
 */
export {
  POLICY_RULES,
  POLICY_REFUSAL_CODES,
  RESTRICTION_LEVELS,
  RESTRICTION_NAMES,
  CONTENT_MEASURES,
  CONTENT_MEASURE_NAMES,
  MAX_MEASURES,
  AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS,
  AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS,
  ZERO_TOLERANCE_KINDS,
  ID_MASK_FIELDS,
  POLICY_INQUIRY_URL,
  PLAY_STORE_MIN_ACCOUNT_AGE,
  FAMILY_LINK_URL,
  VIOLATION_KINDS,
  VIOLATION_CONTEXTS,
  PLAY_CONTENT_RATINGS,
  type ViolationKind,
  type ViolationContext,
  type PlayContentRating,
  type PolicyRefusalCode,
  type RestrictionLevel,
  type ContentMeasure,
  type Measure,
  type ZeroToleranceKind,
  type IdMaskField,
  type ImpersonationRequirement,
  type ImpersonationReportRefusal,
  type ReportIncompleteRefusal,
  type IdNotMaskedRefusal,
  type InquiryChannel,
  type InquiryRefusal,
  type AccountLinkRefusal,
  type MemorialProfileRefusal,
  type PlayStoreRefusal,
} from './rules.js';
export type {
  ViolationInput,
  ImpersonationReportInput,
  InquiryInput,
  ElectionReportInput,
  AccountLinkInput,
  MemorialRequestInput,
  PlayStoreInstallInput,
  MemoRetentionInput,
} from './schemas.js';
export {
  restrictionRank,
  compareRestrictions,
  mostSevereRestriction,
  combineMeasures,
  restrictionEffects,
  type MemberMeasures,
  type RestrictionTristate,
  type RestrictionEffects,
} from './severity.js';
export {
  assessViolation,
  describeAutoProtection,
  type ViolationPath,
  type ViolationAssessment,
  type AutoProtectionTriggerWeight,
  type AutoProtectionTrigger,
  type AutoProtection,
} from './violations.js';
export { checkImpersonationReport, type ImpersonationReportValue } from './impersonation.js';
export { checkInquiry } from './inquiry.js';
export { electionMisinformationPath, type ElectionMisinformationPath } from './election.js';
export {
  checkAccountLink,
  withdrawalConsequences,
  type AccountLinkValue,
  type WithdrawalItem,
  type WithdrawalConsequences,
} from './account.js';
export { checkMemorialProfileRequest, type MemorialProfileValue } from './memorial.js';
export { checkPlayStoreInstall } from './playStore.js';
export { memoRetention, type MemoRetention } from './memo.js';
