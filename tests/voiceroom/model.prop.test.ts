import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import {
  applyVoiceRoomEvent,
  applyVoiceRoomEvents,
  canApply,
  parseVoiceRoom,
  roomAfter as roomAfter_,
  hostIds,
  participantCount,
  pendingHostInvites,
  pendingSpeakRequests,
  replayVoiceRoom,
  roleOf,
  talkerCount,
  voiceDataDisposition,
  voiceRoomPhase,
  voiceRoomParticipants,
  voiceRoomSchedule,
  VOICEROOM_RULES,
  type VoiceRoom,
  type VoiceRoomEvent,
} from '../../src/voiceroom/index.js';
import { VoiceRoomSchema } from '../../src/voiceroom/schemas.js';
import { OPENED, OPENING, deepFreeze, opened, roomAfter } from './helpers.js';

const H = 3_600_000;
const END = OPENED + 48 * H;
const POOL = ['ann', 'bo', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal', 'ida', 'jo', 'kim', 'lu', 'mo', '__proto__'];

// ---- the reference model: a mutable Map, the rule book read plainly ----
interface Member {
  role: 'host' | 'speaker' | 'listener';
  requestedAt?: number;
  invitedBy?: string;
}
class Model {
  members = new Map<string, Member>([['ann', { role: 'host' }]]);
  last = OPENED;
  reported = false;

  /** Applies `e` in place; returns 'ok' or the refusal code. */
  apply(e: VoiceRoomEvent): string {
    const at = e.at as number;
    if (at < this.last) return 'event-out-of-order';
    if (at >= OPENED + 48 * H) return 'room-ended';
    const all = [...this.members.values()];
    const talkers = all.filter((m) => m.role !== 'listener').length;
    if ('hostId' in e && this.members.get(e.hostId)?.role !== 'host')
      return all.some((m) => m.role === 'host') ? 'not-a-host' : 'no-host';
    const target = 'userId' in e ? this.members.get(e.userId) : undefined;
    if (e.type === 'join') {
      if (target) return 'already-in-room';
      if (this.members.size >= 1500) return 'room-full';
      this.members.set(e.userId, { role: 'listener' });
    } else if (e.type === 'report') {
      this.reported = true;
    } else if (!target) {
      return 'unknown-participant';
    } else if (e.type === 'leave') {
      this.members.delete(e.userId);
    } else if (e.type === 'request-to-speak') {
      if (target.role !== 'listener') return 'not-a-listener';
      if (target.requestedAt !== undefined) return 'request-already-pending';
      target.requestedAt = at;
    } else if (e.type === 'answer-speak-request') {
      if (target.requestedAt === undefined) return 'no-pending-request';
      if (e.approve && talkers >= 10) return 'talker-cap-reached';
      delete target.requestedAt;
      if (e.approve) target.role = 'speaker';
    } else if (e.type === 'set-role') {
      if (e.hostId === e.userId) return 'cannot-change-own-role';
      if (target.role === e.role) return 'already-in-role';
      if (target.role === 'listener' && talkers >= 10) return 'talker-cap-reached';
      this.members.set(e.userId, { role: e.role });
    } else if (e.type === 'invite-host') {
      if (target.role !== 'speaker') return 'invitee-not-speaker';
      if (target.invitedBy !== undefined) return 'invite-already-pending';
      target.invitedBy = e.hostId;
    } else {
      if (target.invitedBy === undefined) return 'no-pending-invite';
      delete target.invitedBy;
      if (e.accept) target.role = 'host';
    }
    this.last = at;
    return 'ok';
  }

  view() {
    const entries = [...this.members].sort(([a], [b]) => (a < b ? -1 : 1));
    return {
      roles: POOL.map((u) => this.members.get(u)?.role),
      participants: this.members.size,
      talkers: entries.filter(([, m]) => m.role !== 'listener').length,
      hosts: entries.filter(([, m]) => m.role === 'host').map(([u]) => u),
      requests: entries
        .filter(([, m]) => m.requestedAt !== undefined)
        .map(([userId, m]) => ({ userId, requestedAt: m.requestedAt! }))
        .sort((a, b) => a.requestedAt - b.requestedAt),
      invites: entries
        .filter(([, m]) => m.invitedBy !== undefined)
        .map(([userId, m]) => ({ userId, hostId: m.invitedBy! })),
      disposition: this.reported ? 'send-to-report-server' : 'delete-at-room-end',
    };
  }
}

function view(room: VoiceRoom) {
  return {
    roles: POOL.map((u) => roleOf(room, u)),
    participants: participantCount(room),
    talkers: talkerCount(room),
    hosts: hostIds(room).sort(),
    requests: pendingSpeakRequests(room),
    invites: pendingHostInvites(room).sort((a, b) => (a.userId < b.userId ? -1 : 1)),
    disposition: voiceDataDisposition(room),
  };
}

// ---- event logs: mostly forward in time, sometimes backwards, sometimes past the 48-hour end ----
const user = fc.constantFrom(...POOL);
const delta = fc.oneof(
  { weight: 95, arbitrary: fc.integer({ min: 0, max: H / 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 * H }) },
  { weight: 4, arbitrary: fc.integer({ min: -H, max: -1 }) },
);
const draft = fc.record({
  delta,
  type: fc.constantFrom<VoiceRoomEvent['type']>(
    'join',
    'leave',
    'request-to-speak',
    'request-to-speak',
    'answer-speak-request',
    'answer-speak-request',
    'set-role',
    'set-role',
    'set-role',
    'set-role',
    'set-role',
    'invite-host',
    'invite-host',
    'answer-host-invite',
    'answer-host-invite',
    'report',
  ),
  userId: user,
  hostId: fc.oneof({ weight: 3, arbitrary: fc.constant('ann') }, { weight: 1, arbitrary: user }),
  yes: fc.boolean(),
  role: fc.constantFrom(
    'speaker' as const,
    'speaker' as const,
    'speaker' as const,
    'listener' as const,
    'host' as const,
  ), // often enough to reach the cap
});
// Everyone joins first (so the 10-talker cap is often reached), then the random part.
const logArb = fc.array(draft, { maxLength: 80, size: 'max' }).map((drafts) => {
  let at = OPENED;
  const everyone = POOL.slice(1).map((userId): VoiceRoomEvent => ({ type: 'join', userId, at }));
  return [
    ...everyone,
    ...drafts.map(({ delta: d, type, userId, hostId, yes, role }): VoiceRoomEvent => {
      at += d;
      switch (type) {
        case 'answer-speak-request':
          return { type, hostId, userId, approve: yes, at };
        case 'set-role':
          return { type, hostId, userId, role, at };
        case 'invite-host':
          return { type, hostId, userId, at };
        case 'answer-host-invite':
          return { type, userId, accept: yes, at };
        case 'report':
          return { type, at };
        default:
          return { type, userId, at };
      }
    }),
  ];
});

// A host promoting and approving among 13 listeners: the 10-talker cap is met in most logs.
const others = fc.constantFrom(...POOL.slice(1));
const capLogArb = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          type: fc.constant('set-role' as const),
          hostId: fc.constant('ann'),
          userId: others,
          role: fc.constantFrom('speaker' as const, 'speaker' as const, 'speaker' as const, 'listener' as const),
        }),
      },
      { weight: 2, arbitrary: fc.record({ type: fc.constant('request-to-speak' as const), userId: others }) },
      {
        weight: 2,
        arbitrary: fc.record({
          type: fc.constant('answer-speak-request' as const),
          hostId: fc.constant('ann'),
          userId: others,
          approve: fc.boolean(),
        }),
      },
      { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('join' as const, 'leave' as const), userId: others }) },
    ),
    { maxLength: 60, size: 'max' },
  )
  .map((drafts) => [
    ...POOL.slice(1).map((userId): VoiceRoomEvent => ({ type: 'join', userId, at: OPENED })),
    ...drafts.map((d, i): VoiceRoomEvent => ({ ...d, at: OPENED + i })),
  ]);

