/** Each member's stand-in dialect, by slug. */
import type { StandInDialect } from '../kit/stand-in.js';
import { standIn as changzhou } from './changzhou.js';
import { standIn as nanjing } from './nanjing.js';
import { standIn as nantong } from './nantong.js';
import { standIn as putuo } from './putuo.js';
import { standIn as suzhou } from './suzhou.js';
import { standIn as taizhou } from './taizhou.js';
import { standIn as wuxi } from './wuxi.js';
import { standIn as yangzhou } from './yangzhou.js';
import { standIn as zhenjiang } from './zhenjiang.js';

const STAND_INS: Readonly<Record<string, StandInDialect>> = {
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

export function standInFor(slug: string): StandInDialect {
  const dialect = STAND_INS[slug];
  if (!dialect) throw new Error(`No stand-in platform for member "${slug}"`);
  return dialect;
}
