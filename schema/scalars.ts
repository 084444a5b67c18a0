/**
 * The contract's Date and DateTime scalars, validated both ways. A bad value from a caller is
 * BAD_USER_INPUT (the error formatter names the argument or variable it came in); a bad value
 * in our own answers is a fault of ours, so serializing throws a plain error, which is masked.
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { catalogueError } from './errors.js';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const probe = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(probe.getTime()) && probe.toISOString().startsWith(value);
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

interface ScalarRule {
  name: string;
  accepts: (value: unknown) => value is string;
  expected: string;
}

const DATE: ScalarRule = { name: 'Date', accepts: isCalendarDate, expected: 'a calendar date written YYYY-MM-DD' };
const DATE_TIME: ScalarRule = { name: 'DateTime', accepts: isInstant, expected: 'ISO-8601 with an offset, e.g. 2025-03-06T09:30:00+08:00' };

/** A caller's value quoted back, cut short: an error message is no place for a long input. */
function echo(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** `node`: the literal in the document, so the error formatter can name the argument it sits in. */
function parsed(rule: ScalarRule, value: unknown, node?: ValueNode): string {
  if (rule.accepts(value)) return value;
  throw catalogueError('BAD_USER_INPUT', `${rule.name} must be ${rule.expected}, got ${echo(value)}`, {}, node);
}

function scalar(rule: ScalarRule): GraphQLScalarType {
  return new GraphQLScalarType({
    name: rule.name,
    serialize: (value) => {
      if (rule.accepts(value)) return value;
      throw new TypeError(`${rule.name} value ${JSON.stringify(value)} in an answer is not ${rule.expected}`);
    },
    parseValue: (value) => parsed(rule, value),
    parseLiteral: (ast) => parsed(rule, ast.kind === Kind.STRING ? ast.value : undefined, ast),
  });
}

export const DateScalar = scalar(DATE);

export const DateTimeScalar = scalar(DATE_TIME);

/** An instant as `YYYY-MM-DDTHH:mm:ss+08:00`: the corridor speaks Beijing time. */
export function beijingDateTime(instant: Date): string {
  return `${new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** Today in Beijing, `YYYY-MM-DD`. */
export function beijingToday(now: Date = new Date()): string {
  return beijingDateTime(now).slice(0, 10);
}
