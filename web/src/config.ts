/** The gateway's GraphQL endpoint, on the page's own origin (the gateway serves the page; Vite's dev server proxies it). */
export const GRAPHQL_PATH = '/graphql';

/** How often the members' status is asked again. */
export const STATUS_POLL_MS = 5_000;

/** How often a pending write's receipt is asked again until it is delivered or failed. */
export const RECEIPT_POLL_MS = 1_000;

/** Records per page of a list or a search. */
export const PAGE_SIZE = 20;
