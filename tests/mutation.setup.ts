import { fc } from '@fast-check/vitest';

// Stryker reruns, for each mutant, the tests that covered it in its first run, found by name, and
// @fast-check/vitest puts the seed in each property test's name. With a fresh seed per run, no
// property test would ever be rerun on a mutant; one fixed seed keeps the names stable.
fc.configureGlobal({ seed: 20_261_201 });
