/**
 * Metrics, logs and traces of the hub's real processes (the separate-process corridor, one OS
 * process per part), as an operator's Prometheus, log pipeline and trace collector see them:
 * /metrics is scraped over loopback before and after traffic and its series must move; one
 * request's trace id is found in the gateway's, the corridor's and a city subgraph's log lines
 * and in the spans they export over OTLP; no line holds a key, the hub secret or an applicant's
 * contact. The alert rules and the dashboard may name only metrics the processes export.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoKey } from '../../sandbox/identities.js';
import { eventually, query } from '../e2e/helpers.js';
import { startSeparateCorridor, type ProcessName, type SeparateCorridor } from '../processes/harness.js';

const REPOSITORY = join(import.meta.dirname, '../..');
const METRICS_TOKEN = randomBytes(24).toString('hex');
const PUBLISHER = { authorization: `Bearer ${demoKey('org-nanjing-zijinshan')}` };
const APPLICANT = { authorization: `Bearer ${demoKey('org-suzhou-nano-packaging')}` };
const CONTACT = { name: '测试联系人甲乙', phone: '0512-61234567' };
/** The trace the test's own request starts: every process it reaches must log and export this id. */
const TRACE_ID = randomBytes(16).toString('hex');
const traceparent = (spanId: string) => `00-${TRACE_ID}-${spanId}-01`;

/** A minimal OTLP/HTTP collector: keeps the JSON trace exports it receives. */
interface ExportedSpan {
  service: string;
  traceId: string;
  name: string;
}
function startCollector(): Promise<{ server: Server; url: string; spans: ExportedSpan[] }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((incoming, answer) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: { traceId: string; name: string }[] }[] }[];
      };
      for (const { resource, scopeSpans } of body.resourceSpans) {
        const service = resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '';
        for (const scope of scopeSpans) for (const span of scope.spans) spans.push({ service, traceId: span.traceId, name: span.name });
      }
      answer.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans })));
}

type Samples = Map<string, number>;

/** The exposition text's samples by `name{labels}`, and the metric names its TYPE lines declare. */
function parseExposition(text: string): { samples: Samples; names: Set<string> } {
  const samples: Samples = new Map();
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const declared = /^# TYPE (\S+) /.exec(line);
    if (declared) names.add(declared[1]!);
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return { samples, names };
}

/** Scrapes with the operator's token, another token, or none (null). */
async function scrape(baseUrl: string, token: string | null = METRICS_TOKEN): Promise<{ status: number; text: string }> {
  const response = await request(`${baseUrl}/metrics`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
  return { status: response.statusCode, text: await response.body.text() };
}

/** The sum of every sample of `metric` whose labels include all of `labels`. */
function total(samples: Samples, metric: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const [series, value] of samples) {
    if (!series.startsWith(`${metric}{`) && series !== metric) continue;
    if (Object.entries(labels).every(([name, expected]) => series.includes(`${name}="${expected}"`))) sum += value;
  }
  return sum;
}

