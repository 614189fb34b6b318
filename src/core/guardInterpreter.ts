/**
 * The zod-free validator of the library: it runs a {@link Guard}, the plain description of a zod schema
 * that `scripts/compile-guards.ts` writes into each module's `guards.generated.ts`, and answers what
 * that schema answers (the same parsed value, the same issues with the same paths, codes and messages)
 * without loading zod. Its semantics are those of zod 4 for the subset of schemas the library uses
 * (the compiler refuses anything else); tests compare it with zod on generated valid and near-miss inputs.
 * @module
 */
import { RuleInputError, describeValue, inputIssue, type InputIssue, type InputIssueCode } from './errors.js';

/** What a refinement reports: a path below the refined value, a code of {@link INPUT_ISSUE_CODES}, a message. */
export type Report = (path: readonly (string | number)[], code: InputIssueCode, message: string) => void;
/** A refinement written once, zod-free: it reports every problem of an already well-typed value. */
export type Refinement<T = never> = (value: T, report: Report) => void;
/** A message, or a function of the failing input giving one (zod's `error` parameter). */
export type GuardMessage = string | ((issue: { readonly code: string; readonly input: unknown }) => string | undefined);

/** One check of a {@link Guard}, run after its type check (zod's `checks`), in order. */
export type GuardCheck =
  | { readonly k: 'min' | 'max' | 'len'; readonly n: number; readonly e?: GuardMessage; readonly a?: true }
  | { readonly k: 'gt' | 'ge' | 'lt' | 'le'; readonly n: number; readonly e?: GuardMessage; readonly a?: true }
  | { readonly k: 'int'; readonly e?: GuardMessage }
  | { readonly k: 'regex'; readonly re: RegExp; readonly e?: GuardMessage; readonly a?: true }
  | {
      readonly k: 'refine';
      readonly f: (value: never) => unknown;
      readonly e?: GuardMessage;
      readonly a?: true;
      readonly code?: InputIssueCode;
      /** zod's `path`: where below the refined value the issue is reported. */
      readonly p?: readonly (string | number)[];
      /** zod's `when`: runs the check, unless explicitly aborted, whenever it answers true (even after issues). */
      readonly w?: (payload: { readonly value: unknown; readonly issues: readonly unknown[] }) => boolean;
    }
  | { readonly k: 'super'; readonly f: Refinement };

type Primitive = string | number | boolean | null | undefined;

/** A schema as plain data: the compiled form of one zod schema. `oi`/`oo`: zod's `optin`/`optout`. */
export type Guard<T = unknown> = (
  | { readonly k: 'string' | 'number' | 'boolean' | 'undefined' | 'any' }
  | { readonly k: 'values'; readonly v: readonly Primitive[] }
  | { readonly k: 'object'; readonly s: Readonly<Record<string, Guard>>; readonly strict?: true }
  | { readonly k: 'array'; readonly el: Guard }
  | { readonly k: 'optional' | 'nullable' | 'readonly'; readonly in: Guard }
  | { readonly k: 'union'; readonly o: readonly Guard[] }
  | { readonly k: 'du'; readonly d: string; readonly m: readonly (readonly [Primitive, Guard])[] }
  | { readonly k: 'pipe'; readonly in: Guard; readonly out: Guard }
  | { readonly k: 'and'; readonly l: Guard; readonly r: Guard }
  | { readonly k: 'transform'; readonly f: (value: never) => unknown }
) & {
  readonly c?: readonly GuardCheck[];
  readonly e?: GuardMessage;
  readonly oi?: 'optional';
  readonly oo?: 'optional';
  /** Never set: carries the parsed type (the schema's `z.output`) for {@link guardInput}. */
  readonly __out?: T;
};

interface Issue {
  path: (string | number)[];
  code: string;
  message: string;
  /** zod's `continue`: `true` lets later checks run; absent or false aborts them. */
  cont?: boolean;
}
interface Payload {
  value: unknown;
  issues: Issue[];
  aborted?: boolean;
}

// zod's en locale, for the issues the library's schemas can produce.
const parsedType = (v: unknown): string => {
  const t = typeof v;
  if (t === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? 'number' : String(v);
  if (t !== 'object') return t;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const o = v as { constructor?: { name: string } };
  return Object.getPrototypeOf(o) !== Object.prototype && 'constructor' in o && o.constructor
    ? o.constructor.name
    : 'object';
};
// zod's stringifyPrimitive, less its bigint case: a guard's values are JSON literals and its keys strings
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : `${v}`);
const SIZED: Record<string, string> = { string: 'characters', array: 'items' };
const origin = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown');
// zod's origin of a numeric bound check: the input's kind where it is numeric, else the bound's (a number)
const numericOrigin = (v: unknown): string =>
  typeof v === 'bigint' ? 'bigint' : typeof v === 'object' ? 'date' : 'number';

