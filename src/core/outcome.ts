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
 * allocating (`const FULL = /* @__PURE__ *\/ refusal(...)`).
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
