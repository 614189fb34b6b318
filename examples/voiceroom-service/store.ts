/**
 * The rooms' database: PGlite (Postgres in WebAssembly, in this process) by default, or any Postgres
 * reached by a connection string through `pg`. Both speak the same SQL; nothing else here knows which.
 *
 * Tables:
 * - `rooms`: one row per room: the stored document exactly as `JSON.stringify(room)` wrote it (`doc`,
 *   text, so what is read back is what was written), its `revision` (the compare-and-set column), the
 *   opening it was created from, and the next timed change (`next_change_at`, epoch ms, indexed, with
 *   `swept_until`, the instant up to which a sweep has claimed the changes).
 * - `inbox`: one row per numbered event a room took, `(room_id, seq)` its key, with a digest of the
 *   event and the outcome answered: what answers a redelivery older than the room's receipt window.
 *
 * Every write is one transaction; the room's row is changed only by compare-and-set on `revision`.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The few calls the service needs from a Postgres connection. */
interface Sql {
  query<R>(text: string, params?: readonly unknown[]): Promise<{ rows: R[]; affected: number }>;
}

/** A stored room row. */
export interface RoomRow {
  readonly doc: string;
  readonly revision: number;
  readonly opening: string;
  readonly sweptUntil: number;
}

/** One inbox entry: a numbered event a room took, with the answer given. */
export interface InboxEntry {
  readonly seq: number;
  readonly digest: string;
  readonly outcome: string;
}

/** A due timed change of a room. */
export interface DueRow {
  readonly roomId: string;
  readonly at: number;
  readonly change: string;
}

/** What the service asks of the database. */
export interface Store {
  /** Which database this is, for the start-up line. */
  readonly kind: string;
  load(roomId: string): Promise<RoomRow | undefined>;
  /** Creates a room; false when a room with that id exists already. */
  create(roomId: string, doc: string, revision: number, opening: string, next: Schedule): Promise<boolean>;
  /**
   * Compare-and-set: stores `doc` at `revision` iff the row is still at `expected`, with the inbox
   * entries in the same transaction. False (and nothing written) when another writer got there first.
   */
  compareAndSet(
    roomId: string,
    expected: number,
    doc: string,
    revision: number,
    next: Schedule,
    inbox: readonly InboxEntry[],
  ): Promise<boolean>;
  inboxEntry(roomId: string, seq: number): Promise<InboxEntry | undefined>;
  /** Rooms whose next timed change is at or before `at`, earliest first. */
  due(at: number, limit: number): Promise<DueRow[]>;
  /** Moves a room's schedule on from `claimed` (compare-and-set on `next_change_at`); false if another sweep did. */
  claim(roomId: string, claimed: number, sweptUntil: number, next: Schedule): Promise<boolean>;
  close(): Promise<void>;
}

/** A room's next timed change, or none (the room has ended). */
export type Schedule = { readonly at: number; readonly change: string } | null;

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS rooms (
     id text PRIMARY KEY,
     doc text NOT NULL,
     revision integer NOT NULL,
     opening text NOT NULL,
     next_change_at double precision,
     next_change text,
     swept_until double precision NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS rooms_next_change_at ON rooms (next_change_at) WHERE next_change_at IS NOT NULL',
  `CREATE TABLE IF NOT EXISTS inbox (
     room_id text NOT NULL REFERENCES rooms (id),
     seq integer NOT NULL,
     digest text NOT NULL,
     outcome text NOT NULL,
     PRIMARY KEY (room_id, seq)
   )`,
];

type Transact = <T>(work: (sql: Sql) => Promise<T>) => Promise<T>;

