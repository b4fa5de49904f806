import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { MIGRATIONS } from '../../src/store/migrations.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'store-')), 'data', 'bot.sqlite');

describe('SQLite store', () => {
  it('creates the file and its folder, and applies every migration once', () => {
    const path = file();
    const first = openSqliteStore(path);
    expect(first.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
    first.close();
    const again = openSqliteStore(path);
    expect(again.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
    again.close();
  });

  it('keeps a user\'s state across a restart, and deletes it on request', async () => {
    const path = file();
    const store = openSqliteStore(path);
    await store.userState.set('webchat:abc', { language: 'ti', handoff: 'bot', urgent: true, introduced: true, lastTopic: 'healthcare' });
    store.close();
    const reopened = openSqliteStore(path);
    expect(await reopened.userState.get('webchat:abc')).toEqual({ language: 'ti', handoff: 'bot', urgent: true, introduced: true, lastTopic: 'healthcare' });
    await reopened.userState.delete('webchat:abc');
    expect(await reopened.userState.get('webchat:abc')).toBeUndefined();
    reopened.close();
  });

  it('purges state older than the retention time', async () => {
    const store = openSqliteStore(file());
    await store.userState.set('old', { handoff: 'bot', urgent: false, introduced: true });
    expect(store.purgeBefore(new Date(Date.now() - 60_000))).toBe(0);
    expect(store.purgeBefore(new Date(Date.now() + 60_000))).toBe(1);
    expect(await store.userState.get('old')).toBeUndefined();
    store.close();
  });

  it('says clearly when the data directory cannot be created', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blocked-'));
    writeFileSync(join(dir, 'data'), 'a file where the data folder should be');
    expect(() => openSqliteStore(join(dir, 'data', 'bot.sqlite'))).toThrow(/cannot open the data store .* DATA_DIR/);
  });
});
