/**
 * A member's dialect as data. The contract says what each field is (text, a date, money, a
 * vocabulary …, schema/record-fields.ts); a dialect says only what its platform does differently:
 * the native names (a naming convention plus the names that break it), the list form, the money
 * unit, the date format it writes, its code tables, and a codec for the odd field. From that one
 * description come both directions — native record → contract record (the quarantine's
 * RecordReader) and write input → native body (a new challenge, a new application, a status) —
 * so reading and writing cannot drift apart.
 *
 * Errors name the native path, so a quarantine reason says which of the platform's fields did not
 * fit (`fbrq: "2025年13月1日" is not a calendar date`).
 */
import {
  ENTITY_KINDS,
  globalId,
  type ApplicationRecord,
  type ApplicationStatus,
  type ChallengeChanges,
  type ChallengeStatus,
  type NewApplication,
  type NewChallenge,
  type PolicyRecord,
} from '../../schema/contract.js';
import { MEMBERS, findMember } from '../../schema/registry.js';
import {
  MappingError,
  optionalText as readOptionalText,
  parseDate,
  parseDateTime,
  parseFen,
  parseOptionalDate,
  parseWanYuan,
  parseYuan,
  readableId,
  requireNumber,
  requireObject,
  requireText,
  requireTextList,
  splitLabels,
  type NativeRecord,
  type VocabularyMapper,
} from './parse.js';
import type { RecordReader } from './validate.js';
import { mapperFor, type CodeTable } from './vocabularies.js';
import {
  NEW_APPLICATION_FIELDS,
  NEW_CHALLENGE_FIELDS,
  RECORD_FIELDS,
  type Carried,
  type FieldShape,
  type FieldType,
  type RecordByTable,
  type TableKind,
  type VocabularyName,
} from '../../schema/record-fields.js';

export type { RecordByTable, TableKind };

/** What a codec may consult while it reads one field of one record. */
export interface ReadContext {
  readonly city: string;
  readonly kind: TableKind;
  /** The record's tags; vocabulary codecs append the labels they could not map. */
  readonly tags: string[];
  /** Another native field of the same record (for a codec that reads a sibling, such as Suzhou's `…Other`). */
  get(path: string): unknown;
}

/** How one contract value is read from its native form and written back. */
export interface Codec<T> {
  read(raw: unknown, field: string, context: ReadContext): T;
  write(value: T): unknown;
  /** Native paths the codec reads besides its own (listed by `Dialect.paths`). */
  readonly siblings?: readonly string[];
}

// ── codecs ─────────────────────────────────────────────────────────────────────────────────────

const identity = <T>(value: T): unknown => value;

export const text: Codec<string> = { read: (raw, field) => requireText(field, raw), write: identity };

/** Text that may be absent; `empty` is what the platform wants written for null. */
export function optionalText(empty: unknown = null): Codec<string | null> {
  return { read: (raw) => readOptionalText(raw), write: (value) => value ?? empty };
}

export const number: Codec<number> = { read: (raw, field) => requireNumber(field, raw), write: identity };

/** A number that may be absent (null, or an empty cell). */
export const optionalNumber: Codec<number | null> = {
  read: (raw, field) => (raw === null || raw === undefined || raw === '' ? null : requireNumber(field, raw)),
  write: identity,
};

/**
 * Members as the platform names them (`南京市`, in its list form) and the contract keeps them (slugs).
 * A name that is no member's does not fit: a cooperation item citing an unknown city is not half-mapped.
 */
export function memberNames(list: Codec<string[]>): Codec<string[]> {
  return {
    read(raw, field, context) {
      return list.read(raw, field, context).map((name) => {
        const member = MEMBERS.find((candidate) => candidate.nameZh === name);
        if (!member) throw new MappingError(`${field}: "${name}" is not a member of the corridor`);
        return member.slug;
      });
    },
    write: (slugs) => list.write(slugs.map((slug) => findMember(slug)?.nameZh ?? slug)),
  };
}

/** The record's own id: the platform's id, made global with the member and kind. */
export const ownId: Codec<string> = {
  read: (raw, field, { city, kind }) => globalId(city, kind, requireText(field, raw)),
  write: identity,
};

/** The id of the challenge an application belongs to (the platform's id, made global). */
export const challengeRef: Codec<string> = {
  read: (raw, field, { city }) => globalId(city, 'challenge', requireText(field, raw)),
  write: identity,
};

