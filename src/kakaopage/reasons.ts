import { refusal, type Refusal } from '../core/index.js';

/**
 * Every refusal a rule with several independent reasons can give, built once at module load and
 * indexed by a bit mask of the failing reasons (bit `i` = `parts[i]`; index 0 is "no reason").
 * Each lists its `reasons` in `parts` order; its `code` is the first; its message joins theirs.
 * @internal
 */
export function refusalsByMask<C extends string, R extends string, X extends object>(
  rule: R,
  parts: readonly (readonly [code: C, en: string, ko: string])[],
  extra: (reasons: readonly C[]) => X,
): readonly (Refusal<C, R, { reasons: readonly C[] } & X> | undefined)[] {
  const table: (Refusal<C, R, { reasons: readonly C[] } & X> | undefined)[] = [undefined];
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_, i) => (mask & (1 << i)) !== 0);
    const reasons = Object.freeze(chosen.map(([code]) => code));
    const en = chosen.map(([, text]) => text).join(' ');
    const ko = chosen.map(([, , text]) => text).join(' ');
    table.push(refusal(rule, reasons[0]!, en, ko, { reasons, ...extra(reasons) }));
  }
  return table;
}
