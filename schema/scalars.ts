/** The contract's Date and DateTime scalars, validated both ways. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function calendarDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const probe = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(probe.getTime()) && probe.toISOString().startsWith(value)) return value;
  }
  throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

function instant(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))) {
    return value;
  }
  throw new GraphQLError(`DateTime must be ISO-8601 with an offset, e.g. 2025-03-06T09:30:00+08:00, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: calendarDate,
  parseValue: calendarDate,
  parseLiteral: (ast) => calendarDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: instant,
  parseValue: instant,
  parseLiteral: (ast) => instant(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** An instant as `YYYY-MM-DDTHH:mm:ss+08:00`: the corridor speaks Beijing time. */
export function beijingDateTime(instant: Date): string {
  return `${new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** Today in Beijing, `YYYY-MM-DD`. */
export function beijingToday(now: Date = new Date()): string {
  return beijingDateTime(now).slice(0, 10);
}
