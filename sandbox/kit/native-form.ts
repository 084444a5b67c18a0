/**
 * How a stand-in platform writes and reads records in its own form: the member's native field
 * names, list form, money unit, date formats and vocabulary (labels or codes), as data. It is
 * the platform's side of the wire and is written apart from the adapter's parsers
 * (adapters/kit/parse.ts, adapters/kit/dialect.ts) on purpose: each side reads the field types of
 * schema/record-fields.ts on its own, so a stand-in keeps checking its adapter instead of echoing it.
 *
 * Reading (a client's write body) is strict in the platform's own format: a date in another
 * format, money in another unit or an unknown code is refused as INVALID and names the native path.
 */
import { parseGlobalId } from '../../schema/contract.js';
import {
  FIELD_VOCABULARIES,
  RECORD_BASE_FIELDS,
  RECORD_FIELDS,
  TITLE_FIELD,
  type FieldShape,
  type FieldType,
  type RecordByTable,
  type TableKind,
  type VocabularyName,
} from '../../schema/record-fields.js';
import { MEMBERS, findMember } from '../../schema/registry.js';
import { nativeLabel, nativeValue } from '../dataset/index.js';
import { PlatformRejection, localIdOf } from './store.js';

export type Native = Record<string, unknown>;

const NEGOTIABLE = '面议';

