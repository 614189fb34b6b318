import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../src/core/index.js';
import { readBatch, readClock } from '../../src/kakaopage/instants.js';
import {
  checkNewAuthorRanking,
  isNewWork,
  newAuthorRanking,
  newWorkWindow,
  newWorks,
} from '../../src/kakaopage/index.js';
import { thrown } from '../helpers.js';
import { UNREADABLE_MESSAGE, INSTANT_MESSAGE } from './helpers.js';

/** A record whose every property read throws. */
const hostile = (): Record<string, unknown> =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('no reading');
      },
    },
  );

describe('readClock: the { clock } option (its documented answers)', () => {
  it.each([
    ['no option', undefined, true, false],
    ['clock elapsed', { clock: 'elapsed' }, true, false],
    ['an empty object', {}, true, false],
    ['clock kst-calendar-days', { clock: 'kst-calendar-days' }, true, true],
  ] as const)('%s: no issue, calendar %s', (_, options, noIssue, calendar) => {
    const issues: InputIssue[] = [];
    expect(readClock(options, issues)).toBe(calendar);
    expect(issues.length === 0).toBe(noIssue);
  });

  it.each([
    [
      'an unknown clock',
      { clock: 'days' },
      {
        path: ['options', 'clock'],
        code: 'invalid-value',
        message: "expected 'elapsed' or 'kst-calendar-days'; got \"days\"",
      },
    ],
    [
      'an unknown key beside the calendar clock',
      { clock: 'kst-calendar-days', tz: 'UTC' },
      { path: ['options', 'tz'], code: 'unrecognized-keys', message: 'unknown option "tz"; the only option is clock' },
    ],
    ['null', null, { path: ['options'], code: 'invalid-type', message: 'expected { clock? } or nothing; got null' }],
    [
      'an array',
      ['kst-calendar-days'],
      { path: ['options'], code: 'invalid-type', message: 'expected { clock? } or nothing; got array(1)' },
    ],
    [
      'a string',
      'kst-calendar-days',
      { path: ['options'], code: 'invalid-type', message: 'expected { clock? } or nothing; got "kst-calendar-days"' },
    ],
  ] as const)('%s: answers false and lists the one issue', (_, options, issue) => {
    const issues: InputIssue[] = [];
    expect(readClock(options, issues)).toBe(false);
    expect(issues).toEqual([issue]);
  });
});