/** Runs `log` through the room and the model side by side: same decisions, same answers, refusals change nothing. */
function agreesWithModel(log: readonly VoiceRoomEvent[]): void {
  const model = new Model();
  let room = deepFreeze(opened());
  for (const e of deepFreeze(log)) {
    const before = JSON.stringify(room);
    const r = applyVoiceRoomEvent(room, e);
    expect(r.ok ? 'ok' : r.code).toBe(model.apply(e));
    expect(canApply(room, e)).toEqual(r.ok ? { ok: true, value: undefined } : r);
    if (r.ok) room = deepFreeze(r.value);
    else expect(JSON.stringify(room)).toBe(before);
    expect(view(room)).toEqual(model.view());
  }
  expect(JSON.stringify(VoiceRoomSchema.parse(JSON.parse(JSON.stringify(room))))).toBe(JSON.stringify(room));
}

describe('voiceroom against a reference model', () => {
  test.prop([logArb])(
    'voiceroom.roles, voiceroom.role-change-by-host, voiceroom.speak-request, voiceroom.host-invite, voiceroom.hostless, voiceroom.voice-data: every event log gives the same decisions and the same room as the model; refused events change nothing',
    agreesWithModel,
  );

  test.prop([capLogArb], { numRuns: 50 })(
    'voiceroom.speaker-cap: no sequence of promotions yields an 11th talker, hosts included (checked against the model)',
    agreesWithModel,
  );

  test.prop([logArb])(
    'invariants: at most 10 talkers, role changes only by a host (or the invitee accepting), joiners enter as listeners, nothing accepted at or after 48 h (voiceroom.lifetime)',
    (log) => {
      let room = opened();
      for (const e of log) {
        const r = applyVoiceRoomEvent(room, e);
        if (!r.ok) continue;
        const next = r.value;
        expect(talkerCount(next)).toBeLessThanOrEqual(10);
        expect(new Date(e.at as string | number | Date).getTime()).toBeLessThan(END);
        if (e.type === 'join') expect(roleOf(next, e.userId)).toBe('listener');
        const changed = POOL.filter(
          (u) => roleOf(room, u) !== undefined && roleOf(next, u) !== undefined && roleOf(room, u) !== roleOf(next, u),
        );
        if (changed.length > 0) {
          expect(changed).toEqual(['userId' in e ? e.userId : '']);
          if (e.type === 'answer-host-invite') expect(roleOf(next, e.userId)).toBe('host');
          else if (e.type === 'set-role')
            expect([roleOf(room, e.hostId), roleOf(next, e.userId)]).toEqual(['host', e.role]);
          else expect('hostId' in e && roleOf(room, e.hostId)).toBe('host');
        }
        room = next;
      }
    },
  );
});

