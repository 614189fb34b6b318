/**
 * support.public-holidays: the public holidays of 1990-2017 as they were, a record of facts (the years
 * before the gazetted data of gazette.generated.ts). A generator input of scripts/compact-holidays.ts, never
 * shipped. Hand-maintained, not generated: edit a day here only with a source, keep
 * tests/support-hours/history.reference.ts (typed separately) in step, then run `npm run generate`.
 *
 * What each year holds, from the Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정,
 * Presidential Decree; its amendments on law.go.kr, the Ministry of Government Legislation) and the
 * designations reported at the time:
 * - fixed days in force that year: 1월 1일 and 1월 2일 (1월 3일 too until 1989; 1월 2일 until 1998), 식목일
 *   until 2005, 제헌절 until 2007, 국군의 날 and 한글날 until 1990, 한글날 again from 2013;
 * - the lunar holidays (Seollal and Chuseok three days each from 1989, Buddha's Birthday) on the Korean
 *   lunar calendar of the Korea Astronomy and Space Science Institute (the dates of src/support-hours/lunarTable.generated.ts);
 * - substitute days: none 1991-2013; from the 2013-11-05 amendment, Seollal and Chuseok (a day of the block
 *   on a Sunday or another holiday) and Children's Day (on a Saturday, a Sunday or another holiday). The
 *   1989-1990 rule gave none in 1990 (see 1990-01-28);
 * - election days: each one designated as a temporary holiday until 2006-05-31; from the 2006 amendment the
 *   regulation itself makes the election day of every term-end election a holiday (2007-12-19 on);
 * - temporary holidays: 2002-07-01, 2015-08-14, 2016-05-06, 2017-10-02, and the snap election 2017-05-09.
 *
 * Open questions, as far as the sources go: (1) the 1989-1990 substitute rule is known from the news of the
 * Cabinet's decision (a Sunday holiday gives the next day, not for a day of a multi-day block), not from the
 * decree's text; it made 1989-10-02 a holiday (python-holidays lists that day; it is before this calendar)
 * and, read so, no day in 1990. (2) No other temporary holiday of 1990-2017 is known: the Ministry of
 * Personnel Management counted 56 designations from 1948 to August 2015 (YTN, 2015-08-04), named 2002-07-01
 * as the one between the 1988 Olympics and 2015 that was not an election, and called 2015-08-14 the first
 * since 2006-05-31; 2016-05-06 was the 58th. Local-only holidays (e.g. Busan during APEC 2005) are not
 * national holidays and are not listed.
 *
 * Names are today's names of each holiday (석가탄신일 was renamed 부처님 오신 날 in 2017; 1월 1일 and
 * 1월 2일 were called 신정), so one name means one holiday in every year; elections carry their number.
 */
import type { GazettedYear } from './gazette.generated.js';

/** The years recorded here: every year of the calendar before the gazetted data. */
export type HistoryYear =
  | 1990
  | 1991
  | 1992
  | 1993
  | 1994
  | 1995
  | 1996
  | 1997
  | 1998
  | 1999
  | 2000
  | 2001
  | 2002
  | 2003
  | 2004
  | 2005
  | 2006
  | 2007
  | 2008
  | 2009
  | 2010
  | 2011
  | 2012
  | 2013
  | 2014
  | 2015
  | 2016
  | 2017;

/** A year's record: days of the year (`'MM-DD'`, the year is the key above) to at least one name. */
type RecordedYear = Readonly<
  Record<
    `${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12'}-${'0' | '1' | '2' | '3'}${number}`,
    readonly [string, ...string[]]
  >
>;

