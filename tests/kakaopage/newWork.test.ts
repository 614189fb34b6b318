import { describe, expect, it } from 'vitest';
import { isNewWork, newWorkWindow, newWorks } from '../../src/kakaopage/index.js';
import { thrown } from '../helpers.js';
import { DAY, kst, CAL } from './helpers.js';

const F = 1_772_334_000_000; // 2026-03-01T12:00:00+09:00
const MAX = 8.64e15;

describe('kakaopage.new-work: every path gives the same answer at the window edges', () => {
  it.each([
    ['1 ms before the first episode', F - 1, false],
    ['at the first episode', F, true],
    ['1 ms before 30 x 24 h', F + 30 * DAY - 1, true],
    ['exactly 30 x 24 h', F + 30 * DAY, false],
  ])('%s', (_, at, expected) => {
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(isNewWork(F, at)).toBe(expected); // the fast path
    expect(isNewWork(new Date(F), new Date(at))).toBe(expected); // Dates
    expect(isNewWork(iso(F), iso(at))).toBe(expected); // strings
    expect(isNewWork(F, iso(at))).toBe(expected);
    expect(isNewWork(iso(F), at)).toBe(expected);
    expect(isNewWork(F, at, { clock: 'elapsed' })).toBe(expected); // the validating path
    expect(isNewWork(new Date(F), at, {})).toBe(expected);
    expect(newWorks([{ id: 'w', firstEpisodeAt: F }], at).eligible).toEqual(expected ? ['w'] : []);
  });

  it.each([
    // first episode 03-01 12:00 KST: day 30 ends 03-31 00:00 KST
    ['at the first episode', '2026-03-01T12:00', true],
    ['1 ms before the first episode', '2026-03-01T11:59:59.999', false],
    ['1 ms before the end of day 30', '2026-03-30T23:59:59.999', true],
    ['the end of day 30', '2026-03-31T00:00', false],
  ])('kst-calendar-days, %s', (_, text, expected) => {
    expect(isNewWork(F, kst(text), CAL)).toBe(expected);
    expect(isNewWork(new Date(F), new Date(kst(text)), CAL)).toBe(expected);
    expect(newWorks([{ id: 1, firstEpisodeAt: F }], kst(text), CAL).eligible).toEqual(expected ? [1] : []);
  });
});

describe('newWorks: changesAt at the edges', () => {
  it('the start and the end of the window are the changes; at the end none is left', () => {
    expect(newWorks([{ id: 'a', firstEpisodeAt: 0 }], -1)).toEqual({ eligible: [], changesAt: 0 });
    expect(newWorks([{ id: 'a', firstEpisodeAt: 0 }], 0)).toEqual({ eligible: ['a'], changesAt: 30 * DAY });
    expect(newWorks([{ id: 'a', firstEpisodeAt: 0 }], 30 * DAY - 1)).toEqual({ eligible: ['a'], changesAt: 30 * DAY });
    expect(newWorks([{ id: 'a', firstEpisodeAt: 0 }], 30 * DAY)).toEqual({ eligible: [], changesAt: null });
  });

  it('a change at the last instant of the Date range (8.64e15 ms) is reported; none after it is', () => {
    expect(newWorks([{ id: 'a', firstEpisodeAt: MAX }], 0)).toEqual({ eligible: [], changesAt: MAX });
    expect(newWorks([{ id: 'a', firstEpisodeAt: MAX - 30 * DAY }], MAX - 30 * DAY)).toEqual({
      eligible: ['a'],
      changesAt: MAX,
    });
    expect(newWorks([{ id: 'a', firstEpisodeAt: MAX - 30 * DAY + 1 }], MAX - 30 * DAY + 1)).toEqual({
      eligible: ['a'],
      changesAt: null,
    });
    expect(newWorkWindow(MAX)).toEqual({ start: MAX, end: MAX + 30 * DAY });
  });

  it('a first episode whose getter throws is one invalid-input issue at its path', () => {
    const work = {
      id: 'a',
      get firstEpisodeAt(): never {
        throw new Error('no reading');
      },
    };
    expect(thrown(() => newWorks([{ id: 'b', firstEpisodeAt: 0 }, work] as never, 0))).toEqual({
      fn: 'newWorks',
      issues: [
        {
          path: ['works', 1, 'firstEpisodeAt'],
          code: 'invalid-input',
          message: 'could not be read (its getter or proxy throws)',
        },
      ],
    });
  });
});
