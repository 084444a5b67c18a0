/**
 * `npm start`: the whole corridor on this machine on embedded defaults, with the explorer page
 * built first when it is missing or stale; prints the gateway URL
 * once the first sync is done. The read index and the write outboxes live in `.data/` (kept
 * across runs), the stand-in platforms' data in SANDBOX_DATA_DIR (`.data/platforms` by default). The parts sign their calls with HUB_SECRET when it is set, otherwise with a
 * random secret made for this run (nothing outside this process then shares it).
 */
import { IDE_PATH } from '../gateway/ide.js';
import { hubSecretFrom } from '../subgraphs/signing.js';
import { ensureWebBuilt } from '../web/build.js';
import { startLocalCorridor } from './local-corridor.js';

const port = Number(process.env['PORT'] ?? 4000);
if (!Number.isInteger(port) || port <= 0) {
  console.error(`PORT must be a positive integer, got "${process.env['PORT']}"`);
  process.exit(2);
}

// The explorer page the gateway serves at `/`, built now when it is missing or older than its sources.
if (await ensureWebBuilt()) console.log('built the explorer page (web/dist)');

const corridor = await startLocalCorridor({
  gatewayPort: port,
  dataFolder: process.env['CORRIDOR_DATA'] ?? '.data',
  databaseUrl: process.env['DATABASE_URL'] || undefined,
  redisUrl: process.env['REDIS_URL'] || undefined,
  ...(process.env['SANDBOX_DATA_DIR'] && { platformDataFolder: process.env['SANDBOX_DATA_DIR'] }),
  syncIntervalMs: Number(process.env['SYNC_INTERVAL_MS'] ?? 10_000),
  ...(process.env['HUB_SECRET'] && { hubSecret: hubSecretFrom(process.env) }),
});

for (const [slug, platform] of corridor.sandbox.platforms) {
  console.log(`  ${slug.padEnd(10)} platform ${platform.url}   subgraph ${corridor.cities.get(slug)!.url}/graphql`);
}
console.log(`  corridor   subgraph ${corridor.corridor.url}/graphql`);
console.log(`\nCorridor gateway ready: ${corridor.graphqlUrl}  (explorer at ${corridor.gateway.url}/, GraphiQL at ${corridor.gateway.url}${IDE_PATH})`);

const shutdown = async () => {
  await corridor.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
