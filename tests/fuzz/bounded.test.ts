import { describe, expect, it } from 'vitest';
import * as pkg from '../../src/index.js';
import { MAX_INPUT_ISSUES, RuleInputError, type InputIssue } from '../../src/core/index.js';

// Issue 22, bounded work: every collection-taking export of policy, KakaoPage and core refuses a list
// longer than its cap by its length, before reading an element; an error lists at most 100 issues
// and counts the rest; a message quotes at most a short prefix of a bad value. The answers are checked
// here; the time and memory they take are in `npm run bench -- hostile`, never asserted.
const TEN_MILLION = 10_000_000;
const holey = (): unknown[] => {
  const a: unknown[] = [];
  a.length = TEN_MILLION;
  return a;
};
const MILLION_CHARS = 'x'.repeat(1_000_000);

function issuesOf(f: () => unknown): { issues: readonly InputIssue[]; omitted: number } {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleInputError) return { issues: e.issues, omitted: e.omitted };
    throw e;
  }
  throw new Error('did not throw');
}

/** Each collection-taking export, called with `list` where its collection goes, and the path of that collection. */
const TAKERS: readonly (readonly [string, (list: unknown[]) => unknown, readonly (string | number)[], number])[] = [
  ['mostSevereRestriction', (l) => pkg.mostSevereRestriction(l as never), ['levels'], pkg.MAX_MEASURES],
  ['combineMeasures', (l) => pkg.combineMeasures(l as never), ['measures'], pkg.MAX_MEASURES],
  ['newWorks', (l) => pkg.newWorks(l as never, 0), ['works'], pkg.KAKAOPAGE_MAX_BATCH],
  ['newAuthorRanking', (l) => pkg.newAuthorRanking(l as never, 0), ['works'], pkg.KAKAOPAGE_MAX_BATCH],
  [
    'checkContentReport episodeNumbers',
    (l) => pkg.checkContentReport({ postId: 'p', reason: 'r', episodeNumbers: l as never }, []),
    ['report', 'episodeNumbers'],
    pkg.KAKAOPAGE_MAX_BATCH,
  ],
  [
    'checkContentReport earlier reports',
    (l) => pkg.checkContentReport({ postId: 'p', reason: 'r', episodeNumbers: [1] }, l as never),
    ['earlierReportsByTheSameReporter'],
    pkg.KAKAOPAGE_MAX_BATCH,
  ],
  [
    'checkImpersonationReport masked',
    (l) => pkg.checkImpersonationReport({ messagesReported: true, identityProof: { masked: l as never } }),
    ['report', 'identityProof', 'masked'],
    100,
  ],
];

describe('issue 22: ten million elements are refused by their length', () => {
  it.each(TAKERS)('%s: an empty array of length 10,000,000', (_, call, path) => {
    const { issues } = issuesOf(() => call(holey()));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('too-big');
    expect(issues[0]!.path).toEqual(path);
  });
  it.each(TAKERS)('%s: a real array of 10,000,000 elements', (_, call, path) => {
    const { issues } = issuesOf(() => call(new Array(TEN_MILLION).fill(0)));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[path, 'too-big']]);
  });
  it.each(TAKERS)('%s: one element over the cap is refused, the cap itself is read', (_, call, path, cap) => {
    expect(issuesOf(() => call(new Array(cap + 1).fill(0))).issues.map((i) => i.code)).toEqual(['too-big']);
    // at the cap the elements are read: here each is bad, so the error lists 100 and counts the rest
    const { issues, omitted } = issuesOf(() => call(new Array(cap).fill(Symbol('bad'))));
    expect(issues[0]!.path.slice(0, path.length)).toEqual(path);
    expect(issues.length).toBeLessThanOrEqual(MAX_INPUT_ISSUES + 1);
    if (cap > MAX_INPUT_ISSUES) {
      expect(issues.at(-1)).toEqual({
        path: [],
        code: 'too-many-issues',
        message: `and ${omitted} more issues, not listed`,
      });
      expect(omitted).toBe(cap - MAX_INPUT_ISSUES);
    }
  });
});

describe('issue 22: an error lists at most 100 issues, then how many more', () => {
  it('10,000 bad levels: the first 100 by index, and one issue counting 9,900 more', () => {
    const { issues, omitted } = issuesOf(() => pkg.mostSevereRestriction(new Array(10_000).fill('ban') as never));
    expect(issues).toHaveLength(101);
    expect(issues.slice(0, 100).map((i) => i.path)).toEqual(Array.from({ length: 100 }, (_, i) => ['levels', i]));
    expect(issues[100]).toEqual({ path: [], code: 'too-many-issues', message: 'and 9900 more issues, not listed' });
    expect(omitted).toBe(9900);
  });
  it('exactly 100 issues are all listed, with nothing omitted', () => {
    const { issues, omitted } = issuesOf(() => pkg.combineMeasures(new Array(100).fill('ban') as never));
    expect(issues).toHaveLength(100);
    expect(omitted).toBe(0);
  });
  it('101 issues: 100 and "1 more issue"', () => {
    const { issues } = issuesOf(() => pkg.combineMeasures(new Array(101).fill('ban') as never));
    expect(issues[100]).toEqual({ path: [], code: 'too-many-issues', message: 'and 1 more issue, not listed' });
  });
});

describe('issue 22: a 1,000,000-character string is quoted by a short prefix only', () => {
  it.each([
    ['mostSevereRestriction', () => pkg.mostSevereRestriction([MILLION_CHARS] as never)],
    ['combineMeasures', () => pkg.combineMeasures([MILLION_CHARS] as never)],
    ['restrictionRank', () => pkg.restrictionRank(MILLION_CHARS as never)],
    ['newWorks id', () => pkg.newWorks([{ id: Symbol(MILLION_CHARS), firstEpisodeAt: 0 }] as never, 0)],
    ['newWorks option', () => pkg.newWorks([], 0, { [MILLION_CHARS]: 1 } as never)],
    ['isNewWork clock', () => pkg.isNewWork(0, 0, { clock: MILLION_CHARS } as never)],
    ['refusal extra', () => pkg.refusal(MILLION_CHARS as never, 1 as never, '', '', 5 as never)],
    ['checkCall', () => pkg.checkCall({ kind: MILLION_CHARS } as never)],
  ])('%s', (_, f) => {
    const { issues } = issuesOf(f);
    for (const i of issues) expect(i.message.length).toBeLessThan(400);
  });
  it('a listed kind spelled with a million characters is an unlisted kind, answered', () => {
    const answer = pkg.assessViolation({ kind: MILLION_CHARS, context: 'open-chat', count: 1 });
    expect(answer).toMatchObject({ kind: MILLION_CHARS });
  });
});
