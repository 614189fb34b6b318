/**
 * `kakao-rules/kakaopage`: KakaoPage (카카오페이지) rules: the new-work and new-author windows (one
 * work or a ranking batch), StageON episode limits, Stage messaging and contracts, PageGO,
 * purchases, cash charges and content reports. The zod schemas of the inputs are in
 * `kakao-rules/kakaopage/schemas` (and `kakao-rules/schemas`), so that this entry point does not load zod.
 * @module kakao-rules/kakaopage
 */
export {
  KAKAOPAGE_RULES,
  KAKAOPAGE_REFUSAL_CODES,
  NEW_AUTHOR_RANKING_CODES,
  STAGE_ON_EPISODE_CODES,
  CONTRACT_TRANSFER_CODES,
  STAGE_MESSAGE_CODES,
  BULK_PURCHASE_CODES,
  CONTENT_REPORT_CODES,
  NEW_WORK_DAYS,
  KAKAOPAGE_MAX_BATCH,
  NEW_WORK_WINDOW_MS,
  NEW_AUTHOR_NICKNAME_DAYS,
  NEW_AUTHOR_NICKNAME_WINDOW_MS,
  NEW_AUTHOR_FIRST_EPISODE_DAYS,
  NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS,
  STAGE_ON_GENRE_FICTION_LIMIT,
  STAGE_ON_MID_LENGTH_LIMIT,
  STAGE_ON_LONG_LIMIT,
  STAGE_ON_FREE_GENRE_LIMIT,
  STAGE_ON_EPISODE_LIMITS,
  type NewAuthorRankingRefusalCode,
  type NewAuthorRankingReason,
  type NewAuthorRankingRefusal,
  type StageOnEpisodeRefusal,
  type StageMessageRefusalCode,
  type StageMessageCode,
  type StageMessageRefusal,
  type ContractTransferRefusal,
  type BulkPurchaseRefusalCode,
  type BulkPurchaseCode,
  type BulkPurchaseRefusal,
  type ContentReportReason,
  type ReporterSanctionRisk,
  type ContentReportRefusal,
} from './rules.js';
export type {
  NewAuthorWorkInput,
  NewAuthorWork,
  StageOnGenre,
  StageOnLength,
  StageOnWorkInput,
  StageOnWork,
  StageOnEpisodeInput,
  StageOnEpisode,
  StageMessageParty,
  StageMessageInput,
  StageMessage,
  ContractTransferInput,
  ContractTransfer,
  BulkPurchaseInput,
  BulkPurchase,
  CashChargeInput,
  CashCharge,
  ContentNetwork,
  ContentReportInput,
  ContentReport,
  EarlierReports,
} from './schemas.js';
export type {
  KakaoPageClock,
  KakaoPageWindowOptions,
  KakaoPageBatch,
  Interval,
  KakaoPageWindow,
  NewAuthorRankingEligibility,
  StageOnEpisodeAllowance,
  ContentReportFiled,
  PageGoConversionRequirements,
  ContractTransferNextStep,
  ContentDataCharges,
  ChargeSupportRoute,
  CashPassSteps,
} from './types.js';
export { isNewWork, newWorkWindow, newWorks, type NewWorkEntry } from './newWork.js';
export {
  checkNewAuthorRanking,
  isNewAuthorRankingEligible,
  newAuthorRankingWindow,
  newAuthorRanking,
  type NewAuthorEntry,
} from './newAuthor.js';
export { checkStageOnEpisode, stageOnEpisodeLimit } from './stageOn.js';
export { checkStageMessage } from './stageMessages.js';
export { checkContractTransfer, pageGoConversionRequirements } from './contracts.js';
export { cashPassSteps, chargeSupportRoute, checkBulkPurchase } from './purchases.js';
export { contentDataCharges } from './dataCharges.js';
export { checkContentReport } from './report.js';
