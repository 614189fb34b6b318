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

const RESERVED = ['ok', 'rule', 'code', 'message'] as const;

/**
 * A refusal, frozen so it can be built once at module load and returned from hot paths without
 * allocating (`const FULL = /* @__PURE__ *\/ refusal(...)`). `extra` adds fields (`limit`,
 * `missing`...); it can never change `ok`, `rule`, `code` or `message`.
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
/* @__NO_SIDE_EFFECTS__ */
export function refusal<C extends string, R extends string, X extends object = object>(
  rule: R,
  code: C,
  en: string,
  ko: string,
  extra?: X,
): Refusal<C, R, X> {
  const issues: InputIssue[] = [];
  const strings = { rule, code, en, ko } as Record<string, unknown>;
  for (const key of ['rule', 'code', 'en', 'ko'])
    if (typeof strings[key] !== 'string')
      issues.push(inputIssue([key], 'invalid-type', `expected a string; got ${describeValue(strings[key])}`));
  let fields: Record<string, unknown> | undefined;
  if (extra !== undefined) {
    if (typeof extra !== 'object' || extra === null)
      issues.push(inputIssue(['extra'], 'invalid-type', `expected an object or nothing; got ${describeValue(extra)}`));
    else {
      try {
        fields = { ...(extra as Record<string, unknown>) };
      } catch {
        issues.push(inputIssue(['extra'], 'invalid-input', 'could not be read (its getter or proxy throws)'));
      }
      for (const key of RESERVED)
        if (fields !== undefined && Object.hasOwn(fields, key))
          issues.push(inputIssue(['extra', key], 'invalid-key', `${key} is set by refusal itself, never by extra`));
    }
  }
  if (issues.length > 0) throw new RuleInputError('refusal', issues);
  return Object.freeze({ ok: false as const, rule, code, message: message(en, ko), ...fields }) as Refusal<C, R, X>;
}
