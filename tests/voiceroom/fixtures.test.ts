import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyVoiceRoomEvent,
  openVoiceRoom,
  hostIds,
  participantCount,
  pendingHostInvites,
  pendingSpeakRequests,
  parseVoiceRoom,
  roleOf,
  talkerCount,
  voiceDataDisposition,
  voiceRoomParticipants,
  voiceRoomPhase,
  type VoiceRoom,
} from '../../src/voiceroom/index.js';
import { VoiceRoomSchema } from '../../src/voiceroom/schemas.js';
import { OPENING } from './helpers.js';

// Rooms that 0.1.0 stored, and the answers the 0.1.0 queries gave for them, both written by the 0.1.0
// code (tests/voiceroom/fixtures/write-0.1.0-fixtures.ts, run at commit 062a23a). A stored 0.1.0 room
// must load and answer exactly as it did, forever; its version-1 document must load the same way.

const DIR = join(import.meta.dirname, 'fixtures/0.1.0');
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.room.json'))
  .map((f) => f.slice(0, -'.room.json'.length))
  .sort();
const read = (file: string): any => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

function answers(room: VoiceRoom, recorded: any) {
  return {
    roleOf: Object.fromEntries(Object.keys(recorded.roleOf).map((id) => [id, roleOf(room, id) ?? null])),
    participantCount: participantCount(room),
    talkerCount: talkerCount(room),
    hostIds: hostIds(room),
    pendingSpeakRequests: pendingSpeakRequests(room),
    pendingHostInvites: pendingHostInvites(room),
    voiceDataDisposition: voiceDataDisposition(room),
    voiceRoomPhase: recorded.voiceRoomPhase.map(([at]: [number]) => [at, voiceRoomPhase(room, at)]),
  };
}

describe('rooms stored by 0.1.0', () => {
  it('are all here', () => {
    expect(NAMES).toEqual([
      'empty-opened',
      'full-1500',
      'hostless',
      'mixed-pending-requests',
      'pending-host-invite',
      'reported',
      'talker-cap',
    ]);
  });

  it.each(NAMES)('%s loads and answers every query as 0.1.0 did', (name) => {
    const stored = read(`${name}.room.json`);
    expect(stored.version).toBeUndefined(); // the 0.1.0 form
    const recorded = read(`${name}.answers.json`);
    const room = VoiceRoomSchema.parse(stored);
    expect(answers(room, recorded)).toEqual(recorded);
    expect([room.roomId, room.openedAt, room.lastEventAt, room.reported, room.lastSeq]).toEqual([
      stored.roomId,
      stored.openedAt,
      stored.lastEventAt,
      stored.reported,
      null,
    ]);
  });

  it.each(NAMES)('%s loads with the zod-free parseVoiceRoom exactly as with VoiceRoomSchema', (name) => {
    const stored = read(`${name}.room.json`);
    const room = parseVoiceRoom(stored);
    expect(answers(room, read(`${name}.answers.json`))).toEqual(read(`${name}.answers.json`));
    expect(JSON.stringify(room)).toBe(JSON.stringify(VoiceRoomSchema.parse(stored)));
  });

  it('parseVoiceRoom names every problem of a malformed room from its argument', () => {
    const stored = read('talker-cap.room.json');
    const schema = VoiceRoomSchema.safeParse({ ...stored, lastEventAt: stored.openedAt - 1, reported: 'no' });
    expect(schema.success).toBe(false);
    try {
      parseVoiceRoom({ ...stored, lastEventAt: stored.openedAt - 1, reported: 'no' });
      expect.unreachable();
    } catch (e) {
      const issues = (e as { issues: { path: unknown[]; code: string }[] }).issues;
      expect(issues.map((i) => [i.path, i.code])).toEqual([[['stored', 'reported'], 'invalid-type']]);
      expect((e as Error).message).toMatch(/^parseVoiceRoom: invalid input/);
    }
  });

  it.each(NAMES)('%s, saved again (now as version 2) and loaded, answers the same', (name) => {
    const recorded = read(`${name}.answers.json`);
    const doc = JSON.parse(JSON.stringify(VoiceRoomSchema.parse(read(`${name}.room.json`))));
    expect([doc.version, doc.revision, doc.receipts]).toEqual([2, 0, []]);
    expect(answers(VoiceRoomSchema.parse(doc), recorded)).toEqual(recorded);
  });

  it('a loaded 0.1.0 room takes further events', () => {
    const full = VoiceRoomSchema.parse(read('full-1500.room.json'));
    const at = full.lastEventAt + 1;
    expect(applyVoiceRoomEvent(full, { type: 'join', userId: 'one-more', at })).toMatchObject({
      ok: false,
      code: 'room-full',
    });
    const left = applyVoiceRoomEvent(full, { type: 'leave', userId: 'u0001', at, seq: 1 });
    if (!left.ok) throw new Error(left.code);
    const joined = applyVoiceRoomEvent(left.value, { type: 'join', userId: 'one-more', at, seq: 2 });
    if (!joined.ok) throw new Error(joined.code);
    expect([participantCount(joined.value), roleOf(joined.value, 'one-more'), joined.value.lastSeq]).toEqual([
      1500,
      'listener',
      2,
    ]);

    const hostless = VoiceRoomSchema.parse(read('hostless.room.json'));
    const t = hostless.lastEventAt;
    expect(
      applyVoiceRoomEvent(hostless, { type: 'set-role', hostId: 'bo', userId: 'cy', role: 'speaker', at: t }),
    ).toMatchObject({ ok: false, code: 'no-host' });
    const accepted = applyVoiceRoomEvent(hostless, { type: 'answer-host-invite', userId: 'bo', accept: true, at: t });
    if (!accepted.ok) throw new Error(accepted.code);
    expect(hostIds(accepted.value)).toEqual(['bo']);
    const approved = applyVoiceRoomEvent(accepted.value, {
      type: 'answer-speak-request',
      hostId: 'bo',
      userId: 'cy',
      approve: true,
      at: t,
    });
    if (!approved.ok) throw new Error(approved.code);
    expect([roleOf(approved.value, 'cy'), pendingSpeakRequests(approved.value)]).toEqual(['speaker', []]);

    const cap = VoiceRoomSchema.parse(read('talker-cap.room.json'));
    const c = cap.lastEventAt;
    expect(
      applyVoiceRoomEvent(cap, { type: 'set-role', hostId: 'ann', userId: 'l1', role: 'host', at: c }),
    ).toMatchObject({ ok: false, code: 'talker-cap-reached' });
    expect(
      applyVoiceRoomEvent(cap, { type: 'answer-speak-request', hostId: 's1', userId: 'l2', approve: true, at: c }),
    ).toMatchObject({ ok: false, code: 'talker-cap-reached' });
  });
});

