import { describe, expect, it } from 'vitest';
import {
  checkNewAuthorRanking,
  isNewAuthorRankingEligible,
  newAuthorRanking,
  newAuthorRankingWindow,
  type NewAuthorWorkInput,
} from '../../src/kakaopage/index.js';
import { thrown } from '../helpers.js';
import { DAY, kst, CAL, INSTANT_MESSAGE, UNREADABLE_MESSAGE } from './helpers.js';

const N = 1_767_193_200_000; // 2026-01-01T00:00:00+09:00
const NOT_A_WORK = 'expected { nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }; got';

interface Ms {
  nick: number;
  first: number;
  reg?: number;
}
type Form = (ms: number) => number | Date | string;
const asMs: Form = (ms) => ms;
const asDate: Form = (ms) => new Date(ms);
const asIso: Form = (ms) => new Date(ms).toISOString();
function work({ nick, first, reg }: Ms, f: Form, g: Form = f): NewAuthorWorkInput {
  return reg === undefined
    ? { nicknameCreatedAt: f(nick), firstEpisodeAt: f(first) }
    : { nicknameCreatedAt: f(nick), firstEpisodeAt: f(first), firstEpisodeRegisteredAt: g(reg) };
}

// Windows worked out by hand (elapsed clock: 60 x 24 h for the nickname, 30 x 24 h for the registration).
const IN_FIRST = { nick: N, first: N + 10 * DAY }; // eligible [N + 10 d, N + 40 d): the first episode's window ends first
const IN_NICK = { nick: N, first: N + 45 * DAY }; // eligible [N + 45 d, N + 60 d): the nickname's window ends first
const SAME = { nick: N, first: N }; // eligible [N, N + 30 d)
const REGISTERED = { nick: N, first: N + 20 * DAY, reg: N + 5 * DAY }; // eligible [N + 5 d, N + 35 d)
const BOUNDARIES: readonly (readonly [string, Ms, number, boolean])[] = [
  ['1 ms before the first episode', IN_FIRST, N + 10 * DAY - 1, false],
  ['at the first episode', IN_FIRST, N + 10 * DAY, true],
  ['1 ms before the first episode is 30 days old', IN_FIRST, N + 40 * DAY - 1, true],
  ['the first episode exactly 30 days old', IN_FIRST, N + 40 * DAY, false],
  ['1 ms before the nickname is 60 days old', IN_NICK, N + 60 * DAY - 1, true],
  ['the nickname exactly 60 days old', IN_NICK, N + 60 * DAY, false],
  ['1 ms before nickname and first episode, on the same instant', SAME, N - 1, false],
  ['at the nickname and the first episode, on the same instant', SAME, N, true],
  ['1 ms before the registration', REGISTERED, N + 5 * DAY - 1, false],
  ['at the registration, before the publication', REGISTERED, N + 5 * DAY, true],
  ['1 ms before the registration is 30 days old', REGISTERED, N + 35 * DAY - 1, true],
  ['the registration exactly 30 days old, the publication not', REGISTERED, N + 35 * DAY, false],
];

describe('kakaopage.new-author: every path gives the same answer at the window edges', () => {
  it.each(BOUNDARIES)('%s', (_, ms, at, expected) => {
    // epoch ms, no option: the fast path
    expect(isNewAuthorRankingEligible(work(ms, asMs), at)).toBe(expected);
    // Dates and ISO strings: the second path
    expect(isNewAuthorRankingEligible(work(ms, asDate), new Date(at))).toBe(expected);
    expect(isNewAuthorRankingEligible(work(ms, asIso), asIso(at) as string)).toBe(expected);
    // mixed forms: one instant that is not epoch ms sends the work past the fast path
    expect(isNewAuthorRankingEligible({ ...work(ms, asMs), nicknameCreatedAt: asIso(ms.nick) }, at)).toBe(expected);
    expect(isNewAuthorRankingEligible({ ...work(ms, asMs), firstEpisodeAt: asIso(ms.first) }, at)).toBe(expected);
    expect(isNewAuthorRankingEligible(work(ms, asMs, asIso), at)).toBe(expected);
    expect(isNewAuthorRankingEligible(work(ms, asMs), asIso(at) as string)).toBe(expected);
    // an option: the validating path
    expect(isNewAuthorRankingEligible(work(ms, asMs), at, { clock: 'elapsed' })).toBe(expected);
    expect(isNewAuthorRankingEligible(work(ms, asDate), at, {})).toBe(expected);
    // the other functions
    expect(checkNewAuthorRanking(work(ms, asMs), at).ok).toBe(expected);
    expect(checkNewAuthorRanking(work(ms, asIso), at, { clock: 'elapsed' }).ok).toBe(expected);
    const { start, end } = newAuthorRankingWindow(work(ms, asMs));
    expect(start <= at && at < end).toBe(expected);
    expect(newAuthorRanking([{ id: 'w', ...work(ms, asMs) }], at).eligible).toEqual(expected ? ['w'] : []);
  });

  it('the window of each case, by hand', () => {
    expect(newAuthorRankingWindow(work(IN_FIRST, asMs))).toEqual({ start: N + 10 * DAY, end: N + 40 * DAY });
    expect(newAuthorRankingWindow(work(IN_NICK, asDate))).toEqual({ start: N + 45 * DAY, end: N + 60 * DAY });
    expect(newAuthorRankingWindow(work(SAME, asIso))).toEqual({ start: N, end: N + 30 * DAY });
    expect(newAuthorRankingWindow(work(REGISTERED, asMs, asIso))).toEqual({ start: N + 5 * DAY, end: N + 35 * DAY });
  });

  it('an extra property, even one named "", is ignored', () => {
    const extra = { '': N + 100 * DAY, ...work(REGISTERED, asDate) };
    expect(isNewAuthorRankingEligible(extra, N + 34 * DAY)).toBe(true);
    expect(isNewAuthorRankingEligible(extra, N + 36 * DAY)).toBe(false);
    const early = { '': N, ...work(IN_NICK, asIso) };
    expect(isNewAuthorRankingEligible(early, N + 50 * DAY)).toBe(true);
    const late = { '': N + 50 * DAY, ...work(IN_NICK, asIso) };
    expect(isNewAuthorRankingEligible(late, N + 46 * DAY)).toBe(true);
  });
});

