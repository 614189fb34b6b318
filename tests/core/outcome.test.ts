import { describe, expect, it } from 'vitest';
import { RuleInputError, describeValue, guardInput, ok, refusal, type Guard } from '../../src/core/index.js';

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