describe('readClock: options that throw when read', () => {
  it('a clock whose getter throws: false, and one invalid-input issue at the clock', () => {
    const options = {
      get clock(): never {
        throw new Error('no clock');
      },
    };
    const issues: InputIssue[] = [];
    expect(readClock(options, issues)).toBe(false);
    expect(issues).toEqual([{ path: ['options', 'clock'], code: 'invalid-input', message: UNREADABLE_MESSAGE }]);
  });

  it('a calendar clock read well, but keys that cannot be listed: false, and one invalid-input issue at options', () => {
    const options = new Proxy(
      { clock: 'kst-calendar-days' },
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const issues: InputIssue[] = [];
    expect(readClock(options, issues)).toBe(false);
    expect(issues).toEqual([{ path: ['options'], code: 'invalid-input', message: UNREADABLE_MESSAGE }]);
  });

  it('a revoked Proxy as options: one invalid-input issue at options, under the public function', () => {
    const { proxy, revoke } = Proxy.revocable({ clock: 'kst-calendar-days' }, {});
    revoke();
    expect(thrown(() => newWorkWindow(0, proxy as never))).toEqual({
      fn: 'newWorkWindow',
      issues: [{ path: ['options'], code: 'invalid-input', message: UNREADABLE_MESSAGE }],
    });
  });
});

describe('options errors as the public functions report them', () => {
  it('an unknown option is named with its key, and the message names the only option', () => {
    expect(thrown(() => newWorks([], 0, { clock: 'elapsed', tz: 'UTC' } as never))).toEqual({
      fn: 'newWorks',
      issues: [
        {
          path: ['options', 'tz'],
          code: 'unrecognized-keys',
          message: 'unknown option "tz"; the only option is clock',
        },
      ],
    });
  });

  it('options that are not an object are named as options', () => {
    expect(thrown(() => newWorkWindow(0, null as never))).toEqual({
      fn: 'newWorkWindow',
      issues: [{ path: ['options'], code: 'invalid-type', message: 'expected { clock? } or nothing; got null' }],
    });
  });

  it('a bad option beside a bad instant: both listed as RuleInputError issues, never a RangeError from the calendar', () => {
    for (const options of [{ clock: 'days' }, { clock: 'kst-calendar-days', tz: 'UTC' }, null, 7]) {
      const optionIssue = thrown(() => newWorkWindow(0, options as never)).issues;
      expect(optionIssue).toHaveLength(1);
      expect(
        thrown(() =>
          newAuthorRanking([{ id: 1, nicknameCreatedAt: 'bad', firstEpisodeAt: 0 }] as never, 0, options as never),
        ),
      ).toEqual({
        fn: 'newAuthorRanking',
        issues: [
          ...optionIssue,
          { path: ['works', 0, 'nicknameCreatedAt'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} "bad"` },
        ],
      });
      expect(
        thrown(() =>
          checkNewAuthorRanking({ nicknameCreatedAt: 0, firstEpisodeAt: 'bad' } as never, 0, options as never),
        ),
      ).toEqual({
        fn: 'checkNewAuthorRanking',
        issues: [
          ...optionIssue,
          { path: ['work', 'firstEpisodeAt'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} "bad"` },
        ],
      });
    }
  });
});

describe('readBatch: the list and its ids', () => {
  it.each([
    [
      'not an array',
      'works',
      { path: ['works'], code: 'invalid-type', message: 'expected an array of works; got "works"' },
    ],
    [
      'too long (sparse: refused by its length alone)',
      new Array(100_001),
      { path: ['works'], code: 'too-big', message: 'expected at most 100000 items; got 100001' },
    ],
    [
      'whose first element cannot be read',
      new Proxy([{ id: 'a', firstEpisodeAt: 0 }], {
        get(t, key, receiver) {
          if (key === '0') throw new Error('no reading');
          return Reflect.get(t, key, receiver);
        },
      }),
      { path: ['works', 0], code: 'invalid-input', message: UNREADABLE_MESSAGE },
    ],
  ])('a list %s: an empty list back, and the one issue', (_, works, issue) => {
    const issues: InputIssue[] = [];
    expect(readBatch(works, issues)).toEqual([]);
    expect(issues).toEqual([issue]);
  });

  it('a list that is not an array', () => {
    expect(thrown(() => newWorks({} as never, 0))).toEqual({
      fn: 'newWorks',
      issues: [{ path: ['works'], code: 'invalid-type', message: 'expected an array of works; got object' }],
    });
    expect(thrown(() => newAuthorRanking('works' as never, 0))).toEqual({
      fn: 'newAuthorRanking',
      issues: [{ path: ['works'], code: 'invalid-type', message: 'expected an array of works; got "works"' }],
    });
  });

  it('an entry that is not an object', () => {
    expect(thrown(() => newWorks([{ id: 'a', firstEpisodeAt: 0 }, null] as never, 0))).toEqual({
      fn: 'newWorks',
      issues: [{ path: ['works', 1], code: 'invalid-type', message: 'expected a work object; got null' }],
    });
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, 'object'],
    [10n, '10n'],
  ])('an id %s is neither a string nor a finite number', (id, shown) => {
    expect(
      thrown(() =>
        newWorks(
          [
            { id: 'ok', firstEpisodeAt: 0 },
            { id, firstEpisodeAt: 0 },
          ] as never,
          0,
        ),
      ),
    ).toEqual({
      fn: 'newWorks',
      issues: [
        {
          path: ['works', 1, 'id'],
          code: 'invalid-type',
          message: `expected a string or finite number id; got ${shown}`,
        },
      ],
    });
  });

  it('finite numbers and strings are ids, and 1 and "1" are different ids', () => {
    expect(
      newWorks<string | number>(
        [
          { id: 1, firstEpisodeAt: 0 },
          { id: '1', firstEpisodeAt: 0 },
          { id: -2.5, firstEpisodeAt: 0 },
        ],
        0,
      ),
    ).toEqual({ eligible: [1, '1', -2.5], changesAt: 2_592_000_000 });
  });

  it('a repeated id is named at its second place, with the id in the message', () => {
    expect(
      thrown(() =>
        newWorks<string | number>(
          [
            { id: 'a', firstEpisodeAt: 0 },
            { id: 7, firstEpisodeAt: 0 },
            { id: 'a', firstEpisodeAt: 0 },
            { id: 7, firstEpisodeAt: 0 },
          ],
          0,
        ),
      ),
    ).toEqual({
      fn: 'newWorks',
      issues: [
        { path: ['works', 2, 'id'], code: 'invalid-value', message: 'the id "a" appears more than once' },
        { path: ['works', 3, 'id'], code: 'invalid-value', message: 'the id 7 appears more than once' },
      ],
    });
  });

  it('an id whose getter throws is one invalid-input issue at its path, nothing more', () => {
    const work = {
      get id(): never {
        throw new Error('no id');
      },
      firstEpisodeAt: 0,
    };
    expect(thrown(() => newWorks([{ id: 'a', firstEpisodeAt: 0 }, work] as never, 0))).toEqual({
      fn: 'newWorks',
      issues: [{ path: ['works', 1, 'id'], code: 'invalid-input', message: UNREADABLE_MESSAGE }],
    });
  });

  it('a Proxy entry that throws on every read: its id and its instant, each once', () => {
    expect(thrown(() => newWorks([hostile()] as never, 0))).toEqual({
      fn: 'newWorks',
      issues: [
        { path: ['works', 0, 'id'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
        { path: ['works', 0, 'firstEpisodeAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
      ],
    });
    expect(thrown(() => newAuthorRanking([hostile()] as never, 0))).toEqual({
      fn: 'newAuthorRanking',
      issues: [
        { path: ['works', 0, 'id'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
        { path: ['works', 0, 'nicknameCreatedAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
        { path: ['works', 0, 'firstEpisodeAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
        { path: ['works', 0, 'firstEpisodeRegisteredAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE },
      ],
    });
  });

  it('an instant whose getter throws is one invalid-input issue, not also an invalid instant', () => {
    const work = {
      id: 'a',
      get firstEpisodeAt(): never {
        throw new Error('no instant');
      },
    };
    expect(thrown(() => newWorks([work] as never, 0))).toEqual({
      fn: 'newWorks',
      issues: [{ path: ['works', 0, 'firstEpisodeAt'], code: 'invalid-input', message: UNREADABLE_MESSAGE }],
    });
  });

  it('a bad at is named at, under the function that refused it', () => {
    expect(thrown(() => newWorks([], 'soon' as never))).toEqual({
      fn: 'newWorks',
      issues: [{ path: ['at'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} "soon"` }],
    });
    expect(thrown(() => newAuthorRanking([], 'soon' as never))).toEqual({
      fn: 'newAuthorRanking',
      issues: [{ path: ['at'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} "soon"` }],
    });
    expect(thrown(() => isNewWork(0, 1.5))).toEqual({
      fn: 'isNewWork',
      issues: [{ path: ['at'], code: 'invalid-instant', message: `${INSTANT_MESSAGE} 1.5` }],
    });
  });
});
