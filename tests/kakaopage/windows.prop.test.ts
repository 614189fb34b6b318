import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import {
  checkNewAuthorRanking,
  isNewAuthorRankingEligible,
  isNewWork,
  newAuthorRankingWindow,
  newWorkWindow,
} from '../../src/kakaopage/index.js';
import { DAY } from './helpers.js';

// Instants from 1900 to 2100: before and after KST became a fixed offset.
const instant = fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 });
// An instant near another: up to 90 days either side, often on a day boundary.
const near = (base: number) =>
  fc
    .oneof(
      fc.integer({ min: -90 * DAY, max: 90 * DAY }),
      fc.integer({ min: -90, max: 90 }).map((d) => d * DAY),
      fc.integer({ min: -90, max: 90 }).map((d) => d * DAY - 1),
    )
    .map((offset) => base + offset);
const work = instant.chain((nick) => fc.tuple(fc.constant(nick), near(nick), near(nick)));
const offsets = fc.integer({ min: -14 * 60, max: 14 * 60 });

function iso(ms: number, offsetMinutes: number): string {
  const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const abs = Math.abs(offsetMinutes);
  return `${wall}${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The three forms an instant may take. */
const forms = fc.constantFrom('ms' as const, 'date' as const, 'iso' as const);
function as(form: 'ms' | 'date' | 'iso', ms: number, offsetMinutes: number): number | Date | string {
  return form === 'ms' ? ms : form === 'date' ? new Date(ms) : iso(ms, offsetMinutes);
}

describe('kakaopage.new-work (laws)', () => {
  test.prop([instant.chain((f) => fc.tuple(fc.constant(f), near(f)))])(
    'a work is new exactly while at lies in [first, first + 30 x 24 h)',
    ([first, at]) => {
      expect(isNewWork(first, at)).toBe(at >= first && at < first + 30 * DAY);
      const { start, end } = newWorkWindow(first);
      expect(isNewWork(first, at)).toBe(start <= at && at < end);
    },
  );

  test.prop([instant.chain((f) => fc.tuple(fc.constant(f), near(f), near(f)))])(
    'monotonic: once out after the first episode, never back in as at grows',
    ([first, a, b]) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      if (early >= first && !isNewWork(first, early)) expect(isNewWork(first, late)).toBe(false);
    },
  );

  test.prop([instant.chain((f) => fc.tuple(fc.constant(f), near(f))), offsets, offsets])(
    'a Date, epoch ms and ISO strings in any offset give the same answer (no machine zone involved)',
    ([first, at], o1, o2) => {
      const expected = isNewWork(first, at);
      expect(isNewWork(new Date(first), new Date(at))).toBe(expected);
      expect(isNewWork(iso(first, o1), iso(at, o2))).toBe(expected);
    },
  );

  test.prop([instant.chain((f) => fc.tuple(fc.constant(f), near(f))), forms, forms, offsets])(
    'each instant may come in its own form (epoch ms, Date, ISO string): the answer is the same',
    ([first, at], f1, f2, o) => {
      expect(isNewWork(as(f1, first, o), as(f2, at, -o))).toBe(isNewWork(first, at));
    },
  );

  test.prop([fc.anything(), fc.anything()])('garbage is a RuleInputError or an answer, never another error', (a, b) => {
    try {
      expect(typeof isNewWork(a as never, b as never)).toBe('boolean');
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
    }
  });
});

describe('kakaopage.new-author (laws)', () => {
  test.prop([work])('eligible exactly while at lies inside both windows', ([nick, first, at]) => {
    const inNickname = at >= nick && at < nick + 60 * DAY;
    const inFirst = at >= first && at < first + 30 * DAY;
    const w = { nicknameCreatedAt: nick, firstEpisodeAt: first };
    expect(isNewAuthorRankingEligible(w, at)).toBe(inNickname && inFirst);
    expect(checkNewAuthorRanking(w, at).ok).toBe(inNickname && inFirst);
    const { start, end } = newAuthorRankingWindow(w);
    expect(start <= at && at < end).toBe(inNickname && inFirst);
  });

  test.prop([work])('until is the earlier window end: eligible 1 ms before it, not at it', ([nick, first, at]) => {
    const w = { nicknameCreatedAt: nick, firstEpisodeAt: first };
    const outcome = checkNewAuthorRanking(w, at);
    if (!outcome.ok) return;
    expect(outcome.value.until).toBe(Math.min(nick + 60 * DAY, first + 30 * DAY));
    expect(isNewAuthorRankingEligible(w, outcome.value.until - 1)).toBe(true);
    expect(isNewAuthorRankingEligible(w, outcome.value.until)).toBe(false);
  });

  test.prop([work])('a refusal lists every failing condition and no other, its code the first', ([nick, first, at]) => {
    const outcome = checkNewAuthorRanking({ nicknameCreatedAt: nick, firstEpisodeAt: first }, at);
    if (outcome.ok) return;
    const expected = [
      ...(at - nick >= 60 * DAY ? ['nickname-too-old'] : []),
      ...(at - first >= 30 * DAY ? ['first-episode-too-old'] : []),
      ...(at < nick || at < first ? ['not-yet-published'] : []),
    ];
    expect(outcome.reasons).toEqual(expected);
    expect(outcome.code).toBe(expected[0]);
    expect(outcome.rule).toBe('kakaopage.new-author');
  });

  test.prop([work, near(0)])(
    'monotonic: once out after both instants, never back in as at grows',
    ([nick, first, a], delta) => {
      const w = { nicknameCreatedAt: nick, firstEpisodeAt: first };
      const early = Math.min(a, a + delta);
      const late = Math.max(a, a + delta);
      if (early >= Math.max(nick, first) && !isNewAuthorRankingEligible(w, early)) {
        expect(isNewAuthorRankingEligible(w, late)).toBe(false);
      }
    },
  );

  test.prop([work, forms, forms, forms, offsets])(
    'each instant may come in its own form: the answer is the same',
    ([nick, first, at], f1, f2, f3, o) => {
      const mixed = { nicknameCreatedAt: as(f1, nick, o), firstEpisodeAt: as(f2, first, -o) };
      const plain = { nicknameCreatedAt: nick, firstEpisodeAt: first };
      expect(isNewAuthorRankingEligible(mixed, as(f3, at, o))).toBe(isNewAuthorRankingEligible(plain, at));
      expect(checkNewAuthorRanking(mixed, as(f3, at, o))).toEqual(checkNewAuthorRanking(plain, at));
    },
  );

  test.prop([work, offsets])('Dates, epoch ms and ISO strings in any offset agree', ([nick, first, at], o) => {
    const expected = checkNewAuthorRanking({ nicknameCreatedAt: nick, firstEpisodeAt: first }, at);
    expect(
      checkNewAuthorRanking({ nicknameCreatedAt: new Date(nick), firstEpisodeAt: iso(first, o) }, iso(at, -o)),
    ).toEqual(expected);
  });

  test.prop([fc.anything(), fc.anything()])(
    'garbage is a RuleInputError or an answer, never another error',
    (w, at) => {
      for (const run of [
        () => isNewAuthorRankingEligible(w as never, at as never),
        () => checkNewAuthorRanking(w as never, at as never),
      ]) {
        try {
          run();
        } catch (e) {
          expect(e).toBeInstanceOf(RuleInputError);
        }
      }
    },
  );
});
