/** Every member's adapter factory, by slug. Adding a member adds one line here. */
import type { AdapterFactory } from './kit/adapter.js';
import { createAdapter as changzhou } from './changzhou/index.js';
import { createAdapter as nanjing } from './nanjing/index.js';
import { createAdapter as nantong } from './nantong/index.js';
import { createAdapter as putuo } from './putuo/index.js';
import { createAdapter as suzhou } from './suzhou/index.js';
import { createAdapter as taizhou } from './taizhou/index.js';
import { createAdapter as wuxi } from './wuxi/index.js';
import { createAdapter as yangzhou } from './yangzhou/index.js';
import { createAdapter as zhenjiang } from './zhenjiang/index.js';

const ADAPTERS: Readonly<Record<string, AdapterFactory>> = {
  putuo,
  nanjing,
  wuxi,
  changzhou,
  suzhou,
  nantong,
  yangzhou,
  zhenjiang,
  taizhou,
};

export function adapterFactoryFor(slug: string): AdapterFactory {
  const factory = ADAPTERS[slug];
  if (!factory) throw new Error(`No adapter for member "${slug}"; add it to adapters/index.ts`);
  return factory;
}
