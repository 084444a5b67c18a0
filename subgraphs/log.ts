/**
 * The hub's process log: JSON lines on stderr (pino). Callers get codes and references; the
 * details they must not see (stacks, SQL, platform bodies) go here. `LOG_LEVEL` (info) sets
 * how much is written.
 */
import { pino } from 'pino';

export const log = pino({ name: 'corridor-hub', level: process.env['LOG_LEVEL'] ?? 'info' }, process.stderr);
