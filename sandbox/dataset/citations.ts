/**
 * What records cite across the corridor: consortium codes (challenges, achievements, cooperation
 * items) and technology managers (challenges).
 *
 * Only the citable records are read: the first consortia and managers of every member, as many as
 * the default dataset has (index.ts builds them). The pool is therefore the same for the default
 * dataset and any larger one, and a cited record exists in every build, whatever its size.
 *
 * A Citer draws from its own stream per (seed, member, kind), so choosing citations does not move
 * the draws of the records' other fields.
 */
import type { ConsortiumRecord, Industry, TechnologyManagerRecord } from '../../schema/contract.js';
import { deriveSeed, Rng } from './random.js';

export interface Citable {
  consortia: readonly ConsortiumRecord[];
  managers: readonly TechnologyManagerRecord[];
}

export const NOTHING_CITABLE: Citable = { consortia: [], managers: [] };

const sharesIndustry = (a: readonly Industry[], b: readonly Industry[]): boolean => a.some((i) => i !== 'OTHER' && b.includes(i));

export class Citer {
  private readonly r: Rng;
  /** The consortia the member takes part in: the only ones its records may name. */
  private readonly ownConsortia: readonly ConsortiumRecord[];

  constructor(
    seed: number,
    private readonly slug: string,
    kind: string,
    private readonly citable: Citable,
  ) {
    this.r = new Rng(deriveSeed(seed, slug, kind, 'citations'));
    this.ownConsortia = citable.consortia.filter((c) => c.members.includes(slug));
  }

  /** With probability `chance`, the code of one of the member's consortia working in one of these industries. */
  consortiumCode(industries: readonly Industry[], chance: number): string | null {
    if (!this.r.chance(chance)) return null;
    const fitting = this.ownConsortia.filter((c) => sharesIndustry(c.industries, industries));
    return fitting.length > 0 ? this.r.pick(fitting).code : null;
  }

  /** One of the member's consortia for a task of it, preferring one in these industries; null when it has none. */
  consortiumFor(industries: readonly Industry[]): ConsortiumRecord | null {
    if (this.ownConsortia.length === 0) return null;
    const fitting = this.ownConsortia.filter((c) => sharesIndustry(c.industries, industries));
    return this.r.pick(fitting.length > 0 ? fitting : this.ownConsortia);
  }

  /** 0–2 global ids of managers who know one of these industries, from the member's own city half of the time. */
  technologyManagerIds(industries: readonly Industry[]): string[] {
    const count = this.r.weighted([[0, 45], [1, 35], [2, 20]] as const);
    const knowing = this.citable.managers.filter((m) => sharesIndustry(m.industries, industries));
    const local = knowing.filter((m) => m.city === this.slug);
    const ids: string[] = [];
    for (let attempt = 0; ids.length < count && attempt < 4; attempt++) {
      const pool = local.length > 0 && this.r.chance(0.5) ? local : knowing;
      if (pool.length === 0) break;
      const id = this.r.pick(pool).id;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }
}
