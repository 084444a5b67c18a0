/**
 * Parsing that more than one dialect needs: Chinese and ISO dates, money in 万元, vocabulary
 * labels, the shapes of JSON fields. Each parser throws MappingError with the offending value,
 * so the record is quarantined with a reason instead of being passed on half-mapped.
 */

import { beijingDateTime } from '../../schema/scalars.js';

/** A record as a JSON platform sends it, before mapping. */
export type NativeRecord = Record<string, unknown>;

/** A native record could not be mapped to the contract; the message is the quarantine reason. */
export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const SLASHED_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

function calendarDate(field: string, raw: string, year: string, month: string, day: string): string {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const probe = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== iso) {
    throw new MappingError(`${field}: "${raw}" is not a calendar date`);
  }
  return iso;
}

/** `2025-03-06`, `2025年3月6日`, `2025/3/6`, `2025.3.6` or `20250306` → `2025-03-06`. */
export function parseDate(field: string, raw: unknown): string {
  if (typeof raw !== 'string') throw new MappingError(`${field}: expected a date, got ${JSON.stringify(raw)}`);
  const text = raw.trim();
  const match = ISO_DATE.exec(text) ?? CHINESE_DATE.exec(text) ?? SLASHED_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (!match) throw new MappingError(`${field}: "${raw}" is not a date`);
  return calendarDate(field, raw, match[1]!, match[2]!, match[3]!);
}

/** Like parseDate, but empty, null, `长期` or `长期有效` (open-ended) is null. */
export function parseOptionalDate(field: string, raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' && ['', '长期', '长期有效', '无', '-'].includes(raw.trim())) return null;
  return parseDate(field, raw);
}

