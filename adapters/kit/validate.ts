/**
 * The contract as runtime checks. Every record an adapter maps passes through here before it
 * leaves the adapter; one that does not fit is quarantined with its reason instead. Records a
 * write answered with are checked the same way, but a misfit there is the platform's failure.
 */
import { z } from 'zod';
import {
  ENTITY_KINDS,
  POLICY_CATEGORY,
  TRANSFER_MODE,
  parseGlobalId,
  type EntityKind,
  type RecordByKind,
  type ApplicationRecord,
  type AnyRecord,
} from '../../schema/contract.js';
import { FIELD_VOCABULARIES, RECORD_FIELDS, type FieldShape, type FieldType, type TableKind, type VocabularyName } from '../../schema/record-fields.js';
import { isJumpUrl, recordUrl } from '../../schema/member-links.js';
import type { Member } from '../../schema/member.js';
import type { ListResult } from './adapter.js';
import { PlatformError } from './errors.js';
import { MappingError } from './parse.js';
import { splitWriteMarker } from './write-marker.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/, 'expected YYYY-MM-DDTHH:mm:ss+08:00');
const text = z.string().trim().min(1, 'must not be empty');
const enumOf = <V extends string>(vocabulary: { values: V[] }) => z.enum(vocabulary.values as [V, ...V[]]);
const distinct = <T extends z.ZodTypeAny>(item: T) =>
  z.array(item).refine((values) => new Set(values).size === values.length, 'must not repeat values');
const yuan = z.number().int().nonnegative().nullable();
const contact = z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }).strict();
const globalIdOf = (kind: string) => z.string().refine((id) => parseGlobalId(id)?.kind === kind, `must be a ${kind} global id`);

/** The check of each field type of schema/record-fields.ts. */
function fieldSchema(kind: string, type: FieldType): z.ZodTypeAny {
  switch (type) {
    case 'id': return globalIdOf(kind);
    case 'challengeRef': return globalIdOf('challenge');
    case 'text': return text;
    case 'optionalText': return z.string().min(1).nullable();
    case 'number': return z.number().nonnegative();
    case 'optionalNumber': return z.number().nonnegative().nullable();
    case 'date': return isoDate;
    case 'optionalDate': return isoDate.nullable();
    case 'dateTime': return isoDateTime;
    case 'money': return yuan;
    case 'list': return distinct(text);
    case 'members': return distinct(text).min(1);
  }
  const [arity, name] = type.split(':') as ['one' | 'many', VocabularyName];
  const values = enumOf(FIELD_VOCABULARIES[name] as { values: string[] });
  return arity === 'one' ? values : distinct(values);
}

/** Checks a field type cannot say: ranges, counts, and how fields relate. */
const SHAPES: Readonly<Record<string, z.ZodTypeAny>> = {
  location: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict(),
  contact,
};

function recordSchema(kind: TableKind): z.ZodObject {
  const fields = Object.fromEntries(
    Object.entries(RECORD_FIELDS[kind] as FieldShape).map(([name, type]) => [name, typeof type === 'object' ? SHAPES[name]! : fieldSchema(kind, type)]),
  );
  // The member is the hub's (not a platform field), the marker travels in a title or proposal.
  const hub = kind === 'application' ? {} : { city: text };
  const marked = kind === 'challenge' || kind === 'application' ? { writeMarker: z.string().optional() } : {};
  return z.object({ ...fields, ...hub, ...marked }).strict();
}

const TIGHTER: { readonly [K in EntityKind]?: (schema: z.ZodObject) => z.ZodTypeAny } = {
  policy: (schema) => schema.extend({ categories: distinct(enumOf(POLICY_CATEGORY)).min(1) }),
  carrier: (schema) =>
    schema
      .extend({ services: z.array(text) })
      .refine((carrier) => (carrier.freeArea as number) <= (carrier.floorArea as number), { message: 'freeArea exceeds floorArea', path: ['freeArea'] }),
  challenge: (schema) => schema.extend({ applicationCount: z.number().int().nonnegative() }),
  achievement: (schema) => schema.extend({ trl: z.number().int().min(1).max(9).nullable(), transferModes: distinct(enumOf(TRANSFER_MODE)).min(1) }),
  financeProduct: (schema) =>
    schema
      .extend({ termMonths: z.number().int().positive().nullable() })
      .refine((product) => product.minAmountYuan === null || product.maxAmountYuan === null || (product.minAmountYuan as number) <= (product.maxAmountYuan as number), {
        message: 'minAmountYuan exceeds maxAmountYuan',
        path: ['minAmountYuan'],
      }),
  talentService: (schema) => schema.extend({ capacity: z.number().int().nonnegative().nullable() }),
};

export const RECORD_SCHEMAS = Object.fromEntries(
  ENTITY_KINDS.map((kind) => {
    const schema = recordSchema(kind).extend({ url: z.url(), tags: distinct(z.string().min(1)) });
    return [kind, TIGHTER[kind]?.(schema) ?? schema];
  }),
) as { readonly [K in EntityKind]: z.ZodTypeAny };

export const APPLICATION_SCHEMA = recordSchema('application');

/** How a dialect reads its native records (`N`) into the contract. */
export interface RecordReader<N> {
  /** The platform's id of a native record, when it is readable (the quarantine names it). */
  localIdOf(native: N): string | null;
  readonly records: { readonly [K in EntityKind]: (city: string, native: N) => RecordByKind[K] };
  application(city: string, native: N): ApplicationRecord;
}

