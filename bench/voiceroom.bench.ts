/**
 * voiceroom: a 1,500-participant room and a log of 100,000 mixed valid and refused events.
 *
 * - `applyVoiceRoomEvent` (persistent: each event copies only what it changes) and `canApply`;
 * - the floor: a mutable in-place reducer over a Map, written here, with the same rules;
 * - the peer a user would otherwise pick: XState written the usual way (context + `assign`, which
 *   copies the participant Map per event), timed on a slice of the log because it is slow;
 * - loading a stored 1,500-person room: `JSON.parse` + `VoiceRoomSchema.parse` of its version-1
 *   document and of the form 0.1.0 stored, and `JSON.stringify` of a room (its document).
 *
 * - 0.3.0: the same log numbered (seq 1, 2, 3...: every event leaves a receipt), `parseVoiceRoom` of
 *   the stored version-2 document against `JSON.parse` alone (target: within 2x), and the cost of
 *   storing a room per event (load + apply + stringify) against a batch of 100 stored once.
 *
 * Run: `npm run bench -- voiceroom`. Prints events/s and the ratios; never asserts on time.
 */
import { bench, do_not_optimize, group, run } from 'mitata';
import { assign, createActor, createMachine } from 'xstate';
import {
  VOICE_ROOM_LIFETIME_MS,
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_MAX_TALKERS,
  applyVoiceRoomEvent,
  applyVoiceRoomEvents,
  canApply,
  openVoiceRoom,
  parseVoiceRoom,
  participantCount,
  voiceRoomParticipants,
  type VoiceRoom,
  type VoiceRoomEvent,
} from '../src/voiceroom/index.js';
import { VoiceRoomSchema } from '../src/voiceroom/schemas.js';

const LOG_LENGTH = 100_000;
const XSTATE_SLICE = 1_000;
const OPENED = Date.parse('2026-01-01T10:00:00+09:00');

// ---- the log: deterministic (xorshift), over 1,600 users so joins meet a full room ----
let seed = 0x2545f491;
const rand = (n: number) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const user = (i: number) => `user-${i}`;
const HOSTS = ['user-0', 'user-1'];
const pick = () => user(2 + rand(1598));

function buildStartRoom(): VoiceRoom {
  const opened = openVoiceRoom({ roomId: 'bench', chat: { kind: 'open-group' }, creatorId: 'user-0', at: OPENED });
  if (!opened.ok) throw new Error(opened.code);
  let room = opened.value;
  const setup: VoiceRoomEvent[] = [];
  for (let i = 1; i < VOICE_ROOM_MAX_PARTICIPANTS; i++) setup.push({ type: 'join', userId: user(i), at: OPENED });
  setup.push({ type: 'set-role', hostId: 'user-0', userId: 'user-1', role: 'speaker', at: OPENED });
  setup.push({ type: 'invite-host', hostId: 'user-0', userId: 'user-1', at: OPENED });
  setup.push({ type: 'answer-host-invite', userId: 'user-1', accept: true, at: OPENED });
  for (const e of setup) {
    const r = applyVoiceRoomEvent(room, e);
    if (!r.ok) throw new Error(r.code);
    room = r.value;
  }
  return room;
}

function buildLog(): VoiceRoomEvent[] {
  const log: VoiceRoomEvent[] = [];
  const step = Math.floor((VOICE_ROOM_LIFETIME_MS - 60_000) / LOG_LENGTH);
  for (let i = 0; i < LOG_LENGTH; i++) {
    const at = OPENED + 1 + i * step;
    const hostId = rand(8) === 0 ? pick() : HOSTS[rand(2)]!; // now and then a non-host tries
    const k = rand(100);
    if (k < 25) log.push({ type: 'join', userId: pick(), at });
    else if (k < 48) log.push({ type: 'leave', userId: pick(), at });
    else if (k < 63) log.push({ type: 'request-to-speak', userId: pick(), at });
    else if (k < 75) log.push({ type: 'answer-speak-request', hostId, userId: pick(), approve: rand(2) === 0, at });
    else if (k < 88)
      log.push({ type: 'set-role', hostId, userId: pick(), role: rand(2) === 0 ? 'speaker' : 'listener', at });
    else if (k < 93) log.push({ type: 'invite-host', hostId, userId: pick(), at });
    else if (k < 98) log.push({ type: 'answer-host-invite', userId: pick(), accept: rand(4) === 0, at });
    else if (k < 99) log.push({ type: 'report', at });
    else log.push({ type: 'join', userId: pick(), at: at - 10 * step }); // out of order
  }
  return log;
}

