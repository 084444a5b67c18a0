/** Runs the corridor subgraph as its own process: `npm run corridor`. */
import { corridorConfigFromEnv } from './config.js';
import { startCorridorSubgraph } from './subgraph.js';

const config = corridorConfigFromEnv();
const corridor = await startCorridorSubgraph(config);
console.log(`corridor subgraph at ${corridor.url}/graphql (index ${config.databasePath}, sync every ${config.syncIntervalMs} ms)`);

const shutdown = async () => {
  await corridor.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
