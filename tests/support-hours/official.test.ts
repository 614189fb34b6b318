import * as GAZETTE from '@hyunbinseo/holidays-kr/all';
import { describe, expect, it } from 'vitest';
import { GAZETTED_HOLIDAYS } from '../../data/holidays/gazette.generated.js';

describe('support.public-holidays: the vendored gazette', () => {
  it('is exactly the years and days of @hyunbinseo/holidays-kr (rerun npm run generate after an update)', () => {
    const published = Object.fromEntries(
      Object.entries(GAZETTE)
        .filter(([key]) => /^y\d{4}$/.test(key))
        .map(([key, days]) => [key.slice(1), days]),
    );
    expect(Object.fromEntries([...GAZETTED_HOLIDAYS].map(([year, days]) => [String(year), days]))).toEqual(published);
  });
});