describe('kakaopage.new-author: the calendar clock is honoured on every path', () => {
  // nickname 01-01 23:00 KST: day 60 ends 03-02 00:00 KST (elapsed: 03-02 23:00);
  // first episode 02-10 23:00 KST: day 30 ends 03-12 00:00 KST (elapsed: 03-12 23:00).
  const ms = { nick: kst('2026-01-01T23:00'), first: kst('2026-02-10T23:00') };
  it.each([
    ['2026-03-01T23:59:59.999', true, true],
    ['2026-03-02T00:00', true, false],
    ['2026-03-02T12:00', true, false],
    ['2026-03-02T23:00', false, false],
  ])('at %s KST: elapsed %s, kst-calendar-days %s', (text, elapsed, calendar) => {
    const at = kst(text);
    for (const f of [asMs, asDate, asIso]) {
      expect(isNewAuthorRankingEligible(work(ms, f), f(at) as never)).toBe(elapsed);
      expect(isNewAuthorRankingEligible(work(ms, f), f(at) as never, { clock: 'elapsed' })).toBe(elapsed);
      expect(isNewAuthorRankingEligible(work(ms, f), f(at) as never, CAL)).toBe(calendar);
      expect(checkNewAuthorRanking(work(ms, f), f(at) as never, CAL).ok).toBe(calendar);
    }
    expect(newAuthorRanking([{ id: 1, ...work(ms, asMs) }], at, CAL).eligible).toEqual(calendar ? [1] : []);
  });

  it('the windows under both clocks', () => {
    expect(newAuthorRankingWindow(work(ms, asMs))).toEqual({ start: ms.first, end: kst('2026-03-02T23:00') });
    expect(newAuthorRankingWindow(work(ms, asMs), CAL)).toEqual({ start: ms.first, end: kst('2026-03-02T00:00') });
  });

  it('a bad option is refused even when every instant is epoch ms', () => {
    for (const f of [asMs, asDate]) {
      expect(
        thrown(() => isNewAuthorRankingEligible(work(ms, f), f(ms.first) as never, { clock: 'days' } as never)),
      ).toEqual({
        fn: 'isNewAuthorRankingEligible',
        issues: [
          {
            path: ['options', 'clock'],
            code: 'invalid-value',
            message: "expected 'elapsed' or 'kst-calendar-days'; got \"days\"",
          },
        ],
      });
    }
  });

  it('a bad instant under the calendar clock is a RuleInputError, never a RangeError', () => {
    const bad = { nicknameCreatedAt: 'bad', firstEpisodeAt: ms.first } as never;
    const issue = { path: ['work', 'nicknameCreatedAt'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} "bad"` };
    expect(thrown(() => isNewAuthorRankingEligible(bad, ms.first, CAL))).toEqual({
      fn: 'isNewAuthorRankingEligible',
      issues: [issue],
    });
    expect(thrown(() => checkNewAuthorRanking(bad, ms.first, CAL))).toEqual({
      fn: 'checkNewAuthorRanking',
      issues: [issue],
    });
    expect(thrown(() => newAuthorRankingWindow(bad, CAL))).toEqual({ fn: 'newAuthorRankingWindow', issues: [issue] });
    expect(
      thrown(() =>
        newAuthorRanking(
          [{ id: 1, nicknameCreatedAt: ms.nick, firstEpisodeAt: ms.first, firstEpisodeRegisteredAt: null }] as never,
          ms.first,
          CAL,
        ),
      ),
    ).toEqual({
      fn: 'newAuthorRanking',
      issues: [
        { path: ['works', 0, 'firstEpisodeRegisteredAt'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} null` },
      ],
    });
  });
});

