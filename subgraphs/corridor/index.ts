/** Runs the corridor subgraph as its own process: `npm run corridor`. */
import { log } from '../log.js';
import { closeOnSignals, identifyProcess } from '../process-entry.js';
import { corridorConfigFromEnv } from './config.js';
import { startCorridorSubgraph } from './subgraph.js';

identifyProcess('corridor');
const config = corridorConfigFromEnv();
const corridor = await startCorridorSubgraph(config);
log.info({ url: `${corridor.url}/graphql`, index: config.databasePath, syncIntervalMs: config.syncIntervalMs }, 'corridor subgraph serving');
closeOnSignals(() => corridor.close());
