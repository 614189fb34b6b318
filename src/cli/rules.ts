import type { RuleEntry } from '../core/index.js';
import { RULES, findRules, isRuleId, explainRule } from '../rules.js';
import { UsageError, didYouMean, parseCommandArgs, toJson, type Command } from './command.js';

const USAGE = `Usage: kakao-rules rules [TEXT...] [--json]
       kakao-rules rules --explain ID [ID...]

List the rule catalogue, or the rules matching every word of TEXT (id, summary in English or
Korean, reading, enforcing functions).

Options:
  --json         print the matching entries as JSON
  --explain ID   print rules in full (more ids may follow)
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
    if (values.explain !== undefined) {
      const ids = [values.explain, ...positionals];
      for (const id of ids) {
        if (!isRuleId(id)) {
          const near = didYouMean(id, Object.keys(RULES));
          throw new UsageError(
            `unknown rule id ${JSON.stringify(id)}; ${near.length > 0 ? `did you mean ${near.slice(0, 3).join(', ')}?` : `try: kakao-rules rules ${id.split('.').pop()}`}`,
          );
        }
      }
      const valid = ids.filter(isRuleId);
      io.out(
        values.json
          ? toJson(valid.length === 1 ? RULES[valid[0]!] : valid.map((id) => RULES[id]))
          : valid.map(explainRule).join('\n\n'),
      );
      return 0;
    }
    const found = findRules(positionals.join(' '));
    if (values.json) io.out(toJson(found));
    else if (found.length === 0) io.out(`No rule matches ${JSON.stringify(positionals.join(' '))}.`);
    else io.out(found.map(line).join('\n'));
    return found.length === 0 ? 1 : 0;
  },
};
