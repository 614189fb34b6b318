import { start, type REPLServer } from 'node:repl';
import { inspect } from 'node:util';
import { runInContext } from 'node:vm';
import * as root from '../index.js';
import * as schemas from '../schemas.js';
import { RULES, explainRule, findRules, isRuleId } from '../rules.js';
import { INSTANT_KEY, didYouMean, isoKst, parseCommandArgs, type Command } from './command.js';

const USAGE = `Usage: kakao-rules repl

A Node REPL with every export of kakao-rules in scope, plus:
  now()            the current instant (a Date), for quick checks: isAgentChatOpen(now())
  .rules [TEXT]    list or search the rule catalogue
  .explain ID      explain one rule (a refusal names its rule: .explain <rule>)
Instants are shown on Seoul's clock: a Date, and epoch ms under an instant key (at, start, end, until, ...At).
Also: npm run repl`;

const shown = (text: string) => ({ [inspect.custom]: () => text });

/** A copy of `value` for display: Dates and epoch-ms instants annotated in KST. Never mutates `value`. */
function forDisplay(value: unknown, key = '', seen = new Set<unknown>()): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const ms = Date.prototype.getTime.call(value);
    return Number.isNaN(ms) ? value : shown(`${isoKst(ms)} (Date)`);
  }
  if (typeof value === 'number' && INSTANT_KEY.test(key) && Number.isInteger(value))
    return shown(`${value} /* ${isoKst(value)} */`);
  if (
    typeof value !== 'object' ||
    value === null ||
    seen.has(value) ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => forDisplay(v, '', seen));
  // A plain object of any realm (the REPL's own included): its prototype is a root prototype.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forDisplay(v, k, seen)]));
}

/** How the REPL prints a result: text as text, values inspected with KST instants, refusals with a pointer. */
function writer(this: REPLServer | undefined, output: unknown): string {
  if (typeof output === 'string' && output.includes('\n')) return output;
  const text = inspect(forDisplay(output), {
    colors: process.stdout.isTTY === true && !process.env.NO_COLOR,
    depth: 6,
  });
  const r = output as { ok?: unknown; rule?: unknown };
  return r !== null && typeof r === 'object' && r.ok === false && typeof r.rule === 'string'
    ? `${text}\n// why: .explain ${r.rule}`
    : text;
}

/** Every export of the package, the zod schemas of `kakao-rules/schemas` included. */
const library = { ...root, ...schemas };

export const replCommand: Command = {
  name: 'repl',
  summary: 'a Node REPL with every export in scope (.rules, .explain, now())',
  usage: USAGE,
  run(args, io) {
    parseCommandArgs(args, {}, false);
    io.out(
      `kakao-rules REPL: ${Object.keys(library).length} exports in scope. .rules [text], .explain <id>, now(). .exit to leave.`,
    );
    const server = start({ prompt: 'kakao-rules> ', useGlobal: false, writer });
    // `now()` builds its Date in the REPL's own realm, as `new Date()` typed there does.
    const ContextDate = runInContext('Date', server.context) as DateConstructor;
    Object.assign(server.context, library, { now: () => new ContextDate(io.now()) });
    server.defineCommand('rules', {
      help: 'List or search the rule catalogue: .rules [text]',
      action(text) {
        const found = findRules(text.trim());
        this.output.write(
          found.length > 0
            ? `${found.map((r) => `${r.id.padEnd(34)} ${r.summary.en}`).join('\n')}\n`
            : `No rule matches ${JSON.stringify(text.trim())}.\n`,
        );
        this.displayPrompt();
      },
    });
    server.defineCommand('explain', {
      help: 'Explain one rule: .explain <id>',
      action(id) {
        const key = id.trim();
        const near = didYouMean(key, Object.keys(RULES)).slice(0, 3);
        this.output.write(
          key === ''
            ? 'Usage: .explain <rule id>, e.g. .explain voiceroom.speaker-cap (.rules [text] lists the ids)\n'
            : isRuleId(key)
              ? `${explainRule(key)}\n`
              : `No rule ${JSON.stringify(key)}.${near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : ''} Try .rules ${key}\n`,
        );
        this.displayPrompt();
      },
    });
    return new Promise<number>((resolve) => server.on('exit', () => resolve(0)));
  },
};
