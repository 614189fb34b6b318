import { describe, expect, it } from 'vitest';
import {
  callCharges,
  checkCall,
  checkLiveTalkJoin,
  checkLiveTalkStart,
  diagnoseCallTrouble,
  type InputIssue,
} from '../../src/index.js';
import { thrown } from '../helpers.js';

// The documented error contract: RuleInputError naming the public function, with every issue's path, code and message.

const option = (path: string[], values: string): InputIssue => ({
  path,
  code: 'invalid-value',
  message: `Invalid option: expected one of ${values}`,
});
const type = (path: string[], expected: string, received: string): InputIssue => ({
  path,
  code: 'invalid-type',
  message: `Invalid input: expected ${expected}, received ${received}`,
});

describe('bad input: every issue with its path, code and message', () => {
  it.each<[string, () => unknown, string, InputIssue[]]>([
    [
      'calls.friends-only: checkCall with an unknown kind (even between friends)',
      () => checkCall({ kind: 'audio', areFriends: true } as never),
      'checkCall',
      [option(['call', 'kind'], '"voice"|"video"')],
    ],
    [
      'calls.friends-only: checkCall with an unknown kind (not friends)',
      () => checkCall({ kind: 'audio', areFriends: false } as never),
      'checkCall',
      [option(['call', 'kind'], '"voice"|"video"')],
    ],
    [
      'calls.friends-only: checkCall without areFriends',
      () => checkCall({ kind: 'voice' } as never),
      'checkCall',
      [type(['call', 'areFriends'], 'boolean', 'undefined')],
    ],
    [
      'calls.friends-only: checkCall with null',
      () => checkCall(null as never),
      'checkCall',
      [type(['call'], 'object', 'null')],
    ],
    [
      'calls.no-voice-fee: callCharges on an unknown network',
      () => callCharges({ network: 'lte', abroad: false } as never),
      'callCharges',
      [option(['call', 'network'], '"wifi"|"mobile"')],
    ],
    [
      'calls.no-voice-fee: callCharges without abroad',
      () => callCharges({ network: 'wifi' } as never),
      'callCharges',
      [type(['call', 'abroad'], 'boolean', 'undefined')],
    ],
    [
      'calls.livetalk: checkLiveTalkStart in an unknown kind of chat',
      () => checkLiveTalkStart({ chat: { kind: 'open' } } as never),
      'checkLiveTalkStart',
      [option(['request', 'chat', 'kind'], '"group"|"one-to-one"')],
    ],
    [
      'calls.livetalk: checkLiveTalkStart given a function with a chat, not an object',
      () => checkLiveTalkStart(Object.assign(() => {}, { chat: { kind: 'group' } }) as never),
      'checkLiveTalkStart',
      [type(['request'], 'object', 'function')],
    ],
    [
      'calls.livetalk: checkLiveTalkStart with a function for the chat',
      () => checkLiveTalkStart({ chat: Object.assign(() => {}, { kind: 'group' }) } as never),
      'checkLiveTalkStart',
      [type(['request', 'chat'], 'object', 'function')],
    ],
    [
      'calls.livetalk: checkLiveTalkStart without a chat',
      () => checkLiveTalkStart({} as never),
      'checkLiveTalkStart',
      [type(['request', 'chat'], 'object', 'undefined')],
    ],
    [
      'calls.livetalk: checkLiveTalkJoin with nobody in the LiveTalk',
      () => checkLiveTalkJoin({ participantCount: 0 }),
      'checkLiveTalkJoin',
      [{ path: ['live', 'participantCount'], code: 'too-small', message: 'Too small: expected number to be >=1' }],
    ],
    [
      'calls.livetalk: checkLiveTalkJoin with -1 in the LiveTalk',
      () => checkLiveTalkJoin({ participantCount: -1 }),
      'checkLiveTalkJoin',
      [{ path: ['live', 'participantCount'], code: 'too-small', message: 'Too small: expected number to be >=1' }],
    ],
    [
      'calls.livetalk: checkLiveTalkJoin with 1.5 in the LiveTalk',
      () => checkLiveTalkJoin({ participantCount: 1.5 }),
      'checkLiveTalkJoin',
      [type(['live', 'participantCount'], 'int', 'number')],
    ],
    [
      'calls.livetalk: checkLiveTalkJoin with "3" in the LiveTalk',
      () => checkLiveTalkJoin({ participantCount: '3' } as never),
      'checkLiveTalkJoin',
      [type(['live', 'participantCount'], 'number', 'string')],
    ],
    [
      'calls.livetalk: checkLiveTalkJoin with null',
      () => checkLiveTalkJoin(null as never),
      'checkLiveTalkJoin',
      [type(['live'], 'object', 'null')],
    ],
    [
      'calls.carrier-block-test: diagnoseCallTrouble with an unknown result',
      () => diagnoseCallTrouble({ bothOnWifi: 'yes', offWifi: 'works' } as never),
      'diagnoseCallTrouble',
      [option(['tests', 'bothOnWifi'], '"works"|"fails"|"untested"')],
    ],
  ])('%s', (_, call, fn, issues) => {
    expect(thrown(call)).toEqual({ fn, issues });
  });
});
