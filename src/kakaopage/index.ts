/**
 * `kakao-rules/kakaopage`: KakaoPage (카카오페이지) rules: the new-work and new-author windows, StageON
 * episode limits, Stage messaging and contracts, PageGO, purchases, cash charges and content reports.
 * @module
 */
export * from './constants.js';
export * from './schemas.js';
export type * from './types.js';
export { isNewWork, newWorkWindow } from './newWork.js';
export { checkNewAuthorRanking, isNewAuthorRankingEligible, newAuthorRankingWindow } from './newAuthor.js';
export { checkStageOnEpisode, stageOnEpisodeLimit } from './stageOn.js';
export { checkStageMessage } from './stageMessages.js';
export { checkContractTransfer, pageGoConversionRequirements } from './contracts.js';
export { cashPassSteps, chargeSupportRoute, checkBulkPurchase } from './purchases.js';
export { contentDataCharges } from './dataCharges.js';
export { checkContentReport } from './report.js';
