/**
 * `npm run deploy:files`: writes the deployment files from the member registry, so a member
 * added as a folder (members/<slug>/) is deployed like the others with no list edited by hand:
 *
 * - deploy/compose.yaml: the gateway, the corridor, one city subgraph per member, PostgreSQL and
 *   Redis, each with a health check (and Prometheus and Grafana under the `monitoring` profile);
 * - deploy/kubernetes/hub.yaml: a Deployment, a Service and (for the parts with files) a volume
 *   claim per part, probes on /health, variables from the `corridor-hub-secrets` Secret and the
 *   `corridor-hub-settings` ConfigMap (deploy/kubernetes/settings.example.yaml shows both);
 * - deploy/prometheus/prometheus.yml: the scrape targets of the compose deployment.
 *
 * Each part's variables are described once (`environmentOf`) and written in each file's own way.
 * tests/ops/deploy-files.test.ts fails when the committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { portalUrlVariable, recordUrlVariable } from '../schema/member-links.js';
import { platformCredentialsVariable, platformUrlVariable } from '../schema/member.js';
import { MEMBERS, type Member } from '../schema/registry.js';
import { CORRIDOR_DEFAULT_PORT, HEALTH_PATH, METRICS_PATH, citySubgraphUrlVariable } from '../schema/wire.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DEPLOY_FILES = {
  compose: 'deploy/compose.yaml',
  kubernetes: 'deploy/kubernetes/hub.yaml',
  kubernetesSettings: 'deploy/kubernetes/settings.example.yaml',
  prometheus: 'deploy/prometheus/prometheus.yml',
} as const;

const IMAGE = 'corridor-hub:latest';
const GATEWAY_PORT = 4000;
const DATA_FOLDER = '/data';
/** Where the API key file is mounted: a compose secret and a Kubernetes Secret volume alike. */
const API_KEYS_PATH = '/run/secrets/api-keys.json';
const SECRETS = 'corridor-hub-secrets';
const SETTINGS = 'corridor-hub-settings';
const KEYS_SECRET = 'corridor-hub-api-keys';

/** Where a variable's value comes from, in every kind of deployment. */
type Value =
  /** The same in every deployment (ports, paths, the other parts' service names). */
  | { literal: string }
  /** A secret of the operator's (compose: from `.env`; Kubernetes: the Secret). */
  | { secret: string; optional?: boolean }
  /** A setting of the operator's (compose: from `.env`; Kubernetes: the ConfigMap). */
  | { setting: string; optional?: boolean; why: string }
  /** A shared store: the compose deployment's own service, the operator's server in Kubernetes (a secret URL). */
  | { store: 'postgres' | 'redis' };

type Environment = [name: string, value: Value][];

export type Part = { role: 'gateway' } | { role: 'corridor' } | { role: 'city'; member: Member };

export const serviceName = (part: Part) => (part.role === 'city' ? `city-${part.member.slug}` : part.role);
const portOf = (part: Part) => (part.role === 'city' ? part.member.subgraphPort : part.role === 'corridor' ? CORRIDOR_DEFAULT_PORT : GATEWAY_PORT);
const argsOf = (part: Part) => (part.role === 'city' ? ['city', part.member.slug] : [part.role]);
/** A city's probes skip its platform: a member whose platform is down still serves last copies and keeps writes. */
const healthPathOf = (part: Part) => (part.role === 'city' ? `${HEALTH_PATH}?scope=process` : HEALTH_PATH);
const hasData = (part: Part) => part.role !== 'gateway';

export const PARTS: readonly Part[] = [{ role: 'gateway' }, { role: 'corridor' }, ...MEMBERS.map((member) => ({ role: 'city' as const, member }))];

const literal = (value: string | number): Value => ({ literal: String(value) });
const secret = (name: string, optional = false): Value => ({ secret: name, optional });

function citySubgraphUrls(): Environment {
  return MEMBERS.map((member) => [citySubgraphUrlVariable(member), literal(`http://${serviceName({ role: 'city', member })}:${member.subgraphPort}`)]);
}

