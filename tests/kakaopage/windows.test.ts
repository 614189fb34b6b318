import { describe, expect, it } from 'vitest';
import {
  NEW_AUTHOR_NICKNAME_WINDOW_MS,
  NEW_WORK_WINDOW_MS,
  checkNewAuthorRanking,
  isNewAuthorRankingEligible,
  isNewWork,
  newAuthorRankingWindow,
  newWorkWindow,
} from '../../src/kakaopage/index.js';
import { GARBAGE, deepFreeze, expectInputError } from './helpers.js';
import { thrown } from '../helpers.js';

const FIRST = 1_772_334_000_000; // 2026-03-01T12:00:00+09:00

describe('isNewWork (kakaopage.new-work)', () => {
  it('counts a day as 24 hours: 30 days are 2,592,000,000 ms', () => {
    expect(NEW_WORK_WINDOW_MS).toBe(2_592_000_000);
    expect(NEW_AUTHOR_NICKNAME_WINDOW_MS).toBe(5_184_000_000);
  });

  it.each([
    ['1 ms before the first episode', FIRST - 1, false],
    ['at the first episode', FIRST, true],
    ['day 29', FIRST + 2_505_600_000, true],
    ['1 ms before exactly 30 days', FIRST + 2_591_999_999, true],
    ['exactly 30 days', FIRST + 2_592_000_000, false],
    ['31 days', FIRST + 2_678_400_000, false],
  ])('kakaopage.new-work: %s', (_, at, expected) => {
    expect(isNewWork(FIRST, at)).toBe(expected);
  });

  it.each([
    ['2026-03-31T11:59:59.999+09:00', true],
    ['2026-03-31T02:59:59.999Z', true],
    ['2026-03-31T12:00:00+09:00', false],
    ['2026-03-30T22:00:00-05:00', false],
    ['2026-03-01T11:59:59.999+09:00', false],
  ])('kakaopage.new-work: first episode 2026-03-01 12:00 KST, at %s -> %s', (at, expected) => {
    expect(isNewWork('2026-03-01T12:00:00+09:00', at)).toBe(expected);
    expect(isNewWork(new Date(FIRST), new Date(Date.parse(at)))).toBe(expected);
  });

  it('newWorkWindow gives the half-open window in epoch ms', () => {
    expect(newWorkWindow('2026-03-01T12:00:00+09:00')).toEqual({ start: 1_772_334_000_000, end: 1_774_926_000_000 });
    expect(newWorkWindow(new Date(0))).toEqual({ start: 0, end: 2_592_000_000 });
  });

  it('newWorkWindow names the bad first-episode instant', () => {
    expect(
      expectInputError(() => newWorkWindow('2026-03-01' as never), 'newWorkWindow').issues.map((i) => i.path),
    ).toEqual([['firstEpisodeAt']]);
  });

  it.each([
    [Date.parse('2026-03-01T12:00:00+09:00'), '2026-03-15T00:00:00+09:00'],
    ['2026-03-01T12:00:00+09:00', Date.parse('2026-03-15T00:00:00+09:00')],
    [new Date('2026-03-01T12:00:00+09:00'), Date.parse('2026-03-15T00:00:00+09:00')],
  ])('mixes forms freely: first %s is new at %s', (first, at) => {
    expect(isNewWork(first, at)).toBe(true);
  });

  it('lists both bad instants in one error', () => {
    const err = expectInputError(() => isNewWork('2026-03-01T12:00:00' as never, Number.NaN), 'isNewWork');
    expect(err.issues.map((i) => i.path)).toEqual([['firstEpisodeAt'], ['at']]);
    expect(err.issues.map((i) => i.code)).toEqual(['invalid-instant', 'invalid-instant']);
  });

  it.each(GARBAGE.map((g) => [g]))('garbage %s is bad input, never a crash', (g) => {
    expectInputError(() => isNewWork(g as never, FIRST), 'isNewWork');
    expectInputError(() => isNewWork(FIRST, g as never), 'isNewWork');
    expectInputError(() => newWorkWindow(g as never), 'newWorkWindow');
  });
});

const NICK_A = '2026-01-01T00:00:00+09:00';
const FIRST_A = '2026-02-15T00:00:00+09:00';
const WORK_A = { nicknameCreatedAt: NICK_A, firstEpisodeAt: FIRST_A };
const UNTIL_A = 1_772_377_200_000; // 2026-03-02T00:00:00+09:00, the nickname's window end
const WORK_B = { nicknameCreatedAt: '2026-02-10T00:00:00+09:00', firstEpisodeAt: '2026-02-20T00:00:00+09:00' };
const UNTIL_B = 1_774_105_200_000; // 2026-03-22T00:00:00+09:00, the first episode's window end