function bound(big: boolean, on: string, n: number, adj: string): string {
  const unit = SIZED[on];
  return `Too ${big ? 'big' : 'small'}: expected ${on} ${unit ? `to have ${adj}${n} ${unit}` : `to be ${adj}${n}`}`;
}

function push(
  p: Payload,
  code: string,
  fallback: string,
  e: GuardMessage | undefined,
  cont?: boolean,
  path: (string | number)[] = [],
): void {
  let message: string | undefined;
  if (typeof e === 'string') message = e;
  else if (e) {
    const r = e({ code, input: p.value }) as unknown;
    message = typeof r === 'string' ? r : (r as { message?: string } | undefined)?.message;
  }
  p.issues.push({ path, code, message: message ?? fallback, cont });
}
const typeIssue = (p: Payload, expected: string, e: GuardMessage | undefined) =>
  push(p, 'invalid-type', `Invalid input: expected ${expected}, received ${parsedType(p.value)}`, e);

const aborted = (p: Payload): boolean => p.aborted === true || p.issues.some((i) => i.cont !== true);
const explicitlyAborted = (p: Payload): boolean => p.aborted === true || p.issues.some((i) => i.cont === false);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLengthCheck = (c: GuardCheck): c is Extract<GuardCheck, { k: 'min' | 'max' | 'len' }> =>
  c.k === 'min' || c.k === 'max' || c.k === 'len';
const hasLength = (v: unknown): boolean =>
  v !== null && v !== undefined && (v as { length?: unknown }).length !== undefined;
const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function runCheck(p: Payload, c: GuardCheck): void {
  const v = p.value as never;
  const cont = 'a' in c ? !c.a : true;
  switch (c.k) {
    case 'min':
    case 'max':
    case 'len': {
      const units = (v as { length: number }).length;
      const length = typeof v === 'string' ? codePoints(v) : units;
      const on = origin(v);
      if (c.k === 'min' && !(length >= c.n)) push(p, 'too-small', bound(false, on, c.n, '>='), c.e, cont);
      if (c.k === 'max' && !(length <= c.n)) push(p, 'too-big', bound(true, on, c.n, '<='), c.e, cont);
      if (c.k === 'len' && length !== c.n) {
        // Stryker disable next-line EqualityOperator: `>=` is equivalent, the lengths differ here (this also silences `<=`, which swaps too big and too small and which the len tests kill)
        const big = length > c.n;
        push(p, big ? 'too-big' : 'too-small', bound(big, on, c.n, 'exactly '), c.e, cont);
      }
      return;
    }
    case 'gt':
    case 'ge':
      if (c.k === 'gt' ? v > c.n : v >= c.n) return;
      push(
        p,
        'too-small',
        `Too small: expected ${numericOrigin(v)} to be ${c.k === 'gt' ? '>' : '>='}${c.n}`,
        c.e,
        cont,
      );
      return;
    case 'lt':
    case 'le':
      if (c.k === 'lt' ? v < c.n : v <= c.n) return;
      push(p, 'too-big', `Too big: expected ${numericOrigin(v)} to be ${c.k === 'lt' ? '<' : '<='}${c.n}`, c.e, cont);
      return;
    case 'int':
      if (!Number.isInteger(v)) {
        push(p, 'invalid-type', `Invalid input: expected int, received ${parsedType(v)}`, c.e, false);
        return;
      }
      if (!Number.isSafeInteger(v)) {
        // Stryker disable next-line EqualityOperator: `>= 0` is equivalent, an unsafe integer is never 0 (this also silences `<= 0`, which swaps the bounds and which the unsafe integers of tests/core/guards.generated.test.ts kill)
        const big = (v as number) > 0;
        push(
          p,
          big ? 'too-big' : 'too-small',
          `Too ${big ? 'big' : 'small'}: expected int to be ${big ? '<=' : '>='}${big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER}`,
          c.e,
          true,
        );
      }
      return;
    case 'regex':
      c.re.lastIndex = 0;
      if (c.re.test(v)) return;
      push(p, 'invalid-format', `Invalid string: must match pattern ${c.re}`, c.e, cont);
      return;
    case 'refine':
      if (c.f(v)) return;
      push(p, c.code ?? 'custom', 'Invalid input', c.e, cont, c.p ? [...c.p] : []);
      return;
    case 'super':
      c.f(v, (path, code, message) => p.issues.push({ path: [...path], code, message, cont: true }));
      return;
  }
}

/**
 * zod's `runChecks`: a check runs unless an earlier issue aborted; a check with a `when` (a length
 * check: where there is a length; a refine's `w`) runs unless explicitly aborted, whenever it says so.
 */
