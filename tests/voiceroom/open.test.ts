import { describe, expect, it } from 'vitest';
import { openVoiceRoom, replayVoiceRoom } from '../../src/voiceroom/index.js';
import { thrown } from '../helpers.js';
import { OPENED, OPENING } from './helpers.js';

// The opening instant is named at ['opening', 'at'] in every error, also when a Date passes the
// opening's schema and then loses its time value as it is read.

/** A real Date at OPENED whose own `getTime` property, when read, sets its time value to NaN. */
function vanishingDate(): Date {
  const d = new Date(OPENED);
  Object.defineProperty(d, 'getTime', {
    get() {
      d.setTime(Number.NaN);
      return Date.prototype.getTime;
    },
  });
  return d;
}

const issue = {
  path: ['opening', 'at'],
  code: 'invalid-instant',
  message: 'expected a Date, integer epoch ms or ISO-8601 string with offset; got Invalid Date',
};

describe('openVoiceRoom: an opening instant that becomes invalid while read', () => {
  it('openVoiceRoom names opening.at', () => {
    expect(thrown(() => openVoiceRoom({ ...OPENING, at: vanishingDate() }))).toEqual({
      fn: 'openVoiceRoom',
      issues: [issue],
    });
  });
  it('replayVoiceRoom names opening.at', () => {
    expect(thrown(() => replayVoiceRoom({ ...OPENING, at: vanishingDate() }, []))).toEqual({
      fn: 'replayVoiceRoom',
      issues: [issue],
    });
  });
  it('the same Date left alone opens the room at its instant', () => {
    const r = openVoiceRoom({ ...OPENING, at: new Date(OPENED) });
    expect(r.ok && r.value.openedAt).toBe(OPENED);
  });
});

describe('openVoiceRoom: an opening instant that becomes invalid at any later reading', () => {
  /** A real Date at OPENED whose time value becomes NaN at the `n`th reading of its `getTime` property. */
  function dateVanishingAt(n: number): Date {
    const d = new Date(OPENED);
    let reads = 0;
    Object.defineProperty(d, 'getTime', {
      get() {
        if (++reads === n) d.setTime(Number.NaN);
        return Date.prototype.getTime;
      },
    });
    return d;
  }

  it('whichever reading sees it invalid (the schema check or the reading of the instant), the error names opening.at', () => {
    const answers = new Set<string>();
    for (let n = 1; n <= 8; n++) {
      let answer: string;
      try {
        const r = openVoiceRoom({ ...OPENING, at: dateVanishingAt(n) });
        answer = r.ok && r.value.openedAt === OPENED ? 'opened' : 'wrong room';
      } catch {
        answer = JSON.stringify(thrown(() => openVoiceRoom({ ...OPENING, at: dateVanishingAt(n) })));
      }
      answers.add(answer);
    }
    expect([...answers]).toEqual([JSON.stringify({ fn: 'openVoiceRoom', issues: [issue] }), 'opened']);
  });
});
