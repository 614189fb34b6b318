import { fc, test } from '../prop.js';
import { describe, expect, it } from 'vitest';
import {
  checkNewAuthorRanking,
  isNewAuthorRankingEligible,
  isNewWork,
  newAuthorRanking,
  newAuthorRankingWindow,
  newWorkWindow,
  newWorks,
} from '../../src/kakaopage/index.js';
import { KAKAOPAGE_RULES } from '../../src/kakaopage/rules.js';
import { thrown } from '../helpers.js';
import { kst, CAL, DAY } from './helpers.js';

describe('kakaopage.new-work: the kst-calendar-days clock', () => {
  it.each([
    ['2026-03-01T00:00', '2026-03-30T23:59:59.999', true],
    ['2026-03-01T00:00', '2026-03-31T00:00', false],
    ['2026-03-01T23:59:59.999', '2026-03-30T23:59:59.999', true],
    ['2026-03-01T23:59:59.999', '2026-03-31T00:00', false],
    ['2026-03-01T12:00', '2026-03-01T11:59:59.999', false],
  ])('first episode %s KST, at %s KST: new %s', (first, at, want) => {
    expect(isNewWork(kst(first), kst(at), CAL)).toBe(want);
    expect(newWorkWindow(kst(first), CAL)).toEqual({ start: kst(first), end: kst('2026-03-31T00:00') });
  });

  it('the default is elapsed, also when asked for by name', () => {
    expect(isNewWork(kst('2026-03-01T23:00'), kst('2026-03-31T22:59'), { clock: 'elapsed' })).toBe(true);
    expect(isNewWork(kst('2026-03-01T23:00'), kst('2026-03-31T22:59'), {})).toBe(true);
    expect(isNewWork(kst('2026-03-01T23:00'), kst('2026-03-31T22:59'), CAL)).toBe(false);
  });

  it('a bad option is bad input, listed with the other problems', () => {
    expect(thrown(() => isNewWork('x' as never, 0, { clock: 'days' } as never))).toEqual({
      fn: 'isNewWork',
      issues: [
        {
          path: ['firstEpisodeAt'],
          code: 'invalid-instant',
          message: 'expected a Date, integer epoch ms or ISO-8601 string with offset; got "x"',
        },
        {
          path: ['options', 'clock'],
          code: 'invalid-value',
          message: "expected 'elapsed' or 'kst-calendar-days'; got \"days\"",
        },
      ],
    });
    expect(
      thrown(() => newWorkWindow(0, { clock: 'elapsed', tz: 'UTC' } as never)).issues.map((i) => [i.path, i.code]),
    ).toEqual([[['options', 'tz'], 'unrecognized-keys']]);
    expect(thrown(() => newWorkWindow(0, null as never)).issues.map((i) => [i.path, i.code])).toEqual([
      [['options'], 'invalid-type'],
    ]);
  });
});

describe('kakaopage.new-author: registration instant and the calendar clock', () => {
  const work = {
    nicknameCreatedAt: kst('2026-01-20T00:00'),
    firstEpisodeAt: kst('2026-02-05T00:00'),
    firstEpisodeRegisteredAt: kst('2026-02-01T00:00'),
  };

  it('the 30 days run from the registration when it is given, else from the publication', () => {
    expect(checkNewAuthorRanking(work, kst('2026-02-10T00:00'))).toEqual({
      ok: true,
      value: { until: kst('2026-03-03T00:00') },
    });
    const { firstEpisodeRegisteredAt: _, ...published } = work;
    expect(checkNewAuthorRanking(published, kst('2026-02-10T00:00'))).toEqual({
      ok: true,
      value: { until: kst('2026-03-07T00:00') },
    });
    expect(isNewAuthorRankingEligible(work, kst('2026-03-03T00:00'))).toBe(false);
    expect(isNewAuthorRankingEligible(published, kst('2026-03-03T00:00'))).toBe(true);
    expect(checkNewAuthorRanking(work, kst('2026-03-03T00:00'))).toMatchObject({
      ok: false,
      rule: 'kakaopage.new-author',
      code: 'first-episode-too-old',
      reasons: ['first-episode-too-old'],
    });
    expect(newAuthorRankingWindow(work)).toEqual({ start: kst('2026-02-01T00:00'), end: kst('2026-03-03T00:00') });
    expect(checkNewAuthorRanking(work, kst('2026-01-31T23:59'))).toMatchObject({
      ok: false,
      code: 'not-yet-published',
    });
  });

  it('kst-calendar-days: day 1 is the KST day of each instant, through the end of day 60 and day 30', () => {
    const late = { nicknameCreatedAt: kst('2026-01-01T23:59'), firstEpisodeAt: kst('2026-02-10T23:59') };
    expect(newAuthorRankingWindow(late, CAL)).toEqual({ start: kst('2026-02-10T23:59'), end: kst('2026-03-02T00:00') });
    expect(newAuthorRankingWindow(late)).toEqual({ start: kst('2026-02-10T23:59'), end: kst('2026-03-02T23:59') });
    expect(isNewAuthorRankingEligible(late, kst('2026-03-01T23:59:59.999'), CAL)).toBe(true);
    expect(checkNewAuthorRanking(late, kst('2026-03-02T00:00'), CAL)).toMatchObject({
      ok: false,
      reasons: ['nickname-too-old'],
    });
  });

  it('a bad registration instant is named under work', () => {
    expect(
      thrown(() => checkNewAuthorRanking({ ...work, firstEpisodeRegisteredAt: 'soon' }, 0)).issues.map((i) => i.path),
    ).toEqual([['work', 'firstEpisodeRegisteredAt']]);
  });
});

