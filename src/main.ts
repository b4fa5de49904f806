// Composition root: config → logger → conversation core → HTTP; graceful close on signals.
import { join } from 'node:path';
import closeWithGrace from 'close-with-grace';
import { loadConfig, type Config } from './config.js';
import type { ConversationCore } from './core-assembly.js';
import { buildApp } from './http/app.js';
import { webchatRoutes } from './channels/webchat/routes.js';
import { loadOrCreateSecret } from './store/secret.js';
import { openSqliteStore, type SqliteStore } from './store/sqlite.js';
import { createLogger } from './logger.js';

let config: Readonly<Config>;
try {
  config = loadConfig();
} catch (err) {
  // Before the logger exists: say plainly what is wrong and stop.
  console.error((err as Error).message);
  process.exit(1);
}
const log = createLogger(config.logLevel);
let core: ConversationCore | undefined;
let store: SqliteStore;
let pseudonymKey: string;
try {
  store = openSqliteStore(join(config.dataDir, 'bot.sqlite'));
  pseudonymKey = config.pseudonymKey ?? loadOrCreateSecret(join(config.dataDir, 'pseudonym.key'));
} catch (err) {
  log.fatal({ err }, 'cannot open the data store');
  process.exit(1);
}

const app = await buildApp({ log, core: () => core, storeHealthy: () => store.ping() });
await app.register(webchatRoutes, {
  pipeline: () => core?.pipeline,
  forget: (userKey) => store.userState.delete(userKey),
  pseudonymKey,
  publicDir: config.paths.webchat,
});
closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
  if (err) log.error({ err }, 'closing after an error');
  else log.info({ signal }, 'closing');
  await app.close();
  store.close();
});

// Listen first so /healthz answers at once; /readyz turns ready when the model and content are loaded.
await app.listen({ port: config.http.port, host: config.http.host });
try {
  // Imported after listen: loading NLP.js and the model takes most of the start-up time.
  const { assembleCore } = await import('./core-assembly.js');
  core = await assembleCore(config, log, store.userState);
  log.info({ municipality: config.municipality, readyAfterMs: Math.round(performance.now()) }, 'conversation core ready');
} catch (err) {
  log.fatal({ err }, 'cannot start: content or model invalid');
  await app.close();
  process.exit(1);
}
