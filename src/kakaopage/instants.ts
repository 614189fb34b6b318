import { MAX_EPOCH_MS, RuleInputError, epochMsOrUndefined, instantIssue, type InputIssue } from '../core/index.js';

/**
 * Epoch ms of an instant input, or `NaN` when it is not one: the window checks' reader. Numbers and
 * Dates of this realm are read here (the same tests as the core's `epochMsOrUndefined`, which reads
 * everything else), so the hot path stays a plain double that V8 neither boxes nor tags with
 * `undefined`, and skips two calls.
 * @internal
 */
export function instantMsOrNaN(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) && value <= MAX_EPOCH_MS && value >= -MAX_EPOCH_MS ? value : Number.NaN;
  if (value instanceof Date) return Date.prototype.getTime.call(value); // NaN for an Invalid Date
  const ms = epochMsOrUndefined(value);
  return ms === undefined ? Number.NaN : ms;
}

/**
 * The cold path of the window checks: the input error listing every bad instant among `values`
 * after the `issues` already found. Called only once a hand check has failed.
 * @internal
 */
export function badInstants(
  fn: string,
  values: readonly (readonly [path: readonly string[], value: unknown])[],
  issues: InputIssue[] = [],
): RuleInputError {
  for (const [path, value] of values) if (epochMsOrUndefined(value) === undefined) issues.push(instantIssue(value, path));
  return new RuleInputError(fn, issues);
}