describe('voiceroom.capacity', () => {
  const almostFull = roomAfter(
    Array.from({ length: 1494 }, (_, i) => ({ type: 'join', userId: `x${i}`, at: OPENED }) as const),
  ); // 1,495 with the host
  const comer = fc.oneof(
    fc.integer({ min: 0, max: 20 }).map((i) => `new${i}`),
    fc.integer({ min: 0, max: 1493 }).map((i) => `x${i}`),
  );
  test.prop([fc.array(fc.tuple(fc.boolean(), comer), { maxLength: 60 })], { numRuns: 30 })(
    'voiceroom.capacity: no sequence of joins and leaves makes more than 1,500 participants, and a full room refuses joins',
    (moves) => {
      let room = almostFull;
      for (const [joining, userId] of moves) {
        const e: VoiceRoomEvent = { type: joining ? 'join' : 'leave', userId, at: OPENED + 1 };
        const full = participantCount(room) === 1500;
        const r = applyVoiceRoomEvent(room, e);
        if (joining && full) expect(r.ok ? 'ok' : r.code).toMatch(/room-full|already-in-room/);
        if (r.ok) room = r.value;
        expect(participantCount(room)).toBeLessThanOrEqual(1500);
      }
    },
  );
});

describe('voiceroom.lifetime and voiceroom.end-warning', () => {
  const instant = fc.integer({ min: OPENED, max: OPENED + 60 * H });
  const order = { live: 0, 'ending-soon': 1, ended: 2 } as const;
  test.prop([instant, instant])('voiceroom.end-warning: the phase is monotonic in time', (a, b) => {
    const room = opened();
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(order[voiceRoomPhase(room, early)]).toBeLessThanOrEqual(order[voiceRoomPhase(room, late)]);
  });

  test.prop([fc.integer({ min: -1e15, max: 1e15 })])(
    'voiceroom.lifetime: the warning comes 10 minutes before the end, 48 h after opening',
    (openedAt) => {
      const { warnAt, endsAt } = voiceRoomSchedule(openedAt);
      expect([endsAt - openedAt, endsAt - warnAt]).toEqual([172_800_000, 600_000]);
    },
  );

  test.prop([fc.integer({ min: 0, max: 60 * H })])(
    'voiceroom.lifetime: an event is accepted exactly while the phase is not ended',
    (offset) => {
      const room = opened();
      const accepted = applyVoiceRoomEvent(room, { type: 'report', at: OPENED + offset }).ok;
      expect(accepted).toBe(voiceRoomPhase(room, OPENED + offset) !== 'ended');
    },
  );
});

