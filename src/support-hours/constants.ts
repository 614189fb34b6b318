/**
 * Every number of the support-hours rules, named (rule book section "support-hours").
 * Times of day are minutes since KST midnight.
 */

/** support.agent-hours: agent chat opens at 10:00 KST. */
export const AGENT_CHAT_OPENS_MINUTE = 600;
/** support.agent-hours: the lunch break starts at 12:00 KST. */
export const AGENT_CHAT_LUNCH_START_MINUTE = 720;
/** support.agent-hours: the lunch break ends at 13:00 KST. */
export const AGENT_CHAT_LUNCH_END_MINUTE = 780;
/** support.agent-hours: agent chat closes at 18:30 KST. */
export const AGENT_CHAT_CLOSES_MINUTE = 1110;

/** support.email-reply: the reply usually comes within 1 to 2 days (calendar days of 24 h). */
export const EMAIL_REPLY_MIN_DAYS = 1;
export const EMAIL_REPLY_MAX_DAYS = 2;

/** support.public-holidays: the first and last year the calendar covers (gazetted or projected). */
export const HOLIDAY_FIRST_YEAR = 1990;
/** The last year of the Korean lunar table (KASI data in korean-lunar-calendar ends in 2050). */
export const HOLIDAY_LAST_YEAR = 2050;

/** support.election-days: days before the end of a term at which the election window opens. */
export const PRESIDENTIAL_ELECTION_DAYS_BEFORE = 70;
export const GENERAL_ELECTION_DAYS_BEFORE = 50;
export const LOCAL_ELECTION_DAYS_BEFORE = 30;
