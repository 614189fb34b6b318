import KoreanLunarCalendar from 'korean-lunar-calendar';

/** Gregorian month*100+day of a Korean lunar date (non-leap month), or throws when out of the table. */
export function solarOfLunar(year: number, month: number, day: number): number {
  const calendar = new KoreanLunarCalendar();
  if (!calendar.setLunarDate(year, month, day, false))
    throw new Error(`no Korean lunar data for ${year}-${month}-${day}`);
  const s = calendar.getSolarCalendar();
  if (s.year !== year) throw new Error(`lunar ${year}-${month}-${day} falls in ${s.year}`);
  return s.month * 100 + s.day;
}

/** [Seollal, Buddha's Birthday, Chuseok] of a year, each as month*100+day. */
export function lunarHolidayRow(year: number): [number, number, number] {
  return [solarOfLunar(year, 1, 1), solarOfLunar(year, 4, 8), solarOfLunar(year, 8, 15)];
}