describe('batch ranking: newWorks and newAuthorRanking', () => {
  it('newWorks lists the eligible ids in input order and the next change', () => {
    const works: { id: string | number; firstEpisodeAt: number }[] = [
      { id: 'late', firstEpisodeAt: kst('2026-03-20T00:00') },
      { id: 'a', firstEpisodeAt: kst('2026-03-01T12:00') },
      { id: 'old', firstEpisodeAt: kst('2025-01-01T00:00') },
      { id: 7, firstEpisodeAt: kst('2026-02-20T00:00') },
    ];
    expect(newWorks(works, kst('2026-03-10T00:00'))).toEqual({
      eligible: ['a', 7],
      changesAt: kst('2026-03-20T00:00'),
    });
    expect(newWorks(works, kst('2026-03-20T00:00'))).toEqual({
      eligible: ['late', 'a', 7],
      changesAt: kst('2026-03-22T00:00'),
    });
    expect(newWorks(works, kst('2027-01-01T00:00'))).toEqual({ eligible: [], changesAt: null });
    expect(newWorks([], 0)).toEqual({ eligible: [], changesAt: null });
    expect(newWorks(works, kst('2026-03-10T00:00'), CAL).changesAt).toBe(kst('2026-03-20T00:00'));
  });

  it('newAuthorRanking skips works whose window is empty', () => {
    const works = [
      { id: 1, nicknameCreatedAt: kst('2026-01-01T00:00'), firstEpisodeAt: kst('2026-02-01T00:00') },
      { id: 2, nicknameCreatedAt: kst('2025-10-01T00:00'), firstEpisodeAt: kst('2026-02-01T00:00') },
    ];
    expect(newAuthorRanking(works, kst('2026-02-15T00:00'))).toEqual({
      eligible: [1],
      changesAt: kst('2026-03-02T00:00'),
    });
    expect(newAuthorRanking(works, kst('2026-01-15T00:00'))).toEqual({
      eligible: [],
      changesAt: kst('2026-02-01T00:00'),
    });
  });

  it('lists every problem with its path', () => {
    expect(
      thrown(() =>
        newWorks(
          [{ id: 'a', firstEpisodeAt: 'x' }, { id: 'a', firstEpisodeAt: 0 }, null, { firstEpisodeAt: 0 }] as never,
          'y' as never,
        ),
      ).issues.map((i) => [i.path, i.code]),
    ).toEqual([
      [['works', 1, 'id'], 'invalid-value'],
      [['works', 2], 'invalid-type'],
      [['works', 3, 'id'], 'invalid-type'],
      [['at'], 'invalid-instant'],
      [['works', 0, 'firstEpisodeAt'], 'invalid-instant'],
    ]);
    expect(thrown(() => newAuthorRanking({} as never, 0)).issues.map((i) => [i.path, i.code])).toEqual([
      [['works'], 'invalid-type'],
    ]);
    expect(
      thrown(() => newAuthorRanking([{ id: 1, nicknameCreatedAt: 0 }] as never, 0)).issues.map((i) => i.path),
    ).toEqual([['works', 0, 'firstEpisodeAt']]);
  });

  const base = Date.parse('2026-01-01T00:00:00+09:00');
  const t = fc.integer({ min: base - 90 * DAY, max: base + 90 * DAY });
  const clock = fc.constantFrom(undefined, CAL, { clock: 'elapsed' } as const);
  const authorWorks = fc
    .array(
      fc.record({
        nicknameCreatedAt: t,
        firstEpisodeAt: t,
        firstEpisodeRegisteredAt: fc.option(t, { nil: undefined }),
      }),
      { maxLength: 8 },
    )
    .map((ws) =>
      ws.map((w, id) =>
        w.firstEpisodeRegisteredAt === undefined
          ? { id, nicknameCreatedAt: w.nicknameCreatedAt, firstEpisodeAt: w.firstEpisodeAt }
          : { id, ...w },
      ),
    );

  test.prop([fc.array(t, { maxLength: 8 }), t, clock])(
    'newWorks: the set equals the per-work checks, and nothing changes in [at, changesAt)',
    (firsts, at, options) => {
      const works = firsts.map((firstEpisodeAt, id) => ({ id, firstEpisodeAt }));
      const { eligible, changesAt } = newWorks(works, at, options);
      expect(eligible).toEqual(works.filter((w) => isNewWork(w.firstEpisodeAt, at, options)).map((w) => w.id));
      if (changesAt === null) {
        expect(newWorks(works, at + 400 * DAY, options).eligible).toEqual(eligible);
      } else {
        expect(changesAt).toBeGreaterThan(at);
        expect(newWorks(works, changesAt - 1, options).eligible).toEqual(eligible);
        expect(newWorks(works, changesAt, options).eligible).not.toEqual(eligible);
      }
    },
  );

  test.prop([authorWorks, t, clock])(
    'newAuthorRanking: the set equals the per-work checks, and nothing changes in [at, changesAt)',
    (works, at, options) => {
      const { eligible, changesAt } = newAuthorRanking(works, at, options);
      expect(eligible).toEqual(works.filter((w) => isNewAuthorRankingEligible(w, at, options)).map((w) => w.id));
      if (changesAt !== null) {
        expect(changesAt).toBeGreaterThan(at);
        expect(newAuthorRanking(works, changesAt - 1, options).eligible).toEqual(eligible);
        expect(newAuthorRanking(works, changesAt, options).eligible).not.toEqual(eligible);
      }
    },
  );

  test.prop([authorWorks, t, clock])('every refusal names its rule, which lists its code', (works, at, options) => {
    for (const w of works) {
      const r = checkNewAuthorRanking(w, at, options);
      if (!r.ok) expect(KAKAOPAGE_RULES[r.rule].codes).toContain(r.code);
      expect(r.ok).toBe(isNewAuthorRankingEligible(w, at, options));
    }
  });
});
