/**
 * The supergraph: composed from the corridor subgraph's and every city subgraph's SDL (generated
 * from code, never introspected), with each subgraph at its default loopback URL. A deployment
 * overrides the URLs at run time without recomposing.
 */
import { composeServices } from '@apollo/composition';
import { fileURLToPath } from 'node:url';
import { MEMBERS, type Member } from '../schema/registry.js';
import { citySubgraphTypeDefs } from '../subgraphs/city/sdl.js';
import { CORRIDOR_DEFAULT_PORT } from '../subgraphs/corridor/config.js';
import { corridorSubgraphTypeDefs } from '../subgraphs/corridor/sdl.js';

export const SUPERGRAPH_PATH = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));

/** The corridor subgraph's name in the supergraph; members use their slugs. */
export const CORRIDOR_SUBGRAPH = 'corridor';

export function composeSupergraph(members: readonly Member[] = MEMBERS): string {
  const result = composeServices([
    { name: CORRIDOR_SUBGRAPH, url: `http://127.0.0.1:${CORRIDOR_DEFAULT_PORT}/graphql`, typeDefs: corridorSubgraphTypeDefs(members) },
    ...members.map((member) => ({ name: member.slug, url: `http://127.0.0.1:${member.subgraphPort}/graphql`, typeDefs: citySubgraphTypeDefs(member) })),
  ]);
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  return result.supergraphSdl;
}
