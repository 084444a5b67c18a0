/** `npm run compose`: writes schema/supergraph.graphql from the subgraphs' SDL. */
import { writeFileSync } from 'node:fs';
import { SUPERGRAPH_PATH, composeSupergraph } from './supergraph.js';

writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
console.log(`wrote ${SUPERGRAPH_PATH}`);
