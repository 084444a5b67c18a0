/**
 * Writes (揭榜挂帅) as the page makes them: each with its own idempotency key, its validation
 * errors shown at the field the API names (`extensions.field`) in words chosen by its
 * `extensions.code`, and its receipt followed until the write reaches the member's platform:
 * a PENDING receipt is asked again every second (`writeReceipt`), and since receipts are
 * normalised by member and key, the answer updates the receipt the mutation returned in place.
 */
import { useMutation, useQuery, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { useEffect, useRef, useState } from 'react';
import { RECEIPT_POLL_MS } from '../config';
import { graphql } from '../gql';
import type { ReceiptFragment } from '../gql/graphql';
import { useI18n, type Language } from '../i18n';
import { errorCode, graphQLErrorsOf } from '../partial';

graphql(`
  fragment Receipt on WriteReceipt {
    idempotencyKey
    state
    attempts
    lastError
    nextAttemptAt
    city { ...CityName }
  }
`);

const WriteReceiptDocument = graphql(`
  query WriteReceipt($city: ID!, $idempotencyKey: String!) {
    writeReceipt(city: $city, idempotencyKey: $idempotencyKey) { ...Receipt }
  }
`);

/** What the page says for each error code a write can meet, in both languages. */
const CODE_MESSAGES: Readonly<Record<string, readonly [string, string]>> = {
  UNAUTHENTICATED: ['请先用有效的 API 密钥登录', 'Sign in with a valid API key first'],
  FORBIDDEN: ['贵单位无权进行此操作', 'Your organisation may not do this'],
  DEADLINE_IN_PAST: ['截止日期须晚于今天', 'The deadline must be after today'],
  REWARD_OUT_OF_RANGE: ['榜额须为 1,000 至 100,000,000 元的整数', 'The reward must be whole yuan from 1,000 to 100,000,000'],
  CHALLENGE_NOT_OPEN: ['该榜单已不在揭榜期', 'The challenge is no longer open'],
  ALREADY_APPLIED: ['贵单位已揭过此榜', 'Your organisation has applied already'],
  INVALID_STATE: ['当前状态不允许此操作', 'Not possible in the current state'],
  WRITE_PENDING: ['记录尚未送达平台，请稍后再试', 'The record has not reached its platform yet; try again shortly'],
  IDEMPOTENCY_KEY_REUSED: ['重复的请求', 'A repeated request'],
  CITY_UNAVAILABLE: ['该成员暂时无法接收，请稍后重试（将使用同一请求，不会重复提交）', 'The member cannot take it now; try again (the same request, never a duplicate)'],
  BAD_USER_INPUT: ['请检查此项', 'Please check this'],
};

/** Words for a refusal where the field alone says more than the code (publishing outside one's own member). */
const FIELD_MESSAGES: Readonly<Record<string, readonly [string, string]>> = {
  'FORBIDDEN input.city': ['只能在本单位所属的成员城市发榜', 'You publish in your own member city only'],
};

export interface WriteProblem {
  code: string;
  /** The input field the API names, without `input.` (e.g. `title`, `contact.phone`); absent for the write as a whole. */
  field?: string;
  /** In the page's language. */
  message: string;
  /** The API's own message, shown beside it for detail. */
  detail: string;
}

export function writeProblem(error: GraphQLFormattedError, language: Language): WriteProblem {
  const code = errorCode(error) ?? 'INTERNAL_SERVER_ERROR';
  const field = typeof error.extensions?.['field'] === 'string' ? (error.extensions['field'] as string) : undefined;
  const words = FIELD_MESSAGES[`${code} ${field}`] ?? CODE_MESSAGES[code];
  return {
    code,
    field: field?.replace(/^input\./, ''),
    message: words ? words[language === 'zh' ? 0 : 1] : error.message,
    detail: error.message,
  };
}

/** A fresh idempotency key (crypto.randomUUID needs a secure context; a LAN address over http is not one). */
function newIdempotencyKey(): string {
  return `web-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A mutation with an idempotency key and its problems. A write the member could not take
 * (CITY_UNAVAILABLE) is retried with the same key, so it is never made twice; any other
 * attempt gets a new key.
 */
export function useWrite<Data, Variables extends OperationVariables & { idempotencyKey: string }>(document: TypedDocumentNode<Data, Variables>) {
  const { language } = useI18n();
  const [mutate, { loading }] = useMutation(document);
  const [problems, setProblems] = useState<WriteProblem[]>([]);
  const key = useRef<string | null>(null);
  const run = async (variables: Omit<Variables, 'idempotencyKey'>): Promise<Data | undefined> => {
    const idempotencyKey = key.current ?? newIdempotencyKey();
    key.current = idempotencyKey;
    try {
      const result = await mutate({ variables: { ...variables, idempotencyKey } as unknown as Variables });
      const found = (result.errors ?? []).map((error) => writeProblem(error, language));
      setProblems(found);
      if (!found.some((problem) => problem.code === 'CITY_UNAVAILABLE')) key.current = null;
      return found.length === 0 ? (result.data ?? undefined) : undefined;
    } catch (error) {
      // A refusal before execution (HTTP 400: variables that do not fit the schema) arrives as a network error.
      const found = graphQLErrorsOf(error as never).map((problem) => writeProblem(problem, language));
      setProblems(found.length > 0 ? found : [{ code: 'NETWORK', message: String(error), detail: String(error) }]);
      key.current = null;
      return undefined;
    }
  };
  return { run, problems, loading };
}

/** The problem at one form field, shown under it. */
export function FieldProblem({ problems, field }: { problems: readonly WriteProblem[]; field: string }) {
  const problem = problems.find((candidate) => candidate.field === field);
  if (!problem) return null;
  return (
    <span className="field-error" role="alert" data-field={field} data-code={problem.code} title={problem.detail}>
      {problem.message}
      {problem.code === 'BAD_USER_INPUT' && <> — {problem.detail}</>}
    </span>
  );
}

/** Problems no field of the form shows (the write as a whole, or a field the form does not have). */
export function FormProblems({ problems, fields }: { problems: readonly WriteProblem[]; fields: readonly string[] }) {
  const rest = problems.filter((problem) => !problem.field || !fields.includes(problem.field));
  if (rest.length === 0) return null;
  return (
    <div className="form-error" role="alert">
      {rest.map((problem, index) => (
        <p key={index} data-code={problem.code} title={problem.detail}>
          {problem.message}
          {(problem.code === 'BAD_USER_INPUT' || !CODE_MESSAGES[problem.code]) && <> — {problem.detail}</>}
        </p>
      ))}
    </div>
  );
}

/** Where a write stands; while PENDING it asks again until the write is delivered or fails (callers key it by the write's idempotency key). */
export function ReceiptView({ receipt }: { receipt: ReceiptFragment }) {
  const { t, cityName } = useI18n();
  const [latest, setLatest] = useState<ReceiptFragment>(receipt);
  const { data } = useQuery(WriteReceiptDocument, {
    variables: { city: receipt.city.slug, idempotencyKey: receipt.idempotencyKey },
    // Polling stops once the latest answer is no longer PENDING.
    skip: latest.state !== 'PENDING',
    pollInterval: RECEIPT_POLL_MS,
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    if (data?.writeReceipt) setLatest(data.writeReceipt);
  }, [data]);
  const current = latest;
  const city = cityName(current.city);
  return (
    <p className={`receipt receipt-${current.state.toLowerCase()}`} role="status" data-testid="receipt" data-state={current.state}>
      {current.state === 'PENDING' && t('writePending', { city })}
      {current.state === 'DELIVERED' && t('writeDelivered', { city })}
      {current.state === 'FAILED' && t('writeFailed', { reason: current.lastError ?? '' })}
      {current.attempts > 1 && <span className="muted"> · {t('writeAttempts', { attempts: current.attempts })}</span>}
    </p>
  );
}
