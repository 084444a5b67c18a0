/**
 * Where a city subgraph finds its member's platform: in production only where the environment
 * says (a missing variable stops the start, named); elsewhere the stand-in fills what is not set.
 */
import { describe, expect, it } from 'vitest';
import { sandboxFactsFor } from '../sandbox/platforms/index.js';
import { getMember } from '../schema/registry.js';
import { cityConfigFromEnv } from '../subgraphs/city/config.js';

const HUB_SECRET = 'a-secret-long-enough-for-tests';
const production = { NODE_ENV: 'production', HUB_SECRET };
const NANTONG_CREDENTIALS = JSON.stringify({ clientId: 'hub', clientSecret: 'real-secret' });

describe('a city subgraph in production', () => {
  it('refuses to start without its platform URL, naming the variable', async () => {
    await expect(cityConfigFromEnv(getMember('nanjing'), production)).rejects.toThrow(/^CITY_NANJING_PLATFORM_URL is not set: in production/);
  });

  it('refuses to start without the credentials its platform asks for, naming the variable', async () => {
    const env = { ...production, CITY_NANTONG_PLATFORM_URL: 'https://kjy.nantong.example' };
    await expect(cityConfigFromEnv(getMember('nantong'), env)).rejects.toThrow(/^CITY_NANTONG_CREDENTIALS is not set: nantong's platform asks for clientId, clientSecret/);
    await expect(cityConfigFromEnv(getMember('nantong'), { ...env, CITY_NANTONG_CREDENTIALS: '{"clientId":"hub"}' })).rejects.toThrow(/^CITY_NANTONG_CREDENTIALS has no clientSecret/);
  });

  it('calls the platform the environment names, with its credentials', async () => {
    const env = { ...production, CITY_NANTONG_PLATFORM_URL: 'https://kjy.nantong.example', CITY_NANTONG_CREDENTIALS: NANTONG_CREDENTIALS };
    const { adapter } = await cityConfigFromEnv(getMember('nantong'), env);
    expect(adapter.baseUrl).toBe('https://kjy.nantong.example');
    expect(adapter.credentials).toEqual({ clientId: 'hub', clientSecret: 'real-secret' });
  });

  it('needs no credentials for an open platform', async () => {
    const { adapter } = await cityConfigFromEnv(getMember('putuo'), { ...production, CITY_PUTUO_PLATFORM_URL: 'https://kjy.putuo.example' });
    expect(adapter).toMatchObject({ baseUrl: 'https://kjy.putuo.example', credentials: undefined });
  });
});

describe('a city subgraph outside production', () => {
  it('calls its stand-in, with the stand-in credentials, when nothing is set', async () => {
    const { adapter } = await cityConfigFromEnv(getMember('nantong'), { HUB_SECRET });
    const sandbox = sandboxFactsFor('nantong');
    expect(adapter.baseUrl).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(adapter.credentials).toEqual(sandbox.credentials);
  });

  it('refuses a platform URL that is not a URL', async () => {
    await expect(cityConfigFromEnv(getMember('nanjing'), { HUB_SECRET, CITY_NANJING_PLATFORM_URL: 'kjy.nanjing' })).rejects.toThrow(/^CITY_NANJING_PLATFORM_URL must be a URL/);
  });
});
