/**
 * The deployment files cannot be run here (no Docker, no cluster), so they are read: each must
 * be what `npm run deploy:files` writes from the registry, name every member, and give each part
 * the variables it needs. "Needs" is decided by the parts' own configuration code: each
 * service's environment, its placeholders filled in, must start that part's configuration under
 * NODE_ENV=production without an error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { gatewayConfigFromEnv } from '../../gateway/config.js';
import { DEPLOY_FILES, deployFileTexts } from '../../ops/deploy-files.js';
import { MEMBERS, type Member } from '../../schema/registry.js';
import { cityConfigFromEnv } from '../../subgraphs/city/config.js';
import { corridorConfigFromEnv } from '../../subgraphs/corridor/config.js';

const REPOSITORY = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(REPOSITORY, path), 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'deploy-files-'));
const keyFile = join(folder, 'api-keys.json');
writeFileSync(keyFile, '[]');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What an operator would put in `.env`, the Secret or the ConfigMap: a valid value for each kind of variable. */
function placeholderFor(name: string): string {
  if (name.endsWith('_PLATFORM_URL') || name.endsWith('_PORTAL_URL')) return 'https://kjy.example.gov.cn';
  if (name.endsWith('_RECORD_URL')) return 'https://kjy.example.gov.cn/{kinds}/{id}';
  if (name.endsWith('_CREDENTIALS')) return JSON.stringify({ clientId: 'hub', clientSecret: 'placeholder-secret' });
  if (name === 'REQUIRE_API_KEY') return 'true';
  if (name === 'CORS_ORIGINS') return 'https://hub.example.cn';
  if (name === 'OTEL_EXPORTER_OTLP_ENDPOINT') return 'http://otel-collector:4318';
  if (name === 'HUB_SECRET_PREVIOUS') return 'the-previous-secret-being-rotated';
  return 'a-placeholder-value-of-32-characters';
}

/** The part's configuration from an environment: throws, naming the variable, when one it needs is missing or malformed. */
async function configure(service: string, env: NodeJS.ProcessEnv): Promise<void> {
  // The key file is mounted at run time; here it is a file of the test's.
  const withFiles = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, value === '/run/secrets/api-keys.json' ? keyFile : value]));
  if (service === 'gateway') gatewayConfigFromEnv(withFiles);
  else if (service === 'corridor') corridorConfigFromEnv(withFiles);
  else await cityConfigFromEnv(member(service.replace(/^city-/, '')), withFiles);
}

const member = (slug: string): Member => MEMBERS.find((candidate) => candidate.slug === slug)!;
const hubServices = ['gateway', 'corridor', ...MEMBERS.map((entry) => `city-${entry.slug}`)];