describe('what a REPL or console.log shows of a room', () => {
  it('is the stored document, not the in-memory index', async () => {
    const { inspect } = await import('node:util');
    const opened = openVoiceRoom({ ...OPENING, at: 0 });
    if (!opened.ok) throw new Error(opened.code);
    expect(inspect(opened.value, { depth: 4 })).toBe(
      "{\n  version: 2,\n  roomId: 'r1',\n  openedAt: 0,\n  lastEventAt: 0,\n  reported: false,\n  revision: 0,\n  lastSeq: null,\n  receipts: [],\n  participants: [ { userId: 'ann', role: 'host' } ]\n}",
    );
  });
});

// Rooms that 0.2.0 stored (the version-1 document), and the answers the 0.2.0 queries gave for them,
// both written by the 0.2.0 code (tests/voiceroom/fixtures/write-0.2.0-fixtures.ts, run at commit 44fb36f).
describe('rooms stored by 0.2.0 (version 1)', () => {
  const DIR2 = join(import.meta.dirname, 'fixtures/0.2.0');
  const NAMES2 = readdirSync(DIR2)
    .filter((f) => f.endsWith('.room.json'))
    .map((f) => f.slice(0, -'.room.json'.length))
    .sort();
  const read2 = (file: string): any => JSON.parse(readFileSync(join(DIR2, file), 'utf8'));
  const answers2 = (room: VoiceRoom, recorded: any) => ({
    ...answers(room, recorded),
    voiceRoomParticipants: voiceRoomParticipants(room),
    lastSeq: room.lastSeq,
  });

  it('are all here', () => {
    expect(NAMES2).toEqual([
      'empty-opened',
      'full-1500',
      'hostless',
      'numbered-with-gap',
      'reported',
      'set-role-host-then-leave',
      'talker-cap',
    ]);
  });

  it.each(NAMES2)('%s loads (parseVoiceRoom and VoiceRoomSchema) and answers every query as 0.2.0 did', (name) => {
    const stored = read2(`${name}.room.json`);
    expect(stored.version).toBe(1);
    const recorded = read2(`${name}.answers.json`);
    for (const room of [parseVoiceRoom(stored), VoiceRoomSchema.parse(stored)]) {
      expect(answers2(room, recorded)).toEqual(recorded);
      expect([room.roomId, room.openedAt, room.lastEventAt, room.reported, room.revision, room.receipts]).toEqual([
        stored.roomId,
        stored.openedAt,
        stored.lastEventAt,
        stored.reported,
        0,
        [],
      ]);
    }
  });

  it.each(NAMES2)('%s, saved again as version 2 and loaded, answers the same', (name) => {
    const recorded = read2(`${name}.answers.json`);
    const doc = JSON.parse(JSON.stringify(parseVoiceRoom(read2(`${name}.room.json`))));
    expect([doc.version, doc.revision, doc.receipts]).toEqual([2, 0, []]);
    expect(answers2(parseVoiceRoom(doc), recorded)).toEqual(recorded);
  });

  it('a loaded 0.2.0 room with lastSeq 5 expects seq 6, and cannot tell what became of 1-5 (no receipts)', () => {
    const room = parseVoiceRoom(read2('numbered-with-gap.room.json'));
    const at = room.lastEventAt + 1;
    expect(applyVoiceRoomEvent(room, { type: 'report', at, seq: 5 })).toMatchObject({
      ok: false,
      code: 'seq-forgotten',
    });
    expect(applyVoiceRoomEvent(room, { type: 'report', at, seq: 7 })).toMatchObject({ code: 'seq-gap', expected: 6 });
    const next = applyVoiceRoomEvent(room, { type: 'report', at, seq: 6 });
    expect(next.ok && [next.value.lastSeq, next.value.revision, next.value.reported]).toEqual([6, 1, true]);
  });
});
