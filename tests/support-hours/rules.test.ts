import { describe, expect, it } from 'vitest';
import { SUPPORT_HOURS_REFUSAL_CODES } from '../../src/support-hours/index.js';
import { SUPPORT_RULES } from '../../src/support-hours/rules.js';

// src/support-hours/rules.ts: each entry's codes and limits are the module's code list and constants
// (every entry's fields: tests/rules.test.ts).

describe('support-hours refusal codes and the catalogue', () => {
  it('the codes of the entries are exactly SUPPORT_HOURS_REFUSAL_CODES', () => {
    const codes = Object.values(SUPPORT_RULES).flatMap((r) => [...r.codes]);
    expect(codes.sort()).toEqual([...SUPPORT_HOURS_REFUSAL_CODES].sort());
    expect(SUPPORT_RULES['support.agent-hours'].codes).toEqual([
      'weekend',
      'lunch-break',
      'before-hours',
      'after-hours',
      'outside-hours',
      'closure',
    ]);
    expect(SUPPORT_RULES['support.public-holidays'].codes).toEqual(['public-holiday']);
  });

  it('the limits are the constants the code uses', () => {
    expect(SUPPORT_RULES['support.agent-hours'].limits).toEqual({
      opensMinute: 600,
      lunchStartMinute: 720,
      lunchEndMinute: 780,
      closesMinute: 1110,
    });
    expect(SUPPORT_RULES['support.election-days'].limits).toEqual({
      presidentialDaysBefore: 70,
      generalDaysBefore: 50,
      localDaysBefore: 30,
    });
  });
});
