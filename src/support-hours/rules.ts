/**
 * The support-hours rules, each in one section headed by its id: its named constants, its refusal
 * codes, refusal types and messages, and its catalogue entry (whose `limits` name the constants). Times of day are
 * minutes since KST midnight.
 */
import {
  SOURCE_PROTECTION_ACCOUNT,
  SOURCE_SUPPORT_GUIDE,
  defineRules,
  type Message,
  type Refusal,
  type RuleEntry,
  message,
} from '../core/index.js';

const guide = SOURCE_SUPPORT_GUIDE;
const gazette = {
  title:
    'Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정), as collected in @hyunbinseo/holidays-kr',
  publisher: 'Ministry of the Interior and Safety',
  kind: 'statute',
} as const;
const regulationHistory = {
  title: '관공서의 공휴일에 관한 규정, amendments since 1989',
  publisher: 'Korea Ministry of Government Legislation (law.go.kr)',
  kind: 'statute',
} as const;
const designations = {
  title: 'News of each designated holiday 1991-2017 (cited day by day in history.ts)',
  publisher: 'Korean press',
  kind: 'secondary',
} as const;
const electionAct = {
  title: 'Public Official Election Act (공직선거법), art. 34',
  publisher: 'Korea Ministry of Government Legislation (law.go.kr)',
  kind: 'statute',
} as const;

/**
 * Every refusal code of the module (the closed answers of `checkAgentChat`): `public-holiday` under
 * `support.public-holidays`, the others under `support.agent-hours`.
 */
export const SUPPORT_HOURS_REFUSAL_CODES = /* @__PURE__ */ Object.freeze([
  'weekend',
  'public-holiday',
  'lunch-break',
  'before-hours',
  'after-hours',
  'outside-hours',
  'closure',
] as const);
/** Why agent chat is closed: one of {@link SUPPORT_HOURS_REFUSAL_CODES}. */
export type SupportHoursRefusalCode = (typeof SUPPORT_HOURS_REFUSAL_CODES)[number];
/** A closed answer of `checkAgentChat`: a refusal naming its rule, with the next opening. */
export type AgentChatClosed = AgentChatClosedForHours | AgentChatClosedForHoliday | AgentChatClosedForClosure;

// support.chatbot-always
const CHATBOT_ALWAYS = {
  id: 'support.chatbot-always',
  module: 'support-hours',
  summary: {
    en: 'The AI chatbot answers 24 hours a day, every day, for simple look-ups and how-to help.',
    ko: 'AI 챗봇은 연중무휴 24시간 응답하며, 간단한 조회와 이용 방법 안내를 맡습니다.',
  },
  sources: [guide],
  interpretation: 'Secondary source only (a guide).',
  enforcedBy: ['supportChannels'],
  codes: [],
} as const satisfies RuleEntry;

// support.agent-hours

/** support.agent-hours: agent chat opens at 10:00 KST. */
export const AGENT_CHAT_OPENS_MINUTE = 600;
/** support.agent-hours: the lunch break starts at 12:00 KST. */
export const AGENT_CHAT_LUNCH_START_MINUTE = 720;
/** support.agent-hours: the lunch break ends at 13:00 KST. */
export const AGENT_CHAT_LUNCH_END_MINUTE = 780;
/** support.agent-hours: agent chat closes at 18:30 KST. */
export const AGENT_CHAT_CLOSES_MINUTE = 1110;
/** support.agent-hours: the codes of its refusals (closed outside the hours). */
export const AGENT_HOURS_CODES = [
  'weekend',
  'lunch-break',
  'before-hours',
  'after-hours',
  'outside-hours',
  'closure',
] as const satisfies readonly SupportHoursRefusalCode[];
/** Agent chat is closed at an instant outside the hours (`support.agent-hours`): until `opensAt` (epoch ms). */
export type AgentChatClosedForHours = Refusal<
  Exclude<(typeof AGENT_HOURS_CODES)[number], 'closure'>,
  'support.agent-hours',
  { opensAt: number }
>;
/**
 * A schedule's part-day closure holds at the instant (`support.agent-hours`, code `closure`, only on a
 * schedule from `createSupportSchedule`): `closure` is its name, `opensAt` the next opening.
 */
