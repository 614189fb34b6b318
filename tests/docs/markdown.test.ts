import { describe, expect, it } from 'vitest';
import { runExample } from './run.js';
import { collectMarkdownExamples, withoutImports, writtenResults } from './markdown.js';

// Every ```ts block of README.md and docs/*.md runs with the package in scope, and its `//=>` results
// must hold (the same conventions as @example). That each block also compiles under `strict` against
// the built package is checked in tests/packaging/markdown-compile.test.ts.
const examples = collectMarkdownExamples();
/** Runs one block with every export in scope; fails unless every result it writes out was checked and holds. */
async function runBlock(code: string): Promise<void> {
  // A result written in a branch the block does not take (`if (!r.ok) { r.code //=> ... }` on a
  // success) would never be compared: every written result must have been checked.
  expect(await runExample(withoutImports(code)), 'results checked').toBe(writtenResults(code));
}

describe('TypeScript in README.md and docs/*.md', () => {
  it('exists in the README and in every module guide', () => {
    const files = new Set(examples.map((e) => e.file));
    for (const f of [
      'README.md',
      'docs/voiceroom.md',
      'docs/calls.md',
      'docs/policy.md',
      'docs/support-hours.md',
      'docs/kakaopage.md',
    ])
      expect(files).toContain(f);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))(
    '%s runs and its //=> results hold',
    async (_, example) => {
      await runBlock(example.code);
    },
  );
});

// The runner must be able to fail, or "every block is checked" means nothing.
describe('the markdown block runner', () => {
  const live =
    "import { checkLiveTalkJoin } from 'kakao-rules/calls';\nconst r = checkLiveTalkJoin({ participantCount: 40 });\n";
  it.each([
    [`${live}if (!r.ok) {\n  r.code //=> 'live-talk-full'\n}`],
    [
      "import {\n  checkLiveTalkJoin,\n  LIVE_TALK_MAX_PARTICIPANTS,\n} from 'kakao-rules/calls';\nLIVE_TALK_MAX_PARTICIPANTS //=> 40",
    ],
    ["checkLiveTalkJoin({ participantCount: 40 }) //=> { ok: false, code: 'live-talk-full', limit: 40, ... }"],
  ])('accepts a true block: %j', async (code) => {
    await expect(runBlock(code)).resolves.toBeUndefined();
  });

  it.each([
    [`${live}r.ok //=> true`],
    // a result in the branch not taken is never compared
    [`${live}if (r.ok) {\n  r.value.participantCount //=> 41\n}`],
    // a name from another block
    ["roleOf(room, 'bo') //=> 'listener'"],
    // a remark after the result is not a result
    ['checkLiveTalkJoin({ participantCount: 1 }).ok //=> true (one more may join)'],
  ])('rejects a false block: %j', async (code) => {
    await expect(runBlock(code)).rejects.toThrow();
  });
});