/** Calendar dates as the platform writes them. */
const DATE_FORMS = {
  iso: { write: (iso: string) => iso, pattern: /^(\d{4})-(\d{2})-(\d{2})$/, example: 'YYYY-MM-DD' },
  chinese: {
    write: (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`,
    pattern: /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
    example: 'YYYY年M月D日',
  },
  slashed: { write: (iso: string) => iso.replaceAll('-', '/'), pattern: /^(\d{4})\/(\d{2})\/(\d{2})$/, example: 'YYYY/MM/DD' },
} as const;

/** Instants as the platform writes them (the dataset's instants are Beijing time with offset). */
const DATE_TIME_FORMS = {
  iso: (instant: string): unknown => instant,
  /** `2025-03-06 09:30:00`, Beijing time without offset. */
  local: (instant: string): unknown => instant.slice(0, 19).replace('T', ' '),
  /** `2025/03/06 09:30:00`, Beijing time without offset. */
  slashedLocal: (instant: string): unknown => `${instant.slice(0, 10).replaceAll('-', '/')} ${instant.slice(11, 19)}`,
  utc: (instant: string): unknown => new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  epochMillis: (instant: string): unknown => Date.parse(instant),
} as const;

/** Amounts as the platform keeps them; the contract's are whole yuan, null for none or negotiable. */
const MONEY_FORMS = {
  yuan: { write: (yuan: number) => yuan, read: (raw: unknown) => (Number.isInteger(raw) && (raw as number) >= 0 ? (raw as number) : undefined), example: 'whole yuan' },
  fen: { write: (yuan: number) => yuan * 100, read: (raw: unknown) => (Number.isInteger(raw) && (raw as number) >= 0 ? (raw as number) / 100 : undefined), example: 'whole fen' },
  wan: { write: (yuan: number) => yuan / 10_000, read: (raw: unknown) => (typeof raw === 'number' && raw >= 0 ? Math.round(raw * 10_000) : undefined), example: '万元 as a number' },
  wanText: {
    write: (yuan: number) => String(yuan / 10_000),
    read: (raw: unknown) => (typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw) ? Math.round(Number(raw) * 10_000) : undefined),
    example: `万元 as text or ${NEGOTIABLE}`,
  },
} as const;

/** `maxSupportYuan` → `max_support_yuan`, for platforms with snake_case keys (the adapters' twin is theirs to keep). */
export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** `docNumber` → `DocNumber`, the naming of XML and OData platforms. */
export const pascalCase = (name: string) => name[0]!.toUpperCase() + name.slice(1);

/**
 * How a list of labels is written: a JSON array, joined with a separator, or the platform's own
 * form, told the list's native path (an XML list names its items after its element).
 */
export type ListForm = { join: string } | { write(items: string[], path: string): unknown; read(raw: unknown, path: string): string[] | undefined };

export interface NativeFormSpec {
  /** How a contract name becomes the native one where `names` does not say (default: unchanged). */
  naming?: (name: string) => string;
  /** Native names of the fields every record has (id, url, tags, sourceUpdatedAt); the id also for applications. */
  record?: Readonly<Record<string, string>>;
  /**
   * Native names (dotted paths for nested objects) that break the naming convention, by kind and
   * contract field. A nested object's parts are written in the order its entry names them (the
   * parts it leaves out follow), as a platform that writes longitude before latitude does.
   */
  names?: { readonly [K in TableKind]?: Readonly<Record<string, string | Readonly<Record<string, string>>>> };
  /** The form of every list (default: a JSON array). */
  lists?: ListForm;
  money?: keyof typeof MONEY_FORMS;
  /** What a null amount is written as (default: null; undefined: the field is left out; `面议` is always read as null). */
  noAmount?: unknown;
  dates?: keyof typeof DATE_FORMS;
  dateTimes?: keyof typeof DATE_TIME_FORMS;
  /** The platform's codes for a vocabulary's values (otherwise the contract's Chinese labels). */
  codes?: { readonly [V in VocabularyName]?: Readonly<Record<string, string>> };
  /** What an absent text or date is written as (default: null; undefined: the field is left out). */
  empty?: unknown;
  /** What a null is written as where the platform has a word of its own for it (`长期有效` for no expiry), by kind and contract field; the word reads back as null. */
  absent?: { readonly [K in TableKind]?: Readonly<Record<string, unknown>> };
  /**
   * Native paths of the platform's own wording beside a vocabulary field holding OTHER (its codes
   * have only OTHER), by kind and contract field; `empty` beside any other value. Read back, the
   * wordings a client sends lead the record's tags, where the contract keeps an OTHER's wording.
   */
  besideOther?: { readonly [K in TableKind]?: Readonly<Record<string, string>> };
  /** Fields the platform writes its own way: the native value of a contract value. */
  writers?: { readonly [K in TableKind]?: Readonly<Record<string, (value: never, record: never) => unknown>> };
  /** What a broken record holds instead (undefined: the field is missing); default: it lost its title. */
  broken?: { readonly [K in TableKind]?: Readonly<Record<string, (value: never) => unknown>> };
  /** The value at a native path of a client's body (default: a dotted path into JSON objects). */
  resolve?: (body: unknown, path: string) => unknown;
}

/** One contract field as the platform has it: its native path and type. */
export interface Field {
  /** The contract field (within its parent, or `contact.name` where `fields` flattens a nested one). */
  readonly name: string;
  readonly path: string;
  readonly type: FieldType;
}
type Table = readonly (Field | { readonly name: string; readonly parts: Table })[];

function isField(entry: Table[number]): entry is Field {
  return 'type' in entry;
}

/** What every record has but its id (url, tags, update time): platforms write it after the kind's own fields. */
const TRAILING_FIELDS: readonly string[] = Object.keys(RECORD_BASE_FIELDS).filter((name) => name !== 'id');

function wireOrder(shape: FieldShape): FieldShape {
  const entries = Object.entries(shape);
  const trailing = (name: string) => TRAILING_FIELDS.includes(name);
  return Object.fromEntries([...entries.filter(([name]) => !trailing(name)), ...entries.filter(([name]) => trailing(name))]);
}

function invalid(path: string, expected: string, raw: unknown): PlatformRejection {
  return new PlatformRejection('INVALID', `${path}: expected ${expected}, got ${JSON.stringify(raw) ?? 'nothing'}`);
}

function jsonPath(body: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, segment) => (typeof node === 'object' && node !== null ? (node as Native)[segment] : undefined), body);
}

function setPath(native: Native, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = native;
  for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as Native;
  if (value === undefined) delete node[segments.at(-1)!];
  else node[segments.at(-1)!] = value;
}

/** Wordings a client sent beside OTHER values lead the tags, where `nativeLabel` finds an OTHER's wording. */
function withWordings(tags: readonly string[], wordings: readonly unknown[]): string[] {
  const leading = wordings.filter((wording): wording is string => typeof wording === 'string' && wording.trim() !== '' && !tags.includes(wording));
  return [...new Set([...leading, ...tags])];
}

export interface NativeForm {
  /** A record as the platform serves it; `broken` gives the malformed form a fault asks for. */
  write(kind: TableKind, record: RecordByTable[TableKind], broken?: boolean): Native;
  /** The contract values of `fields` in a client's body, read strictly in the platform's format. */
  read<K extends TableKind, F extends keyof RecordByTable[K] & string>(kind: K, body: unknown, fields: readonly F[]): Pick<RecordByTable[K], F>;
  /** The contract values of those of `fields` a client's body holds, read as `read` does. */
  readGiven<K extends TableKind, F extends keyof RecordByTable[K] & string>(kind: K, body: unknown, fields: readonly F[]): Partial<Pick<RecordByTable[K], F>>;
  /** The native path of a contract field (`contact.name` for a nested one). */
  path(kind: TableKind, field: string): string;
  /** Every field of a kind in the contract's order, nested ones in their parent's place (a CSV header, OData property types). */
  fields(kind: TableKind): readonly Field[];
}

export function defineNativeForm(spec: NativeFormSpec): NativeForm {
  const naming = spec.naming ?? ((name: string) => name);
  const lists = spec.lists;
  const money = MONEY_FORMS[spec.money ?? 'yuan'];
  const dates = DATE_FORMS[spec.dates ?? 'iso'];
  const dateTimes = DATE_TIME_FORMS[spec.dateTimes ?? 'iso'];
  // An explicit undefined leaves the field out (an XML element that is absent), so `in`, not `??`.
  const empty = 'empty' in spec ? spec.empty : null;
  const noAmount = 'noAmount' in spec ? spec.noAmount : null;
  const resolve = spec.resolve ?? jsonPath;
  const byCode = new Map<VocabularyName, Map<string, string>>(
    Object.entries(spec.codes ?? {}).map(([name, table]) => [name as VocabularyName, new Map(Object.entries(table!).map(([value, code]) => [code, value]))]),
  );

  function build(shape: FieldShape, names: Readonly<Record<string, unknown>>, parents: string[]): Table {
    const named = parents.length === 0 ? [] : Object.keys(names).filter((name) => name in shape);
    const order = [...named, ...Object.keys(shape).filter((name) => !named.includes(name))];
    return order.map((name) => {
      const type = shape[name]!;
      const own = names[name];
      if (typeof type === 'object') return { name, parts: build(type, (own ?? {}) as Record<string, unknown>, [...parents, name]) };
      return { name, type, path: typeof own === 'string' ? own : [...parents, name].map(naming).join('.') };
    });
  }
  const tables = Object.fromEntries(
    (Object.keys(RECORD_FIELDS) as TableKind[]).map((kind) => {
      const record = kind === 'application' ? { id: spec.record?.id } : spec.record;
      return [kind, build(wireOrder(RECORD_FIELDS[kind]), { ...record, ...spec.names?.[kind] }, [])];
    }),
  ) as Record<TableKind, Table>;

  function fieldOf(kind: TableKind, name: string): Field | undefined {
    const [head, part] = name.split('.');
    const entry = tables[kind].find((candidate) => candidate.name === head);
    if (entry === undefined) return undefined;
    if (isField(entry)) return entry;
    return entry.parts.find((candidate): candidate is Field => candidate.name === part && isField(candidate));
  }

  function writeList(path: string, items: readonly string[]): unknown {
    if (lists === undefined) return [...items];
    return 'join' in lists ? items.join(lists.join) : lists.write([...items], path);
  }

  function writeValue({ type, path }: Field, value: unknown, record: { tags: string[] }): unknown {
    switch (type) {
      case 'id':
        return localIdOf({ id: value as string });
      case 'challengeRef':
        return parseGlobalId(value as string)?.localId ?? value;
      case 'text':
      case 'number':
        return value;
      case 'optionalText':
      case 'optionalNumber':
        return value ?? empty;
      case 'members':
        return writeList(path, (value as string[]).map((slug) => findMember(slug)?.nameZh ?? slug));
      case 'date':
      case 'optionalDate':
        return value === null ? empty : dates.write(value as string);
      case 'dateTime':
        return dateTimes(value as string);
      case 'money':
        return value === null ? noAmount : money.write(value as number);
      case 'list':
        return writeList(path, value as string[]);
    }
    const [arity, name] = type.split(':') as ['one' | 'many', VocabularyName];
    const codes = spec.codes?.[name];
    const vocabulary = FIELD_VOCABULARIES[name] as { labels: Record<string, string> };
    const native = (item: string) => (codes ? codes[item]! : nativeLabel(vocabulary, item, record));
    return arity === 'one' ? native(value as string) : writeList(path, (value as string[]).map(native));
  }

  /** The platform's wording of OTHER beside a vocabulary value; `empty` when the value holds no OTHER. */
  function wordingBeside(type: FieldType, value: unknown, record: { tags: string[] }): unknown {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (!values.includes('OTHER')) return empty;
    const vocabulary = FIELD_VOCABULARIES[type.split(':')[1] as VocabularyName] as { labels: Record<string, string> };
    return nativeLabel(vocabulary, 'OTHER', record);
  }

  function readList(path: string, raw: unknown): string[] {
    const items =
      lists === undefined
        ? Array.isArray(raw) && raw.every((item) => typeof item === 'string')
          ? (raw as string[])
          : undefined
        : 'join' in lists
          ? typeof raw === 'string'
            ? raw.split(lists.join).map((item) => item.trim()).filter(Boolean)
            : undefined
          : lists.read(raw, path);
    if (items === undefined) throw invalid(path, lists === undefined ? 'a list of strings' : 'join' in lists ? `labels joined with ${lists.join}` : 'a list', raw);
    return items;
  }

  function readVocabulary(name: VocabularyName, path: string, raw: unknown): string {
    if (typeof raw !== 'string') throw invalid(path, 'a label', raw);
    const codes = byCode.get(name);
    if (codes) {
      const value = codes.get(raw);
      if (value === undefined) throw invalid(path, `one of ${[...codes.keys()].join(', ')}`, raw);
      return value;
    }
    const vocabulary = FIELD_VOCABULARIES[name] as { labels: Record<string, string> };
    // Statuses have no OTHER: an unknown one is refused rather than guessed.
    if (!('OTHER' in vocabulary.labels) && !Object.values(vocabulary.labels).includes(raw)) throw invalid(path, Object.values(vocabulary.labels).join('/'), raw);
    return nativeValue(vocabulary, raw);
  }

  function readDate(path: string, raw: unknown): string {
    const match = typeof raw === 'string' ? dates.pattern.exec(raw) : null;
    if (!match) throw invalid(path, `a date as ${dates.example}`, raw);
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) throw invalid(path, 'a calendar date', raw);
    return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  function readValue(type: FieldType, path: string, raw: unknown): unknown {
    const isEmpty = raw === null || raw === undefined || raw === '';
    switch (type) {
      case 'text':
        if (typeof raw !== 'string') throw invalid(path, 'text', raw);
        return raw;
      case 'optionalText':
        if (isEmpty) return null;
        if (typeof raw !== 'string') throw invalid(path, 'text', raw);
        return raw;
      case 'number':
        if (typeof raw !== 'number' || !Number.isFinite(raw)) throw invalid(path, 'a number', raw);
        return raw;
      case 'optionalNumber':
        if (isEmpty) return null;
        if (typeof raw !== 'number' || !Number.isFinite(raw)) throw invalid(path, 'a number', raw);
        return raw;
      case 'members':
        return readList(path, raw).map((name) => {
          const member = MEMBERS.find((candidate) => candidate.nameZh === name);
          if (!member) throw invalid(path, 'the names of corridor members', raw);
          return member.slug;
        });
      case 'date':
        return readDate(path, raw);
      case 'optionalDate':
        return isEmpty ? null : readDate(path, raw);
      case 'money': {
        if (isEmpty || raw === NEGOTIABLE) return null;
        const yuan = money.read(raw);
        if (yuan === undefined) throw invalid(path, money.example, raw);
        return yuan;
      }
      case 'list':
        return isEmpty ? [] : readList(path, raw);
      case 'id':
      case 'challengeRef':
      case 'dateTime':
        throw new Error(`${path}: the platform assigns ${type} fields itself`);
    }
    const [arity, name] = type.split(':') as ['one' | 'many', VocabularyName];
    if (arity === 'one') return readVocabulary(name, path, raw);
    return [...new Set(readList(path, raw).map((item) => readVocabulary(name, path, item)))];
  }

  return {
    write(kind, record, broken = false) {
      const native: Native = {};
      const writers = (spec.writers?.[kind] ?? {}) as Readonly<Record<string, (value: unknown, record: unknown) => unknown>>;
      const breakers = (spec.broken?.[kind] ?? { [TITLE_FIELD[kind]]: () => undefined }) as Readonly<Record<string, (value: unknown) => unknown>>;
      const absent: Readonly<Record<string, unknown>> = spec.absent?.[kind] ?? {};
      const besides = spec.besideOther?.[kind] ?? {};
      const tagged = record as unknown as { tags?: string[] };
      const labelsOf = { tags: tagged.tags ?? [] };
      const writeEntries = (table: Table, values: Native, prefix: string) => {
        for (const entry of table) {
          const value = values[entry.name];
          if (!isField(entry)) {
            writeEntries(entry.parts, (value ?? {}) as Native, `${prefix}${entry.name}.`);
            continue;
          }
          const name = `${prefix}${entry.name}`;
          const written = writers[name]
            ? writers[name](value, record)
            : value === null && Object.hasOwn(absent, name)
              ? absent[name]
              : writeValue(entry, value, labelsOf);
          setPath(native, entry.path, broken && breakers[name] ? breakers[name](written) : written);
          if (besides[name]) setPath(native, besides[name], wordingBeside(entry.type, value, labelsOf));
        }
      };
      writeEntries(tables[kind], record as unknown as Native, '');
      return native;
    },

    read(kind, body, fields) {
      const absent: Readonly<Record<string, unknown>> = spec.absent?.[kind] ?? {};
      const readField = (field: Field, name: string) => {
        const raw = resolve(body, field.path);
        return Object.hasOwn(absent, name) && raw === absent[name] ? null : readValue(field.type, field.path, raw);
      };
      const values: Native = {};
      for (const name of fields) {
        const entry = tables[kind].find((candidate) => candidate.name === name)!;
        if (isField(entry)) values[name] = readField(entry, name);
        else values[name] = Object.fromEntries(entry.parts.filter(isField).map((part) => [part.name, readField(part, `${name}.${part.name}`)]));
      }
      const besides = spec.besideOther?.[kind];
      if (besides && Array.isArray(values.tags)) values.tags = withWordings(values.tags as string[], Object.values(besides).map((path) => resolve(body, path)));
      return values as never;
    },

    readGiven(kind, body, fields) {
      const given = fields.filter((name) => {
        const field = fieldOf(kind, name);
        return field !== undefined && resolve(body, field.path) !== undefined;
      });
      return this.read(kind, body, given);
    },

    path(kind, field) {
      const found = fieldOf(kind, field);
      if (!found) throw new Error(`${kind} has no field ${field}`);
      return found.path;
    },

    fields(kind) {
      return tables[kind].flatMap((entry) =>
        isField(entry) ? [entry] : entry.parts.filter(isField).map((part) => ({ ...part, name: `${entry.name}.${part.name}` })),
      );
    },
  };
}