const OFFSET_DATETIME = /^(\d{4})([-/])(\d{2})\2(\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An instant as `YYYY-MM-DDTHH:mm:ss+08:00`, from ISO text, `YYYY/MM/DD HH:mm:ss` or epoch
 * seconds/milliseconds. Values without an offset are Beijing time, as every platform in the
 * corridor writes them; values with another offset are converted.
 */
export function parseDateTime(field: string, raw: unknown): string {
  if (typeof raw === 'number' && Number.isFinite(raw)) return beijingDateTime(new Date(raw < 1e12 ? raw * 1000 : raw));
  if (typeof raw !== 'string') throw new MappingError(`${field}: expected a date-time, got ${JSON.stringify(raw)}`);
  const match = OFFSET_DATETIME.exec(raw.trim());
  if (!match) throw new MappingError(`${field}: "${raw}" is not a date-time`);
  const [, year, , month, day, time] = match;
  const offset = match[6] ?? '+08:00';
  const instant = new Date(`${year}-${month}-${day}T${time}${offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  if (Number.isNaN(instant.getTime())) throw new MappingError(`${field}: "${raw}" is not a date-time`);
  return beijingDateTime(instant);
}

/**
 * Money written in 万元 (`"12.5"`, `"12.5万元"`, `12.5`) → whole yuan. Empty or `面议`
 * (negotiable) is null.
 */
export function parseWanYuan(field: string, raw: unknown): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) throw new MappingError(`${field}: ${raw} is not an amount`);
    return Math.round(raw * 10_000);
  }
  if (typeof raw !== 'string') throw new MappingError(`${field}: expected an amount, got ${JSON.stringify(raw)}`);
  const text = raw.trim().replace(/,/g, '');
  if (text === '' || text === '面议') return null;
  const match = /^(\d+(?:\.\d+)?)\s*(万元|万)?$/.exec(text);
  if (!match) throw new MappingError(`${field}: "${raw}" is not an amount in 万元`);
  return Math.round(Number(match[1]) * 10_000);
}

/** An amount in fen (分, whole numbers) → whole yuan; null stays null. */
export function parseFen(field: string, raw: unknown): number | null {
  if (raw === null || raw === undefined) return null;
  const fen = requireNumber(field, raw);
  if (!Number.isInteger(fen) || fen < 0) throw new MappingError(`${field}: ${JSON.stringify(raw)} is not an amount in fen`);
  return Math.round(fen / 100);
}

/** Whole yuan from a number or numeric string; empty is null. */
export function parseYuan(field: string, raw: unknown): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (!Number.isFinite(value) || value < 0) throw new MappingError(`${field}: ${JSON.stringify(raw)} is not an amount in yuan`);
  return Math.round(value);
}

/** A required, non-empty string. */
export function requireText(field: string, raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw new MappingError(`${field}: required text is missing`);
  return raw;
}

/** A record's id when it can be read (a non-empty string), so a quarantine can name the record. */
export function readableId(raw: unknown): string | null {
  return typeof raw === 'string' && raw !== '' ? raw : null;
}

/** A string or null (empty counts as null). */
export function optionalText(raw: unknown): string | null {
  return typeof raw === 'string' && raw.trim() !== '' ? raw : null;
}

/** A finite number, from a number or a numeric string. */
export function requireNumber(field: string, raw: unknown): number {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value)) throw new MappingError(`${field}: ${JSON.stringify(raw)} is not a number`);
  return value;
}

/** A JSON object: not null, not an array. */
export function isNativeRecord(value: unknown): value is NativeRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNativeRecordList(value: unknown): value is NativeRecord[] {
  return Array.isArray(value) && value.every(isNativeRecord);
}

/** A required JSON object (a nested part of a record: its contact, its address …). */
export function requireObject(field: string, raw: unknown): NativeRecord {
  if (!isNativeRecord(raw)) throw new MappingError(`${field}: expected an object`);
  return raw;
}

/** A required JSON array of strings (tags, labels, services …), copied. */
export function requireTextList(field: string, raw: unknown): string[] {
  if (!Array.isArray(raw) || !raw.every((item) => typeof item === 'string')) throw new MappingError(`${field}: expected a list of strings`);
  return [...raw];
}

/** Splits a delimited label list (`人工智能;集成电路`, `人工智能、集成电路`, `a,b`) into trimmed labels. */
export function splitLabels(raw: unknown, separators: RegExp = /[;；,，、|]/): string[] {
  if (Array.isArray(raw)) return raw.map(String).map((s) => s.trim()).filter(Boolean);
  if (typeof raw !== 'string') return [];
  return raw.split(separators).map((s) => s.trim()).filter(Boolean);
}

export interface Vocabulary<V extends string> {
  values: V[];
  labels: Record<V, string>;
}

/**
 * Maps platform labels to a vocabulary and back. A label that maps to nothing becomes OTHER and
 * is kept verbatim in `tags`, so nothing a platform sends is silently dropped. `codes` are a
 * platform's own codes for the values: read beside the contract's labels, and written instead of
 * them.
 */
export class VocabularyMapper<V extends string> {
  private readonly byLabel = new Map<string, V>();

  constructor(
    private readonly vocabulary: Vocabulary<V>,
    private readonly codes?: Readonly<Record<V, string>>,
  ) {
    for (const value of vocabulary.values) {
      this.byLabel.set(vocabulary.labels[value], value);
      this.byLabel.set(value, value);
    }
    if (codes) for (const value of vocabulary.values) this.byLabel.set(codes[value], value);
  }

  /** One label → value; unmapped labels are appended to `tags` (once). */
  one(label: string, tags: string[]): V {
    const value = this.byLabel.get(label.trim());
    if (value !== undefined) return value;
    if (!('OTHER' in this.vocabulary.labels)) throw new MappingError(`"${label}" is not a known ${this.vocabulary.values.join('/')} value`);
    if (!tags.includes(label)) tags.push(label);
    return 'OTHER' as V;
  }

  /**
   * What the platform is sent for a value: its code, or the vocabulary's label. OTHER is the
   * vocabulary's own OTHER (其他) like any value: the client's tags travel as tags, never in its place.
   */
  native(value: V): string {
    return this.codes ? this.codes[value] : this.vocabulary.labels[value];
  }

  /** Several labels → distinct values in order. */
  many(labels: string[], tags: string[]): V[] {
    const values: V[] = [];
    for (const label of labels) {
      const value = this.one(label, tags);
      if (!values.includes(value)) values.push(value);
    }
    return values;
  }
}
