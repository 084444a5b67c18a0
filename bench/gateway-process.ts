/**
 * A gateway run as a child process (ours under the benchmark, Hive Gateway under the benchmark
 * and the end-to-end suite): started straight from node, so its pid is the gateway itself and
 * /proc shows its CPU and memory alone; ready once it answers a query that needs the supergraph
 * loaded and a subgraph reachable; its output kept in a file whose last lines say why it failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'undici';

export interface GatewayProcess {
  pid: number;
  /** The GraphQL endpoint. */
  graphqlUrl: string;
  close(): Promise<void>;
}

export interface GatewayProcessOptions {
  /** Arguments of node (the script first, or loader flags before it). */
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  /** The file the gateway's output is appended to. */
  logPath: string;
  readyTimeoutMs?: number;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

/** The last lines a child wrote, to say why it failed without sending anyone to the log file. */
export function logTail(logPath: string, lines = 12): string {
  try {
    return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

/** Ends a child we started: politely, then by force after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Polls a query that needs the supergraph loaded and a subgraph reachable, until it answers data. */
async function waitForGraphQL(url: string, child: ChildProcess, logPath: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let last = 'no answer yet';
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode} while starting:\n${logTail(logPath)}`);
    try {
      const response = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ cities { slug } }' }),
        headersTimeout: 2_000,
        bodyTimeout: 2_000,
      });
      const text = await response.body.text();
      if (response.statusCode === 200 && text.includes('"putuo"')) return;
      last = `${response.statusCode} ${text.slice(0, 200)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the gateway at ${url} was not ready within ${timeoutMs} ms: ${last}\n${logTail(logPath)}`);
}

export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const output = openSync(options.logPath, 'a');
  const child = spawn(process.execPath, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', output, output] });
  closeSync(output);
  const graphqlUrl = `http://127.0.0.1:${options.port}/graphql`;
  try {
    await waitForGraphQL(graphqlUrl, child, options.logPath, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { pid: child.pid!, graphqlUrl, close: () => stopChild(child) };
}
