/** Every member's adapter factory, by slug. Adding a member adds one line here. */
import type { AdapterFactory } from './kit/adapter.js';
import { createAdapter as changzhou } from '../members/changzhou/adapter.js';
import { createAdapter as nanjing } from '../members/nanjing/adapter.js';
import { createAdapter as nantong } from '../members/nantong/adapter.js';
import { createAdapter as putuo } from '../members/putuo/adapter.js';
import { createAdapter as suzhou } from '../members/suzhou/adapter.js';
import { createAdapter as taizhou } from '../members/taizhou/adapter.js';
import { createAdapter as wuxi } from '../members/wuxi/adapter.js';
import { createAdapter as yangzhou } from '../members/yangzhou/adapter.js';
import { createAdapter as zhenjiang } from '../members/zhenjiang/adapter.js';

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
