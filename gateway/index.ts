/** Runs the gateway as its own process: `npm run gateway`. */
import { gatewayConfigFromEnv } from './config.js';
import { IDE_PATH } from './ide.js';
import { startGateway } from './server.js';

const gateway = await startGateway(gatewayConfigFromEnv());
console.log(`gateway at ${gateway.url}/graphql (explorer at ${gateway.url}/, GraphiQL at ${gateway.url}${IDE_PATH})`);

const shutdown = async () => {
  await gateway.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
