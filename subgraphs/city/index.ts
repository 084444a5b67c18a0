/**
 * Runs one member's city subgraph as its own process: `npm run city -- <slug>`.
 * Configuration comes from the environment (see the README).
 */
import { adapterFactoryFor } from '../../adapters/index.js';
import { getMember } from '../../schema/registry.js';
import { log } from '../log.js';
import { closeOnSignals, identifyProcess } from '../process-entry.js';
import { cityConfigFromEnv } from './config.js';
import { startCitySubgraph } from './subgraph.js';

const slug = process.argv[2] ?? process.env['CITY'];
if (!slug) {
  console.error('usage: npm run city -- <slug>   (or CITY=<slug>)');
  process.exit(2);
}

identifyProcess(`city:${slug}`);
const config = await cityConfigFromEnv(getMember(slug));
const subgraph = await startCitySubgraph({
  member: config.member,
  adapter: adapterFactoryFor(slug)(config.adapter),
  hubSecret: config.hubSecret,
  previousHubSecret: config.previousHubSecret,
  metrics: config.metrics,
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
// The platform's origin only: a configured URL could carry credentials in its user part or query.
log.info({ url: `${subgraph.url}/graphql`, platform: new URL(config.adapter.baseUrl).origin }, 'city subgraph serving');
closeOnSignals(() => subgraph.close());
