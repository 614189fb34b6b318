import { describe, expect, it } from 'vitest';
import { replayVoiceRoom } from '../../src/voiceroom/index.js';
import { thrown } from '../helpers.js';
import { OPENING } from './helpers.js';

// replayVoiceRoom's options: undefined or an object whose onRefusal is 'stop' (the default) or 'skip';
// anything else is bad input at ['options', 'onRefusal'], showing the bad value.

const bad = (shown: string) => ({
  fn: 'replayVoiceRoom',
  issues: [
    { path: ['options', 'onRefusal'], code: 'invalid-value', message: `expected 'stop' or 'skip'; got ${shown}` },
  ],
});

describe('replayVoiceRoom: options that are not an object', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['a number', 5, '5'],
    ['the string skip', 'skip', '"skip"'],
    ['true', true, 'true'],
  ])('%s is refused, the options themselves shown', (_, options, shown) => {
    expect(thrown(() => replayVoiceRoom(OPENING, [], options as never))).toEqual(bad(shown));
  });

  it('an object whose onRefusal cannot be read is refused like a missing value', () => {
    const options = {
      get onRefusal(): never {
        throw new Error('unreadable');
      },
    };
    expect(thrown(() => replayVoiceRoom(OPENING, [], options as never))).toEqual(bad('undefined'));
  });

  it('an object with a bad onRefusal shows the onRefusal', () => {
    expect(thrown(() => replayVoiceRoom(OPENING, [], { onRefusal: 5 } as never))).toEqual(bad('5'));
  });

  it('undefined options and an object without onRefusal stop at the first refusal', () => {
    const log = [{ type: 'join', userId: 'ann', at: OPENING.at + 1 }] as const;
    for (const options of [undefined, {}])
      expect(replayVoiceRoom(OPENING, log, options)).toMatchObject({ ok: false, code: 'already-in-room', index: 0 });
  });
});