/** How a platform writes a calendar date; every format in parse.ts is read. */
const DATE_FORMATS = {
  iso: (iso: string) => iso,
  /** `2025年3月6日` */
  chinese: (iso: string) => {
    const [year, month, day] = iso.split('-');
    return `${year}年${Number(month)}月${Number(day)}日`;
  },
  /** `2025/03/06` */
  slashed: (iso: string) => iso.replaceAll('-', '/'),
} as const;

export function date(format: keyof typeof DATE_FORMATS = 'iso'): Codec<string> {
  return { read: (raw, field) => parseDate(field, raw), write: DATE_FORMATS[format] };
}
/** A date that may be absent or open-ended (`长期有效`). */
export const optionalDate: Codec<string | null> = { read: (raw, field) => parseOptionalDate(field, raw), write: identity };
export const dateTime: Codec<string> = { read: (raw, field) => parseDateTime(field, raw), write: identity };

const NEGOTIABLE = '面议';

/** Money in the unit a platform keeps it; null is "no ceiling" or negotiable. */
type Amount = Codec<number | null>;

export const money: { yuan: Amount; fen: Amount; wan: Amount; wanText(options?: { present?: boolean }): Amount } = {
  yuan: { read: (raw, field) => parseYuan(field, raw), write: identity },
  /** 分: whole numbers of fen. */
  fen: { read: (raw, field) => parseFen(field, raw), write: (yuan) => (yuan === null ? null : yuan * 100) },
  /** 万元 as a JSON number. */
  wan: { read: (raw, field) => parseWanYuan(field, raw), write: (yuan) => (yuan === null ? null : yuan / 10_000) },
  /**
   * 万元 as text, `面议` when negotiable. `present`: the field is always written, so an empty one
   * is an error rather than a silent 面议.
   */
  wanText(options = {}) {
    return {
      read: (raw, field) => parseWanYuan(field, options.present ? requireText(field, raw) : raw),
      write: (yuan) => (yuan === null ? NEGOTIABLE : String(yuan / 10_000)),
    };
  },
};

/** A JSON array of strings. */
export const textList: Codec<string[]> = { read: (raw, field) => requireTextList(field, raw), write: identity };

/** Labels joined with one separator (`人工智能、集成电路`); labels may contain other punctuation. */
export function joined(separator: string): Codec<string[]> {
  const split = new RegExp(separator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    read: (raw, field) => {
      if (typeof raw !== 'string') throw new MappingError(`${field}: expected labels joined with ${separator}`);
      return splitLabels(raw, split);
    },
    write: (labels) => labels.join(separator),
  };
}

/**
 * One value of a vocabulary (a mapper of kit/vocabularies.ts). An
 * unknown label is OTHER and kept in tags; OTHER is written as the vocabulary's own OTHER.
 */
export function one<V extends string>(mapper: VocabularyMapper<V>): Codec<V> {
  return { read: (raw, field, { tags }) => mapper.one(requireText(field, raw), tags), write: (value) => mapper.native(value) };
}

/** Several values of a vocabulary, in the list form the platform uses (a JSON array by default). */
export function many<V extends string>(mapper: VocabularyMapper<V>, list: Codec<string[]> = textList): Codec<V[]> {
  return {
    read: (raw, field, context) => mapper.many(list.read(raw, field, context), context.tags),
    write: (values) => list.write(values.map((value) => mapper.native(value))),
  };
}

// ── a dialect ─────────────────────────────────────────────────────────────────────────────────

/** Native names that break the dialect's naming convention; a nested contract object names its parts. */
type PathsOf<R> = { readonly [F in Carried<R>]?: R[F] extends object ? (R[F] extends unknown[] ? string : { readonly [P in keyof R[F]]?: string }) : string };
/** A codec, or a function of the dialect's standard codec for the field (to wrap it). */
type CodecsOf<R> = { readonly [F in Carried<R>]?: Codec<R[F]> | ((standard: Codec<R[F]>) => Codec<R[F]>) };