describe('the new-author ranking (kakaopage.new-author)', () => {
  it.each([
    ['1 ms before the first episode', WORK_A, '2026-02-14T23:59:59.999+09:00', ['not-yet-published']],
    ['at the first episode', WORK_A, '2026-02-15T00:00:00+09:00', UNTIL_A],
    ['1 ms before the nickname is exactly 60 days old', WORK_A, '2026-03-01T23:59:59.999+09:00', UNTIL_A],
    ['the nickname exactly 60 days old', WORK_A, '2026-03-02T00:00:00+09:00', ['nickname-too-old']],
    [
      '1 ms before the first episode is exactly 30 days old',
      WORK_A,
      '2026-03-16T23:59:59.999+09:00',
      ['nickname-too-old'],
    ],
    ['both too old', WORK_A, '2026-03-17T00:00:00+09:00', ['nickname-too-old', 'first-episode-too-old']],
    [
      '1 ms before the first episode is exactly 30 days old (nickname younger)',
      WORK_B,
      '2026-03-21T23:59:59.999+09:00',
      UNTIL_B,
    ],
    ['the first episode exactly 30 days old', WORK_B, '2026-03-22T00:00:00+09:00', ['first-episode-too-old']],
  ] as const)('kakaopage.new-author: %s', (_, work, at, expected) => {
    const outcome = checkNewAuthorRanking(work, at);
    if (typeof expected === 'number') {
      expect(outcome).toEqual({ ok: true, value: { until: expected } });
      expect(isNewAuthorRankingEligible(work, at)).toBe(true);
    } else {
      expect(outcome).toMatchObject({ ok: false, rule: 'kakaopage.new-author', code: expected[0], reasons: expected });
      expect(isNewAuthorRankingEligible(work, at)).toBe(false);
    }
  });

  it('kakaopage.new-author: exactly 60 and 30 days in epoch ms, and 1 ms before', () => {
    const work = { nicknameCreatedAt: 0, firstEpisodeAt: 3_000_000_000 };
    expect(isNewAuthorRankingEligible(work, 5_183_999_999)).toBe(true);
    expect(isNewAuthorRankingEligible(work, 5_184_000_000)).toBe(false);
    const late = { nicknameCreatedAt: 0, firstEpisodeAt: 1_000 };
    expect(isNewAuthorRankingEligible(late, 2_592_000_999)).toBe(true);
    expect(isNewAuthorRankingEligible(late, 2_592_001_000)).toBe(false);
  });

  it('kakaopage.new-author: lists not-yet-published beside an age that already fails', () => {
    const future = { nicknameCreatedAt: '2026-05-01T00:00:00+09:00', firstEpisodeAt: '2026-01-01T00:00:00+09:00' };
    expect(checkNewAuthorRanking(future, '2026-03-01T00:00:00+09:00')).toMatchObject({
      code: 'first-episode-too-old',
      reasons: ['first-episode-too-old', 'not-yet-published'],
    });
  });

  it('kakaopage.new-author: refusals name the rule and speak both languages', () => {
    const r = checkNewAuthorRanking(WORK_A, '2026-03-17T00:00:00+09:00');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.en).toContain('60');
    expect(r.message.en).toContain('30');
    expect(r.message.ko).toMatch(/닉네임/);
    expect(r.message.ko).toMatch(/첫 회차/);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('newAuthorRankingWindow runs from the later start to the earlier end, possibly empty', () => {
    expect(newAuthorRankingWindow(WORK_A)).toEqual({ start: 1_771_081_200_000, end: UNTIL_A });
    expect(newAuthorRankingWindow({ nicknameCreatedAt: 0, firstEpisodeAt: 6_000_000_000 })).toEqual({
      start: 6_000_000_000,
      end: 5_184_000_000,
    });
  });

  it('does not mutate its (deep-frozen) inputs', () => {
    const work = deepFreeze({ nicknameCreatedAt: new Date(0), firstEpisodeAt: new Date(1000) });
    expect(isNewAuthorRankingEligible(work, 2000)).toBe(true);
    expect(checkNewAuthorRanking(work, 2000)).toEqual({ ok: true, value: { until: 2_592_001_000 } });
    expect(newAuthorRankingWindow(work)).toEqual({ start: 1000, end: 2_592_001_000 });
    expect(work.nicknameCreatedAt.getTime()).toBe(0);
  });

  it('kakaopage.new-author: at the very instant of both the nickname and the first episode, the work is in', () => {
    const at = Date.parse(NICK_A);
    expect(checkNewAuthorRanking({ nicknameCreatedAt: at, firstEpisodeAt: at }, at)).toEqual({
      ok: true,
      value: { until: at + 30 * 86_400_000 },
    });
    expect(checkNewAuthorRanking({ nicknameCreatedAt: at, firstEpisodeAt: at }, at - 1)).toMatchObject({
      ok: false,
      code: 'not-yet-published',
    });
  });

  it.each([
    ['nicknameCreatedAt', { nicknameCreatedAt: 'yesterday', firstEpisodeAt: FIRST_A }, NICK_A],
    ['firstEpisodeAt', { nicknameCreatedAt: NICK_A, firstEpisodeAt: 1.5 }, NICK_A],
    ['at', WORK_A, '2026-02-20'],
  ] as const)('names %s alone when it is the only bad instant', (name, work, at) => {
    for (const [fn, run] of [
      ['isNewAuthorRankingEligible', () => isNewAuthorRankingEligible(work as never, at)],
      ['checkNewAuthorRanking', () => checkNewAuthorRanking(work as never, at)],
    ] as const) {
      expect(expectInputError(run, fn).issues.map((i) => i.path)).toEqual([name === 'at' ? ['at'] : ['work', name]]);
    }
    if (name !== 'at')
      expect(
        expectInputError(() => newAuthorRankingWindow(work as never), 'newAuthorRankingWindow').issues.map(
          (i) => i.path,
        ),
      ).toEqual([['work', name]]);
  });

  it.each([
    [{ nicknameCreatedAt: Date.parse(NICK_A), firstEpisodeAt: FIRST_A }, Date.parse('2026-02-20T00:00:00+09:00')],
    [{ nicknameCreatedAt: NICK_A, firstEpisodeAt: Date.parse(FIRST_A) }, '2026-02-20T00:00:00+09:00'],
    [
      { nicknameCreatedAt: new Date(NICK_A), firstEpisodeAt: Date.parse(FIRST_A) },
      Date.parse('2026-02-20T00:00:00+09:00'),
    ],
  ])('mixes forms freely: %o is eligible at %s', (work, at) => {
    expect(isNewAuthorRankingEligible(work, at)).toBe(true);
    expect(checkNewAuthorRanking(work, at)).toEqual({ ok: true, value: { until: UNTIL_A } });
  });

  it('a work that is not an object is named in the error, beside the bad at', () => {
    const err = expectInputError(() => checkNewAuthorRanking(null as never, 'soon' as never), 'checkNewAuthorRanking');
    expect(err.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "message": "expected { nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }; got null",
          "path": [
            "work",
          ],
        },
        {
          "code": "invalid-instant",
          "message": "expected a Date, integer epoch ms or ISO-8601 string with offset; got "soon"",
          "path": [
            "at",
          ],
        },
      ]
    `);
    expect(
      expectInputError(() => newAuthorRankingWindow(7 as never), 'newAuthorRankingWindow').issues,
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "message": "expected { nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }; got 7",
          "path": [
            "work",
          ],
        },
      ]
    `);
  });

  it('lists every bad field and the bad at in one error', () => {
    const err = expectInputError(
      () => checkNewAuthorRanking({ nicknameCreatedAt: 'yesterday', firstEpisodeAt: 1.5 } as never, null as never),
      'checkNewAuthorRanking',
    );
    expect(err.issues.map((i) => i.path)).toEqual([['work', 'nicknameCreatedAt'], ['work', 'firstEpisodeAt'], ['at']]);
    const notObject = expectInputError(
      () => isNewAuthorRankingEligible(null as never, 'soon' as never),
      'isNewAuthorRankingEligible',
    );
    expect(notObject.issues.map((i) => i.code)).toEqual(['invalid-type', 'invalid-instant']);
  });

  it.each(GARBAGE.map((g) => [g]))('garbage %s is bad input, never a crash', (g) => {
    expectInputError(() => isNewAuthorRankingEligible(g as never, 0), 'isNewAuthorRankingEligible');
    expectInputError(() => checkNewAuthorRanking(g as never, 0), 'checkNewAuthorRanking');
    expectInputError(() => newAuthorRankingWindow(g as never), 'newAuthorRankingWindow');
    expectInputError(
      () => isNewAuthorRankingEligible({ nicknameCreatedAt: 0, firstEpisodeAt: 0 }, g as never),
      'isNewAuthorRankingEligible',
    );
  });
});

describe('kakaopage.new-work: the calendar clock before 1988 follows the tz database', () => {
  it('a window across the start of summer time 1988 ends at KST midnight of day 31, then +10:00', () => {
    // Seoul kept summer time from 1988-05-08 (UTC+10) to 1988-10-09; day 1 is 1988-04-20.
    expect(newWorkWindow('1988-04-20T12:00:00+09:00', { clock: 'kst-calendar-days' })).toEqual({
      start: Date.parse('1988-04-20T12:00:00+09:00'),
      end: Date.parse('1988-05-20T00:00:00+10:00'),
    });
  });

  it('an options object whose clock cannot be read is bad input naming options.clock', () => {
    const options = {
      get clock(): never {
        throw new Error('unreadable');
      },
    };
    expect(thrown(() => isNewWork(0, 0, options))).toEqual({
      fn: 'isNewWork',
      issues: [
        {
          path: ['options', 'clock'],
          code: 'invalid-input',
          message: 'could not be read (its getter or proxy throws)',
        },
      ],
    });
  });
});
