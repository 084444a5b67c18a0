/** Each member's stand-in dialect, by slug. */
import type { StandInDialect } from '../kit/stand-in.js';
import { standIn as changzhou } from '../../members/changzhou/stand-in.js';
import { standIn as nanjing } from '../../members/nanjing/stand-in.js';
import { standIn as nantong } from '../../members/nantong/stand-in.js';
import { standIn as putuo } from '../../members/putuo/stand-in.js';
import { standIn as suzhou } from '../../members/suzhou/stand-in.js';
import { standIn as taizhou } from '../../members/taizhou/stand-in.js';
import { standIn as wuxi } from '../../members/wuxi/stand-in.js';
import { standIn as yangzhou } from '../../members/yangzhou/stand-in.js';
import { standIn as zhenjiang } from '../../members/zhenjiang/stand-in.js';

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
