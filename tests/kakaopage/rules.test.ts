import { describe, expect, it } from 'vitest';
import {
  BULK_PURCHASE_CODES,
  CONTENT_REPORT_CODES,
  CONTRACT_TRANSFER_CODES,
  KAKAOPAGE_REFUSAL_CODES,
  NEW_AUTHOR_RANKING_CODES,
  STAGE_MESSAGE_CODES,
  STAGE_ON_EPISODE_CODES,
} from '../../src/kakaopage/index.js';
import { KAKAOPAGE_RULES } from '../../src/kakaopage/rules.js';

// src/kakaopage/rules.ts: each entry's codes and limits are the module's code lists and constants
// (every entry's fields: tests/rules.test.ts; the rules' laws: rules.prop.test.ts).

describe('kakaopage refusal codes and the catalogue', () => {
  it('the codes of the entries are exactly KAKAOPAGE_REFUSAL_CODES', () => {
    expect(
      Object.values(KAKAOPAGE_RULES)
        .flatMap((r) => [...r.codes])
        .sort(),
    ).toEqual([...KAKAOPAGE_REFUSAL_CODES].sort());
    expect(new Set(KAKAOPAGE_REFUSAL_CODES).size).toBe(KAKAOPAGE_REFUSAL_CODES.length);
    expect([...KAKAOPAGE_REFUSAL_CODES]).toEqual([
      ...NEW_AUTHOR_RANKING_CODES,
      ...STAGE_ON_EPISODE_CODES,
      ...CONTRACT_TRANSFER_CODES,
      ...STAGE_MESSAGE_CODES,
      ...BULK_PURCHASE_CODES,
      ...CONTENT_REPORT_CODES,
    ]);
  });

  it('the limits are the constants the code uses', () => {
    expect(KAKAOPAGE_RULES['kakaopage.new-work'].limits).toEqual({ newWorkDays: 30, maxBatch: 100_000 });
    expect(KAKAOPAGE_RULES['kakaopage.new-author'].limits).toEqual({
      nicknameDays: 60,
      firstEpisodeDays: 30,
      maxBatch: 100_000,
    });
    expect(KAKAOPAGE_RULES['kakaopage.stage-on-limits'].limits).toEqual({
      fantasy: 250,
      martialArts: 250,
      modernFantasy: 250,
      romanceFantasy: 250,
      romanceBlMid: 100,
      romanceBlLong: 200,
      free: 50,
    });
  });
});