describe('replayVoiceRoom', () => {
  test.prop([logArb])(
    'voiceroom.lifetime: replaying a log is folding applyVoiceRoomEvent up to the first refusal',
    (log) => {
      let room = opened();
      let expected: unknown;
      for (const [index, e] of log.entries()) {
        const r = applyVoiceRoomEvent(room, e);
        if (!r.ok) {
          expected = { ...r, index };
          break;
        }
        room = r.value;
      }
      const replayed = replayVoiceRoom(OPENING, log);
      expect(replayed).toEqual(expected ?? { ok: true, value: room });
      if (replayed.ok) expect(JSON.stringify(replayed.value)).toBe(JSON.stringify(room));
    },
  );
});

// ---- 0.2.0: the stored document, idempotent delivery, skip-replay ----

/** The room after folding `log`, skipping refused events, with every refusal seen. */
function fold(log: readonly VoiceRoomEvent[]): {
  room: VoiceRoom;
  refused: { index: number; rule: string; code: string }[];
} {
  let room = opened();
  const refused: { index: number; rule: string; code: string }[] = [];
  log.forEach((e, index) => {
    const r = applyVoiceRoomEvent(room, e);
    if (r.ok) room = r.value;
    else refused.push({ index, rule: r.rule, code: r.code });
  });
  return { room, refused };
}

/** Every query's answer, the roster and the phase at a few instants: what a loaded room must repeat. */
function everything(room: VoiceRoom) {
  return {
    ...view(room),
    roster: voiceRoomParticipants(room),
    lastSeq: room.lastSeq,
    phase: [OPENED, room.lastEventAt, END - 600_000, END].map((at) => voiceRoomPhase(room, at)),
  };
}

describe('the stored document (0.2.0)', () => {
  test.prop([logArb, logArb])(
    'round trip: VoiceRoomSchema.parse(JSON.parse(JSON.stringify(room))) answers every query like room, stringifies the same, and decides every next event the same',
    (log, next) => {
      const { room } = fold(log);
      const back = VoiceRoomSchema.parse(JSON.parse(JSON.stringify(room)));
      expect(everything(back)).toEqual(everything(room));
      expect(JSON.stringify(back)).toBe(JSON.stringify(room));
      for (const e of next.slice(POOL.length - 1, POOL.length + 20)) {
        const at = Math.max(room.lastEventAt, e.at as number);
        expect(canApply(back, { ...e, at })).toEqual(canApply(room, { ...e, at }));
      }
    },
  );

  test.prop([logArb])(
    'the document lists hosts, then speakers, then listeners, each in user-id order, every participant once',
    (log) => {
      const { participants } = JSON.parse(JSON.stringify(fold(log).room));
      const rank = { host: 0, speaker: 1, listener: 2 } as const;
      const sorted = [...participants].sort(
        (a, b) =>
          rank[a.role as keyof typeof rank] - rank[b.role as keyof typeof rank] || (a.userId < b.userId ? -1 : 1),
      );
      expect(participants).toEqual(sorted);
      expect(new Set(participants.map((p: { userId: string }) => p.userId)).size).toBe(participants.length);
    },
  );
});

// ---- 0.3.0: the delivery protocol (docs/voiceroom.md, PROTOCOL.md) ----

/** `log` numbered 1, 2, 3... (one producer's stream). */
const numberedArb = logArb.map((log) => log.map((e, i): VoiceRoomEvent => ({ ...e, seq: i + 1 })));

/** The stream applied once, in order, storing what `roomAfter` says after each event. */
function inOrder(log: readonly VoiceRoomEvent[]): VoiceRoom {
  let room = opened();
  for (const e of log) room = roomAfter_(room, applyVoiceRoomEvent(room, e));
  return room;
}

