import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/cli/command.js';

describe('toJson (the CLI JSON writer)', () => {
  it('writes an object through its toJSON, its instants as ISO 8601 at +09:00', () => {
    const room = { toJSON: () => ({ openedAt: 0, revision: 3, names: ['a'] }) };
    expect(JSON.parse(toJson({ room }))).toEqual({
      room: { openedAt: '1970-01-01T09:00:00.000+09:00', revision: 3, names: ['a'] },
    });
  });

  it('leaves the keys it is told to keep verbatim', () => {
    expect(JSON.parse(toJson({ at: 0, seq: 1 }, ['at']))).toEqual({ at: 0, seq: 1 });
  });
});
