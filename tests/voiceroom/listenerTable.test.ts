import { describe, expect, it } from 'vitest';
import {
  EMPTY_LISTENER_TABLE,
  TABLE_WIDTH,
  allListeners,
  findListener,
  listenerSlot,
  listenerTableOf,
  withListener,
} from '../../src/voiceroom/listenerTable.js';

// The listener table: 32 rows of 32 buckets; a row is null until first used, a bucket null where no
// listener is. u28 and u32 hash to the same bucket (row 0, bucket 23); x to row 31, bucket 20.

const NULL_ROW = new Array(32).fill(null);

describe('listenerTable', () => {
  it('is 32 x 32', () => {
    expect(TABLE_WIDTH).toBe(32);
    expect(EMPTY_LISTENER_TABLE).toEqual(NULL_ROW);
  });

  it('listenerSlot: FNV-1a, top 10 bits', () => {
    expect([listenerSlot('u28'), listenerSlot('u32'), listenerSlot('x'), listenerSlot('')]).toEqual([
      23,
      23,
      1012,
      0x811c9dc5 >>> 22,
    ]);
  });

  it('listenerTableOf: exactly 32 rows, null where unused, also when empty', () => {
    expect(listenerTableOf([])).toEqual(NULL_ROW);
    const table = listenerTableOf([{ userId: 'u28' }, { userId: 'x', requestedAt: 5 }, { userId: 'u32' }]);
    expect(table).toHaveLength(32);
    const row0 = [...NULL_ROW];
    row0[23] = [{ userId: 'u28' }, { userId: 'u32' }];
    const row31 = [...NULL_ROW];
    row31[20] = [{ userId: 'x', requestedAt: 5 }];
    const expected = [...NULL_ROW];
    expected[0] = row0;
    expected[31] = row31;
    expect(table).toEqual(expected);
    expect(allListeners(table)).toEqual([{ userId: 'u28' }, { userId: 'u32' }, { userId: 'x', requestedAt: 5 }]);
  });

  it('withListener: a bucket emptied by removals is null again (never an empty array); the row stays', () => {
    const two = withListener(withListener(EMPTY_LISTENER_TABLE, 'u28', { userId: 'u28' }), 'u32', { userId: 'u32' });
    expect(two).toHaveLength(32);
    expect(two[0]![23]).toEqual([{ userId: 'u28' }, { userId: 'u32' }]);
    const one = withListener(two, 'u28', undefined);
    expect(one[0]![23]).toEqual([{ userId: 'u32' }]);
    const none = withListener(one, 'u32', undefined);
    expect(none[0]).toEqual(NULL_ROW);
    expect([findListener(none, 'u32'), allListeners(none)]).toEqual([undefined, []]);
    expect(two[0]![23]).toEqual([{ userId: 'u28' }, { userId: 'u32' }]); // the earlier table is unchanged
  });

  it('withListener replaces a listener in place of the old one', () => {
    const t = withListener(withListener(EMPTY_LISTENER_TABLE, 'u28', { userId: 'u28' }), 'u28', {
      userId: 'u28',
      requestedAt: 7,
    });
    expect(t[0]![23]).toEqual([{ userId: 'u28', requestedAt: 7 }]);
    expect(findListener(t, 'u28')).toEqual({ userId: 'u28', requestedAt: 7 });
  });
});