describe('metrics, logs and traces of the running processes', () => {
  let corridor: SeparateCorridor;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  const before = new Map<string, Samples>();
  const after = new Map<string, Samples>();
  const exported = new Set<string>();
  let parts: Record<'gateway' | 'corridor' | 'nanjing', string>;

  beforeAll(async () => {
    collector = await startCollector();
    corridor = await startSeparateCorridor({
      env: { METRICS_TOKEN, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '200', LOG_LEVEL: 'info' },
    });
    parts = { gateway: corridor.gatewayUrl, corridor: corridor.corridorUrl, nanjing: corridor.cityUrl('nanjing') };
    for (const [part, url] of Object.entries(parts)) before.set(part, parseExposition((await scrape(url)).text).samples);

    // Traffic: a named list, a refused probe, a write whose application carries a contact.
    const list = await query(corridor.graphqlUrl, 'query CorridorChallenges { challenges(first: 5) { totalCount edges { node { id title } } } }', {}, { traceparent: traceparent('00f067aa0ba902b7') });
    expect(list.errors).toBeUndefined();
    const refused = await query(corridor.graphqlUrl, '{ challenges(first: 100) { edges { node { ... on Challenge { matchingCarriers(first: 50) { carrier { openChallenges(first: 50) { challenge { id } } } } } } } } }');
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    const published = await query(
      corridor.graphqlUrl,
      `mutation { publishChallenge(idempotencyKey: "ops-observability-publish", input: { city: "nanjing", title: "可观测性测试：低功耗毫米波雷达芯片攻关", description: "研制低功耗毫米波雷达芯片，用于检验运维指标与日志。",
         publisherKind: RESEARCH_INSTITUTE, industries: [INTEGRATED_CIRCUITS], technicalField: "射频芯片", rewardYuan: 500000, deadline: "2028-03-31", requirements: "具备毫米波测试条件" }) { receipt { state } challenge { id } } }`,
      {},
      PUBLISHER,
    );
    expect(published.errors).toBeUndefined();
    const challengeId = (published.data?.['publishChallenge'] as { challenge: { id: string } }).challenge.id;
    const applied = await query(
      corridor.graphqlUrl,
      `mutation Apply($input: ApplyToChallengeInput!) { applyToChallenge(idempotencyKey: "ops-observability-apply", input: $input) { receipt { state } } }`,
      { input: { challengeId, proposal: '采用晶圆级扇出封装与低损耗介质集成天线阵列，十八个月完成样片与测试验证。', contact: CONTACT } },
      { ...APPLICANT, traceparent: traceparent('b7ad6b7169203331') },
    );
    expect(applied.errors).toBeUndefined();

    // A sync runs by itself every second; the series it moves are read once one has run since the traffic.
    const syncs = async () => total(parseExposition((await scrape(parts.corridor)).text).samples, 'hub_sync_runs_total', { city: 'nanjing', outcome: 'success' });
    const syncsBefore = total(before.get('corridor')!, 'hub_sync_runs_total', { city: 'nanjing', outcome: 'success' });
    await eventually(async () => (await syncs()) > syncsBefore);
    for (const [part, url] of Object.entries(parts)) {
      const { samples, names } = parseExposition((await scrape(url)).text);
      after.set(part, samples);
      for (const name of names) exported.add(name);
    }
  }, 240_000);

  afterAll(async () => {
    await corridor?.close();
    await new Promise((closed) => collector?.server.close(closed));
  });

  it('serves /metrics only with the bearer token, on the gateway and on a subgraph port alike', async () => {
    for (const url of [corridor.gatewayUrl, corridor.cityUrl('nanjing')]) {
      const refused = await scrape(url, null);
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('METRICS_UNAUTHORIZED');
      expect((await scrape(url, 'not-the-metrics-token-at-all')).status).toBe(401);
    }
  });

  it("moves the gateway's request, refusal, subgraph-fetch and response-cache series", () => {
    const [was, is] = [before.get('gateway')!, after.get('gateway')!];
    const moved = (metric: string, labels: Record<string, string> = {}) => total(is, metric, labels) - total(was, metric, labels);
    expect(moved('hub_graphql_requests_total', { operation: 'CorridorChallenges', outcome: 'success' })).toBe(1);
    expect(moved('hub_graphql_request_duration_seconds_count', { operation: 'CorridorChallenges' })).toBe(1);
    expect(moved('hub_refusals_total', { service: 'gateway', code: 'QUERY_TOO_COMPLEX' })).toBe(1);
    expect(moved('hub_graphql_requests_total', { outcome: 'refused' })).toBe(1);
    expect(moved('hub_subgraph_fetches_total', { subgraph: 'corridor', outcome: 'success' })).toBeGreaterThanOrEqual(3);
    expect(moved('hub_subgraph_fetch_duration_seconds_count')).toBeGreaterThanOrEqual(3);
    expect(moved('hub_cache_lookups_total', { cache: 'response', result: 'miss' })).toBeGreaterThanOrEqual(1);
  });

  it("moves the corridor's sync series and reports each member's state, records and lag", () => {
    const [was, is] = [before.get('corridor')!, after.get('corridor')!];
    expect(total(is, 'hub_sync_runs_total', { city: 'nanjing', outcome: 'success' })).toBeGreaterThan(total(was, 'hub_sync_runs_total', { city: 'nanjing', outcome: 'success' }));
    expect(total(is, 'hub_member_state', { city: 'nanjing', state: 'UP' })).toBe(1);
    expect(total(is, 'hub_index_records', { city: 'nanjing' })).toBeGreaterThan(0);
    expect(total(is, 'hub_sync_interval_seconds')).toBe(1);
    expect(total(is, 'hub_sync_lag_seconds', { city: 'nanjing' })).toBeLessThan(10);
    expect(total(is, 'hub_sync_last_success_timestamp_seconds', { city: 'nanjing' })).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(is.has('hub_quarantined_records{city="nanjing"}')).toBe(true);
  });

  it("moves a city's platform-call, outbox and entity-cache series and reports its circuit and outbox state", () => {
    const [was, is] = [before.get('nanjing')!, after.get('nanjing')!];
    const moved = (metric: string, labels: Record<string, string> = {}) => total(is, metric, labels) - total(was, metric, labels);
    expect(moved('hub_platform_calls_total', { city: 'nanjing', outcome: 'success' })).toBeGreaterThanOrEqual(2);
    expect(moved('hub_platform_call_duration_seconds_count', { city: 'nanjing' })).toBeGreaterThanOrEqual(2);
    // Both writes were delivered while their requests waited.
    expect(moved('hub_outbox_deliveries_total', { city: 'nanjing', outcome: 'delivered' })).toBe(2);
    expect(total(is, 'hub_outbox_pending_writes', { city: 'nanjing' })).toBe(0);
    expect(total(is, 'hub_outbox_oldest_pending_age_seconds', { city: 'nanjing' })).toBe(0);
    expect(total(is, 'hub_platform_circuit_state', { city: 'nanjing' })).toBe(0);
    expect([...is.keys()].some((series) => /^hub_platform_calls_total\{.*route="POST \/api\/jbgs\/jb"/.test(series))).toBe(true);
    expect(moved('hub_cache_lookups_total', { cache: 'entity' })).toBeGreaterThanOrEqual(0);
  });

  it('finds the request id of one request in the gateway, corridor and city subgraph log lines, with the platform call it made', () => {
    const linesWithTrace = (name: ProcessName) => corridor.output(name).split('\n').filter((line) => line.includes(TRACE_ID)).map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const name of ['gateway', 'corridor', 'city:nanjing'] as const) {
      const lines = linesWithTrace(name);
      expect(lines.length, `${name} logged nothing of trace ${TRACE_ID}:\n${corridor.output(name)}`).toBeGreaterThan(0);
      expect(lines.every((line) => line['trace_id'] === TRACE_ID && line['msg'] === 'request answered')).toBe(true);
    }
    expect(linesWithTrace('city:nanjing').some((line) => line['route'] === '/internal/writes')).toBe(true);
  });

  it('exports the spans of that request over OTLP from every process it crossed, down to the platform call', async () => {
    const inTrace = () => collector.spans.filter((span) => span.traceId === TRACE_ID);
    const platformCall = () => inTrace().some((span) => span.service === 'city:nanjing' && span.name === 'platform POST /api/jbgs/jb');
    // Each process sends its finished spans every OTEL_BSP_SCHEDULE_DELAY (200 ms here).
    for (let waited = 0; waited < 10_000 && !platformCall(); waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...new Set(inTrace().map((span) => span.service))]).toEqual(expect.arrayContaining(['city:nanjing', 'corridor', 'gateway']));
    expect(platformCall(), JSON.stringify(inTrace())).toBe(true);
  });

  it('writes no API key, hub secret, metrics token or applicant contact in any line of any process', () => {
    const secrets = [demoKey('org-nanjing-zijinshan'), demoKey('org-suzhou-nano-packaging'), corridor.hubSecret, METRICS_TOKEN, CONTACT.phone, CONTACT.name];
    for (const name of ['gateway', 'corridor', 'platforms', 'city:nanjing', 'city:suzhou'] as const) {
      const output = corridor.output(name);
      for (const secret of secrets) expect(output.includes(secret), `${name} logged ${secret}`).toBe(false);
    }
  });

  it('names in its alert rules and dashboard only metrics the processes export', () => {
    const alerts = parse(readFileSync(join(REPOSITORY, 'deploy/prometheus/alerts.yaml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] };
    const dashboard = JSON.parse(readFileSync(join(REPOSITORY, 'deploy/grafana/dashboards/corridor-hub.json'), 'utf8')) as { panels: { targets: { expr: string }[] }[] };
    const expressions = [...alerts.groups.flatMap((group) => group.rules.map((rule) => rule.expr)), ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr))];
    const referenced = new Set(expressions.flatMap((expression) => [...expression.matchAll(/\b((?:hub|process|nodejs)_[a-z_]+)\b/g)].map((match) => match[1]!.replace(/_(bucket|sum|count)$/, ''))));
    expect(referenced.size).toBeGreaterThan(10);
    expect([...referenced].filter((name) => !exported.has(name))).toEqual([]);
    const rules = alerts.groups.flatMap((group) => group.rules);
    expect(rules.find((rule) => rule.alert === 'CorridorMemberDown')).toMatchObject({ for: '5m' });
    expect(rules.find((rule) => rule.alert === 'CorridorOutboxStuck')?.expr).toContain('> 600');
    expect(rules.find((rule) => rule.alert === 'CorridorSyncLagging')?.expr).toContain('3 * scalar(max(hub_sync_interval_seconds))');
  });
});