/** Whether the effect an accepted event claims is in `room` (by the queries, written from the rule book). */
function effectHolds(room: VoiceRoom, e: VoiceRoomEvent): boolean {
  switch (e.type) {
    case 'join':
      return roleOf(room, e.userId) === 'listener';
    case 'leave':
      return roleOf(room, e.userId) === undefined;
    case 'request-to-speak':
      return pendingSpeakRequests(room).some((r) => r.userId === e.userId);
    case 'answer-speak-request':
      return (
        roleOf(room, e.userId) === (e.approve ? 'speaker' : 'listener') &&
        !pendingSpeakRequests(room).some((r) => r.userId === e.userId)
      );
    case 'set-role':
      return roleOf(room, e.userId) === e.role;
    case 'invite-host':
      return pendingHostInvites(room).some((i) => i.userId === e.userId && i.hostId === e.hostId);
    case 'answer-host-invite':
      return roleOf(room, e.userId) === (e.accept ? 'host' : 'speaker');
    case 'report':
      return voiceDataDisposition(room) === 'send-to-report-server';
  }
}

describe('the delivery protocol (0.3.0): numbered events', () => {
  test.prop([numberedArb, fc.array(fc.nat(), { minLength: 1, maxLength: 400 })])(
    'any interleaving of redeliveries and reorderings of a numbered stream (each event delivered until it is taken) ends in the same room as the stream applied in order, once',
    (log, choices) => {
      let room = opened();
      let taken = 0; // events 0..taken-1 have been taken
      let k = 0;
      while (taken < log.length) {
        // deliver any event of the stream: a redelivery of a taken one, the next one, or one ahead of it;
        // once the random choices are used up, the next one (the queue keeps delivering until it is taken)
        const window = Math.min(log.length, taken + 4);
        const i = k < choices.length ? choices[k]! % window : taken;
        k++;
        const r = applyVoiceRoomEvent(room, log[i]!);
        const next = roomAfter_(room, r);
        if (i < taken) {
          // a redelivery never changes the room and never claims an effect that is not there
          expect(next).toBe(room);
          expect(r.ok ? r.duplicate === true : true).toBe(true);
          if (r.ok) expect(effectHolds(room, log[i]!) || room.receipts.length > 0).toBe(true);
        } else if (i > taken) {
          expect(r).toMatchObject({ ok: false, code: 'seq-gap', expected: taken + 1 });
          expect(next).toBe(room);
        } else {
          expect(next.lastSeq).toBe(taken + 1);
          taken++;
        }
        room = next;
      }
      expect(JSON.stringify(room)).toBe(JSON.stringify(inOrder(log)));
    },
  );

  test.prop([logArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 200 })])(
    'revision grows by exactly one per stored change, and by nothing else (numbered and unnumbered events, redeliveries)',
    (log, numbered) => {
      let room = opened();
      let seq = 0;
      log.forEach((e, i) => {
        const withSeq = numbered[i % numbered.length] ? { ...e, seq: seq + 1 } : e;
        for (const delivery of [withSeq, withSeq]) {
          const before = JSON.parse(JSON.stringify(room));
          const r = applyVoiceRoomEvent(room, delivery);
          const next = roomAfter_(room, r);
          const after = JSON.parse(JSON.stringify(next));
          const changed = JSON.stringify({ ...before, revision: 0 }) !== JSON.stringify({ ...after, revision: 0 });
          expect(next.revision - room.revision).toBe(changed ? 1 : 0);
          if (next.lastSeq !== room.lastSeq) seq = next.lastSeq!;
          room = next;
        }
      });
    },
  );

  test.prop([numberedArb, fc.nat()])(
    "an ok: true answer's effect is in the returned room (applied, or acknowledged as a redelivery)",
    (log, pick) => {
      let room = opened();
      const answers: { e: VoiceRoomEvent; ok: boolean }[] = [];
      for (const e of log) {
        const r = applyVoiceRoomEvent(room, e);
        if (r.ok) expect(effectHolds(r.value, e)).toBe(true);
        answers.push({ e, ok: r.ok });
        room = roomAfter_(room, r);
      }
      // a redelivery of an applied event says ok only with its receipt 'applied' in the room
      const recent = answers.slice(-64);
      const again = recent[pick % recent.length]!;
      const r = applyVoiceRoomEvent(room, again.e);
      expect(r.ok).toBe(again.ok);
      if (r.ok) {
        expect(r.duplicate).toBe(true);
        expect(room.receipts.find((x) => x.seq === again.e.seq)?.outcome).toBe('applied');
      }
    },
  );

  test.prop([numberedArb])(
    'a writer refused by a rule is never stuck: in a numbered stream applied in order no event is refused by the delivery protocol, and each takes its seq',
    (log) => {
      let room = opened();
      for (const e of log) {
        const r = applyVoiceRoomEvent(room, e);
        if (!r.ok) {
          expect(['seq-gap', 'seq-conflict', 'seq-forgotten']).not.toContain(r.code);
          expect(r.room?.lastSeq).toBe(e.seq);
          expect(r.room && voiceRoomParticipants(r.room)).toEqual(voiceRoomParticipants(room));
        }
        room = roomAfter_(room, r);
        expect(room.lastSeq).toBe(e.seq);
      }
    },
  );

  test.prop([numberedArb, fc.nat(), fc.integer({ min: 1, max: 3 * H })])(
    'the same seq with another event is never acknowledged: seq-conflict while remembered, seq-forgotten after',
    (log, pick, shift) => {
      const room = inOrder(log);
      const e = log[pick % log.length]!;
      const other = { ...e, at: (e.at as number) + shift };
      const r = applyVoiceRoomEvent(room, other);
      const remembered = room.receipts.some((x) => x.seq === e.seq);
      expect(r).toMatchObject({ ok: false, code: remembered ? 'seq-conflict' : 'seq-forgotten' });
      expect(roomAfter_(room, r)).toBe(room);
    },
  );

  test.prop([numberedArb])(
    'a log delivered twice over (every event redelivered after itself) gives the same room as delivered once',
    (log) => {
      const twice = log.flatMap((e) => [e, e]);
      expect(JSON.stringify(inOrder(twice))).toBe(JSON.stringify(inOrder(log)));
    },
  );

  test.prop([numberedArb, fc.integer({ min: 1, max: 40 })])(
    'applyVoiceRoomEvents in batches (skip) ends in the room of the events applied one by one; a stored and reloaded room goes on the same',
    (log, size) => {
      let room = opened();
      for (let i = 0; i < log.length; i += size) {
        const batch = applyVoiceRoomEvents(room, log.slice(i, i + size), { onRefusal: 'skip' });
        room = parseVoiceRoom(JSON.parse(JSON.stringify(roomAfter_(room, batch))));
      }
      expect(JSON.stringify(room)).toBe(JSON.stringify(inOrder(log)));
    },
  );
});

