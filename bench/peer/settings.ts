/**
 * What the launcher (hive-gateway.ts) and Hive Gateway's configuration (gateway.config.ts) agree
 * on. Apart from both, because the configuration runs inside the peer's process and the launcher
 * must not load it.
 */

/** The environment variable that picks the peer's query planner. */
export const QUERY_PLANNER_VARIABLE = 'PEER_QUERY_PLANNER';

/** Hive Gateway's own JavaScript planner, or Hive Router's Rust planner (@graphql-hive/router-runtime). */
export type QueryPlanner = 'javascript' | 'rust';

/** A request with this header is answered with the Rust planner's query plan in `extensions.queryPlan`: proof that it planned. */
export const QUERY_PLAN_HEADER = 'x-peer-query-plan';
