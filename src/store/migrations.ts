/**
 * Schema changes, applied in order at start inside one transaction each. Never edit a migration that has shipped;
 * add a new one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'user state',
    sql: `
      CREATE TABLE user_state (
        user_key   TEXT PRIMARY KEY,
        state      TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX user_state_updated_at ON user_state (updated_at);
    `,
  },
];
