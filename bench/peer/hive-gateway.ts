/**
 * Hive Gateway in front of the corridor's subgraphs, from its own install in bench/peer (kept out
 * of the product's dependencies; `npm run bench:peer:install`): the benchmark's peers and the second
 * router of the end-to-end read suite. It serves a copy of the committed supergraph whose
 * subgraph URLs point at the running subgraphs, configured by bench/peer/gateway.config.ts, with
 * either Hive Gateway's JavaScript query planner or Hive Router's Rust one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPERGRAPH_PATH } from '../../schema/wire.js';
import { startGatewayProcess, type GatewayProcess } from '../gateway-process.js';
import { QUERY_PLANNER_VARIABLE, type QueryPlanner } from './settings.js';

const PEER_ROOT = fileURLToPath(new URL('.', import.meta.url));
const PEER_BIN = join(PEER_ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');

export const PEER_INSTALL_COMMAND = 'npm run bench:peer:install';

export function hiveGatewayInstalled(): boolean {
  return existsSync(PEER_BIN);
}

function installedVersion(packageName: string): string {
  return (JSON.parse(readFileSync(join(PEER_ROOT, 'node_modules', packageName, 'package.json'), 'utf8')) as { version: string }).version;
}

/** e.g. "Hive Gateway 2.15.1, Rust query planner (router-runtime 1.4.23)". */
export function hiveGatewayLabel(planner: QueryPlanner): string {
  const gateway = `Hive Gateway ${installedVersion('@graphql-hive/gateway')}`;
  return planner === 'rust' ? `${gateway}, Rust query planner (router-runtime ${installedVersion('@graphql-hive/router-runtime')})` : `${gateway}, JavaScript query planner`;
}

/**
 * Writes the committed supergraph with every subgraph URL (by `@join__graph` name: `corridor`
 * and the member slugs) replaced by the given base URL; returns the copy's path.
 */
export function supergraphPointingAt(subgraphUrls: Readonly<Record<string, string>>, folder: string): string {
  const replaced = new Set<string>();
  const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8').replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (original, name: string) => {
    const base = subgraphUrls[name];
    if (!base) return original;
    replaced.add(name);
    return `@join__graph(name: "${name}", url: "${base.replace(/\/$/, '')}/graphql")`;
  });
  const missing = Object.keys(subgraphUrls).filter((name) => !replaced.has(name));
  if (missing.length) throw new Error(`the supergraph has no @join__graph for ${missing.join(', ')}`);
  const path = join(folder, 'supergraph.graphql');
  writeFileSync(path, sdl);
  return path;
}

export interface HiveGatewayOptions {
  supergraphPath: string;
  /** The secret the subgraphs check signatures with. */
  hubSecret: string;
  planner: QueryPlanner;
  port: number;
  logPath: string;
}

export function startHiveGateway(options: HiveGatewayOptions): Promise<GatewayProcess> {
  if (!hiveGatewayInstalled()) throw new Error(`Hive Gateway is not installed in bench/peer: ${PEER_INSTALL_COMMAND}`);
  // --fork 1: one process, as ours is (more workers would hide CPU in children /proc does not sum).
  const args = [PEER_BIN, 'supergraph', options.supergraphPath, '--port', String(options.port), '--host', '127.0.0.1', '--fork', '1'];
  return startGatewayProcess({
    args,
    // Started from bench/peer so its gateway.config.ts is the one read, and no other.
    cwd: PEER_ROOT,
    env: { ...process.env, HUB_SECRET: options.hubSecret, [QUERY_PLANNER_VARIABLE]: options.planner },
    port: options.port,
    logPath: options.logPath,
  });
}
