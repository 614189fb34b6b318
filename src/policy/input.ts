import type { z } from 'zod';
import { RuleInputError, parseInput } from '../core/index.js';

/**
 * The slow path of a hand-checked function: explains why `value` failed with `schema` and throws.
 * The hand check and the schema agree; should they not, the error still names the function.
 */
export function rejectPolicyInput(schema: z.ZodType, value: unknown, fn: string, path: readonly (string | number)[]): never {
  parseInput(schema, value, fn, path);
  throw new RuleInputError(fn, [{ path, code: 'invalid-input', message: 'invalid input' }]);
}

/** Whether `value` is a non-null object whose properties can be read. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}
