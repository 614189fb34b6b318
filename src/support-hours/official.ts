import * as GAZETTE from '@hyunbinseo/holidays-kr/all';

/** One year of gazetted holidays: `'YYYY-MM-DD'` → Korean names. */
export type GazettedYear = Readonly<Record<string, readonly string[]>>;

/**
 * support.public-holidays: the gazetted holidays (관공서의 공휴일에 관한 규정, via
 * `@hyunbinseo/holidays-kr`, inlined into our build), keyed by year. Every `yYYYY` export of the
 * package is taken, so a package update that adds a year needs no change here.
 */
export const GAZETTED_HOLIDAYS: ReadonlyMap<number, GazettedYear> = /* @__PURE__ */ new Map(
  Object.entries(GAZETTE as Record<string, GazettedYear>)
    .filter(([key]) => /^y\d{4}$/.test(key))
    .map(([key, days]) => [Number(key.slice(1)), days] as const),
);