/** A native record that did not fit the contract, kept with the reason. */
export interface QuarantinedRecord {
  city: string;
  kind: EntityKind;
  /** The platform's id for the record, when it could be read. */
  localId: string | null;
  reason: string;
  /** The marker of the hub write that created it, when its text carried one: the write did reach the platform. */
  writeMarker?: string;
}

/** A challenge's title or an application's proposal without the hub's write marker, which moves to `writeMarker`. */
function withoutMarker<R extends AnyRecord | ApplicationRecord>(record: R): R {
  const field = 'title' in record && 'applicationCount' in record ? 'title' : 'proposal' in record ? 'proposal' : undefined;
  const value: unknown = field && (record as unknown as Record<string, unknown>)[field];
  if (field === undefined || typeof value !== 'string') return record;
  const { text, marker } = splitWriteMarker(value);
  return marker === undefined ? record : { ...record, [field]: text, writeMarker: marker };
}

/** The member whose records are admitted: its slug, and its pattern for records without a usable link. */
export type RecordSource = Pick<Member, 'slug' | 'recordUrlPattern'>;

/**
 * The record with a link a caller can open: the platform's own when it is an absolute http(s)
 * URL, otherwise the member's pattern, so a record is not dropped for a bad or relative link.
 */
function withJumpUrl<R extends AnyRecord>(source: RecordSource, kind: EntityKind, record: R): R {
  const localId = parseGlobalId(record.id)?.localId;
  // A record whose id does not read is refused by the schema; its link is no matter then.
  if (isJumpUrl(record.url) || localId === undefined) return record;
  return { ...record, url: recordUrl(source, kind, localId) };
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; ');
}

/** Collects quarantined records over one adapter call. */
export class Quarantine {
  readonly records: QuarantinedRecord[] = [];
  private readonly city: string;

  constructor(private readonly source: RecordSource) {
    this.city = source.slug;
  }

  /**
   * Maps and validates one native record; returns the record, or undefined after quarantining
   * it when mapping threw a MappingError or the result does not fit the contract.
   */
  admit<K extends EntityKind>(kind: K, localId: string | null, map: () => RecordByKind[K]): RecordByKind[K] | undefined {
    let candidate: RecordByKind[K];
    try {
      candidate = withJumpUrl(this.source, kind, withoutMarker(map()));
    } catch (error) {
      if (error instanceof MappingError) {
        this.records.push({ city: this.city, kind, localId, reason: error.message });
        return undefined;
      }
      throw error;
    }
    const result = RECORD_SCHEMAS[kind].safeParse(candidate);
    if (!result.success) {
      const writeMarker = 'writeMarker' in candidate ? candidate.writeMarker : undefined;
      this.records.push({ city: this.city, kind, localId, reason: describe(result.error), ...(writeMarker && { writeMarker }) });
      return undefined;
    }
    return candidate;
  }
}

/** Maps and validates native records of one kind: the records that fit, and the quarantine of the rest. */
export function admitAll<K extends EntityKind, N>(source: RecordSource, kind: K, natives: readonly N[], reader: RecordReader<N>): ListResult<RecordByKind[K]> {
  const quarantine = new Quarantine(source);
  const records = natives.flatMap((native) => quarantine.admit(kind, reader.localIdOf(native), () => reader.records[kind](source.slug, native)) ?? []);
  return { records, quarantined: quarantine.records };
}

/*
 * What a write (or its follow-up read) answered is checked like any record, but a misfit is
 * PLATFORM_BAD_RESPONSE rather than a quarantine: the write went through, and the caller must
 * learn that the platform's answer to it cannot be trusted.
 */

/**
 * A write's answer that arrived but does not fit the contract: the platform probably did the
 * write, so the outbox retries it only a bounded number of times (looking for its marker first).
 */
export class UnreadableAnswer extends PlatformError {
  /** The field that did not fit, e.g. `tags` (the full reason, which may quote platform data, stays in `message`). */
  readonly field: string;

  constructor(city: string, message: string, reason: string) {
    super('PLATFORM_BAD_RESPONSE', message, { city });
    this.field = reason.split(':')[0]!.trim() || 'record';
  }
}

/** Reads part of a write's answer; a MappingError there is PLATFORM_BAD_RESPONSE naming `answer`. */
export function readAnswer<T>(city: string, answer: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof MappingError) throw new UnreadableAnswer(city, `${answer} is unreadable: ${error.message}`, error.message);
    throw error;
  }
}

/** The record a write answered with, mapped and validated against the contract. */
export function answeredRecord<K extends EntityKind, N>(source: RecordSource, kind: K, native: N, reader: RecordReader<N>, answer = `${kind} answer`): RecordByKind[K] {
  const quarantine = new Quarantine(source);
  const record = quarantine.admit(kind, reader.localIdOf(native), () => reader.records[kind](source.slug, native));
  if (!record) {
    const misfit = quarantine.records[0]?.reason ?? 'unknown misfit';
    throw new UnreadableAnswer(source.slug, `${answer} does not fit the contract: ${misfit}`, misfit);
  }
  return record;
}

/** The application a write or a listing answered with, mapped and validated against the contract. */
export function answeredApplication<N>(city: string, native: N, reader: RecordReader<N>, answer = 'application answer'): ApplicationRecord {
  const candidate = readAnswer(city, answer, () => withoutMarker(reader.application(city, native)));
  const result = APPLICATION_SCHEMA.safeParse(candidate);
  if (!result.success) throw new UnreadableAnswer(city, `${answer} does not fit the contract: ${describe(result.error)}`, describe(result.error));
  return candidate;
}