function memberLinks(member: Member): Environment {
  const why = `${member.slug}'s portal and record pages (the sandbox's when unset)`;
  return [
    [portalUrlVariable(member), { setting: portalUrlVariable(member), optional: true, why }],
    [recordUrlVariable(member), { setting: recordUrlVariable(member), optional: true, why }],
  ];
}

/** Every variable a part is given, in the order the files list them. */
export function environmentOf(part: Part): Environment {
  const common: Environment = [
    ['NODE_ENV', literal('production')],
    ['HOST', literal('0.0.0.0')],
    ['PORT', literal(portOf(part))],
    ['LOG_LEVEL', literal('info')],
    ['HUB_SECRET', secret('HUB_SECRET')],
    ['HUB_SECRET_PREVIOUS', secret('HUB_SECRET_PREVIOUS', true)],
    ['METRICS_TOKEN', secret('METRICS_TOKEN')],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', { setting: 'OTEL_EXPORTER_OTLP_ENDPOINT', optional: true, why: 'traces are exported only when it is set' }],
  ];
  switch (part.role) {
    case 'gateway':
      return [
        ...common,
        ['API_KEYS_FILE', literal(API_KEYS_PATH)],
        ['REQUIRE_API_KEY', { setting: 'REQUIRE_API_KEY', optional: true, why: 'true: every request needs a key' }],
        ['CORS_ORIGINS', { setting: 'CORS_ORIGINS', optional: true, why: 'the browser origins of partner front-ends' }],
        ['REDIS_URL', { store: 'redis' }],
        ['CORRIDOR_SUBGRAPH_URL', literal(`http://corridor:${CORRIDOR_DEFAULT_PORT}`)],
        ...citySubgraphUrls(),
      ];
    case 'corridor':
      return [
        ...common,
        ['CORRIDOR_DB', literal(`${DATA_FOLDER}/corridor.db`)],
        ['SYNC_INTERVAL_MS', literal(30_000)],
        ['ORGANIZATIONS_FILE', literal(API_KEYS_PATH)],
        ['DATABASE_URL', { store: 'postgres' }],
        ['REDIS_URL', { store: 'redis' }],
        ...citySubgraphUrls(),
        ...MEMBERS.flatMap(memberLinks),
      ];
    case 'city': {
      const { member } = part;
      return [
        ...common,
        ['CITY_OUTBOX_DB', literal(`${DATA_FOLDER}/${member.slug}-outbox.db`)],
        ['ORGANIZATIONS_FILE', literal(API_KEYS_PATH)],
        ['DATABASE_URL', { store: 'postgres' }],
        ['REDIS_URL', { store: 'redis' }],
        [platformUrlVariable(member), { setting: platformUrlVariable(member), why: `the URL of ${member.slug}'s platform` }],
        ...(member.platformCredentials.length > 0 ? ([[platformCredentialsVariable(member), secret(platformCredentialsVariable(member))]] satisfies Environment) : []),
        ...memberLinks(member),
      ];
    }
  }
}

// ── docker compose ──────────────────────────────────────────────────────────────────────────

const COMPOSE_STORES = { postgres: 'postgres://corridor:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}@postgres:5432/corridor', redis: 'redis://redis:6379' };

function composeValue(value: Value): string {
  if ('literal' in value) return value.literal;
  if ('store' in value) return COMPOSE_STORES[value.store];
  const name = 'secret' in value ? value.secret : value.setting;
  if (value.optional) return `\${${name}:-}`;
  return `\${${name}:?set ${name} in .env${'why' in value ? `: ${value.why}` : ''}}`;
}

/** The health check every part's container runs: node is all the image has. */
function probeCommand(url: string): string[] {
  return ['CMD', 'node', '-e', `fetch('${url}').then((answer) => process.exit(answer.ok ? 0 : 1), () => process.exit(1))`];
}