export interface DialectSpec<N> {
  /** How a contract name becomes the native one where `paths` does not say (default: unchanged). */
  naming?: (name: string) => string;
  /** Native names of the fields every record has (id, url, tags, sourceUpdatedAt); the id also for applications. */
  record?: PathsOf<Pick<PolicyRecord, 'id' | 'url' | 'tags' | 'sourceUpdatedAt'>>;
  paths?: { readonly [K in TableKind]?: PathsOf<RecordByTable[K]> };
  /** The platform's own codes for a vocabulary's values (read beside the contract's labels, and written). */
  codes?: { readonly [V in VocabularyName]?: CodeTable<V> };
  /** The form of every list field, by native path (default: a JSON array of strings). */
  lists?: (path: string) => Codec<string[]>;
  /** The unit of every amount (default: whole yuan). */
  money?: Amount;
  /** How dates are written (every format is read). */
  dates?: keyof typeof DATE_FORMATS;
  /** What is written for an absent optional text (default: null). */
  emptyText?: unknown;
  /** The codec of a field that is unlike the rest of the dialect. */
  codecs?: { readonly [K in TableKind]?: CodecsOf<RecordByTable[K]> };
  /** An application's body names its challenge (besides the URL, if at all). */
  sendsChallengeId?: boolean;
  /** The value at a native path; by default a dotted path into nested JSON objects. */
  resolve?: (native: N, path: string) => unknown;
  /** The field name errors use for a path; by default the path itself. */
  fieldName?: (path: string) => string;
}

/** One contract field as the dialect has it: its native path and codec. */
export interface Field {
  readonly path: string;
  readonly codec: Codec<unknown>;
}
interface Table {
  readonly [field: string]: Field | Table;
}

interface StatusOf {
  challenge: ChallengeStatus;
  application: ApplicationStatus;
}

export interface Dialect<N> {
  /** Every kind's fields as resolved from the spec. */
  readonly tables: { readonly [K in TableKind]: Table };
  /** How the adapter reads native records and applications (validate.ts admits what it returns). */
  readonly reader: RecordReader<N>;
  /** The native body of a new challenge. */
  newChallenge(input: NewChallenge): NativeRecord;
  /** The native body of a new application (its challenge's id too when the dialect sends it). */
  newApplication(input: NewApplication, challengeLocalId: string): NativeRecord;
  /** The native body of a status change: the status field alone. */
  status<K extends keyof StatusOf>(kind: K, status: StatusOf[K]): NativeRecord;
  /** The native body of a challenge's edited fields: those given, alone. */
  challengeChanges(changes: ChallengeChanges): NativeRecord;
  /** Every native path a kind's table reads, in table order. */
  paths(kind: TableKind): string[];
}

/** `docNumber` → `doc_number`. */
export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
/** `docNumber` → `DocNumber`. */
export const pascalCase = (name: string) => name[0]!.toUpperCase() + name.slice(1);

function isField(entry: Field | Table): entry is Field {
  return 'codec' in entry && 'path' in entry && typeof entry.path === 'string';
}

/** A dotted path into nested JSON objects; a missing parent object names the parent. */
export function resolveJsonPath(native: NativeRecord, path: string): unknown {
  const segments = path.split('.');
  let node = native;
  for (let depth = 0; depth < segments.length - 1; depth++) {
    node = requireObject(segments.slice(0, depth + 1).join('.'), node[segments[depth]!]);
  }
  return node[segments.at(-1)!];
}

function writePath(body: NativeRecord, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = body;
  for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as NativeRecord;
  node[segments.at(-1)!] = value;
}

function tablePaths(table: Table): string[] {
  return Object.values(table).flatMap((entry) => (isField(entry) ? [entry.path, ...(entry.codec.siblings ?? [])] : tablePaths(entry)));
}