const RECORD = {
  1990: {
    '01-01': ['1월 1일'],
    // From 1989 the New Year holiday is two days, no longer three (Hankook Ilbo, 2022-01-24, and MBN, on the
    // 1989 amendment): 1990-01-03 is a working day.
    '01-02': ['1월 2일'],
    '01-26': ['설날 전날'],
    '01-27': ['설날'],
    // The 1989 amendment gave the next day off for a holiday on a Sunday, except for a day of a multi-day block
    // (Korea Economic Daily, 1989-01-23 and 1989-01-26, on the Cabinet's adoption): this Sunday, the last day of
    // Seollal, earned none, so 1990-01-29 was a working day. The rule was repealed in November 1990.
    '01-28': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-02': ['부처님 오신 날'],
    '05-05': ['어린이날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '10-01': ['국군의 날'],
    '10-02': ['추석 전날'],
    '10-03': ['개천절', '추석'],
    '10-04': ['추석 다음 날'],
    // Armed Forces Day and Hangeul Day were holidays for the last time in 1990 (the November 1990 amendment).
    '10-09': ['한글날'],
    '12-25': ['기독탄신일'],
  },
  1991: {
    '01-01': ['1월 1일'],
    '01-02': ['1월 2일'],
    '02-14': ['설날 전날'],
    '02-15': ['설날'],
    '02-16': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    // Council elections of cities, counties and districts, the first local elections since 1961 (date: Korean
    // Wikipedia, "1991년 대한민국 지방 선거"; Yeoju City's city history). A temporary holiday designated by the
    // government, as every nationwide election day was until 2006 (Dong-A Ilbo, 2006-04-25: the government had
    // designated each presidential, National Assembly and local election day as a temporary holiday).
    '03-26': ['시ㆍ군ㆍ구의회의원선거'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-21': ['부처님 오신 날'],
    '06-06': ['현충일'],
    // The provincial and metropolitan council elections of 1991: a temporary holiday designated on its own
    // (same sources as 1991-03-26).
    '06-20': ['시ㆍ도의회의원선거'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-21': ['추석 전날'],
    '09-22': ['추석'],
    '09-23': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  1992: {
    '01-01': ['1월 1일'],
    '01-02': ['1월 2일'],
    '02-03': ['설날 전날'],
    '02-04': ['설날'],
    '02-05': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    // The 14th National Assembly election, held before any fixed election day existed (the Public Official
    // Election Act that fixes them dates from 1994): a designated temporary holiday.
    '03-24': ['제14대 국회의원선거'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-10': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-10': ['추석 전날'],
    '09-11': ['추석'],
    '09-12': ['추석 다음 날'],
    '10-03': ['개천절'],
    // The 14th presidential election: a designated temporary holiday.
    '12-18': ['제14대 대통령선거'],
    '12-25': ['기독탄신일'],
  },
  1993: {
    '01-01': ['1월 1일'],
    '01-02': ['1월 2일'],
    '01-22': ['설날 전날'],
    '01-23': ['설날'],
    '01-24': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-28': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-29': ['추석 전날'],
    '09-30': ['추석'],
    '10-01': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  1994: {
    '01-01': ['1월 1일'],
    '01-02': ['1월 2일'],
    '02-09': ['설날 전날'],
    '02-10': ['설날'],
    '02-11': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-18': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-19': ['추석 전날'],
    '09-20': ['추석'],
    '09-21': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  1995: {
    '01-01': ['1월 1일'],
    '01-02': ['1월 2일'],
    '01-30': ['설날 전날'],
    '01-31': ['설날'],
    '02-01': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-07': ['부처님 오신 날'],
    '06-06': ['현충일'],
    // The 1st nationwide simultaneous local elections, on a date set for that election alone (art. 34's
    // term-end rule applies from the 1998 elections): a designated temporary holiday.
    '06-27': ['제1회 전국동시지방선거'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-08': ['추석 전날'],
    '09-09': ['추석'],
    '09-10': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  1996: {
    '01-01': ['1월 1일'],
    '01-02': ['1월 2일'],
    '02-18': ['설날 전날'],
    '02-19': ['설날'],
    '02-20': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    // The 15th National Assembly election, on the date art. 34 of the Public Official Election Act gives
    // (Thursday rule of the 1994 act); still designated as a temporary holiday each time until 2006.
    '04-11': ['제15대 국회의원선거'],
    '05-05': ['어린이날'],
    '05-24': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-26': ['추석 전날'],
    '09-27': ['추석'],
    '09-28': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  1997: {
    '01-01': ['1월 1일'],
    '01-02': ['1월 2일'],
    '02-07': ['설날 전날'],
    '02-08': ['설날'],
    '02-09': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-14': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-15': ['추석 전날'],
    '09-16': ['추석'],
    '09-17': ['추석 다음 날'],
    '10-03': ['개천절'],
    // The 15th presidential election (art. 34 date, Thursday rule), designated as a temporary holiday.
    '12-18': ['제15대 대통령선거'],
    '12-25': ['기독탄신일'],
  },
  1998: {
    '01-01': ['1월 1일'],
    '01-02': ['1월 2일'],
    '01-27': ['설날 전날'],
    '01-28': ['설날'],
    '01-29': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-03': ['부처님 오신 날'],
    '05-05': ['어린이날'],
    // The 2nd nationwide local elections (art. 34 date), designated as a temporary holiday.
    '06-04': ['제2회 전국동시지방선거'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '10-03': ['개천절'],
    '10-04': ['추석 전날'],
    '10-05': ['추석'],
    '10-06': ['추석 다음 날'],
    '12-25': ['기독탄신일'],
  },
  1999: {
    '01-01': ['1월 1일'],
    '02-15': ['설날 전날'],
    '02-16': ['설날'],
    '02-17': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-22': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-23': ['추석 전날'],
    '09-24': ['추석'],
    '09-25': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2000: {
    '01-01': ['1월 1일'],
    '02-04': ['설날 전날'],
    '02-05': ['설날'],
    '02-06': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    // The 16th National Assembly election (art. 34 date), designated as a temporary holiday.
    '04-13': ['제16대 국회의원선거'],
    '05-05': ['어린이날'],
    '05-11': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-11': ['추석 전날'],
    '09-12': ['추석'],
    '09-13': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2001: {
    '01-01': ['1월 1일'],
    '01-23': ['설날 전날'],
    '01-24': ['설날'],
    '01-25': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-01': ['부처님 오신 날'],
    '05-05': ['어린이날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-30': ['추석 전날'],
    '10-01': ['추석'],
    '10-02': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2002: {
    '01-01': ['1월 1일'],
    '02-11': ['설날 전날'],
    '02-12': ['설날'],
    '02-13': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-19': ['부처님 오신 날'],
    '06-06': ['현충일'],
    // The 3rd nationwide local elections (art. 34 date, a week later because 06-06 is Memorial Day),
    // designated as a temporary holiday.
    '06-13': ['제3회 전국동시지방선거'],
    // Temporary holiday after the 2002 FIFA World Cup (the national team reached the semi-finals), the day
    // after the final; designated by the government (YTN, 2015-08-04, reporting the Ministry of Personnel
    // Management's list of past temporary holidays).
    '07-01': ['임시공휴일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-20': ['추석 전날'],
    '09-21': ['추석'],
    '09-22': ['추석 다음 날'],
    '10-03': ['개천절'],
    // The 16th presidential election (art. 34 date), designated as a temporary holiday.
    '12-19': ['제16대 대통령선거'],
    '12-25': ['기독탄신일'],
  },
  2003: {
    '01-01': ['1월 1일'],
    '01-31': ['설날 전날'],
    '02-01': ['설날'],
    '02-02': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-08': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-10': ['추석 전날'],
    '09-11': ['추석'],
    '09-12': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2004: {
    '01-01': ['1월 1일'],
    '01-21': ['설날 전날'],
    '01-22': ['설날'],
    '01-23': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    // The 17th National Assembly election (art. 34 date, the last on a Thursday), designated as a temporary holiday.
    '04-15': ['제17대 국회의원선거'],
    '05-05': ['어린이날'],
    '05-26': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-27': ['추석 전날'],
    '09-28': ['추석'],
    '09-29': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2005: {
    '01-01': ['1월 1일'],
    '02-08': ['설날 전날'],
    '02-09': ['설날'],
    '02-10': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '04-05': ['식목일'],
    '05-05': ['어린이날'],
    '05-15': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-17': ['추석 전날'],
    '09-18': ['추석'],
    '09-19': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2006: {
    '01-01': ['1월 1일'],
    '01-28': ['설날 전날'],
    '01-29': ['설날'],
    '01-30': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '05-05': ['어린이날', '부처님 오신 날'],
    // The 4th nationwide local elections (art. 34 date, the first on a Wednesday after the 2004 amendment): the
    // last election day designated as a temporary holiday (Ministry of Government Administration and Home
    // Affairs notice, reported by Dong-A Ilbo and Seoul Economic Daily, 2006-04-25). Later the regulation itself
    // lists the election day of every term-end election, so the ones below are holidays without a designation.
    '05-31': ['제4회 전국동시지방선거'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '10-03': ['개천절'],
    '10-05': ['추석 전날'],
    '10-06': ['추석'],
    '10-07': ['추석 다음 날'],
    '12-25': ['기독탄신일'],
  },
  2007: {
    '01-01': ['1월 1일'],
    '02-17': ['설날 전날'],
    '02-18': ['설날'],
    '02-19': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '05-05': ['어린이날'],
    '05-24': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '07-17': ['제헌절'],
    '08-15': ['광복절'],
    '09-24': ['추석 전날'],
    '09-25': ['추석'],
    '09-26': ['추석 다음 날'],
    '10-03': ['개천절'],
    // The 17th presidential election: a public holiday by the regulation (election day of a term-end election).
    '12-19': ['제17대 대통령선거'],
    '12-25': ['기독탄신일'],
  },
  2008: {
    '01-01': ['1월 1일'],
    '02-06': ['설날 전날'],
    '02-07': ['설날'],
    '02-08': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    // The 18th National Assembly election: a public holiday by the regulation.
    '04-09': ['제18대 국회의원선거'],
    '05-05': ['어린이날'],
    '05-12': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    '09-13': ['추석 전날'],
    '09-14': ['추석'],
    '09-15': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2009: {
    '01-01': ['1월 1일'],
    '01-25': ['설날 전날'],
    '01-26': ['설날'],
    '01-27': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '05-02': ['부처님 오신 날'],
    '05-05': ['어린이날'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    '10-02': ['추석 전날'],
    '10-03': ['개천절', '추석'],
    '10-04': ['추석 다음 날'],
    '12-25': ['기독탄신일'],
  },
  2010: {
    '01-01': ['1월 1일'],
    '02-13': ['설날 전날'],
    '02-14': ['설날'],
    '02-15': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '05-05': ['어린이날'],
    '05-21': ['부처님 오신 날'],
    // The 5th nationwide local elections: a public holiday by the regulation.
    '06-02': ['제5회 전국동시지방선거'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    '09-21': ['추석 전날'],
    '09-22': ['추석'],
    '09-23': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2011: {
    '01-01': ['1월 1일'],
    '02-02': ['설날 전날'],
    '02-03': ['설날'],
    '02-04': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '05-05': ['어린이날'],
    '05-10': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    '09-11': ['추석 전날'],
    '09-12': ['추석'],
    '09-13': ['추석 다음 날'],
    '10-03': ['개천절'],
    '12-25': ['기독탄신일'],
  },
  2012: {
    '01-01': ['1월 1일'],
    '01-22': ['설날 전날'],
    '01-23': ['설날'],
    '01-24': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    // The 19th National Assembly election: a public holiday by the regulation.
    '04-11': ['제19대 국회의원선거'],
    '05-05': ['어린이날'],
    '05-28': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    '09-29': ['추석 전날'],
    '09-30': ['추석'],
    '10-01': ['추석 다음 날'],
    '10-03': ['개천절'],
    // The 18th presidential election: a public holiday by the regulation.
    '12-19': ['제18대 대통령선거'],
    '12-25': ['기독탄신일'],
  },
  2013: {
    '01-01': ['1월 1일'],
    '02-09': ['설날 전날'],
    '02-10': ['설날'],
    '02-11': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '05-05': ['어린이날'],
    '05-17': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    '09-18': ['추석 전날'],
    '09-19': ['추석'],
    '09-20': ['추석 다음 날'],
    '10-03': ['개천절'],
    '10-09': ['한글날'],
    '12-25': ['기독탄신일'],
  },
  2014: {
    '01-01': ['1월 1일'],
    '01-30': ['설날 전날'],
    '01-31': ['설날'],
    '02-01': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '05-05': ['어린이날'],
    '05-06': ['부처님 오신 날'],
    // The 6th nationwide local elections: a public holiday by the regulation.
    '06-04': ['제6회 전국동시지방선거'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    '09-07': ['추석 전날'],
    '09-08': ['추석'],
    '09-09': ['추석 다음 날'],
    // The first substitute holiday of the 2013-11-05 amendment (Chuseok eve 09-07 on a Sunday).
    '09-10': ['대체공휴일(추석)'],
    '10-03': ['개천절'],
    '10-09': ['한글날'],
    '12-25': ['기독탄신일'],
  },
  2015: {
    '01-01': ['1월 1일'],
    '02-18': ['설날 전날'],
    '02-19': ['설날'],
    '02-20': ['설날 다음 날'],
    '03-01': ['3ㆍ1절'],
    '05-05': ['어린이날'],
    '05-25': ['부처님 오신 날'],
    '06-06': ['현충일'],
    // Temporary holiday for the 70th anniversary of liberation, decided by the Cabinet on 2015-08-04: the first
    // designated since 2006-05-31 (YTN, 2015-08-04, on the Ministry of Personnel Management's announcement).
    '08-14': ['임시공휴일'],
    '08-15': ['광복절'],
    '09-26': ['추석 전날'],
    '09-27': ['추석'],
    '09-28': ['추석 다음 날'],
    // Substitute holiday: Chuseok 09-27 on a Sunday.
    '09-29': ['대체공휴일(추석)'],
    '10-03': ['개천절'],
    '10-09': ['한글날'],
    '12-25': ['기독탄신일'],
  },
  2016: {
    '01-01': ['1월 1일'],
    '02-07': ['설날 전날'],
    '02-08': ['설날'],
    '02-09': ['설날 다음 날'],
    // Substitute holiday: Seollal eve 02-07 on a Sunday.
    '02-10': ['대체공휴일(설날)'],
    '03-01': ['3ㆍ1절'],
    // The 20th National Assembly election: a public holiday by the regulation.
    '04-13': ['제20대 국회의원선거'],
    '05-05': ['어린이날'],
    // Temporary holiday between Children's Day and the weekend, designated by the government in April 2016
    // (Korea Economic Daily, 2016-04-26, on the Ministry of Personnel Management: the 58th since 1948).
    '05-06': ['임시공휴일'],
    '05-14': ['부처님 오신 날'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    '09-14': ['추석 전날'],
    '09-15': ['추석'],
    '09-16': ['추석 다음 날'],
    '10-03': ['개천절'],
    '10-09': ['한글날'],
    '12-25': ['기독탄신일'],
  },
  2017: {
    '01-01': ['1월 1일'],
    '01-27': ['설날 전날'],
    '01-28': ['설날'],
    '01-29': ['설날 다음 날'],
    // Substitute holiday: the day after Seollal, 01-29, on a Sunday.
    '01-30': ['대체공휴일(설날)'],
    '03-01': ['3ㆍ1절'],
    '05-03': ['부처님 오신 날'],
    '05-05': ['어린이날'],
    // The 19th presidential election, a snap election after the president's removal from office: not a term-end
    // election, so the Cabinet designated it a temporary holiday on 2017-03-15 with the election day (News1 and
    // Kukmin Ilbo's Kuki News, 2017-03-15, on the Ministry of the Interior's and the Ministry of Personnel
    // Management's items). Named as the gazette names the 2025-06-03 snap election.
    '05-09': ['임시공휴일(대통령선거)'],
    '06-06': ['현충일'],
    '08-15': ['광복절'],
    // Temporary holiday that joined the weekend to Foundation Day, Chuseok and Hangeul Day (ten days off), decided
    // by the Cabinet on 2017-09-05 (HuffPost Korea and Korea Economic Daily, 2017-09-05, on the Ministry of
    // Personnel Management's item).
    '10-02': ['임시공휴일'],
    '10-03': ['개천절', '추석 전날'],
    '10-04': ['추석'],
    '10-05': ['추석 다음 날'],
    // Substitute holiday: Chuseok eve 10-03 falls on Foundation Day.
    '10-06': ['대체공휴일(추석)'],
    '10-09': ['한글날'],
    '12-25': ['기독탄신일'],
  },
} as const satisfies { readonly [Y in HistoryYear]: RecordedYear };

/** support.public-holidays: the recorded holidays of 1990-2017, keyed by year (`'YYYY-MM-DD'` → names). */
export const HISTORICAL_HOLIDAYS: ReadonlyMap<number, GazettedYear> = /* @__PURE__ */ new Map<number, GazettedYear>(
  Object.entries(RECORD).map(([year, days]) => [
    Number(year),
    Object.fromEntries(Object.entries(days).map(([day, names]) => [`${year}-${day}`, names])),
  ]),
);
