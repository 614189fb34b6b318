/**
 * `kakao-rules/support-hours`: when a human answers Kakao's support chat (weekdays 10:00-12:00 and
 * 13:00-18:30 KST, closed on public holidays), SLA deadlines in open agent-chat time, South Korea's
 * public holidays and business days 1990-2050 (gazetted data, projected where none exists yet), and
 * the other support channels. The zod schemas of the options are in `kakao-rules/support-hours/schemas`
 * (and `kakao-rules/schemas`), so that this entry point does not load zod.
 * @module kakao-rules/support-hours
 */
export {
  isAgentChatOpen,
  checkAgentChat,
  nextAgentChatOpening,
  agentChatIntervals,
  agentChatOpenMs,
  addAgentChatTime,
} from './agentChat.js';
export {
  isKoreanBusinessDay,
  nextKoreanBusinessDay,
  addKoreanBusinessDays,
  koreanBusinessDaysBetween,
} from './businessDays.js';
export { koreanBusinessDayDeadline, restsOnProjection } from './deadlines.js';
export { koreanPublicHolidays, isKoreanPublicHoliday } from './holidays.js';
export { HOLIDAY_DATA_CHECKED_ON } from './holidays.generated.js';
export { createSupportSchedule, type SupportSchedule } from './schedule.js';
export { supportChannels, expectedEmailReply, consultationChecklist, agentChatFallbackSteps } from './channels.js';
export {
  SUPPORT_RULES,
  SUPPORT_HOURS_REFUSAL_CODES,
  AGENT_HOURS_CODES,
  PUBLIC_HOLIDAYS_CODES,
  AGENT_CHAT_OPENS_MINUTE,
  AGENT_CHAT_LUNCH_START_MINUTE,
  AGENT_CHAT_LUNCH_END_MINUTE,
  AGENT_CHAT_CLOSES_MINUTE,
  EMAIL_REPLY_MAX_DAYS,
  HOLIDAY_FIRST_YEAR,
  HOLIDAY_LAST_YEAR,
  PRESIDENTIAL_ELECTION_DAYS_BEFORE,
  GENERAL_ELECTION_DAYS_BEFORE,
  LOCAL_ELECTION_DAYS_BEFORE,
  type SupportHoursRefusalCode,
  type AgentChatClosedCode,
  type AgentChatClosed,
  type AgentChatClosedForHours,
  type AgentChatClosedForHoliday,
  type AgentChatClosedForClosure,
} from './rules.js';
export type { DayInput } from './businessDays.js';
export type {
  KoreanPublicHolidaysOptions,
  ExtraHolidayInput,
  ExtraHoliday,
  SupportScheduleOptions,
  ConsultationChecklistOptions,
  RecurringHolidayInput,
  SupportClosureInput,
  OpeningInterval,
  WeeklyHours,
  BusinessDayDeadlineOptions,
} from './schemas.js';
export type {
  HolidaySource,
  HolidayBasis,
  KoreanPublicHoliday,
  AgentChatOpen,
  BusinessDayDeadline,
  AgentChatOutcome,
  AgentChatOk,
  Interval,
  AgentChatInterval,
  EmailReplyExpectation,
  SupportChannels,
  SupportStep,
  ConsultationItemId,
  ChatFailureStepId,
} from './types.js';
