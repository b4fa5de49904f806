import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors.js';
import type { UserState, UserStateStore } from '../core/ports.js';
import { MIGRATIONS } from './migrations.js';

export interface SqliteStore {
  userState: UserStateStore;
  /** Deletes state not touched since the given time (the retention job calls it). Returns how many rows went. */
  purgeBefore(time: Date): number;
  /** Applied migration versions, for /readyz and tests. */
  migrations(): number[];
  /** True when the database answers a trivial query. */
  ping(): boolean;
  close(): void;
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
}

/**
 * The embedded store: one SQLite file in the data directory, no server needed. WAL mode lets readers and the
 * writer work at the same time; migrations run at open.
 */
export function openSqliteStore(file: string): SqliteStore {
  let db: Database.Database;
  try {
    mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (err) {
    throw new AppError('STORE_UNAVAILABLE', `cannot open the data store at ${file}: ${(err as Error).message} (check that DATA_DIR exists and is writable)`, { cause: err });
  }
  const get = db.prepare<[string], { state: string }>('SELECT state FROM user_state WHERE user_key = ?');
  const upsert = db.prepare('INSERT INTO user_state (user_key, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (user_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at');
  const remove = db.prepare('DELETE FROM user_state WHERE user_key = ?');
  const purge = db.prepare('DELETE FROM user_state WHERE updated_at < ?');

  const userState: UserStateStore = {
    async get(userKey) {
      const row = get.get(userKey);
      return row ? (JSON.parse(row.state) as UserState) : undefined;
    },
    async set(userKey, state) {
      upsert.run(userKey, JSON.stringify(state), new Date().toISOString());
    },
    async delete(userKey) {
      remove.run(userKey);
    },
  };
  return {
    userState,
    purgeBefore: (time) => purge.run(time.toISOString()).changes,
    migrations: () => (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version),
    ping: () => {
      try {
        return db.prepare('SELECT 1 AS ok').get() !== undefined;
      } catch {
        return false;
      }
    },
    close: () => db.close(),
  };
}