export function defineDialect<N = NativeRecord>(spec: DialectSpec<N>): Dialect<N> {
  const naming = spec.naming ?? ((name: string) => name);
  const lists = spec.lists ?? (() => textList);
  const mapper = (name: VocabularyName) => mapperFor(name, spec.codes?.[name]);

  function codecFor(type: FieldType, path: string): Codec<unknown> {
    switch (type) {
      case 'id': return ownId as Codec<unknown>;
      case 'challengeRef': return challengeRef as Codec<unknown>;
      case 'text': return text as Codec<unknown>;
      case 'optionalText': return optionalText(spec.emptyText) as Codec<unknown>;
      case 'number': return number as Codec<unknown>;
      case 'optionalNumber': return optionalNumber as Codec<unknown>;
      case 'members': return memberNames(lists(path)) as Codec<unknown>;
      case 'date': return date(spec.dates) as Codec<unknown>;
      case 'optionalDate': return optionalDate as Codec<unknown>;
      case 'dateTime': return dateTime as Codec<unknown>;
      case 'money': return (spec.money ?? money.yuan) as Codec<unknown>;
      case 'list': return lists(path) as Codec<unknown>;
    }
    const [arity, name] = type.split(':') as ['one' | 'many', VocabularyName];
    return (arity === 'one' ? one(mapper(name)) : many(mapper(name), lists(path))) as Codec<unknown>;
  }

  function build(shape: FieldShape, paths: Readonly<Record<string, unknown>>, codecs: Readonly<Record<string, unknown>>, parents: string[]): Table {
    const table: Record<string, Field | Table> = {};
    for (const [name, type] of Object.entries(shape)) {
      const own = paths[name];
      if (typeof type === 'object') {
        table[name] = build(type, (own ?? {}) as Record<string, unknown>, {}, [...parents, name]);
        continue;
      }
      const path = typeof own === 'string' ? own : [...parents, name].map(naming).join('.');
      const codec = codecs[name] as Codec<unknown> | ((standard: Codec<unknown>) => Codec<unknown>) | undefined;
      table[name] = { path, codec: typeof codec === 'function' ? codec(codecFor(type, path)) : (codec ?? codecFor(type, path)) };
    }
    return table;
  }

  const tables = Object.fromEntries(
    (Object.keys(RECORD_FIELDS) as TableKind[]).map((kind) => {
      const record = kind === 'application' ? { id: spec.record?.id } : spec.record;
      return [kind, build(RECORD_FIELDS[kind], { ...record, ...spec.paths?.[kind] }, spec.codecs?.[kind] ?? {}, [])];
    }),
  ) as { [K in TableKind]: Table };

  const resolve = spec.resolve ?? (resolveJsonPath as unknown as (native: N, path: string) => unknown);
  const fieldName = spec.fieldName ?? ((path: string) => path);
  const idPath = (tables.challenge.id as Field).path;

  function readField(field: Field, native: N, context: ReadContext): unknown {
    return field.codec.read(resolve(native, field.path), fieldName(field.path), context);
  }

  function readTable(table: Table, native: N, context: ReadContext): NativeRecord {
    const record: NativeRecord = {};
    for (const [name, entry] of Object.entries(table)) {
      record[name] = name === 'tags' ? context.tags : isField(entry) ? readField(entry, native, context) : readTable(entry, native, context);
    }
    return record;
  }

  function read(kind: TableKind, city: string, native: N): NativeRecord {
    const table = tables[kind];
    const base = { city, kind, get: (path: string) => resolve(native, path) };
    // Tags first: the vocabulary fields append what they cannot map.
    const tags = table.tags ? (readField(table.tags as Field, native, { ...base, tags: [] }) as string[]) : [];
    const { id, ...rest } = readTable(table, native, { ...base, tags });
    // Records name their member; an application belongs to its challenge's.
    return kind === 'application' ? { id, ...rest } : { id, city, ...rest };
  }

  function write(table: Table, names: readonly string[], input: Readonly<Record<string, unknown>>, body: NativeRecord = {}): NativeRecord {
    for (const name of names) {
      const entry = table[name]!;
      const value = input[name];
      if (isField(entry)) writePath(body, entry.path, entry.codec.write(value));
      else write(entry, Object.keys(entry), value as Record<string, unknown>, body);
    }
    return body;
  }

  return {
    tables,
    reader: {
      localIdOf: (native) => readableId(resolve(native, idPath)),
      records: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, (city: string, native: N) => read(kind, city, native)])) as unknown as RecordReader<N>['records'],
      application: (city, native) => read('application', city, native) as unknown as ApplicationRecord,
    },
    newChallenge: (input) => write(tables.challenge, NEW_CHALLENGE_FIELDS, input),
    newApplication(input, challengeLocalId) {
      const body = write(tables.application, NEW_APPLICATION_FIELDS, input);
      if (spec.sendsChallengeId) writePath(body, (tables.application.challengeId as Field).path, challengeLocalId);
      return body;
    },
    status: (kind, status) => write(tables[kind], ['status'], { status }),
    challengeChanges: (changes) => write(tables.challenge, Object.keys(changes), changes),
    paths: (kind) => tablePaths(tables[kind]),
  };
}
