import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidaysSource } from '../../scripts/compact-holidays.js';
import * as compiled from '../../src/support-hours/holidays.generated.js';
import { HISTORICAL_HOLIDAYS } from '../../src/support-hours/history.js';
import { GAZETTED_HOLIDAYS } from '../../src/support-hours/official.js';

// The rule functions load the holiday data from its compact form (issue 13); history.ts and
// official.ts stay the readable sources. The two must never differ.
describe('support.public-holidays: the compact holiday data', () => {
  // Under Stryker the sources are instrumented copies, never what the generator writes.
  it.skipIf(process.env.KAKAO_RULES_MUTATION === '1')(
    'is up to date (rerun npx tsx scripts/compact-holidays.ts after editing history.ts or official.ts)',
    () => {
      expect(readFileSync(new URL('../../src/support-hours/holidays.generated.ts', import.meta.url), 'utf8')).toBe(
        holidaysSource(),
      );
    },
  );

  it('decodes to exactly the recorded history, year by year and day by day, in order', () => {
    expect([...compiled.historicalHolidays()]).toEqual([...HISTORICAL_HOLIDAYS]);
    for (const [year, days] of HISTORICAL_HOLIDAYS)
      expect(Object.keys(compiled.historicalHolidays().get(year)!)).toEqual(Object.keys(days));
  });

  it('decodes to exactly the vendored gazette, year by year and day by day, in order', () => {
    expect([...compiled.gazettedHolidays()]).toEqual([...GAZETTED_HOLIDAYS]);
    for (const [year, days] of GAZETTED_HOLIDAYS)
      expect(Object.keys(compiled.gazettedHolidays().get(year)!)).toEqual(Object.keys(days));
  });

  it('decodes once: every call answers the same map', () => {
    expect(compiled.historicalHolidays()).toBe(compiled.historicalHolidays());
    expect(compiled.gazettedHolidays()).toBe(compiled.gazettedHolidays());
  });

  it('keeps a day with two names (1990-10-03: Foundation Day and Chuseok) in their order', () => {
    expect(compiled.historicalHolidays().get(1990)!['1990-10-03']).toEqual(['개천절', '추석']);
    expect(compiled.historicalHolidays().get(2017)!['2017-10-03']).toEqual(['개천절', '추석 전날']);
  });
});
