/**
 * `kakao-rules/support-hours`: when a human answers Kakao's support chat (weekdays 10:00-12:00 and
 * 13:00-18:30 KST, closed on public holidays), South Korea's public holidays 1990-2050 (gazetted
 * data, projected where none exists yet), and the other support channels.
 * @module
 */
export { isAgentChatOpen, agentChatStatus, nextAgentChatOpening, agentChatIntervals, agentChatOpenMs } from './agentChat.js';
export { koreanPublicHolidays, isKoreanPublicHoliday } from './holidays.js';
export { createSupportSchedule, type SupportSchedule } from './schedule.js';
export { supportChannels, expectedEmailReply, consultationChecklist, agentChatFallbackSteps } from './channels.js';
export * from './constants.js';
export * from './schemas.js';
export type * from './types.js';
