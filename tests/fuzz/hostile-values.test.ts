import { describe, expect, it } from 'vitest';
import * as pkg from '../../src/index.js';
import { INPUT_ISSUE_CODES, RuleInputError } from '../../src/core/index.js';
import { DAY, HOSTILE, argumentLists, revoked, throwingIndex, trap } from './hostile.js';

// Issue 22: the values an attacker builds that a plain object never is. Every exported function, given
// any of them in any position and with any number of extra arguments, answers or throws RuleInputError
// whose issues all carry a code of INPUT_ISSUE_CODES. On 0.2.0, sparse arrays, revoked Proxies and
// throwing index getters escaped as TypeErrors from the KakaoPage batches and options, the restriction
// lists, the voice-room replay and refusal().
type Fn = (...args: unknown[]) => unknown;
const functions = (Object.entries(pkg) as [string, unknown][]).filter(
  (e): e is [string, Fn] => typeof e[1] === 'function' && e[0] !== 'RuleInputError',
);
const CODES = new Set<string>(INPUT_ISSUE_CODES);

/** What a call did: `answered`, or the RuleInputError's issue codes; anything else fails the test. */
function call(f: Fn, args: unknown[], label: string): void {
  let result: unknown;
  try {
    result = f(...args);
  } catch (e) {
    if (!(e instanceof RuleInputError))
      throw new Error(`${label} escaped ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    expect(e.issues.length, label).toBeGreaterThan(0);
    for (const issue of e.issues) expect(CODES.has(issue.code), `${label}: issue code ${issue.code}`).toBe(true);
    return;
  }
  expect(result instanceof Promise, `${label} returned a promise`).toBe(false);
}

describe('issue 22: only RuleInputError escapes, for any hostile value in any position', () => {
  it('covers the exported functions', () => {
    expect(functions.length).toBeGreaterThan(70);
  });
  describe.each(HOSTILE)('%s', (_, make) => {
    it.each(functions)('%s', (name, f) => {
      for (const args of argumentLists(make)) call(f, args, `${name}(${args.length} arguments)`);
    });
  });
});

describe('issue 22: the defects as reported', () => {
  it('a sparse batch is bad input like an explicit undefined (0.2.0 skipped the hole)', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hostile value under test
    const sparse = [, { id: 'w', firstEpisodeAt: 0 }];
    expect(() => pkg.newWorks(sparse as never, DAY)).toThrow(RuleInputError);
    expect(() => pkg.newWorks([undefined, { id: 'w', firstEpisodeAt: 0 }] as never, DAY)).toThrow(RuleInputError);
  });
  it.each([
    ['mostSevereRestriction', () => pkg.mostSevereRestriction(revoked([]) as never)],
    ['combineMeasures', () => pkg.combineMeasures(revoked([]) as never)],
    ['newWorks', () => pkg.newWorks(revoked([]) as never, 0)],
    ['newAuthorRanking', () => pkg.newAuthorRanking(revoked([]) as never, 0)],
    ['isNewWork options', () => pkg.isNewWork(0, 0, revoked({}) as never)],
    ['newWorkWindow options', () => pkg.newWorkWindow(0, revoked([]) as never)],
    ['mostSevereRestriction, a throwing index', () => pkg.mostSevereRestriction(throwingIndex() as never)],
    ['combineMeasures, a throwing index', () => pkg.combineMeasures(throwingIndex() as never)],
  ])('%s: a revoked Proxy or a throwing index is RuleInputError (0.2.0: TypeError)', (_, f) => {
    expect(f).toThrow(RuleInputError);
  });
  it('refusal with an extra whose ownKeys throws is RuleInputError', () => {
    const extra = new Proxy({}, { ownKeys: trap });
    expect(() => pkg.refusal('voiceroom.capacity', 'room-full', 'Full.', '가득.', extra)).toThrow(RuleInputError);
  });
  it('refusal never builds an object with ok: true, nor replaces rule, code or message', () => {
    for (const key of ['ok', 'rule', 'code', 'message'])
      expect(() => pkg.refusal('voiceroom.capacity', 'room-full', 'Full.', '가득.', { [key]: true })).toThrow(
        RuleInputError,
      );
    expect(pkg.refusal('voiceroom.capacity', 'room-full', 'Full.', '가득.', { limit: 1500 })).toEqual({
      ok: false,
      rule: 'voiceroom.capacity',
      code: 'room-full',
      message: { en: 'Full.', ko: '가득.' },
      limit: 1500,
    });
  });
  it('an array of length 2 ** 32 - 1 is refused by its length (0.2.0 aborted the process)', () => {
    const a: unknown[] = [];
    a.length = 2 ** 32 - 1;
    let error: unknown;
    try {
      pkg.mostSevereRestriction(a as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleInputError);
    expect((error as RuleInputError).issues).toEqual([
      { path: ['levels'], code: 'too-big', message: 'expected at most 10000 items; got 4294967295' },
    ]);
  });
});
