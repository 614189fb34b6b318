/**
 * policy and calls hot paths against baselines measured in the same process:
 * - compareRestrictions / mostSevereRestriction vs a bare `indexOf` over the level tuple (no validation);
 * - combineMeasures (account levels and content measures, 8 of them; it allocates its answer) vs the same reduce;
 * - assessViolation, diagnoseCallTrouble (hand-checked, frozen answers) vs only `safeParse` of their zod schema;
 * - checkLiveTalkJoin vs a bare `n < 40`.
 * Run: npm run bench -- policy
 */
import { bench, do_not_optimize, run } from 'mitata';
import { LIVE_TALK_MAX_PARTICIPANTS, checkLiveTalkJoin, diagnoseCallTrouble } from '../src/calls/index.js';
import { CallTroubleSchema } from '../src/calls/schemas.js';
import {
  RESTRICTION_LEVELS,
  assessViolation,
  combineMeasures,
  compareRestrictions,
  mostSevereRestriction,
  type Measure,
  type RestrictionLevel,
} from '../src/policy/index.js';
import { ViolationSchema } from '../src/policy/schemas.js';

const L = RESTRICTION_LEVELS;
const list: RestrictionLevel[] = [L[1], L[0], L[3], L[2], L[1], L[0], L[3], L[2]];
const measures: Measure[] = [L[1], 'temporary-measure', L[3], L[2], L[1], L[0], 'temporary-measure', L[2]];
const violation = { kind: 'illegal-gambling', context: 'open-chat', count: 1 } as const;
const trouble = { bothOnWifi: 'works', offWifi: 'fails' } as const;
let i = 0;

const PAIRS: [string, string][] = [
  ['compareRestrictions', 'baseline: indexOf - indexOf'],
  ['mostSevereRestriction (8 levels)', 'baseline: reduce with indexOf (8 levels)'],
  ['combineMeasures (8 measures)', 'baseline: reduce with indexOf (8 levels)'],
  ['assessViolation', 'baseline: ViolationSchema.safeParse only'],
  ['diagnoseCallTrouble', 'baseline: CallTroubleSchema.safeParse only'],
  ['checkLiveTalkJoin', 'baseline: n < 40'],
];

bench('compareRestrictions', () => do_not_optimize(compareRestrictions(L[i++ % 4]!, L[(i + 2) % 4]!)));
bench('baseline: indexOf - indexOf', () =>
  do_not_optimize(Math.sign(L.indexOf(L[i++ % 4]!) - L.indexOf(L[(i + 2) % 4]!))),
);
bench('mostSevereRestriction (8 levels)', () => do_not_optimize(mostSevereRestriction(list)));
bench('baseline: reduce with indexOf (8 levels)', () =>
  do_not_optimize(list.reduce((m, x) => (L.indexOf(x) > L.indexOf(m) ? x : m), 'none')),
);
bench('combineMeasures (8 measures)', () => do_not_optimize(combineMeasures(measures)));
bench('assessViolation', () => do_not_optimize(assessViolation(violation)));
bench('baseline: ViolationSchema.safeParse only', () => do_not_optimize(ViolationSchema.safeParse(violation)));
bench('diagnoseCallTrouble', () => do_not_optimize(diagnoseCallTrouble(trouble)));
bench('baseline: CallTroubleSchema.safeParse only', () => do_not_optimize(CallTroubleSchema.safeParse(trouble)));
bench('checkLiveTalkJoin', () => do_not_optimize(checkLiveTalkJoin({ participantCount: (i++ % 45) + 1 })));
bench('baseline: n < 40', () => do_not_optimize((i++ % 45) + 1 < LIVE_TALK_MAX_PARTICIPANTS));

const { benchmarks } = await run();
const avg = new Map(benchmarks.map((b) => [b.alias, b.runs[0]!.stats!.avg]));
console.log('\nratios (avg time, lower is faster):');
for (const [name, base] of PAIRS) {
  const [a, b] = [avg.get(name)!, avg.get(base)!];
  console.log(
    `  ${name.padEnd(34)} ${a.toFixed(1).padStart(7)} ns  vs ${base}: ${b.toFixed(1)} ns  ->  ${(a / b).toFixed(2)}x`,
  );
}
