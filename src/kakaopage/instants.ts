import { RuleInputError, epochMsOrUndefined, instantIssue, type InputIssue } from '../core/index.js';

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
