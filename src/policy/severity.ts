import { RuleInputError, describeValue, inputIssue, readArray, type InputIssue, type Message } from '../core/index.js';
import {
  CONTENT_MEASURES,
  MAX_MEASURES,
  RESTRICTION_LEVELS,
  RESTRICTION_NAMES,
  type ContentMeasure,
  type Measure,
  type RestrictionLevel,
} from './rules.js';

/** The rank of an account level, or -1 for anything else (a switch: faster than a Map on this hot path). */
function rankOf(value: unknown): number {
  switch (value) {
    case 'none':
      return 0;
    case 'user-protection':
      return 1;
    case 'temporary-restriction':
      return 2;
    case 'permanent-restriction':
      return 3;
    default:
      return -1;
  }
}

const LEVEL_LIST = RESTRICTION_LEVELS.join(', ');
const isContentMeasure = (value: unknown): value is ContentMeasure => value === 'temporary-measure';

/** The issue for a value that is not an account level; a content measure is told why it has no rank. */
function levelIssue(value: unknown, path: readonly (string | number)[]): InputIssue {
  return isContentMeasure(value)
    ? inputIssue(
        path,
        'invalid-value',
        `${value} (임시조치) is a content measure, not an account level, and is never ranked; combineMeasures reports it beside the account level`,
      )
    : inputIssue(
        path,
        'invalid-value',
        `expected an account restriction level (${LEVEL_LIST}); got ${describeValue(value)}`,
      );
}

/**
 * The rank of an account level: 0 for `none` up to 3 for `permanent-restriction`.
 *
 * @param level an account restriction level
 * @returns its index in {@link RESTRICTION_LEVELS}
 * @throws {RuleInputError} when `level` is not an account level (a content measure such as
 *   `temporary-measure` has no rank)
 * @example
 * restrictionRank('temporary-restriction') //=> 2
 * restrictionRank('temporary-measure' as never) // throws RuleInputError
 * @see policy.severity-order
 */
export function restrictionRank(level: RestrictionLevel): number {
  const rank = rankOf(level);
  if (rank < 0) throw new RuleInputError('restrictionRank', [levelIssue(level, ['level'])]);
  return rank;
}

/**
 * Compares two account restriction levels by severity. The order is total: none < user protection
 * < temporary restriction < permanent restriction. A content measure (임시조치) is not in it.
 *
 * @param a an account restriction level
 * @param b an account restriction level
 * @returns `-1` when `a` is less severe, `0` when equal, `1` when more severe (usable with `sort`)
 * @throws {RuleInputError} listing each argument that is not an account level (`temporary-measure`
 *   included: a content measure is never ranked)
 * @example
 * compareRestrictions('permanent-restriction', 'user-protection') //=> 1
 * compareRestrictions('temporary-measure' as never, 'none') // throws RuleInputError
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
 * Combines account measures: the most severe level of the list. Associative, commutative and
 * idempotent, with `none` as identity, so an empty list gives `none`. To combine a member's measures
 * when some are content measures, use {@link combineMeasures}.
 *
 * @param levels account restriction levels, in any order
 * @returns the most severe of them, `'none'` for an empty list
 * @throws {RuleInputError} when `levels` is not an array or has more than {@link MAX_MEASURES} elements, listing every element that is not an
 *   account level (`temporary-measure` included)
 * @example
 * mostSevereRestriction(['user-protection', 'temporary-restriction', 'none']) //=> 'temporary-restriction'
 * @see policy.severity-order
 */
export function mostSevereRestriction(levels: readonly RestrictionLevel[]): RestrictionLevel {
  // Hot path: a real list of levels, read once; anything else (bad, too long, hostile) goes to readLevels.
  try {
    if (Array.isArray(levels) && levels.length <= MAX_MEASURES) {
      let max = 0;
      for (let i = 0; i < levels.length; i++) {
        const rank = rankOf(levels[i]);
        if (rank < 0) return mostSevereOf(levels);
        // Stryker disable next-line EqualityOperator: equivalent as >=, when rank equals max the assignment writes the value max already holds
        if (rank > max) max = rank;
      }
      return RESTRICTION_LEVELS[max]!;
    }
  } catch {
    // read again below, where the throw becomes an issue
  }
  return mostSevereOf(levels);
}

/** `mostSevereRestriction` for anything off its hot path: every problem listed, or the answer. */
function mostSevereOf(levels: unknown): RestrictionLevel {
  const issues: InputIssue[] = [];
  const list = readArray(levels, ['levels'], MAX_MEASURES, 'an array of account restriction levels', issues);
  let max = 0;
  if (list !== undefined)
    for (let i = 0; i < list.length; i++) {
      const rank = rankOf(list[i]);
      if (rank < 0) issues.push(levelIssue(list[i], ['levels', i]));
      else max = Math.max(max, rank);
    }
  if (issues.length > 0) throw new RuleInputError('mostSevereRestriction', issues);
  return RESTRICTION_LEVELS[max]!;
}

