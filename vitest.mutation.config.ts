import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order of a mutant's test files. Stryker runs only the tests that executed the mutant and stops at
 * the first failure, so the first file decides most of a killed mutant's cost. Vitest's own order runs
 * the slowest files first (to fill parallel workers); here, with one worker, a file that failed in the
 * last run goes first (Stryker takes a file's mutants in order, and neighbours die by the same tests),
 * then the rest by their last duration, quickest first: a mutant the unit tests kill no longer waits
 * for the property tests of the reference model. It only reorders; every covering test still runs when
 * none fails.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const results = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`);
    const rank = (spec: TestSpecification): [number, number] => {
      const r = results(spec);
      return r === undefined ? [1, Number.POSITIVE_INFINITY] : [r.failed ? 0 : 1, r.duration];
    };
    return [...files].sort((a, b) => {
      const [fa, da] = rank(a);
      const [fb, db] = rank(b);
      return fa - fb || da - db || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0);
    });
  }
}

/**
 * The suite Stryker runs for each mutant (`npm run mutation`): the rule tests in one zone, with the
 * in-process CLI tests and the JSDoc examples, and without the packaging tests, the CLI tests that
 * spawn the built bin and the fuzz suite, which check other things and cost seconds per run.
 * `tests/prop.ts` fixes fast-check's seed here, so property tests keep their names between runs.
 * `isolate: true`, one fresh worker per test file: Vitest collects (imports) every file of a worker
 * before it runs a test, and a bail stops only the tests, so with `isolate: false` (one worker for all
 * files) a mutant the first test kills still paid for importing every file that covers it. Measured
 * with Stryker's runner timed per mutant (`--mutate src/core/kst.ts`, 132 mutants, 2 workers): median
 * 1.30 s a mutant with `isolate: false`, 0.58 s with `true`; a survivor costs more (one worker per
 * covering file), and the initial test run takes about 25 s longer.
 * A lazy memo (`x ??= build()`) is built by whichever test calls it first, so Stryker reruns only that
 * test on `build`'s mutants: such code is also tested through its un-memoized function.
 * Vitest starts a fresh worker for every file of every run, so what a test file imports is paid once per
 * mutant: keep test imports light (`tests/prop.ts` replaced `@fast-check/vitest`, which cost 1.5 s per
 * import; the CLI runner lives apart in `tests/cli/helpers.ts`, since the CLI loads zod).
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/examples: the reference service runs on the built package, which the sandbox does not have;
    // tests/layout.test.ts reads the source files, which the sandbox holds instrumented.
    exclude: [
      'tests/packaging/**',
      'tests/fuzz/**',
      'tests/cli/cli.test.ts',
      'tests/examples/**',
      'tests/layout.test.ts',
    ],
    // KAKAO_RULES_MUTATION: the tests that compare a generated source file with its generator skip
    // (Stryker's sandbox holds instrumented copies of src/).
    env: { TZ: 'UTC', KAKAO_RULES_MUTATION: '1' },
    isolate: true,
    // failed first, then quickest first (QuickestFirst above)
    sequence: { sequencer: QuickestFirst },
  },
});