describe('kakaopage.new-author: hostile and odd inputs', () => {
  it('a function carrying the fields is not a work object, whatever the form of its instants', () => {
    for (const f of [asMs, asDate, asIso]) {
      const fn = Object.assign(function notAWork() {}, work(SAME, f));
      expect(thrown(() => isNewAuthorRankingEligible(fn as never, N))).toEqual({
        fn: 'isNewAuthorRankingEligible',
        issues: [{ path: ['work'], code: 'invalid-type', message: `${NOT_A_WORK} ${String(fn)}` }],
      });
    }
  });

  it('a missing or bad first episode is refused even when the registration is good', () => {
    for (const first of [undefined, 'soon']) {
      const bad = { nicknameCreatedAt: N, firstEpisodeAt: first, firstEpisodeRegisteredAt: new Date(N) } as never;
      expect(thrown(() => isNewAuthorRankingEligible(bad, N))).toEqual({
        fn: 'isNewAuthorRankingEligible',
        issues: [
          {
            path: ['work', 'firstEpisodeAt'],
            code: 'invalid-instant',
            message: `${INSTANT_MESSAGE} ${first === undefined ? 'undefined' : '"soon"'}`,
          },
        ],
      });
    }
  });

  it('a bad registration is refused even when the first episode is good', () => {
    const bad = {
      nicknameCreatedAt: new Date(N),
      firstEpisodeAt: new Date(N),
      firstEpisodeRegisteredAt: 'soon',
    } as never;
    expect(thrown(() => isNewAuthorRankingEligible(bad, N))).toEqual({
      fn: 'isNewAuthorRankingEligible',
      issues: [
        { path: ['work', 'firstEpisodeRegisteredAt'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} "soon"` },
      ],
    });
  });

  it('a field whose getter throws is one invalid-input issue under work', () => {
    const bad = {
      get nicknameCreatedAt(): never {
        throw new Error('no reading');
      },
      firstEpisodeAt: N,
    };
    const issues = [{ path: ['work', 'nicknameCreatedAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE }];
    expect(thrown(() => isNewAuthorRankingEligible(bad as never, N))).toEqual({
      fn: 'isNewAuthorRankingEligible',
      issues,
    });
    expect(thrown(() => checkNewAuthorRanking(bad as never, N))).toEqual({ fn: 'checkNewAuthorRanking', issues });
    expect(thrown(() => newAuthorRankingWindow(bad as never))).toEqual({ fn: 'newAuthorRankingWindow', issues });
  });

  it('a Proxy work that throws on every read: each field once, beside a bad at', () => {
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('no reading');
        },
      },
    );
    expect(thrown(() => isNewAuthorRankingEligible(proxy as never, 'soon' as never))).toEqual({
      fn: 'isNewAuthorRankingEligible',
      issues: [
        { path: ['work', 'nicknameCreatedAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
        { path: ['work', 'firstEpisodeAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
        { path: ['work', 'firstEpisodeRegisteredAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
        { path: ['at'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} "soon"` },
      ],
    });
  });
});

describe('newAuthorRanking: changesAt at the edges', () => {
  it('a work whose window is exactly empty (registration at the end of the nickname window) never changes anything', () => {
    const empty = { id: 1, nicknameCreatedAt: 0, firstEpisodeAt: 60 * DAY };
    expect(newAuthorRankingWindow(empty)).toEqual({ start: 60 * DAY, end: 60 * DAY });
    expect(newAuthorRanking([empty], 0)).toEqual({ eligible: [], changesAt: null });
    expect(newAuthorRanking([empty], 60 * DAY)).toEqual({ eligible: [], changesAt: null });
  });

  it('at the end of the window nothing is left to change; 1 ms before, the end is the change', () => {
    const w = { id: 'a', nicknameCreatedAt: 0, firstEpisodeAt: 0 };
    expect(newAuthorRanking([w], 30 * DAY)).toEqual({ eligible: [], changesAt: null });
    expect(newAuthorRanking([w], 30 * DAY - 1)).toEqual({ eligible: ['a'], changesAt: 30 * DAY });
    expect(newAuthorRanking([w], 0)).toEqual({ eligible: ['a'], changesAt: 30 * DAY });
    expect(newAuthorRanking([w], -1)).toEqual({ eligible: [], changesAt: 0 });
  });

  it('a change at the last instant of the Date range (8.64e15 ms) is reported; none after it is', () => {
    const MAX = 8.64e15;
    expect(newAuthorRanking([{ id: 1, nicknameCreatedAt: MAX, firstEpisodeAt: MAX }], 0)).toEqual({
      eligible: [],
      changesAt: MAX,
    });
    expect(
      newAuthorRanking([{ id: 1, nicknameCreatedAt: MAX - 30 * DAY, firstEpisodeAt: MAX - 30 * DAY }], MAX - 30 * DAY),
    ).toEqual({ eligible: [1], changesAt: MAX });
    expect(
      newAuthorRanking(
        [{ id: 1, nicknameCreatedAt: MAX - 30 * DAY + 1, firstEpisodeAt: MAX - 30 * DAY + 1 }],
        MAX - 30 * DAY + 1,
      ),
    ).toEqual({ eligible: [1], changesAt: null });
  });
});
