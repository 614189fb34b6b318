import {
  CALL_TEST_RESULTS,
  LIVE_TALK_MAX_PARTICIPANTS,
  diagnoseCallTrouble,
  type CallTestResult,
} from '../calls/index.js';
import { UsageError, parseCommandArgs, toJson, type CliModule, type Command } from './command.js';

const USAGE = `Usage: kakao-rules call-diagnose [--wifi RESULT] [--mobile RESULT] [--json]

The carrier-block test for VoiceTalk/FaceTalk trouble (rule calls.carrier-block-test): the likely
cause and the next step. RESULT is works, fails or untested (the default).

Options:
  --wifi RESULT     a call with both parties on Wi-Fi
  --mobile RESULT   a call off Wi-Fi (mobile data)
  --json            print the diagnosis as JSON
  -h, --help        show this help

Examples:
  kakao-rules call-diagnose --wifi works --mobile fails
  kakao-rules call-diagnose --wifi fails --json`;

function readResult(value: string | undefined, flag: string): CallTestResult {
  if (value === undefined) return 'untested';
  if (!(CALL_TEST_RESULTS as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${CALL_TEST_RESULTS.join(', ')}; got ${JSON.stringify(value)}`);
  }
  return value as CallTestResult;
}

export const callDiagnoseCommand: Command = {
  name: 'call-diagnose',
  summary: 'likely cause and next step for VoiceTalk/FaceTalk trouble (the Wi-Fi test)',
  usage: USAGE,
  run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { wifi: { type: 'string' }, mobile: { type: 'string' }, json: { type: 'boolean' } },
      false,
    );
    const bothOnWifi = readResult(values.wifi, '--wifi');
    const offWifi = readResult(values.mobile, '--mobile');
    const d = diagnoseCallTrouble({ bothOnWifi, offWifi });
    if (values.json) io.out(toJson({ bothOnWifi, offWifi, ...d }));
    else
      io.out(
        [
          `likely cause: ${d.likelyCause}`,
          `next step:    ${d.nextStep}`,
          d.message.en,
          d.message.ko,
          `rule: ${d.rule}`,
        ].join('\n'),
      );
    return 0;
  },
};

/** The `calls` module's CLI: `call-diagnose`, and the diagnosis rule for the overview. */
export const cli: CliModule = {
  commands: [callDiagnoseCommand],
  overview: () => [
    'call trouble: works on Wi-Fi but not off it: carrier block likely; fails on Wi-Fi too: contact Kakao support (kakao-rules call-diagnose)',
    `LiveTalk: group chats only, at most ${LIVE_TALK_MAX_PARTICIPANTS} people including the broadcaster; VoiceTalk/FaceTalk: friends only, no call fee`,
  ],
};