describe('the deployment files', () => {
  it('are what npm run deploy:files writes from the registry', () => {
    for (const [path, text] of Object.entries(deployFileTexts())) expect(read(path), `${path} is stale: run npm run deploy:files`).toBe(text);
  });

  describe('compose', () => {
    const compose = parse(read(DEPLOY_FILES.compose)) as { services: Record<string, { environment?: Record<string, string>; healthcheck?: { test: string[] }; command?: string[]; depends_on?: unknown }> };
    /** Compose's interpolation: `${NAME:?…}` and `${NAME:-default}` take the operator's value. */
    const interpolated = (environment: Record<string, string>) =>
      Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, value.replace(/\$\{([A-Z0-9_]+)(:[?-][^}]*)?\}/g, (_all, variable: string) => placeholderFor(variable))]));

    it('runs the gateway, the corridor, a city subgraph per member, PostgreSQL and Redis, each with a health check', () => {
      expect(Object.keys(compose.services)).toEqual(expect.arrayContaining([...hubServices, 'postgres', 'redis']));
      for (const name of [...hubServices, 'postgres', 'redis']) expect(compose.services[name]?.healthcheck?.test.length, name).toBeGreaterThan(1);
      for (const { slug } of MEMBERS) expect(compose.services[`city-${slug}`]?.command).toEqual(['city', slug]);
    });

    it("gives every part the variables its configuration needs in production, and the shared stores' URLs", async () => {
      for (const name of hubServices) {
        const environment = compose.services[name]!.environment!;
        expect(environment['NODE_ENV']).toBe('production');
        expect(environment['HOST']).toBe('0.0.0.0');
        expect(Object.keys(environment)).toEqual(expect.arrayContaining(['HUB_SECRET', 'METRICS_TOKEN', 'REDIS_URL', ...(name === 'gateway' ? [] : ['DATABASE_URL'])]));
        await expect(configure(name, interpolated(environment)), name).resolves.toBeUndefined();
      }
      expect(compose.services['corridor']!.environment!['DATABASE_URL']).toMatch(/^postgres:\/\/corridor:.*@postgres:5432\/corridor$/);
      expect(compose.services['gateway']!.environment!['REDIS_URL']).toBe('redis://redis:6379');
    });

    it("names every member's city subgraph to the gateway and the corridor, and each member's platform to its city", () => {
      for (const { slug, subgraphPort } of MEMBERS) {
        const variable = `CITY_${slug.toUpperCase()}_SUBGRAPH_URL`;
        for (const part of ['gateway', 'corridor']) expect(compose.services[part]!.environment![variable]).toBe(`http://city-${slug}:${subgraphPort}`);
        expect(compose.services[`city-${slug}`]!.environment![`CITY_${slug.toUpperCase()}_PLATFORM_URL`]).toMatch(/^\$\{CITY_[A-Z]+_PLATFORM_URL:\?/);
      }
    });

    it('refuses to start a part whose required variable the operator left out', async () => {
      const environment = interpolated(compose.services['city-nanjing']!.environment!);
      delete environment['CITY_NANJING_PLATFORM_URL'];
      await expect(configure('city-nanjing', environment)).rejects.toThrow(/CITY_NANJING_PLATFORM_URL is not set/);
    });
  });

  describe('Kubernetes', () => {
    type Container = { args: string[]; env: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { key: string } } }[]; readinessProbe: { httpGet: { path: string } }; livenessProbe: { httpGet: { path: string } }; securityContext: { allowPrivilegeEscalation: boolean } };
    type Manifest = { kind: string; metadata: { name: string }; spec: { template: { spec: { securityContext: { runAsNonRoot: boolean }; containers: Container[] } } } };
    const manifests = parseAllDocuments(read(DEPLOY_FILES.kubernetes)).map((document) => document.toJS() as Manifest);
    const settings = parseAllDocuments(read(DEPLOY_FILES.kubernetesSettings)).map((document) => document.toJS() as { kind: string; metadata: { name: string }; stringData?: Record<string, string>; data?: Record<string, string> });
    const deployment = (name: string) => manifests.find((manifest) => manifest.kind === 'Deployment' && manifest.metadata.name === name);

    it('has a Deployment and a Service per part, non-root, with readiness and liveness probes on /health', () => {
      for (const name of hubServices) {
        const found = deployment(name);
        expect(found, name).toBeDefined();
        expect(manifests.some((manifest) => manifest.kind === 'Service' && manifest.metadata.name === name), name).toBe(true);
        const container = found!.spec.template.spec.containers[0]!;
        expect(found!.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
        expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
        for (const probe of [container.readinessProbe, container.livenessProbe]) expect(probe.httpGet.path).toMatch(/^\/health(\?scope=process)?$/);
      }
    });

    it('takes HUB_SECRET, the metrics token, the stores and credentials from the Secret, and starts every part with the example settings filled in', async () => {
      const secret = settings.find((object) => object.kind === 'Secret' && object.metadata.name === 'corridor-hub-secrets')!;
      const configMap = settings.find((object) => object.kind === 'ConfigMap')!;
      expect(Object.keys(secret.stringData!)).toEqual(expect.arrayContaining(['HUB_SECRET', 'METRICS_TOKEN', 'DATABASE_URL', 'REDIS_URL', 'CITY_NANTONG_CREDENTIALS']));
      expect(settings.some((object) => object.kind === 'Secret' && object.stringData?.['api-keys.json'] !== undefined)).toBe(true);
      for (const name of hubServices) {
        const container = deployment(name)!.spec.template.spec.containers[0]!;
        const secretKey = (variable: string) => container.env.find((entry) => entry.name === variable)?.valueFrom?.secretKeyRef?.key;
        expect(secretKey('HUB_SECRET'), name).toBe('HUB_SECRET');
        expect(secretKey('METRICS_TOKEN'), name).toBe('METRICS_TOKEN');
        expect(secretKey('REDIS_URL'), name).toBe('REDIS_URL');
        const environment = Object.fromEntries(
          container.env.map((entry) => {
            const key = entry.valueFrom?.secretKeyRef?.key ?? entry.valueFrom?.configMapKeyRef?.key;
            const declared = key === undefined ? undefined : (secret.stringData![key] ?? configMap.data![key]);
            expect(declared, `${name}: ${entry.name} has no key in the example Secret or ConfigMap`).toBe(key === undefined ? undefined : `<${key}>`);
            return [entry.name, key === undefined ? entry.value! : placeholderFor(key)];
          }),
        );
        await expect(configure(name, environment), name).resolves.toBeUndefined();
      }
      for (const { slug } of MEMBERS) expect(deployment(`city-${slug}`)!.spec.template.spec.containers[0]!.args).toEqual(['city', slug]);
    });
  });

  it('has one image of the compiled build, run as a non-root user, whose command picks the part', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "bin\/hub\.mjs"\]$/m);
    expect(dockerfile).toMatch(/^CMD \["gateway"\]$/m);
  });

  it('scrapes every part with the metrics token in the Prometheus configuration', () => {
    const prometheus = parse(read(DEPLOY_FILES.prometheus)) as { scrape_configs: { authorization: { credentials_file: string }; static_configs: { targets: string[] }[] }[] };
    const [job] = prometheus.scrape_configs;
    expect(job!.authorization.credentials_file).toBeTruthy();
    expect(job!.static_configs.flatMap((config) => config.targets.map((target) => target.split(':')[0]))).toEqual(hubServices);
  });
});