function runChecks(p: Payload, checks: readonly GuardCheck[]): void {
  for (const c of checks) {
    // only a refine has a `w` (read without testing c.k, a test no input could tell from true)
    const when = (c as { readonly w?: Extract<GuardCheck, { k: 'refine' }>['w'] }).w;
    if (isLengthCheck(c)) {
      if (explicitlyAborted(p) || !hasLength(p.value)) continue;
    } else if (when) {
      if (explicitlyAborted(p) || !when(p)) continue;
    } else if (aborted(p)) continue;
    runCheck(p, c);
  }
}

/**
 * Appends `issues` to `into`, each path under `key` when given: a loop, never `push(...issues)`, whose
 * spread overflows the stack for a list of a few hundred thousand issues.
 */
function append(into: Issue[], issues: readonly Issue[], key?: string | number): void {
  for (const i of issues) into.push(key === undefined ? i : { ...i, path: [key, ...i.path] });
}

function parse(g: Guard, p: Payload): Payload {
  const v = p.value;
  switch (g.k) {
    case 'any':
      return p;
    case 'string':
    case 'boolean':
    case 'undefined':
      if (typeof v !== g.k) typeIssue(p, g.k, g.e);
      return p;
    case 'number':
      if (!Number.isFinite(v)) typeIssue(p, 'number', g.e);
      return p;
    case 'values':
      if (!g.v.includes(v as Primitive)) {
        const fallback =
          g.v.length === 1
            ? `Invalid input: expected ${show(g.v[0])}`
            : `Invalid option: expected one of ${g.v.map(show).join('|')}`;
        push(p, 'invalid-value', fallback, g.e);
      }
      return p;
    case 'object': {
      if (!isObject(v)) {
        typeIssue(p, 'object', g.e);
        return p;
      }
      const out: Record<string, unknown> = {};
      p.value = out;
      for (const key of Object.keys(g.s)) {
        if (key === '__proto__') continue;
        const el = g.s[key]!;
        const r = run(el, { value: v[key], issues: [] });
        const present = key in v;
        if (!present && el.oo && el.oi) continue;
        append(p.issues, r.issues, key);
        if (!present && !el.oi) {
          if (!r.issues.length)
            p.issues.push({
              path: [key],
              code: 'invalid-type',
              message: 'Invalid input: expected nonoptional, received undefined',
            });
          continue;
        }
        if (r.value !== undefined || present) out[key] = r.value;
      }
      if (g.strict) {
        const unknown: string[] = [];
        for (const key in v) if (!Object.hasOwn(g.s, key)) unknown.push(key);
        if (unknown.length)
          push(
            p,
            'unrecognized-keys',
            `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map(show).join(', ')}`,
            g.e,
            true,
          );
      }
      return p;
    }
    case 'array': {
      // zod's size cap: an array longer than a leading length bound is refused before its items are read.
      const caps: Extract<GuardCheck, { k: 'min' | 'max' | 'len' }>[] = [];
      // Stryker disable next-line ArrayDeclaration: equivalent, a non-check item in place of no checks is not a length check, so the loop stops at it with no cap
      for (const c of g.c ?? []) {
        if (!isLengthCheck(c)) break;
        if (c.k !== 'min') caps.push(c);
      }
      if (caps.length && Array.isArray(v) && v.length > Math.min(...caps.map((c) => c.n))) {
        const c = caps.find((c) => v.length > c.n)!;
        runCheck(p, c);
        p.issues[p.issues.length - 1]!.cont = false;
        return p;
      }
      if (!Array.isArray(v)) {
        typeIssue(p, 'array', g.e);
        return p;
      }
      // Stryker disable next-line ArrayDeclaration: equivalent, the loop below assigns every index from 0 to length - 1; the size only spares growing
      const out = new Array<unknown>(v.length);
      p.value = out;
      for (let i = 0; i < v.length; i++) {
        const r = run(g.el, { value: v[i], issues: [] });
        append(p.issues, r.issues, i);
        out[i] = r.value;
      }
      return p;
    }
    case 'optional':
      return v === undefined ? p : run(g.in, p);
    case 'nullable':
      return v === null ? p : run(g.in, p);
    case 'readonly': {
      const r = run(g.in, p);
      if (r.issues.length === 0) r.value = Object.freeze(r.value);
      return r;
    }
    case 'union': {
      const results: Payload[] = [];
      for (const o of g.o) {
        const r = run(o, { value: v, issues: [] });
        if (r.issues.length === 0) return r;
        results.push(r);
      }
      const live = results.filter((r) => !aborted(r));
      if (live.length === 1) return live[0]!;
      push(p, 'invalid-union', 'Invalid input', g.e);
      return p;
    }
    case 'du': {
      if (!isObject(v)) {
        typeIssue(p, 'object', g.e);
        return p;
      }
      const tag = v[g.d];
      const option = g.m.find(([value]) => value === tag);
      if (option) return run(option[1], p);
      push(
        p,
        'invalid-union',
        `Invalid discriminator value. Expected ${g.m.map(([value]) => `'${String(value)}'`).join(' | ')}`,
        g.e,
        undefined,
        [g.d],
      );
      return p;
    }
    case 'pipe': {
      const left = run(g.in, p);
      if (left.issues.some((i) => i.code !== 'unrecognized-keys')) {
        left.aborted = true;
        return left;
      }
      return run(g.out, { value: left.value, issues: left.issues });
    }
    case 'and': {
      // zod's intersection of sides that never refuse an unknown key (the compiler checks): both
      // sides' issues, left first, and the two parsed values merged
      const left = run(g.l, { value: v, issues: [] });
      const right = run(g.r, { value: v, issues: [] });
      append(p.issues, left.issues);
      append(p.issues, right.issues);
      const merged = mergeValues(left.value, right.value);
      if (merged === UNMERGEABLE) {
        if (aborted(p)) return p;
        // Stryker disable next-line StringLiteral: equivalent, guardIssues catches the throw and reports one invalid-input issue; no one reads this message
        throw new Error('Unmergable intersection');
      }
      p.value = merged;
      return p;
    }
    case 'transform':
      p.value = g.f(v as never);
      return p;
  }
}