function storeOver(kind: string, sql: Sql, transact: Transact, close: () => Promise<void>): Store {
  return {
    kind,
    async load(roomId) {
      const { rows } = await sql.query<{ doc: string; revision: number; opening: string; swept_until: number }>(
        'SELECT doc, revision, opening, swept_until FROM rooms WHERE id = $1',
        [roomId],
      );
      const row = rows[0];
      return row && { doc: row.doc, revision: row.revision, opening: row.opening, sweptUntil: row.swept_until };
    },
    async create(roomId, doc, revision, opening, next) {
      const { affected } = await sql.query(
        `INSERT INTO rooms (id, doc, revision, opening, next_change_at, next_change, swept_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [roomId, doc, revision, opening, next?.at ?? null, next?.change ?? null, -Number.MAX_SAFE_INTEGER],
      );
      return affected === 1;
    },
    compareAndSet(roomId, expected, doc, revision, next, inbox) {
      return transact(async (tx) => {
        const { affected } = await tx.query(
          `UPDATE rooms SET doc = $3, revision = $4, next_change_at = $5, next_change = $6
           WHERE id = $1 AND revision = $2`,
          [roomId, expected, doc, revision, next?.at ?? null, next?.change ?? null],
        );
        if (affected !== 1) return false;
        if (inbox.length > 0) {
          // One statement for the whole batch: the entries travel as one JSON array.
          await tx.query(
            `INSERT INTO inbox (room_id, seq, digest, outcome)
             SELECT $1, e.seq, e.digest, e.outcome FROM json_to_recordset($2::json) AS e(seq integer, digest text, outcome text)`,
            [roomId, JSON.stringify(inbox)],
          );
        }
        return true;
      });
    },
    async inboxEntry(roomId, seq) {
      const { rows } = await sql.query<InboxEntry>(
        'SELECT seq, digest, outcome FROM inbox WHERE room_id = $1 AND seq = $2',
        [roomId, seq],
      );
      return rows[0];
    },
    async due(at, limit) {
      const { rows } = await sql.query<{ id: string; next_change_at: number; next_change: string }>(
        `SELECT id, next_change_at, next_change FROM rooms
         WHERE next_change_at IS NOT NULL AND next_change_at <= $1 ORDER BY next_change_at, id LIMIT $2`,
        [at, limit],
      );
      return rows.map((r) => ({ roomId: r.id, at: r.next_change_at, change: r.next_change }));
    },
    async claim(roomId, claimed, sweptUntil, next) {
      const { affected } = await sql.query(
        `UPDATE rooms SET next_change_at = $3, next_change = $4, swept_until = $5
         WHERE id = $1 AND next_change_at = $2`,
        [roomId, claimed, next?.at ?? null, next?.change ?? null, sweptUntil],
      );
      return affected === 1;
    },
    close,
  };
}

/** Creates the tables once; the advisory lock keeps two instances starting together from racing on them. */
function migrate(transact: Transact): Promise<void> {
  return transact(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(8787)');
    for (const statement of SCHEMA) await tx.query(statement);
  });
}

/** PGlite in this process: in memory when `dataDir` is undefined, else in that directory (kept across restarts). */
export async function openPGlite(dataDir: string | undefined): Promise<Store> {
  const db = await PGlite.create(dataDir === undefined ? undefined : { dataDir });
  const over = (q: Pick<PGlite, 'query'>): Sql => ({
    async query(text, params) {
      const r = await q.query(text, params as unknown[] | undefined);
      return { rows: r.rows as never[], affected: r.affectedRows ?? 0 };
    },
  });
  const transact: Transact = (work) => db.transaction((tx) => work(over(tx)));
  await migrate(transact);
  const kind = dataDir === undefined ? 'PGlite (in memory)' : `PGlite (${dataDir})`;
  return storeOver(kind, over(db), transact, () => db.close());
}

/**
 * Postgres by connection string, through `pg`. Every statement runs inside an explicit transaction,
 * reads too: a PGlite served over the wire (`@electric-sql/pglite-socket`) multiplexes its clients onto
 * one session and keeps a client's statements together only inside a transaction block.
 */
export async function openPostgres(connectionString: string, poolSize = 4): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // A connection that dies while idle (the server went away) is an error on the pool, not a crash.
  pool.on('error', () => {});
  const transact: Transact = async (work) => {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work({
        async query(text, params) {
          const r = await client.query(text, params as unknown[] | undefined);
          return { rows: r.rows, affected: r.rowCount ?? 0 };
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw e;
    } finally {
      client.release(broken);
    }
  };
  const sql: Sql = { query: (text, params) => transact((tx) => tx.query(text, params)) };
  await migrate(transact);
  const where = new URL(connectionString);
  return storeOver(`Postgres (${where.hostname}:${where.port || 5432})`, sql, transact, () => pool.end());
}
