/**
 * Whether `now` lies in the half-open window `[start, start + length)`: the comparison behind every
 * KakaoPage eligibility window.
 * @internal
 */
export function inWindow(start: number, now: number, length: number): boolean {
  return now >= start && now - start < length;
}