export type AgentChatClosedForClosure = Refusal<'closure', 'support.agent-hours', { opensAt: number; closure: string }>;
/** The message of each `support.agent-hours` refusal, by code (frozen, shared by every refusal). */
export const AGENT_HOURS_MESSAGES: Readonly<Record<(typeof AGENT_HOURS_CODES)[number], Message>> =
  /* @__PURE__ */ Object.freeze({
    weekend: message(
      'Agent chat is closed on weekends; it opens again at 10:00 KST on the next business day (opensAt).',
      '상담원 채팅은 주말에 쉽니다. 다음 영업일 10:00(KST)에 다시 열립니다(opensAt).',
    ),
    'lunch-break': message(
      'Agent chat is closed for lunch, 12:00-13:00 KST; it opens again at 13:00 (opensAt).',
      '상담원 채팅은 점심시간(12:00-13:00 KST)에 쉽니다. 13:00에 다시 열립니다(opensAt).',
    ),
    'before-hours': message(
      'Agent chat opens at 10:00 KST on business days; it is not open yet (opensAt).',
      '상담원 채팅은 영업일 10:00(KST)에 열립니다. 아직 열리지 않았습니다(opensAt).',
    ),
    'after-hours': message(
      'Agent chat closes at 18:30 KST; it opens again at 10:00 on the next business day (opensAt).',
      '상담원 채팅은 18:30(KST)에 닫힙니다. 다음 영업일 10:00에 다시 열립니다(opensAt).',
    ),
    'outside-hours': message(
      'Outside the hours of this schedule (until opensAt).',
      '이 일정의 운영 시간이 아닙니다(opensAt까지).',
    ),
    closure: message(
      'Closed for a closure (see closure) until opensAt.',
      '임시 휴무(closure 참고) 중입니다(opensAt까지).',
    ),
  });
const AGENT_HOURS = {
  id: 'support.agent-hours',
  module: 'support-hours',
  summary: {
    en: 'Agent chat is open on weekdays 10:00-18:30 KST except the 12:00-13:00 lunch hour and public holidays: [10:00, 12:00) and [13:00, 18:30) each business day. It is reached from the chatbot.',
    ko: '상담원 채팅은 평일 10:00-18:30(KST)에 열리며 점심시간 12:00-13:00과 공휴일은 쉽니다. 영업일마다 [10:00, 12:00)과 [13:00, 18:30)이며 챗봇에서 연결합니다.',
  },
  sources: [guide, SOURCE_PROTECTION_ACCOUNT],
  limits: {
    opensMinute: AGENT_CHAT_OPENS_MINUTE,
    lunchStartMinute: AGENT_CHAT_LUNCH_START_MINUTE,
    lunchEndMinute: AGENT_CHAT_LUNCH_END_MINUTE,
    closesMinute: AGENT_CHAT_CLOSES_MINUTE,
  },
  interpretation:
    'Secondary sources only. Intervals are half-open: open at 10:00:00.000 and 13:00:00.000, closed at 12:00:00.000 and 18:30:00.000 exactly. Closed answers of checkAgentChat are refusals of this rule (weekend, before-hours, lunch-break, after-hours) carrying opensAt; on a holiday the refusal names support.public-holidays instead (code public-holiday, also for a holiday on a weekend). addAgentChatTime(at, ms) is the earliest instant t with agentChatOpenMs(at, t) === ms (at itself for 0; the end of an interval, never the next opening, when ms ends exactly there). Instants outside the holiday calendar (1990-2050 KST) are bad input (year-out-of-range), never a silent closed.',
  enforcedBy: [
    'isAgentChatOpen',
    'checkAgentChat',
    'nextAgentChatOpening',
    'agentChatIntervals',
    'agentChatOpenMs',
    'addAgentChatTime',
    'koreanBusinessDayDeadline',
    'createSupportSchedule',
  ],
  codes: AGENT_HOURS_CODES,
} as const satisfies RuleEntry;

// support.public-holidays

/** support.public-holidays: the first year the calendar covers (gazetted or projected). */
export const HOLIDAY_FIRST_YEAR = 1990;
/** support.public-holidays: the last year (the KASI data of korean-lunar-calendar ends in 2050). */
export const HOLIDAY_LAST_YEAR = 2050;
/** support.public-holidays: the code of its refusal (agent chat closed for a holiday). */
export const PUBLIC_HOLIDAYS_CODES = ['public-holiday'] as const satisfies readonly SupportHoursRefusalCode[];
/**
 * Agent chat is closed for a public holiday (`support.public-holidays`, also on a weekend): until
 * `opensAt` (epoch ms); `holiday` lists the day's names.
 */