// ---- the floor: a mutable in-place reducer (same rules, Map of members, mutated) ----
interface Member {
  role: 'host' | 'speaker' | 'listener';
  requested: boolean;
  invitedBy: string | undefined;
}
interface MutableRoom {
  openedAt: number;
  last: number;
  reported: boolean;
  talkers: number;
  members: Map<string, Member>;
}

function mutableFrom(room: VoiceRoom): MutableRoom {
  const members = new Map<string, Member>();
  let talkers = 0;
  for (const p of voiceRoomParticipants(room)) {
    members.set(p.userId, {
      role: p.role,
      requested: p.role === 'listener' && p.requestedAt !== undefined,
      invitedBy: p.role === 'speaker' ? p.invitedBy : undefined,
    });
    if (p.role !== 'listener') talkers++;
  }
  return { openedAt: room.openedAt, last: room.lastEventAt, reported: room.reported, talkers, members };
}

/** Applies `e` in place; returns whether it was accepted. */
function mutableApply(r: MutableRoom, e: VoiceRoomEvent): boolean {
  const at = e.at as number;
  if (typeof at !== 'number' || at < r.last || at >= r.openedAt + VOICE_ROOM_LIFETIME_MS) return false;
  if (e.type === 'report') {
    r.reported = true;
    r.last = at;
    return true;
  }
  if ('hostId' in e && r.members.get(e.hostId)?.role !== 'host') return false;
  const m = r.members.get(e.userId);
  switch (e.type) {
    case 'join':
      if (m !== undefined || r.members.size >= VOICE_ROOM_MAX_PARTICIPANTS) return false;
      r.members.set(e.userId, { role: 'listener', requested: false, invitedBy: undefined });
      break;
    case 'leave':
      if (m === undefined) return false;
      if (m.role !== 'listener') r.talkers--;
      r.members.delete(e.userId);
      break;
    case 'request-to-speak':
      if (m === undefined || m.role !== 'listener' || m.requested) return false;
      m.requested = true;
      break;
    case 'answer-speak-request':
      if (m === undefined || !m.requested || (e.approve && r.talkers >= VOICE_ROOM_MAX_TALKERS)) return false;
      m.requested = false;
      if (e.approve) {
        m.role = 'speaker';
        r.talkers++;
      }
      break;
    case 'set-role':
      if (m === undefined || e.hostId === e.userId || m.role === e.role) return false;
      if (m.role === 'listener') {
        if (r.talkers >= VOICE_ROOM_MAX_TALKERS) return false;
        r.talkers++;
        m.requested = false;
      } else if (e.role === 'listener') r.talkers--;
      m.role = e.role;
      m.invitedBy = undefined;
      break;
    case 'invite-host':
      if (m === undefined || m.role !== 'speaker' || m.invitedBy !== undefined) return false;
      m.invitedBy = e.hostId;
      break;
    case 'answer-host-invite':
      if (m === undefined || m.invitedBy === undefined) return false;
      m.invitedBy = undefined;
      if (e.accept) m.role = 'host';
      break;
  }
  r.last = at;
  return true;
}

// ---- the peer: XState, the usual way (context object, assign copying the Map) ----
function xstateActor(room: VoiceRoom) {
  const machine = createMachine({
    types: {} as { context: MutableRoom; events: VoiceRoomEvent },
    context: mutableFrom(room),
    on: {
      '*': {
        actions: assign(({ context, event }) => {
          const next = { ...context, members: new Map([...context.members].map(([id, m]) => [id, { ...m }])) };
          return mutableApply(next, event) ? next : context;
        }),
      },
    },
  });
  return createActor(machine).start();
}

// ---- run ----
const start = buildStartRoom();
const log = buildLog();

const numberedLog = log.map((e, i): VoiceRoomEvent => ({ ...e, seq: i + 1 }));
function replayNumbered(): VoiceRoom {
  let room = start;
  for (const e of numberedLog) {
    const r = applyVoiceRoomEvent(room, e);
    room = r.ok ? r.value : (r.room ?? room);
  }
  return room;
}

function replayPersistent(): VoiceRoom {
  let room = start;
  for (const e of log) {
    const r = applyVoiceRoomEvent(room, e);
    if (r.ok) room = r.value;
  }
  return room;
}