function composeService(part: Part) {
  const name = serviceName(part);
  return {
    image: IMAGE,
    command: argsOf(part),
    restart: 'unless-stopped',
    environment: Object.fromEntries(environmentOf(part).map(([variable, value]) => [variable, composeValue(value)])),
    secrets: ['api-keys.json'],
    ...(hasData(part) && { volumes: [`${name}-data:${DATA_FOLDER}`] }),
    ...(part.role === 'gateway' && { ports: [`${GATEWAY_PORT}:${GATEWAY_PORT}`] }),
    depends_on: Object.fromEntries((part.role === 'gateway' ? ['redis'] : ['postgres', 'redis']).map((store) => [store, { condition: 'service_healthy' }])),
    healthcheck: { test: probeCommand(`http://127.0.0.1:${portOf(part)}${healthPathOf(part)}`), interval: '10s', timeout: '3s', retries: 3, start_period: '20s' },
  };
}

export function composeFile() {
  return {
    name: 'corridor-hub',
    services: {
      ...Object.fromEntries(PARTS.map((part) => [serviceName(part), composeService(part)])),
      postgres: {
        image: 'postgres:16-alpine',
        restart: 'unless-stopped',
        environment: { POSTGRES_USER: 'corridor', POSTGRES_DB: 'corridor', POSTGRES_PASSWORD: '${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}' },
        volumes: ['postgres-data:/var/lib/postgresql/data'],
        healthcheck: { test: ['CMD', 'pg_isready', '-U', 'corridor', '-d', 'corridor'], interval: '5s', timeout: '3s', retries: 10 },
      },
      redis: {
        image: 'redis:7-alpine',
        restart: 'unless-stopped',
        command: ['redis-server', '--appendonly', 'yes'],
        volumes: ['redis-data:/data'],
        healthcheck: { test: ['CMD', 'redis-cli', 'ping'], interval: '5s', timeout: '3s', retries: 10 },
      },
      prometheus: {
        image: 'prom/prometheus:v2.55.1',
        profiles: ['monitoring'],
        volumes: ['./prometheus:/etc/prometheus:ro'],
        secrets: ['metrics-token'],
        ports: ['9090:9090'],
      },
      grafana: {
        image: 'grafana/grafana:11.3.0',
        profiles: ['monitoring'],
        volumes: ['./grafana/provisioning:/etc/grafana/provisioning:ro', './grafana/dashboards:/var/lib/grafana/dashboards:ro'],
        ports: ['3000:3000'],
        depends_on: ['prometheus'],
      },
    },
    secrets: { 'api-keys.json': { file: './secrets/api-keys.json' }, 'metrics-token': { file: './secrets/metrics-token' } },
    volumes: Object.fromEntries([...PARTS.filter(hasData).map((part) => `${serviceName(part)}-data`), 'postgres-data', 'redis-data'].map((volume) => [volume, {}])),
  };
}

// ── Kubernetes ──────────────────────────────────────────────────────────────────────────────

function kubernetesValue(name: string, value: Value) {
  if ('literal' in value) return { name, value: value.literal };
  if ('setting' in value) return { name, valueFrom: { configMapKeyRef: { name: SETTINGS, key: value.setting, optional: value.optional ?? false } } };
  const key = 'secret' in value ? value.secret : value.store === 'postgres' ? 'DATABASE_URL' : 'REDIS_URL';
  return { name, valueFrom: { secretKeyRef: { name: SECRETS, key, optional: 'secret' in value ? (value.optional ?? false) : false } } };
}

const labelsOf = (part: Part) => ({ 'app.kubernetes.io/name': 'corridor-hub', 'app.kubernetes.io/component': serviceName(part) });