export type AgentChatClosedForHoliday = Refusal<
  'public-holiday',
  'support.public-holidays',
  { opensAt: number; holiday: readonly string[] }
>;
/** The message of the `support.public-holidays` refusal of `checkAgentChat` (the names are in `holiday`). */
export const PUBLIC_HOLIDAY_MESSAGE: Message = /* @__PURE__ */ message(
  'Agent chat is closed on public holidays (see holiday); it opens again at 10:00 KST on the next business day (opensAt).',
  '상담원 채팅은 공휴일(holiday 참고)에 쉽니다. 다음 영업일 10:00(KST)에 다시 열립니다(opensAt).',
);
/** The same refusal's message on a schedule with its own hours, whose next opening need not be at 10:00. */
export const PUBLIC_HOLIDAY_OWN_HOURS_MESSAGE: Message = /* @__PURE__ */ message(
  'Closed on a holiday of this schedule (see holiday); it opens again at opensAt.',
  '이 일정의 휴일(holiday 참고)이라 쉽니다. opensAt에 다시 엽니다.',
);
const PUBLIC_HOLIDAYS = {
  id: 'support.public-holidays',
  module: 'support-hours',
  summary: {
    en: "Public holidays are South Korea's gazetted national holidays (fixed dates, Seollal and Chuseok 3 days each, Buddha's Birthday, substitute days, election days, temporary holidays; Labor Day and Constitution Day again from 2026). Past years are history: 1990-2017 list every day that was a holiday, designated days included. Years after the gazetted data are projected from the rules and marked so; callers can add or remove dates.",
    ko: '공휴일은 관공서의 공휴일에 관한 규정에 따른 대한민국 공휴일입니다(고정 공휴일, 설·추석 각 3일, 부처님오신날, 대체공휴일, 선거일, 임시공휴일, 2026년부터 노동절과 다시 제헌절). 1990-2017년은 지정된 날을 포함해 공휴일이었던 날을 모두 담습니다. 고시 자료 이후의 해는 규칙으로 추정하고 추정임을 표시하며, 호출자가 날짜를 더하거나 뺄 수 있습니다.',
  },
  sources: [guide, gazette, regulationHistory, designations],
  interpretation:
    "1990-2017 'historical' (history.ts: every day that was a holiday, each election day, the temporary holidays 2002-07-01, 2015-08-14, 2016-05-06, 2017-10-02 and the 2017-05-09 snap election, each designated day cited); 2018-2027 'official' (the gazette via @hyunbinseo/holidays-kr 5.2027.1); later years 'projected' with the rules in force (1월 2일 until 1998, 식목일 until 2005, 제헌절 until 2007 and from 2026, 국군의 날 and 한글날 until 1990, 한글날 from 2013, 노동절 from 2026), without temporary holidays or snap elections. source: 'projected' forces the projection. Open questions: the 1989-90 substitute rule is known from the news of the Cabinet's decision (not for a day of a multi-day block), so 1990-01-29 was no holiday; no other national temporary holiday of 1990-2017 is known. A plain Sunday is not listed. createSupportSchedule removes built-in days, then adds extras. A business day (isKoreanBusinessDay and the other business-day functions) is a day that is neither a Saturday, a Sunday nor a holiday of the calendar in use (the extra days off of a schedule count). koreanBusinessDaysBetween(from, to) counts the business days d with from <= d < to (negative when to is before from); addKoreanBusinessDays(day, n) is its inverse: the business day r with koreanBusinessDaysBetween(day, r) === n, so a day that is not a business day counts as the next business day (Saturday + 0 is Monday, Saturday + 1 is Tuesday, Saturday - 1 is Friday). nextKoreanBusinessDay(day) is the first business day after day. Days are answered as YYYY-MM-DD KST dates; an instant counts as its KST date. checkAgentChat on a holiday is a refusal of this rule (code public-holiday) carrying the holiday names and opensAt.",
  enforcedBy: [
    'koreanPublicHolidays',
    'isKoreanPublicHoliday',
    'checkAgentChat',
    'isKoreanBusinessDay',
    'nextKoreanBusinessDay',
    'addKoreanBusinessDays',
    'koreanBusinessDaysBetween',
    'createSupportSchedule',
  ],
  codes: PUBLIC_HOLIDAYS_CODES,
} as const satisfies RuleEntry;

