import {
  CONTENT_MEASURES,
  CONTENT_MEASURE_NAMES,
  RESTRICTION_LEVELS,
  RESTRICTION_NAMES,
  compareRestrictions,
  type RestrictionLevel,
} from '../policy/index.js';
import { UsageError, parseCommandArgs, toJson, type CliModule, type Command } from './command.js';

const LADDER = RESTRICTION_LEVELS.map((l) => `${l} (${RESTRICTION_NAMES[l].ko})`).join(' < ');

const USAGE = `Usage: kakao-rules severity LEVEL LEVEL [--json]

Which of two account restriction levels is more severe (rule policy.severity-order). A LEVEL is a
name or its Korean name:
  ${RESTRICTION_LEVELS.map((l) => `${l.padEnd(22)} ${RESTRICTION_NAMES[l].ko}`).join('\n  ')}

temporary-measure (임시조치) is a content measure (a post blocked for a while), not an account
level: it is reported beside the account level and never ranked.

Options:
  --json       print the comparison as JSON
  -h, --help   show this help

Examples:
  kakao-rules severity user-protection temporary-restriction
  kakao-rules severity "영구 이용제한" "이용자 보호조치" --json`;

function readLevel(text: string): RestrictionLevel {
  const wanted = text.replace(/\s+/g, '');
  const content = CONTENT_MEASURES.find(
    (m) => m === text || CONTENT_MEASURE_NAMES[m].ko.replace(/\s+/g, '') === wanted,
  );
  if (content !== undefined) {
    throw new UsageError(
      `${content} (${CONTENT_MEASURE_NAMES[content].ko}) is a content measure, not an account level: it is never ranked against one`,
    );
  }
  const found = RESTRICTION_LEVELS.find((l) => l === text || RESTRICTION_NAMES[l].ko.replace(/\s+/g, '') === wanted);
  if (found === undefined)
    throw new UsageError(
      `unknown restriction level ${JSON.stringify(text)}; expected one of: ${RESTRICTION_LEVELS.join(', ')}`,
    );
  return found;
}

/** The Korean particle after `word`: `withFinal` when its last syllable ends in a consonant. */
function particle(word: string, withFinal: string, withoutFinal: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return `${word}${code >= 0 && code < 11172 && code % 28 !== 0 ? withFinal : withoutFinal}`;
}

const label = (l: RestrictionLevel) => `${l} (${RESTRICTION_NAMES[l].ko})`;

export const severityCommand: Command = {
  name: 'severity',
  summary: 'which of two account restriction levels is more severe',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (positionals.length !== 2) throw new UsageError(`expected two restriction levels; got ${positionals.length}`);
    const [a, b] = positionals.map(readLevel) as [RestrictionLevel, RestrictionLevel];
    const order = compareRestrictions(a, b);
    const moreSevere = order > 0 ? a : order < 0 ? b : null;
    if (values.json) {
      io.out(
        toJson({
          a,
          b,
          comparison: order,
          moreSevere,
          names: { [a]: RESTRICTION_NAMES[a], [b]: RESTRICTION_NAMES[b] },
          rule: 'policy.severity-order',
        }),
      );
    } else if (moreSevere === null) {
      io.out(
        `${label(a)} and ${label(b)} are equally severe.\n${particle(RESTRICTION_NAMES[a].ko, '과', '와')} ${particle(RESTRICTION_NAMES[b].ko, '은', '는')} 같은 단계입니다.\nrule: policy.severity-order`,
      );
    } else {
      const less = moreSevere === a ? b : a;
      io.out(
        `${label(moreSevere)} is more severe than ${label(less)}.\n${particle(RESTRICTION_NAMES[moreSevere].ko, '이', '가')} ${RESTRICTION_NAMES[less].ko}보다 무겁습니다.\nrule: policy.severity-order`,
      );
    }
    return 0;
  },
};

/** The `policy` module's CLI: `severity`, and the severity ladder for the overview. */
export const cli: CliModule = {
  commands: [severityCommand],
  overview: () => [
    `severity: ${LADDER}; temporary-measure (임시조치) is a content measure, reported beside the account level`,
    'in Open Chat one obscene or gambling message can lead to a permanent restriction (kakao-rules severity A B)',
  ],
};