function kubernetesObjects(part: Part): object[] {
  const name = serviceName(part);
  const labels = labelsOf(part);
  const port = portOf(part);
  const probe = (periodSeconds: number, failureThreshold: number) => ({ httpGet: { path: healthPathOf(part), port: 'http' }, periodSeconds, failureThreshold, timeoutSeconds: 3 });
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      // The read index and the outbox are SQLite files on the part's volume (one writer) until DATABASE_URL is read.
      replicas: part.role === 'gateway' ? 2 : 1,
      ...(hasData(part) && { strategy: { type: 'Recreate' } }),
      selector: { matchLabels: labels },
      template: {
        metadata: { labels, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(port), 'prometheus.io/path': METRICS_PATH } },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 },
          containers: [
            {
              name,
              image: IMAGE,
              args: argsOf(part),
              ports: [{ name: 'http', containerPort: port }],
              env: environmentOf(part).map(([variable, value]) => kubernetesValue(variable, value)),
              readinessProbe: probe(5, 3),
              livenessProbe: { ...probe(10, 6), initialDelaySeconds: 20 },
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: part.role === 'city' ? '768Mi' : '1Gi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'api-keys', mountPath: '/run/secrets', readOnly: true }, ...(hasData(part) ? [{ name: 'data', mountPath: DATA_FOLDER }] : []), { name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [
            { name: 'api-keys', secret: { secretName: KEYS_SECRET } },
            ...(hasData(part) ? [{ name: 'data', persistentVolumeClaim: { claimName: `${name}-data` } }] : []),
            { name: 'tmp', emptyDir: {} },
          ],
        },
      },
    },
  };
  const service = { apiVersion: 'v1', kind: 'Service', metadata: { name, labels }, spec: { selector: labels, ports: [{ name: 'http', port, targetPort: 'http' }] } };
  const claim = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: `${name}-data`, labels }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: part.role === 'corridor' ? '5Gi' : '1Gi' } } } };
  return [deployment, service, ...(hasData(part) ? [claim] : [])];
}

export function kubernetesFile(): object[] {
  return PARTS.flatMap(kubernetesObjects);
}

/** The Secret and ConfigMap the manifests read, every key with a placeholder (never a real value in the repository). */
export function kubernetesSettingsFile(): object[] {
  const values = PARTS.flatMap(environmentOf).map(([, value]) => value);
  const keys = (pick: (value: Value) => string | undefined) => [...new Set(values.map(pick).filter((key): key is string => key !== undefined))];
  const secretKeys = [...keys((value) => ('secret' in value ? value.secret : undefined)), 'DATABASE_URL', 'REDIS_URL'];
  const settingKeys = keys((value) => ('setting' in value ? value.setting : undefined));
  return [
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: SECRETS }, type: 'Opaque', stringData: Object.fromEntries(secretKeys.map((key) => [key, `<${key}>`])) },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: KEYS_SECRET }, type: 'Opaque', stringData: { 'api-keys.json': '[]' } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: SETTINGS }, data: Object.fromEntries(settingKeys.map((key) => [key, `<${key}>`])) },
  ];
}

// ── Prometheus ──────────────────────────────────────────────────────────────────────────────

export function prometheusFile() {
  return {
    global: { scrape_interval: '15s', evaluation_interval: '15s' },
    rule_files: ['alerts.yaml'],
    scrape_configs: [
      {
        job_name: 'corridor-hub',
        metrics_path: METRICS_PATH,
        // The hub's METRICS_TOKEN, as a compose secret file.
        authorization: { type: 'Bearer', credentials_file: '/run/secrets/metrics-token' },
        static_configs: PARTS.map((part) => ({ targets: [`${serviceName(part)}:${portOf(part)}`], labels: { part: serviceName(part) } })),
      },
    ],
  };
}

const HEADER = '# Written by `npm run deploy:files` (ops/deploy-files.ts) from the member registry: edit that, not this.\n';

/** Each file's text, as committed. */
export function deployFileTexts(): Record<(typeof DEPLOY_FILES)[keyof typeof DEPLOY_FILES], string> {
  const documents = (objects: object[]) => objects.map((object) => stringify(object, { lineWidth: 0 })).join('---\n');
  return {
    [DEPLOY_FILES.compose]: HEADER + stringify(composeFile(), { lineWidth: 0 }),
    [DEPLOY_FILES.kubernetes]: HEADER + documents(kubernetesFile()),
    [DEPLOY_FILES.kubernetesSettings]: `${HEADER}# Replace every <…> (never commit real values); apply with kubectl apply -f, or create the same keys with kubectl create secret.\n${documents(kubernetesSettingsFile())}`,
    [DEPLOY_FILES.prometheus]: HEADER + stringify(prometheusFile(), { lineWidth: 0 }),
  };
}

const runAsScript = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (runAsScript) {
  for (const [path, text] of Object.entries(deployFileTexts())) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), text);
    console.log(`wrote ${path}`);
  }
}
