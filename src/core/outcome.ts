import { RuleInputError, describeValue, inputIssue, type InputIssue } from './errors.js';

/** Both languages of a user-facing sentence. */
export interface Message {
  readonly en: string;
  readonly ko: string;
}

/** A rule said yes. `value` carries what the rule produced, if anything. */
export interface Ok<T = undefined> {
  readonly ok: true;
  readonly value: T;
}

/**
 * A rule said no. `rule` is the id from the rule book, `code` a kebab-case literal a program can
 * switch on, `message` the reason for people. Extra fields (`limit`, `missing`...) are typed per code.
 */
export type Refusal<C extends string = string, R extends string = string, X extends object = object> = {
  readonly ok: false;
  readonly rule: R;
  readonly code: C;
  readonly message: Message;
} & Readonly<X>;

/** What every rule that can say no returns. */
export type Outcome<T = undefined, F extends Refusal = Refusal> = Ok<T> | F;

/** A bilingual message, frozen: the one way the library builds `{ en, ko }`. */
/* @__NO_SIDE_EFFECTS__ */
export function message(en: string, ko: string): Message {
  return Object.freeze({ en, ko });
}

/** A success carrying `value`. */
export function ok<T>(value: T): Ok<T>;
export function ok(): Ok<undefined>;
/* @__NO_SIDE_EFFECTS__ */
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

/**
 * A refusal, frozen so it can be built once at module load and returned from hot paths without
 * allocating (`const FULL = /* @__PURE__ *\/ refusal(...)`): the library's own builder, which trusts
 * its arguments. The root exports {@link checkedRefusal} under this name for callers.
 */
/* @__NO_SIDE_EFFECTS__ */
export function refusal<C extends string, R extends string, X extends object = object>(
  rule: R,
  code: C,
  en: string,
  ko: string,
  extra?: X,
): Refusal<C, R, X> {
  return Object.freeze({ ok: false as const, rule, code, message: message(en, ko), ...extra }) as Refusal<C, R, X>;
}

const RESERVED = ['ok', 'rule', 'code', 'message'];
const ARGUMENTS = ['rule', 'code', 'en', 'ko'];

/**
 * A refusal, frozen, for a caller's own rules beside the library's (exported from the root as
 * `refusal`). `extra` adds fields (`limit`, `missing`...); it can never change `ok`, `rule`, `code` or
 * `message`, and bad arguments are a {@link RuleInputError}.
 *
 * @param rule - the rule id that says no.
 * @param code - the kebab-case refusal code.
 * @param en - the reason in English.
 * @param ko - the reason in Korean.
 * @param extra - more fields, copied (own enumerable properties); none named `ok`, `rule`, `code`, `message`.
 * @returns the frozen refusal `{ ok: false, rule, code, message: { en, ko }, ...extra }`.
 * @throws {RuleInputError} when `rule`, `code`, `en` or `ko` is not a string, or `extra` is not an
 *   object, cannot be read, or names one of the four fixed fields.
 * @example
 * refusal('voiceroom.capacity', 'room-full', 'The room is full.', '방이 가득 찼습니다.', { limit: 1500 }).limit //=> 1500
 * @see voiceroom.capacity
 */
export function checkedRefusal<C extends string, R extends string, X extends object = object>(
  rule: R,
  code: C,
  en: string,
  ko: string,
  extra?: X,
): Refusal<C, R, X> {
  const issues: InputIssue[] = [];
  [rule, code, en, ko].forEach((v, i) => {
    if (typeof v !== 'string')
      issues.push(inputIssue([ARGUMENTS[i]!], 'invalid-type', `expected a string; got ${describeValue(v)}`));
  });
  let fields: object | undefined;
  if (extra !== undefined)
    try {
      fields = { ...extra };
      if (typeof extra !== 'object' || extra === null || RESERVED.some((k) => Object.hasOwn(fields!, k))) throw extra;
    } catch {
      issues.push(
        inputIssue(['extra'], 'invalid-value', 'expected a readable object naming none of ok, rule, code, message'),
      );
    }
  if (issues.length > 0) throw new RuleInputError('refusal', issues);
  return refusal(rule, code, en, ko, fields as X | undefined);
}
