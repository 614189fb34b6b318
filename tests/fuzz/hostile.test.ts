import { describe, expect, it } from 'vitest';
import * as pkg from '../../src/index.js';
import { RuleInputError } from '../../src/core/index.js';
import { ROOM as room } from './hostile.js';

// An input whose reading throws (a getter, a Proxy trap) is bad input: every exported function answers
// it with RuleInputError, never with the error the input threw. The fast paths read properties before
// any validation, so each must fall through to the guard, which reports such an input as unreadable.
const trap = () => {
  throw new Error('hostile read');
};
const proxy = () =>
  new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
const KEYS = [
  'kind',
  'areFriends',
  'type',
  'userId',
  'hostId',
  'at',
  'seq',
  'nicknameCreatedAt',
  'firstEpisodeAt',
  'firstEpisodeRegisteredAt',
  'id',
  'chat',
  'participantCount',
  'clock',
  'onRefusal',
  'count',
  'context',
  'bothOnWifi',
  'offWifi',
];
const getters = () =>
  Object.defineProperties({}, Object.fromEntries(KEYS.map((k) => [k, { enumerable: true, get: trap }])));

const functions = (Object.entries(pkg) as [string, unknown][]).filter(
  (e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function' && e[0] !== 'RuleInputError',
);
const shapes = (h: () => unknown): unknown[][] => [
  [h()],
  [h(), 0],
  [0, h()],
  [0, 0, h()],
  [room, h()],
  [[h()], 0],
  [[h()], 0, h()],
  ['2026-01-01', h()],
];

/** Functions whose every input is valid: isRuleId answers false for what is no rule id, ok wraps any value. */
const ANSWERS_ANYTHING = new Set(['isRuleId', 'ok']);

describe('every export answers an input whose reading throws with RuleInputError', () => {
  it('covers the exported functions', () => {
    expect(functions.length).toBeGreaterThan(70);
  });
  it.each(functions)('%s', (_, f) => {
    let answered = 0;
    let refused = 0;
    for (const args of [...shapes(proxy), ...shapes(getters)]) {
      try {
        f(...args);
        answered++;
      } catch (e) {
        expect(e, `${f.name}(${args.length} arguments)`).toBeInstanceOf(RuleInputError);
        refused++;
      }
    }
    // every call was answered or refused with RuleInputError (the catch above fails on anything else), and a
    // function that reads its first argument refuses at least one hostile value there
    expect(answered + refused).toBe(shapes(proxy).length + shapes(getters).length);
    if (f.length > 0 && !ANSWERS_ANYTHING.has(f.name))
      expect(refused, `${f.name} refused no hostile input`).toBeGreaterThan(0);
  });
});