let accepted = 0;
let room = start;
for (const e of log) {
  const r = applyVoiceRoomEvent(room, e);
  if (r.ok) {
    room = r.value;
    accepted++;
  }
}
const check = mutableFrom(start);
const mutableAccepted = log.filter((e) => mutableApply(check, e)).length;
console.log(
  `start room: ${participantCount(start)} participants; log: ${LOG_LENGTH} events, ${accepted} accepted, ${LOG_LENGTH - accepted} refused`,
);
console.log(
  `same decisions as the mutable reducer: ${accepted === mutableAccepted && check.members.size === participantCount(room)}`,
);

const storedV1 = JSON.stringify(start);
/** The start room as 0.1.0 stored it: talkers plus the 32 x 32 listener table (written here from the roster). */
const stored010 = (() => {
  const listeners: ({ userId: string; requestedAt?: number }[] | null)[][] | null[] = new Array(32).fill(null);
  const talkers: { userId: string; role: string; invitedBy?: string }[] = [];
  let n = 0;
  for (const p of voiceRoomParticipants(start)) {
    if (p.role !== 'listener')
      talkers.push(
        p.role === 'speaker' && p.invitedBy
          ? { userId: p.userId, role: p.role, invitedBy: p.invitedBy }
          : { userId: p.userId, role: p.role },
      );
    else {
      let h = 0x811c9dc5;
      for (let i = 0; i < p.userId.length; i++) h = Math.imul(h ^ p.userId.charCodeAt(i), 0x01000193);
      const slot = h >>> 22;
      (listeners as unknown[])[slot >>> 5] ??= new Array(32).fill(null);
      const row = (listeners as unknown[])[slot >>> 5] as ({ userId: string; requestedAt?: number }[] | null)[];
      row[slot & 31] ??= [];
      row[slot & 31]!.push(
        p.requestedAt === undefined ? { userId: p.userId } : { userId: p.userId, requestedAt: p.requestedAt },
      );
      n++;
    }
  }
  return JSON.stringify({
    roomId: start.roomId,
    openedAt: start.openedAt,
    lastEventAt: start.lastEventAt,
    reported: start.reported,
    talkers,
    listenerCount: n,
    listeners,
  });
})();
const storedV2 = JSON.stringify(replayNumbered()); // a version-2 room with 64 receipts
const batch100 = numberedLog.slice(0, 100);
const loadedV1 = VoiceRoomSchema.parse(JSON.parse(storedV1));
const loaded010 = VoiceRoomSchema.parse(JSON.parse(stored010));
console.log(
  `stored 1,500-person room: ${storedV1.length} bytes (version 1), ${stored010.length} bytes (0.1.0 form); both load to the same document: ${JSON.stringify(loadedV1) === storedV1 && JSON.stringify(loaded010) === storedV1}`,
);

group(() => {
  bench('applyVoiceRoomEvent (persistent), 100k-event log', () => do_not_optimize(replayPersistent()));
  bench('applyVoiceRoomEvent, numbered (seq, receipts), 100k-event log', () => do_not_optimize(replayNumbered()));
  bench('canApply (no new state), 100k-event log', () => {
    let n = 0;
    for (const e of log) if (canApply(start, e).ok) n++;
    do_not_optimize(n);
  });
  bench('mutable in-place reducer (floor), 100k-event log', function* () {
    yield {
      0: () => mutableFrom(start),
      bench: (r: MutableRoom) => {
        for (const e of log) mutableApply(r, e);
        do_not_optimize(r);
      },
    };
  }).baseline(true);
});

// Loading runs after the event benchmarks, so its inputs leave no JIT feedback in the hot path first.
group(() => {
  bench('load: JSON.parse + VoiceRoomSchema.parse (version 1), 1,500 people', () =>
    do_not_optimize(VoiceRoomSchema.parse(JSON.parse(storedV1))),
  );
  bench('load: JSON.parse + VoiceRoomSchema.parse (0.1.0 form), 1,500 people', () =>
    do_not_optimize(VoiceRoomSchema.parse(JSON.parse(stored010))),
  );
  bench('load: JSON.parse alone (version 1), 1,500 people', () => do_not_optimize(JSON.parse(storedV1)));
  bench('load: JSON.parse + parseVoiceRoom (version 2), 1,500 people', () =>
    do_not_optimize(parseVoiceRoom(JSON.parse(storedV2))),
  );
  bench('load: JSON.parse alone (version 2), 1,500 people', () => do_not_optimize(JSON.parse(storedV2)));
  bench('store per event: parse + 1 event + stringify, 1,500 people', () => {
    const r = parseVoiceRoom(JSON.parse(storedV2));
    const a = applyVoiceRoomEvent(r, numberedLog[0]!);
    do_not_optimize(JSON.stringify(a.ok ? a.value : r));
  });
  bench('store per batch: parse + 100 events + stringify, 1,500 people', () => {
    const r = parseVoiceRoom(JSON.parse(storedV2));
    const a = applyVoiceRoomEvents(r, batch100, { onRefusal: 'skip' });
    do_not_optimize(JSON.stringify(a.ok ? a.value : r));
  });
  bench('save: JSON.stringify of a freshly loaded room, 1,500 people', function* () {
    yield {
      0: () => VoiceRoomSchema.parse(JSON.parse(storedV1)),
      bench: (r: VoiceRoom) => do_not_optimize(JSON.stringify(r)),
    };
  });
});

