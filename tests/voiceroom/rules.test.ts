import { describe, expect, it } from 'vitest';
import { VOICE_ROOM_REFUSAL_CODES, VOICEROOM_RULES } from '../../src/voiceroom/index.js';

// src/voiceroom/rules.ts: the entries' codes are the module's code list (every entry's fields:
// tests/rules.test.ts).

describe('the catalogue names every refusal code', () => {
  it('the codes of the voice-room entries are exactly VOICE_ROOM_REFUSAL_CODES, each once', () => {
    const codes = Object.values(VOICEROOM_RULES).flatMap((e) => e.codes as readonly string[]);
    expect([...codes].sort()).toEqual([...VOICE_ROOM_REFUSAL_CODES].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });
});
