/** The contract's SDL files, read once, for the subgraphs that serve them. */
import { readFileSync } from 'node:fs';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** Interfaces, enumerations, scalars and value types every subgraph declares. */
export const CONTRACT_SDL = read('./contract.graphql');

/** City, filters, orderings, connections, facets, search and matching types: the corridor's list API. */
export const CORRIDOR_API_SDL = read('./corridor-api.graphql');

/** The Federation 2 link every subgraph of the corridor starts with. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@interfaceObject"])`;
