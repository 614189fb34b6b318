import { start } from 'node:repl';
import { runInContext } from 'node:vm';
import * as library from '../index.js';
import { explainRule, findRules, isRuleId } from '../rules.js';
import { parseCommandArgs, type Command } from './command.js';

const USAGE = `Usage: kakao-rules repl

A Node REPL with every export of kakao-rules in scope, plus:
  now()            the current instant (a Date), for quick checks: isAgentChatOpen(now())
  .rules [TEXT]    list or search the rule catalogue
  .explain ID      explain one rule
Also: npm run repl`;

export const replCommand: Command = {
  name: 'repl',
  summary: 'a Node REPL with every export in scope (.rules, .explain, now())',
  usage: USAGE,
  run(args, io) {
    const { values } = parseCommandArgs(args, {}, false);
    if (values.help) return io.out(USAGE), 0;
    io.out(`kakao-rules REPL: ${Object.keys(library).length} exports in scope. .rules [text], .explain <id>, now(). .exit to leave.`);
    const server = start({ prompt: 'kakao-rules> ', useGlobal: false });
    // `now()` builds its Date in the REPL's own realm so `instanceof Date` holds there.
    const ContextDate = runInContext('Date', server.context) as DateConstructor;
    Object.assign(server.context, library, { now: () => new ContextDate(io.now()) });
    server.defineCommand('rules', {
      help: 'List or search the rule catalogue: .rules [text]',
      action(text) {
        for (const r of findRules(text.trim())) this.output.write(`${r.id.padEnd(34)} ${r.summary.en}\n`);
        this.displayPrompt();
      },
    });
    server.defineCommand('explain', {
      help: 'Explain one rule: .explain <id>',
      action(id) {
        const key = id.trim();
        this.output.write(`${isRuleId(key) ? explainRule(key) : `No rule ${JSON.stringify(key)}; try .rules ${key}`}\n`);
        this.displayPrompt();
      },
    });
    return new Promise<number>((resolve) => server.on('exit', () => resolve(0)));
  },
};
