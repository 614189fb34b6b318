/**
 * kakao-rules: the published rules of KakaoTalk and KakaoPage as pure, typed functions.
 * Each module is also its own subpath (`kakao-rules/voiceroom`, ...); this root re-exports them all.
 * @module kakao-rules
 */
export { RULES, explainRule, findRules, isRuleId, type RuleId } from './rules.js';
export {
  RuleInputError,
  toEpochMs,
  KST_ZONE,
  KST_OFFSET_MS,
  kstDateString,
  formatKst,
  kstInstant,
  ok,
  refusal,
} from './core/index.js';
export type {
  InputIssue,
  InstantInput,
  Message,
  ModuleName,
  Ok,
  Outcome,
  Refusal,
  RuleEntry,
  RuleSource,
  SourceKind,
} from './core/index.js';
// The schemas (zod) are re-exported for 0.1.0 compatibility; `kakao-rules/<module>` and the rule functions do not load zod.
export {
  EpochMsSchema,
  InstantSchema,
  VoiceRoomChatKindSchema,
  VoiceRoomEventSchema,
  VoiceRoomOpeningSchema,
  VoiceRoomParticipantSchema,
  VoiceRoomSchema,
  ConsultationChecklistOptionsSchema,
  ExtraHolidaySchema,
  KoreanPublicHolidaysOptionsSchema,
  SupportScheduleOptionsSchema,
  BulkPurchaseSchema,
  CashChargeSchema,
  ContentNetworkSchema,
  ContentReportSchema,
  ContractTransferSchema,
  EarlierReportsSchema,
  KakaoPageWindowOptionsSchema,
  NewAuthorWorkSchema,
  StageMessagePartySchema,
  StageMessageSchema,
  StageOnEpisodeSchema,
  StageOnLengthGenreSchema,
  StageOnLengthSchema,
  StageOnSingleLimitGenreSchema,
  StageOnWorkSchema,
  CallSchema,
  CallChargesSchema,
  CallTroubleSchema,
  LiveTalkStartSchema,
  LiveTalkJoinSchema,
  RestrictionLevelSchema,
  RestrictionLevelListSchema,
  MeasureSchema,
  ViolationSchema,
  ImpersonationReportSchema,
  InquirySchema,
  ElectionReportSchema,
  AccountLinkSchema,
  MemorialRequestSchema,
  PlayStoreInstallSchema,
  MemoRetentionSchema,
} from './schemas.js';
export * from './voiceroom/index.js';
export * from './calls/index.js';
export * from './policy/index.js';
export * from './support-hours/index.js';
export * from './kakaopage/index.js';