describe('replay with onRefusal: skip (0.2.0)', () => {
  test.prop([logArb])(
    "skip-replay's room equals the replay of the accepted events alone; its refusals are the fold's, each named in its rule's catalogue codes",
    (log) => {
      const skipped = replayVoiceRoom(OPENING, log, { onRefusal: 'skip' });
      if (!skipped.ok) throw new Error(skipped.code);
      const left = new Set(skipped.refusals.map((r) => r.index));
      const alone = replayVoiceRoom(
        OPENING,
        log.filter((_, i) => !left.has(i)),
      );
      if (!alone.ok) throw new Error(`the accepted events alone were refused at ${alone.index}: ${alone.code}`);
      expect(JSON.stringify(skipped.value)).toBe(JSON.stringify(alone.value));
      const { room, refused } = fold(log);
      expect(JSON.stringify(skipped.value)).toBe(JSON.stringify(room));
      expect(skipped.refusals.map(({ index, refusal }) => ({ index, rule: refusal.rule, code: refusal.code }))).toEqual(
        refused,
      );
      for (const { refusal } of skipped.refusals)
        expect(VOICEROOM_RULES[refusal.rule].codes as readonly string[]).toContain(refusal.code);
      const stop = replayVoiceRoom(OPENING, log);
      expect(stop.ok ? [] : [stop.index]).toEqual(refused.slice(0, 1).map((r) => r.index));
    },
  );
});
