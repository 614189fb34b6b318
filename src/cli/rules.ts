import type { RuleEntry } from '../core/index.js';
import { RULES, findRules, isRuleId, explainRule } from '../rules.js';
import { UsageError, parseCommandArgs, type Command } from './command.js';

const USAGE = `Usage: kakao-rules rules [TEXT...] [--json]
       kakao-rules rules --explain ID

List the rule catalogue, or the rules matching every word of TEXT (id, summary in English or
Korean, reading, enforcing functions).

Options:
  --json         print the matching entries as JSON
  --explain ID   print one rule in full
  -h, --help     show this help

Examples:
  kakao-rules rules speaker
  kakao-rules rules 공휴일 --json
  kakao-rules rules --explain voiceroom.speaker-cap`;

function line(r: RuleEntry): string {
  return `${r.id.padEnd(34)} ${r.summary.en}`;
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list or search the rule catalogue',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, explain: { type: 'string' } });
    if (values.help) return io.out(USAGE), 0;
    if (values.explain !== undefined) {
      if (!isRuleId(values.explain)) throw new UsageError(`unknown rule id ${JSON.stringify(values.explain)}; try: kakao-rules rules ${values.explain.split('.').pop()}`);
      io.out(values.json ? JSON.stringify(RULES[values.explain], null, 2) : explainRule(values.explain));
      return 0;
    }
    const found = findRules(positionals.join(' '));
    if (values.json) io.out(JSON.stringify(found, null, 2));
    else if (found.length === 0) io.out(`No rule matches ${JSON.stringify(positionals.join(' '))}.`);
    else io.out(found.map(line).join('\n'));
    return found.length === 0 ? 1 : 0;
  },
};