// support.substitute-holidays
const SUBSTITUTE_HOLIDAYS = {
  id: 'support.substitute-holidays',
  module: 'support-hours',
  summary: {
    en: "Seollal and Chuseok get a substitute day when a day of the block falls on a Sunday or another holiday (not a Saturday). Children's Day (from 2014), 3.1, 8.15, 10.3, 10.9 (from 2021), Buddha's Birthday and Christmas (from 2023), Labor Day and Constitution Day (from 2026) get one on a Saturday, Sunday or another holiday. New Year's Day and Memorial Day never do. The substitute is the next day that is neither weekend nor holiday; one substitute per overlap.",
    ko: '설·추석 연휴는 일요일이나 다른 공휴일과 겹치면(토요일은 제외) 대체공휴일이 생깁니다. 어린이날(2014년부터), 3·1절·광복절·개천절·한글날(2021년부터), 부처님오신날·성탄절(2023년부터), 노동절·제헌절(2026년부터)은 토·일요일이나 다른 공휴일과 겹치면 생깁니다. 1월 1일과 현충일은 대상이 아닙니다. 대체일은 그다음 첫 평일(공휴일 아닌 날)이며, 겹친 하루에 하나씩입니다.',
  },
  sources: [gazette],
  interpretation:
    "Korean lunar dates differ from Chinese tables in some years (Seollal 2027-02-07 and 2028-01-27; Buddha's Birthday 2023-05-27): the projection uses a table generated from korean-lunar-calendar (KASI data, ends 2050). One substitute per day of overlap, even when two eligible holidays share the day (2025-05-05 gives only 05-06); substitutes are assigned in date order and skip weekends, holidays and earlier substitutes, so they chain.",
  enforcedBy: ['koreanPublicHolidays', 'isKoreanPublicHoliday'],
  codes: [],
} as const satisfies RuleEntry;

// support.election-days

/** support.election-days: a presidential election's window opens 70 days before the term ends. */
export const PRESIDENTIAL_ELECTION_DAYS_BEFORE = 70;
/** support.election-days: a general election's window opens 50 days before the term ends. */
export const GENERAL_ELECTION_DAYS_BEFORE = 50;
/** support.election-days: a local election's window opens 30 days before the terms end. */
export const LOCAL_ELECTION_DAYS_BEFORE = 30;
const ELECTION_DAYS = {
  id: 'support.election-days',
  module: 'support-hours',
  summary: {
    en: 'Scheduled national election days are public holidays: the first Wednesday on or after 70 days before the presidential term ends, 50 days before the National Assembly term ends (May 29), or 30 days before local terms end (June 30); moved a week later when that day is a public or folk holiday or the day before or after is a public holiday.',
    ko: '정기 선거일은 공휴일입니다. 대통령 임기 만료 70일 전, 국회의원 임기(5월 29일) 만료 50일 전, 지방의원·단체장 임기(6월 30일) 만료 30일 전 이후 첫 수요일이며, 그날이 공휴일·민속절이거나 앞뒤 날이 공휴일이면 다음 주 수요일로 미룹니다.',
  },
  sources: [electionAct],
  limits: {
    presidentialDaysBefore: PRESIDENTIAL_ELECTION_DAYS_BEFORE,
    generalDaysBefore: GENERAL_ELECTION_DAYS_BEFORE,
    localDaysBefore: LOCAL_ELECTION_DAYS_BEFORE,
  },
  interpretation:
    "The current presidential term (after the 2025-06-03 snap election) ends 2030-06-03, then every 5 years. Snap elections and by-elections cannot be projected. Projected from the statute's first cycles: general elections from 1996, presidential from 1997, local from 1998; the election day was a Thursday until 2004 and is a Wednesday from 2005 (2004-04-15 and 2006-05-31 were held that way). Earlier elections (1991-1995) were set case by case and are not projected (the 1990-2017 record holds them); folk days (민속절) are not modelled for the move rule.",
  enforcedBy: ['koreanPublicHolidays', 'isKoreanPublicHoliday'],
  codes: [],
} as const satisfies RuleEntry;

// support.email-reply

