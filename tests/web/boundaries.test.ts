import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../../schema/registry.js';

type Ring = [number, number][];
interface Boundaries {
  features: { properties: { adcode: string; name: string }; geometry: { type: 'MultiPolygon'; coordinates: Ring[][] } }[];
}

const boundaries = JSON.parse(readFileSync(new URL('../../web/src/map/members.geo.json', import.meta.url), 'utf8')) as Boundaries;

/** Even–odd ray casting: inside an outer ring and outside its holes. */
function inside([x, y]: [number, number], polygon: Ring[]): boolean {
  let crossings = 0;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings++;
    }
  }
  return crossings % 2 === 1;
}

describe("the map's member boundaries", () => {
  it('hold one area per member, by adcode, with its Chinese name', () => {
    expect(boundaries.features.map((feature) => feature.properties.adcode).sort()).toEqual(MEMBERS.map((member) => member.adcode).sort());
    for (const member of MEMBERS) {
      expect(boundaries.features.find((feature) => feature.properties.adcode === member.adcode)!.properties.name, member.slug).toBe(member.nameZh);
    }
  });

  it("put each member's centre inside its own area and no other", () => {
    for (const member of MEMBERS) {
      const centre: [number, number] = [member.centre.lng, member.centre.lat];
      const containing = boundaries.features.filter((feature) => feature.geometry.coordinates.some((polygon) => inside(centre, polygon)));
      expect(containing.map((feature) => feature.properties.adcode), member.slug).toEqual([member.adcode]);
    }
  });
});
