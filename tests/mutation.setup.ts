import fc from 'fast-check';

// One fixed seed for every run: a mutant's tests see the same generated values as the first run,
// where Stryker measured which tests cover which mutant.
fc.configureGlobal({ seed: 20_261_201 });
