/**
 * `kakao-rules/schemas`: every zod schema of the library, for code that wants to validate or derive
 * from them. The only entry points that load zod are this one and `kakao-rules/<module>/schemas`;
 * the rule functions validate with the schemas' compiled, zod-free form.
 * @module kakao-rules/schemas
 */
export { EpochMsSchema, InstantSchema } from './core/schemas.js';
export {
  VoiceRoomChatKindSchema,
  VoiceRoomEventSchema,
  VoiceRoomOpeningSchema,
  VoiceRoomParticipantSchema,
  VoiceRoomSchema,
} from './voiceroom/schemas.js';
export {
  BusinessDayDeadlineOptionsSchema,
  ConsultationChecklistOptionsSchema,
  ExtraHolidaySchema,
  KoreanPublicHolidaysOptionsSchema,
  OpeningIntervalSchema,
  RecurringHolidaySchema,
  SupportClosureSchema,
  SupportScheduleOptionsSchema,
  WeeklyHoursSchema,
} from './support-hours/schemas.js';
export {
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
} from './kakaopage/schemas.js';
export {
  CallSchema,
  CallChargesSchema,
  CallTroubleSchema,
  LiveTalkStartSchema,
  LiveTalkJoinSchema,
} from './calls/schemas.js';
export {
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
} from './policy/schemas.js';