const { benchmarks } = await run();
const perLog = (alias: string) => benchmarks.find((b) => b.alias.startsWith(alias))!.runs[0]!.stats!.avg; // ns per log (or per load)
const eps = (ns: number, n = LOG_LENGTH) => Math.round(n / (ns / 1e9));
const persistent = perLog('applyVoiceRoomEvent');
const check2 = perLog('canApply');
const floor = perLog('mutable');
const numberedNs = perLog('applyVoiceRoomEvent, numbered');

const actor = xstateActor(start);
const t0 = performance.now();
for (const e of log.slice(0, XSTATE_SLICE)) actor.send(e);
const xstateNs = (performance.now() - t0) * 1e6;
actor.stop();

const fmt = (n: number) => n.toLocaleString('en-US');
console.log('\nevents per second (100,000-event log on a 1,500-participant room)');
console.log(
  `  applyVoiceRoomEvent   ${fmt(eps(persistent)).padStart(12)}/s   ${(persistent / floor).toFixed(2)}x the time of the mutable reducer`,
);
console.log(
  `  numbered (seq)        ${fmt(eps(numberedNs)).padStart(12)}/s   ${(numberedNs / floor).toFixed(2)}x the time of the mutable reducer`,
);
console.log(
  `  canApply              ${fmt(eps(check2)).padStart(12)}/s   ${(check2 / floor).toFixed(2)}x the time of the mutable reducer`,
);
console.log(`  mutable reducer       ${fmt(eps(floor)).padStart(12)}/s   (floor)`);
console.log(
  `  XState (assign)       ${fmt(eps(xstateNs, XSTATE_SLICE)).padStart(12)}/s   (first ${fmt(XSTATE_SLICE)} events); ${Math.round(eps(persistent) / eps(xstateNs, XSTATE_SLICE))}x the time of applyVoiceRoomEvent`,
);

const us = (ns: number) => `${(ns / 1000).toFixed(0)} us`;
console.log('\nloading a stored 1,500-person room (O(n): one pass over the participants, the listener index rebuilt)');
console.log(
  `  JSON.parse + VoiceRoomSchema.parse, version 1   ${us(perLog('load: JSON.parse + VoiceRoomSchema.parse (version 1)')).padStart(9)}`,
);
console.log(
  `  JSON.parse + VoiceRoomSchema.parse, 0.1.0 form  ${us(perLog('load: JSON.parse + VoiceRoomSchema.parse (0.1.0')).padStart(9)}`,
);
console.log(`  JSON.parse alone, version 1                     ${us(perLog('load: JSON.parse alone')).padStart(9)}`);
console.log(`  JSON.stringify of a loaded room (builds roster)  ${us(perLog('save: JSON.stringify')).padStart(9)}`);
const parseV2 = perLog('load: JSON.parse + parseVoiceRoom (version 2)');
const jsonV2 = perLog('load: JSON.parse alone (version 2)');
console.log(
  `  JSON.parse + parseVoiceRoom, version 2 (${storedV2.length} bytes)  ${us(parseV2).padStart(9)}   ${(parseV2 / jsonV2).toFixed(2)}x JSON.parse alone (${us(jsonV2)}; target <= 2x)`,
);
const perEvent = perLog('store per event');
const perBatch = perLog('store per batch');
console.log('\nstoring a 1,500-person room (load, apply, JSON.stringify): the cost is the document, not the event');
console.log(`  one event per store            ${us(perEvent).padStart(9)} per event`);
console.log(
  `  a batch of 100 per store       ${us(perBatch / 100).padStart(9)} per event (${us(perBatch)} per batch; ${(perEvent / (perBatch / 100)).toFixed(0)}x less per event)`,
);
