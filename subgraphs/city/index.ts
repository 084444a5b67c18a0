/**
 * Runs one member's city subgraph as its own process: `npm run city -- <slug>`.
 * Configuration comes from the environment (see the README).
 */
import { adapterFactoryFor } from '../../adapters/index.js';
import { getMember } from '../../schema/registry.js';
import { cityConfigFromEnv } from './config.js';
import { startCitySubgraph } from './subgraph.js';

const slug = process.argv[2] ?? process.env['CITY'];
if (!slug) {
  console.error('usage: npm run city -- <slug>   (or CITY=<slug>)');
  process.exit(2);
}

const config = await cityConfigFromEnv(getMember(slug));
const subgraph = await startCitySubgraph({
  member: config.member,
  adapter: adapterFactoryFor(slug)(config.adapter),
  hubSecret: config.hubSecret,
  organizations: config.organizations,
  outboxPath: config.outboxPath,
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  outbox: config.outbox,
  entityFreshnessMs: config.entityFreshnessMs,
  entityCache: config.entityCache,
  responseCacheSeconds: config.responseCacheSeconds,
  port: config.port,
  host: config.host,
});
console.log(`${slug} city subgraph at ${subgraph.url}/graphql (platform ${config.adapter.baseUrl})`);

const shutdown = async () => {
  await subgraph.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
