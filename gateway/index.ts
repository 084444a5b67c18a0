/** Runs the gateway as its own process: `npm run gateway`. */
import { closeOnSignals, identifyProcess } from '../subgraphs/process-entry.js';
import { log } from '../subgraphs/log.js';
import { gatewayConfigFromEnv } from './config.js';
import { IDE_PATH } from './ide.js';
import { startGateway } from './server.js';

identifyProcess('gateway');
const gateway = await startGateway(gatewayConfigFromEnv());
log.info({ url: `${gateway.url}/graphql`, explorer: `${gateway.url}/`, ide: `${gateway.url}${IDE_PATH}` }, 'gateway serving');
closeOnSignals(() => gateway.close());
