import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  checkedRefusal,
  describeValue,
  guardInput,
  ok,
  refusal,
  type Guard,
} from '../../src/core/index.js';
import { thrown } from '../helpers.js';

describe('outcomes', () => {
  it('ok carries a value', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(ok()).toEqual({ ok: true, value: undefined });
  });

  it('a refusal names its rule and code, in both languages, and is frozen', () => {
    const r = refusal('voiceroom.speaker-cap', 'talker-cap-reached', 'Ten already talk.', '이미 10명입니다.', {
      limit: 10,
    });
    expect(r).toEqual({
      ok: false,
      rule: 'voiceroom.speaker-cap',
      code: 'talker-cap-reached',
      message: { en: 'Ten already talk.', ko: '이미 10명입니다.' },
      limit: 10,
    });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.message)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('checkedRefusal (the root export refusal)', () => {
  const EXTRA_MESSAGE = 'expected a readable object naming none of ok, rule, code, message';
  const badExtra = { path: ['extra'], code: 'invalid-value', message: EXTRA_MESSAGE };

  it('builds the frozen refusal without extra', () => {
    const r = checkedRefusal('voiceroom.capacity', 'room-full', 'Full.', '가득.');
    expect(r).toEqual({
      ok: false,
      rule: 'voiceroom.capacity',
      code: 'room-full',
      message: { en: 'Full.', ko: '가득.' },
    });
    expect(Object.keys(r)).toEqual(['ok', 'rule', 'code', 'message']);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('copies the own enumerable fields of extra, none of them reserved', () => {
    const extra = { limit: 1500 };
    const r = checkedRefusal('voiceroom.capacity', 'room-full', 'Full.', '가득.', extra);
    expect(r).toEqual({
      ok: false,
      rule: 'voiceroom.capacity',
      code: 'room-full',
      message: { en: 'Full.', ko: '가득.' },
      limit: 1500,
    });
    extra.limit = 1;
    expect(r.limit).toBe(1500);
  });

  it('lists every argument that is not a string, by name', () => {
    expect(thrown(() => checkedRefusal(1 as never, null as never, undefined as never, 2n as never))).toEqual({
      fn: 'refusal',
      issues: [
        { path: ['rule'], code: 'invalid-type', message: 'expected a string; got 1' },
        { path: ['code'], code: 'invalid-type', message: 'expected a string; got null' },
        { path: ['en'], code: 'invalid-type', message: 'expected a string; got undefined' },
        { path: ['ko'], code: 'invalid-type', message: 'expected a string; got 2n' },
      ],
    });
    expect(thrown(() => checkedRefusal('r', 'c', {} as never, 'k'))).toEqual({
      fn: 'refusal',
      issues: [{ path: ['en'], code: 'invalid-type', message: 'expected a string; got object' }],
    });
  });

  it('lists a bad extra beside the bad arguments', () => {
    expect(thrown(() => checkedRefusal('r', 'c', 'e', 7 as never, null as never))).toEqual({
      fn: 'refusal',
      issues: [{ path: ['ko'], code: 'invalid-type', message: 'expected a string; got 7' }, badExtra],
    });
  });

  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  it.each([
    ['null', null],
    ['a number', 5],
    ['a string (spread into its characters)', 'ab'],
    ['a boolean', true],
    ['a function', () => 1],
    ['an extra naming ok', { ok: true }],
    ['an extra naming rule, among others', { limit: 1, rule: 'other' }],
    ['an extra naming code', { code: 'other' }],
    ['an extra naming message', { message: 'other' }],
    ['an extra naming message with undefined', { message: undefined }],
    [
      'an extra whose getter throws',
      Object.defineProperty({}, 'limit', {
        enumerable: true,
        get() {
          throw new Error('hostile');
        },
      }),
    ],
    [
      'a Proxy whose ownKeys trap throws',
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('hostile');
          },
        },
      ),
    ],
    ['a revoked Proxy', revoked.proxy],
  ])('refuses as extra %s', (_, extra) => {
    expect(thrown(() => checkedRefusal('r', 'c', 'e', 'k', extra as never))).toEqual({
      fn: 'refusal',
      issues: [badExtra],
    });
  });

  it('accepts an extra whose reserved names are inherited or not enumerable (only own enumerable fields are copied)', () => {
    const extra = Object.create(
      { ok: true },
      { code: { value: 'x', enumerable: false }, limit: { value: 2, enumerable: true } },
    );
    expect(checkedRefusal('r', 'c', 'e', 'k', extra)).toEqual({
      ok: false,
      rule: 'r',
      code: 'c',
      message: { en: 'e', ko: 'k' },
      limit: 2,
    });
  });
});

describe('input errors', () => {
  // The compiled form of z.object({ kind: z.enum(['a', 'b']), count: z.int().nonnegative() }).
  const Schema: Guard = {
    k: 'object',
    s: { kind: { k: 'values', v: ['a', 'b'] }, count: { k: 'number', c: [{ k: 'int' }, { k: 'ge', n: 0 }] } },
  };

  it('list every problem with kebab-case codes and paths', () => {
    try {
      guardInput(Schema, { kind: 'c', count: -1 }, 'checkThing', ['input']);
      expect.unreachable();
    } catch (e) {
      const err = e as RuleInputError;
      expect(err).toBeInstanceOf(RuleInputError);
      expect(err.name).toBe('RuleInputError');
      expect(err.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['input.kind', 'invalid-value'],
        ['input.count', 'too-small'],
      ]);
      expect(err.message).toBe(
        'checkThing: invalid input\n  - input.kind: ' +
          err.issues[0]!.message +
          '\n  - input.count: ' +
          err.issues[1]!.message,
      );
    }
  });

  it('returns parsed data when valid', () => {
    expect(guardInput(Schema, { kind: 'a', count: 0, extra: 1 }, 'checkThing')).toEqual({ kind: 'a', count: 0 });
  });

  it('an error never has an empty issue list', () => {
    expect(new RuleInputError('f', []).issues).toHaveLength(1);
  });

  it.each([
    ['x'.repeat(100), `"${'x'.repeat(57)}..."`],
    [10n, '10n'],
    [Symbol('s'), 'Symbol(s)'],
    [new Date(NaN), 'Invalid Date'],
    [[1, 2], 'array(2)'],
    [null, 'null'],
    [
      {
        toString: () => {
          throw new Error('boom');
        },
      },
      'object',
    ],
  ])('describeValue renders case %# safely', (v, text) => {
    expect(describeValue(v)).toBe(text);
  });
});