/** A member's measures: the account level, and the content measures beside it. */
export interface MemberMeasures {
  /** The most severe account level among the measures, `'none'` when there is none. */
  readonly account: RestrictionLevel;
  /** Every content measure given, in the order given (one per blocked post); never ranked, never merged. */
  readonly content: readonly ContentMeasure[];
  readonly rule: 'policy.severity-order';
}

/**
 * A member's measures, combined: the account levels keep the most severe (as
 * {@link mostSevereRestriction}), and the content measures (임시조치 blocks a post, not the
 * account) are reported beside it, each one kept. A content measure never changes the account
 * level, and a member can have content measures with no account measure at all.
 *
 * @param measures account levels and content measures, in any order
 * @returns frozen `{ account, content, rule }`
 * @throws {RuleInputError} when `measures` is not an array or has more than {@link MAX_MEASURES} elements, listing every element that is not a
 *   measure (path `['measures', index]`)
 * @example
 * combineMeasures(['temporary-measure', 'user-protection', 'temporary-measure'])
 * //=> { account: 'user-protection', content: ['temporary-measure', 'temporary-measure'], rule: 'policy.severity-order' }
 * combineMeasures(['temporary-measure']).account //=> 'none'
 * @see policy.severity-order
 */
export function combineMeasures(measures: readonly Measure[]): MemberMeasures {
  const issues: InputIssue[] = [];
  const list = readArray(measures, ['measures'], MAX_MEASURES, 'an array of measures', issues);
  let max = 0;
  const content: ContentMeasure[] = [];
  if (list !== undefined)
    for (let i = 0; i < list.length; i++) {
      const m: unknown = list[i];
      const rank = rankOf(m);
      if (rank >= 0) max = Math.max(max, rank);
      else if (isContentMeasure(m)) content.push(m);
      else {
        // Stryker disable next-line StringLiteral: CONTENT_MEASURES has one element, so the separator never shows
        const contentList = CONTENT_MEASURES.join(', ');
        issues.push(
          inputIssue(
            ['measures', i],
            'invalid-value',
            `expected a measure (${LEVEL_LIST}, or the content measure ${contentList}); got ${describeValue(m)}`,
          ),
        );
      }
    }
  if (issues.length > 0) throw new RuleInputError('combineMeasures', issues);
  return Object.freeze({
    account: RESTRICTION_LEVELS[max]!,
    content: Object.freeze(content),
    rule: 'policy.severity-order' as const,
  });
}

/** `true`/`false` where a source says so, `'undetermined'` where the sources are silent. */
export type RestrictionTristate = boolean | 'undetermined';

/** What an account restriction level does, as far as the sources say. */
export interface RestrictionEffects {
  readonly level: RestrictionLevel;
  /** 0 (`none`) to 3 (`permanent-restriction`). */
  readonly rank: number;
  /** The level's name in both languages. */
  readonly message: Message;
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
  /** `true` when the description rests on a secondary source (a user's first-hand account) only. */
  readonly secondarySource: boolean;
}

const BASE = {
  none: {
    canChat: true,
    canStartChats: true,
    duration: 'none',
    liftedBy: 'not-applicable',
    rule: 'policy.severity-order',
    secondarySource: false,
  },
  'user-protection': {
    canChat: 'undetermined',
    canStartChats: false,
    duration: 'temporary',
    liftedBy: 'system',
    rule: 'policy.auto-protection',
    secondarySource: true,
  },
  'temporary-restriction': {
    canChat: false,
    canStartChats: false,
    duration: 'temporary',
    liftedBy: 'undetermined',
    rule: 'policy.severity-order',
    secondarySource: false,
  },
  'permanent-restriction': {
    canChat: false,
    canStartChats: false,
    duration: 'permanent',
    liftedBy: 'undetermined',
    rule: 'policy.severity-order',
    secondarySource: false,
  },
} as const satisfies Record<RestrictionLevel, Omit<RestrictionEffects, 'level' | 'rank' | 'message'>>;

const EFFECTS = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(
    RESTRICTION_LEVELS.map((level, rank) => [
      level,
      Object.freeze({ level, rank, message: RESTRICTION_NAMES[level], ...BASE[level] }),
    ]),
  ),
) as Readonly<Record<RestrictionLevel, RestrictionEffects>>;

/**
 * What an account level does, as far as the sources say: whether the member can chat and start
 * chats, whether it ends, and who lifts it. Where the sources are silent (whether a member under user
 * protection can chat in existing rooms, who lifts a restriction) the answer is `'undetermined'`,
 * never a guess.
 *
 * @param level an account restriction level
 * @returns frozen plain data naming the rule it rests on; `message` is the level's name
 * @throws {RuleInputError} when `level` is not an account level (`temporary-measure` is a content measure)
 * @example
 * restrictionEffects('user-protection').liftedBy //=> 'system'
 * restrictionEffects('permanent-restriction').message.ko //=> '영구 이용제한'
 * @see policy.severity-order
 * @see policy.auto-protection
 */
export function restrictionEffects(level: RestrictionLevel): RestrictionEffects {
  if (rankOf(level) < 0) throw new RuleInputError('restrictionEffects', [levelIssue(level, ['level'])]);
  return EFFECTS[level];
}
