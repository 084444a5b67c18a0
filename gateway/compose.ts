/**
 * The composer: the supergraph from the corridor subgraph's and every city subgraph's SDL
 * (generated from code, never introspected), with each subgraph at its default loopback URL. A
 * deployment overrides the URLs at run time without recomposing. The running gateway never loads
 * this: it serves the file `npm run compose` (this module run as a script) writes.
 */
import { composeServices } from '@apollo/composition';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEMBERS, type Member } from '../schema/registry.js';
import { CORRIDOR_DEFAULT_PORT, CORRIDOR_SUBGRAPH, GRAPHQL_PATH, SUPERGRAPH_PATH } from '../schema/wire.js';
import { citySubgraphTypeDefs } from '../subgraphs/city/sdl.js';
import { corridorSubgraphTypeDefs } from '../subgraphs/corridor/sdl.js';

export function composeSupergraph(members: readonly Member[] = MEMBERS): string {
  const result = composeServices([
    { name: CORRIDOR_SUBGRAPH, url: `http://127.0.0.1:${CORRIDOR_DEFAULT_PORT}${GRAPHQL_PATH}`, typeDefs: corridorSubgraphTypeDefs(members) },
    ...members.map((member) => ({ name: member.slug, url: `http://127.0.0.1:${member.subgraphPort}${GRAPHQL_PATH}`, typeDefs: citySubgraphTypeDefs(member) })),
  ]);
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  return result.supergraphSdl;
}

const runAsScript = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsScript) {
  writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}
