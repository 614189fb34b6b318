/**
 * The hostile values of issue 22, shared by the fuzz test and the bounded-work benchmark: each made
 * fresh for each call, and the argument lists a value is tried in.
 */
import * as pkg from '../../src/index.js';

export const trap = (): never => {
  throw new Error('hostile read');
};
export const revoked = (target: object): object => {
  const r = Proxy.revocable(target, {});
  r.revoke();
  return r.proxy;
};
export const throwingIndex = (): unknown[] => Object.defineProperty(['none', 'none'], 1, { get: trap });
const opened = pkg.openVoiceRoom({ roomId: 'r', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 });
if (!opened.ok) throw new Error(opened.code);
/** A voice room just opened: the plausible first argument of the voice-room functions. */
export const ROOM: pkg.VoiceRoom = opened.value;

/** Each hostile value, made fresh for each call (a test must not share a value another call changed). */
export const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['a revoked Proxy over an object', () => revoked({})],
  ['a revoked Proxy over an array', () => revoked([])],
  [
    'a Proxy over an array whose every trap throws',
    () => new Proxy([], { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap }),
  ],
  [
    'a Proxy over an array whose index reads throw',
    () =>
      new Proxy(['none', 'none'], {
        get: (t, k) => (k === 'length' ? 2 : k === '0' || k === '1' ? trap() : Reflect.get(t, k)),
      }),
  ],
  [
    'a Proxy over an array with a length of 2 ** 32 - 1',
    () => new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : Reflect.get(t, k)) }),
  ],
  [
    'a Proxy over an array with a length that is not a number',
    () => new Proxy([], { get: (t, k) => (k === 'length' ? 'many' : Reflect.get(t, k)) }),
  ],
  ['an array whose index getter throws', throwingIndex],
  // biome-ignore lint/suspicious/noSparseArray: the hostile value under test
  ['a sparse array', () => [, { id: 'w', type: 'join', userId: 'bo', at: 1 }]],
  [
    'an array of length 2 ** 32 - 1 with no elements',
    () => {
      const a: unknown[] = [];
      a.length = 2 ** 32 - 1;
      return a;
    },
  ],
  ['an array holding a revoked Proxy', () => [revoked({})]],
  [
    'an object with a throwing getter on every key',
    () => new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }),
  ],
];

/** Plausible arguments, so that a hostile value in a later position is reached past the earlier ones. */
export const DAY = 86_400_000;
export const PLAUSIBLE: readonly unknown[] = [
  ROOM,
  [{ id: 'a', firstEpisodeAt: 0, nicknameCreatedAt: 0 }],
  DAY,
  'temporary-measure',
  ['none'],
  { kind: 'open-group' },
  '2026-09-25T12:30:00+09:00',
];

/** The argument lists a hostile value `h` is tried in: each position, after plausible values, with extras. */
export function argumentLists(make: () => unknown): unknown[][] {
  const lists: unknown[][] = [];
  for (let position = 0; position < 4; position++)
    for (const p of PLAUSIBLE) lists.push([...Array<unknown>(position).fill(p), make()]);
  for (const p of PLAUSIBLE) lists.push([p, p, p, make(), make(), make(), make(), make()]);
  lists.push([make(), make(), make(), make(), make(), make()]);
  return lists;
}
