import { RuleInputError, describeValue, type InputIssue, type Message } from '../core/index.js';
import { RESTRICTION_LEVELS, RESTRICTION_NAMES, type RestrictionLevel } from './constants.js';

/** The rank of a level, or -1 for anything else (a switch: faster than a Map on this hot path). */
function rankOf(value: unknown): number {
  switch (value) {
    case 'none':
      return 0;
    case 'user-protection':
      return 1;
    case 'temporary-measure':
      return 2;
    case 'temporary-restriction':
      return 3;
    case 'permanent-restriction':
      return 4;
    default:
      return -1;
  }
}
const LEVEL_LIST = RESTRICTION_LEVELS.join(', ');

function levelIssue(value: unknown, path: readonly (string | number)[]): InputIssue {
  return { path, code: 'invalid-value', message: `expected a restriction level (${LEVEL_LIST}); got ${describeValue(value)}` };
}

/**
 * The rank of a level: 0 for `none` up to 4 for `permanent-restriction`.
 *
 * @param level a restriction level
 * @returns its index in {@link RESTRICTION_LEVELS}
 * @throws {RuleInputError} when `level` is not a restriction level
 * @example
 * restrictionRank('temporary-measure') //=> 2
 * @see policy.severity-order
 */
export function restrictionRank(level: RestrictionLevel): number {
  const rank = rankOf(level);
  if (rank < 0) throw new RuleInputError('restrictionRank', [levelIssue(level, ['level'])]);
  return rank;
}

/**
 * Compares two restriction levels by severity. The order is total: none < user protection <
 * temporary measure < temporary restriction < permanent restriction.
 *
 * @param a a restriction level
 * @param b a restriction level
 * @returns `-1` when `a` is less severe, `0` when equal, `1` when more severe (usable with `sort`)
 * @throws {RuleInputError} listing each argument that is not a restriction level
 * @example
 * compareRestrictions('permanent-restriction', 'user-protection') //=> 1
 * @see policy.severity-order
 */
export function compareRestrictions(a: RestrictionLevel, b: RestrictionLevel): -1 | 0 | 1 {
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra < 0 || rb < 0) {
    const issues: InputIssue[] = [];
    if (ra < 0) issues.push(levelIssue(a, ['a']));
    if (rb < 0) issues.push(levelIssue(b, ['b']));
    throw new RuleInputError('compareRestrictions', issues);
  }
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/**
 * Combines measures: the most severe level of the list. Associative, commutative and idempotent,
 * with `none` as identity, so an empty list gives `none`.
 *
 * @param levels restriction levels, in any order
 * @returns the most severe of them, `'none'` for an empty list
 * @throws {RuleInputError} when `levels` is not an array, listing every element that is not a level
 * @example
 * mostSevereRestriction(['user-protection', 'temporary-restriction', 'none']) //=> 'temporary-restriction'
 * @see policy.severity-order
 */
export function mostSevereRestriction(levels: readonly RestrictionLevel[]): RestrictionLevel {
  if (!Array.isArray(levels)) {
    throw new RuleInputError('mostSevereRestriction', [
      { path: ['levels'], code: 'invalid-type', message: `expected an array of restriction levels; got ${describeValue(levels)}` },
    ]);
  }
  let max = 0;
  let bad: InputIssue[] | undefined;
  for (let i = 0; i < levels.length; i++) {
    const rank = rankOf(levels[i]);
    if (rank < 0) (bad ??= []).push(levelIssue(levels[i], ['levels', i]));
    else max = Math.max(max, rank);
  }
  if (bad !== undefined) throw new RuleInputError('mostSevereRestriction', bad);
  return RESTRICTION_LEVELS[max]!;
}

/** `true`/`false` where a source says so, `'undetermined'` where the sources are silent. */
export type RestrictionTristate = boolean | 'undetermined';

/** What a restriction level does to an account, as far as the sources say. */
export interface RestrictionEffects {
  readonly level: RestrictionLevel;
  /** 0 (`none`) to 4 (`permanent-restriction`). */
  readonly rank: number;
  readonly name: Message;
  /** Can the member chat in existing rooms? */
  readonly canChat: RestrictionTristate;
  /** Can the member start new chats? */
  readonly canStartChats: RestrictionTristate;
  /** Whether the measure ends by itself: `'none'` for no measure. */
  readonly duration: 'none' | 'temporary' | 'permanent';
  /** Who lifts it: the system (not an agent), or `'undetermined'` where the sources do not say. */
  readonly liftedBy: 'not-applicable' | 'system' | 'undetermined';
  /** The rule behind this description. */
  readonly rule: 'policy.severity-order' | 'policy.auto-protection';
  /** `true` when the description rests on a secondary source (003) only. */
  readonly secondarySource: boolean;
}

const BASE = {
  none: { canChat: true, canStartChats: true, duration: 'none', liftedBy: 'not-applicable', rule: 'policy.severity-order', secondarySource: false },
  'user-protection': { canChat: 'undetermined', canStartChats: false, duration: 'temporary', liftedBy: 'system', rule: 'policy.auto-protection', secondarySource: true },
  'temporary-measure': { canChat: 'undetermined', canStartChats: 'undetermined', duration: 'temporary', liftedBy: 'undetermined', rule: 'policy.severity-order', secondarySource: false },
  'temporary-restriction': { canChat: false, canStartChats: false, duration: 'temporary', liftedBy: 'undetermined', rule: 'policy.severity-order', secondarySource: false },
  'permanent-restriction': { canChat: false, canStartChats: false, duration: 'permanent', liftedBy: 'undetermined', rule: 'policy.severity-order', secondarySource: false },
} as const satisfies Record<RestrictionLevel, Omit<RestrictionEffects, 'level' | 'rank' | 'name'>>;

const EFFECTS = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(
    RESTRICTION_LEVELS.map((level, rank) => [level, Object.freeze({ level, rank, name: RESTRICTION_NAMES[level], ...BASE[level] })]),
  ),
) as Readonly<Record<RestrictionLevel, RestrictionEffects>>;

/**
 * What a level does, as far as the sources say: whether the member can chat and start chats,
 * whether it ends, and who lifts it. Where the sources are silent (every effect of the temporary
 * measure, who lifts a restriction) the answer is `'undetermined'`, never a guess.
 *
 * @param level a restriction level
 * @returns frozen plain data naming the rule it rests on
 * @throws {RuleInputError} when `level` is not a restriction level
 * @example
 * restrictionEffects('user-protection').liftedBy //=> 'system'
 * @see policy.severity-order
 * @see policy.auto-protection
 */
export function restrictionEffects(level: RestrictionLevel): RestrictionEffects {
  if (rankOf(level) < 0) throw new RuleInputError('restrictionEffects', [levelIssue(level, ['level'])]);
  return EFFECTS[level];
}
