/**
 * Starting a process part opens things one after another (a database, socket pools, a server on
 * its port). When a later step fails, for example because the port is taken, what the earlier
 * steps opened must be closed again: left open, it keeps the process alive, the file locked and
 * the platform's sockets busy, with no handle left to close it by.
 */
import { log } from './log.js';

export interface Closable {
  close(): unknown;
}

/** Registers what a start step opened, and returns it. */
export type Opened = <C extends Closable>(resource: C) => C;

/**
 * Runs `start`; when it throws, closes everything registered with `opened`, newest first, then
 * rethrows the start's error.
 */
export async function startOrUndo<T>(start: (opened: Opened) => Promise<T>): Promise<T> {
  const resources: Closable[] = [];
  try {
    return await start((resource) => {
      resources.push(resource);
      return resource;
    });
  } catch (error) {
    for (const resource of resources.reverse()) {
      try {
        await resource.close();
      } catch (closeError) {
        // The start's own error is the one the caller needs; this one goes to the log.
        log.warn({ err: closeError }, 'closing after a failed start failed');
      }
    }
    throw error;
  }
}