const UNMERGEABLE = Symbol('unmergeable');
/** zod's `isPlainObject` (an object of any realm whose constructor's prototype owns `isPrototypeOf`). */
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (!isObject(v)) return false;
  const ctor = (v as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
};

/** zod's `mergeValues`: equal values, equal Dates, plain objects key by key, arrays of one length item by item. */
function mergeValues(a: unknown, b: unknown): unknown {
  if (a === b) return a;
  if (a instanceof Date && b instanceof Date && +a === +b) return a;
  if (isPlainObject(a) && isPlainObject(b)) {
    const out: Record<string, unknown> = { ...a, ...b };
    // biome-ignore lint/suspicious/noProto: deletes an own __proto__ key a spread copied (a prototype-pollution guard)
    delete out.__proto__; // an own __proto__ copied by the spread; there is none to delete otherwise
    for (const key of Object.keys(a)) {
      if (key === '__proto__' || !Object.hasOwn(b, key)) continue;
      const m = mergeValues(a[key], b[key]);
      if (m === UNMERGEABLE) return m;
      out[key] = m;
    }
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return UNMERGEABLE;
    const out: unknown[] = [];
    for (let i = 0; i < a.length; i++) {
      const m = mergeValues(a[i], b[i]);
      if (m === UNMERGEABLE) return m;
      out.push(m);
    }
    return out;
  }
  return UNMERGEABLE;
}

function run(g: Guard, p: Payload): Payload {
  const r = parse(g, p);
  if (g.c) runChecks(r, g.c);
  return r;
}

/**
 * Validates `value` with a compiled schema: the parsed value (unknown keys dropped, transforms
 * applied), or the issues, each path under `path`. Never throws for an input that throws when read:
 * that is one `invalid-input` issue.
 */
export function guardIssues<T>(
  guard: Guard<T>,
  value: unknown,
  path: readonly (string | number)[] = [],
): { ok: true; value: T } | { ok: false; issues: InputIssue[] } {
  let r: Payload;
  try {
    r = run(guard, { value, issues: [] });
  } catch {
    return { ok: false, issues: [inputIssue(path, 'invalid-input', `could not be read; got ${describeValue(value)}`)] };
  }
  if (r.issues.length === 0) return { ok: true, value: r.value as T };
  return {
    ok: false,
    issues: r.issues.map((i) => inputIssue([...path, ...i.path], i.code as InputIssueCode, i.message)),
  };
}

/**
 * Validates `value` with a compiled schema (a {@link Guard}), returning the parsed data or
 * throwing {@link RuleInputError} that names `fn` and lists every problem under `path`.
 */
export function guardInput<T>(guard: Guard<T>, value: unknown, fn: string, path: readonly (string | number)[] = []): T {
  const r = guardIssues(guard, value, path);
  if (r.ok) return r.value;
  throw new RuleInputError(fn, r.issues);
}

/**
 * The slow path of a hand-checked function: explains with `guard` why `value` failed and throws.
 * Should the hand check and the guard ever disagree, the error still names the function.
 */
export function rejectGuard(guard: Guard, value: unknown, fn: string, path: readonly (string | number)[] = []): never {
  guardInput(guard, value, fn, path);
  throw new RuleInputError(fn, [inputIssue(path, 'invalid-input', `invalid input; got ${describeValue(value)}`)]);
}