/** support.email-reply: the reply usually comes within 2 days (calendar days of 24 h); the source gives no earliest time. */
export const EMAIL_REPLY_MAX_DAYS = 2;
const EMAIL_REPLY = {
  id: 'support.email-reply',
  module: 'support-hours',
  summary: {
    en: 'An inquiry through the inquiry form is accepted at any time; the answer usually arrives within 1-2 days, so usually by 2 days after the inquiry.',
    ko: '문의 양식으로 남긴 문의는 언제든 접수되며, 답변은 보통 1-2일 안에, 곧 문의 후 2일 안에 옵니다.',
  },
  sources: [guide],
  limits: { usualMaxReplyDays: EMAIL_REPLY_MAX_DAYS },
  interpretation:
    'Secondary source only. The source says the answer usually comes within 1-2 days: that is a usual latest time, not a lower bound, so the library states only the usual latest (2 days after the inquiry, calendar days of 24 h each, not business days) and invents no earliest reply. It is usual, not guaranteed: a later answer breaks no rule.',
  enforcedBy: ['expectedEmailReply', 'supportChannels'],
  codes: [],
} as const satisfies RuleEntry;

// support.no-phone
const NO_PHONE = {
  id: 'support.no-phone',
  module: 'support-hours',
  summary: { en: 'There is no phone support.', ko: '전화 상담은 없습니다.' },
  sources: [SOURCE_PROTECTION_ACCOUNT, guide],
  interpretation:
    'Secondary sources only, and they disagree. The first-hand account says plainly that no staff answer by phone; the guide speaks of waiting on the phone as what chat spares you, which suggests a phone line exists. The library follows the first-hand account (phone: { available: false }) and records the conflict here.',
  enforcedBy: ['supportChannels'],
  codes: [],
} as const satisfies RuleEntry;

// support.pc-qr
const PC_QR = {
  id: 'support.pc-qr',
  module: 'support-hours',
  summary: {
    en: 'On a PC, chat support opens in the browser after an identity check by QR code with mobile KakaoTalk.',
    ko: 'PC에서는 상담 채팅이 브라우저에서 열리며, 먼저 모바일 카카오톡으로 QR 코드 본인 확인을 해야 합니다.',
  },
  sources: [guide],
  interpretation: 'Secondary source only.',
  enforcedBy: ['supportChannels'],
  codes: [],
} as const satisfies RuleEntry;

// support.checklist
const CHECKLIST = {
  id: 'support.checklist',
  module: 'support-hours',
  summary: {
    en: 'Before a consultation, have ready: the Kakao Account e-mail, a screenshot of the error, the device model and OS version, the KakaoTalk version (update first); for paid services also the order number, payment date and time, and payment method.',
    ko: '상담 전 준비물: 카카오계정 이메일, 오류 화면 캡처, 기기 모델과 OS 버전, 카카오톡 버전(먼저 업데이트). 유료 서비스라면 주문번호, 결제 일시, 결제 수단도 준비합니다.',
  },
  sources: [guide],
  interpretation: 'Secondary source only.',
  enforcedBy: ['consultationChecklist'],
  codes: [],
} as const satisfies RuleEntry;

// support.when-chat-fails
const WHEN_CHAT_FAILS = {
  id: 'support.when-chat-fails',
  module: 'support-hours',
  summary: {
    en: 'If agent chat will not connect: leave an e-mail inquiry, re-enter the support channel, follow the official support channel for outage notices, and clear the app cache.',
    ko: '상담원 채팅이 연결되지 않으면 이메일 문의를 남기고, 상담 채널에 다시 들어가고, 장애 공지를 위해 공식 고객센터 채널을 확인하고, 앱 캐시를 지웁니다.',
  },
  sources: [guide],
  interpretation: 'Secondary source only.',
  enforcedBy: ['agentChatFallbackSteps'],
  codes: [],
} as const satisfies RuleEntry;

/** The support-hours entries of the rule catalogue. */
export const SUPPORT_RULES = /* @__PURE__ */ defineRules({
  'support.chatbot-always': CHATBOT_ALWAYS,
  'support.agent-hours': AGENT_HOURS,
  'support.public-holidays': PUBLIC_HOLIDAYS,
  'support.substitute-holidays': SUBSTITUTE_HOLIDAYS,
  'support.election-days': ELECTION_DAYS,
  'support.email-reply': EMAIL_REPLY,
  'support.no-phone': NO_PHONE,
  'support.pc-qr': PC_QR,
  'support.checklist': CHECKLIST,
  'support.when-chat-fails': WHEN_CHAT_FAILS,
});

// Names of 0.2.0, kept for one minor version (CONTRIBUTING: one naming scheme).
/** @deprecated Use {@link SupportHoursRefusalCode}; this 0.2.0 name is removed in 0.4.0. */
export type AgentChatClosedCode = SupportHoursRefusalCode;
