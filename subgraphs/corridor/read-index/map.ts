/**
 * 一图览全域: every record of the corridor on one map, answered in one request as clusters and
 * points (supercluster over the read index). A record without a place of its own stands at its
 * member's centre and says so, so no pin pretends to be exact.
 */
import Supercluster from 'supercluster';
import { INDUSTRY, type EntityKind, type GeoPoint, type Industry } from '../../../schema/contract.js';
import { badUserInput } from '../../../schema/errors.js';
import { vocabularyMask } from './kinds.js';
import { boxClause } from './lists.js';
import type { ReadIndex } from './store.js';

export interface MapQuery {
  within?: { south: number; west: number; north: number; east: number } | null;
  zoom: number;
  kinds: readonly EntityKind[];
  cities?: readonly string[] | null;
  industries?: readonly Industry[] | null;
}

export type LocationPrecision = 'EXACT' | 'MEMBER_CENTRE';

export interface MapPoint {
  id: string;
  kind: EntityKind;
  city: string;
  title: string;
  url: string;
  location: GeoPoint;
  precision: LocationPrecision;
}

export interface MapCluster {
  /** Supercluster's id of the cluster, stable while the index does not change. */
  id: number;
  location: GeoPoint;
  count: number;
  countsByKind: { kind: EntityKind; count: number }[];
  /** The zoom at which the cluster splits. */
  expansionZoom: number;
}

export interface CorridorMap {
  clusters: MapCluster[];
  points: MapPoint[];
  /** Records on the map: the clusters' counts and the points. */
  totalCount: number;
  /** More single points fell in the viewport than one answer carries; zoom in or narrow the filter. */
  pointsTruncated: boolean;
}

export const MAX_ZOOM = 20;
/** Above this zoom no two records cluster unless they stand on the same spot. */
const CLUSTER_MAX_ZOOM = 16;
/** Pixels (of a 512-pixel tile) within which records cluster. */
const CLUSTER_RADIUS = 60;
export const MAX_MAP_POINTS = 2000;
const WHOLE_WORLD = [-180, -85, 180, 85] as [number, number, number, number];

interface PointProperties {
  id: string;
  /** The place as the record has it: supercluster's projection returns it off by rounding. */
  location: GeoPoint;
  kind: EntityKind;
  city: string;
  title: string;
  url: string;
  precision: LocationPrecision;
  counts: Partial<Record<EntityKind, number>>;
}

interface Row {
  id: string;
  kind: EntityKind;
  city: string;
  lat: number | null;
  lng: number | null;
  title: string;
  url: string;
}

function clusterIndex(index: ReadIndex, query: MapQuery, centreOf: (city: string) => GeoPoint): Supercluster<PointProperties, { counts: Partial<Record<EntityKind, number>> }> {
  const clauses = [`r.kind IN (${query.kinds.map(() => '?').join(', ')})`];
  const params: unknown[] = [...query.kinds];
  if (query.cities?.length) {
    clauses.push(`r.city IN (${query.cities.map(() => '?').join(', ')})`);
    params.push(...query.cities);
  }
  if (query.industries?.length) {
    clauses.push('(r.industry_mask & ?) != 0');
    params.push(vocabularyMask(INDUSTRY, query.industries));
  }
  const rows = index.rows<Row>(
    `SELECT r.id AS id, r.kind AS kind, r.city AS city, r.lat AS lat, r.lng AS lng, r.title AS title, r.url AS url
     FROM records r WHERE ${clauses.join(' AND ')} ORDER BY r.id`,
    params,
  );
  const clusters = new Supercluster<PointProperties, { counts: Partial<Record<EntityKind, number>> }>({
    maxZoom: CLUSTER_MAX_ZOOM,
    radius: CLUSTER_RADIUS,
    extent: 512,
    map: (properties) => ({ counts: { ...properties.counts } }),
    // A new object each time: supercluster copies cluster properties shallowly from zoom to zoom.
    reduce: (accumulated, properties) => {
      const counts = { ...accumulated.counts };
      for (const [kind, count] of Object.entries(properties.counts) as [EntityKind, number][]) counts[kind] = (counts[kind] ?? 0) + count;
      accumulated.counts = counts;
    },
  });
  clusters.load(
    rows.map((row) => {
      const exact = row.lat !== null && row.lng !== null;
      const location = exact ? { lat: row.lat!, lng: row.lng! } : centreOf(row.city);
      return {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [location.lng, location.lat] },
        properties: { id: row.id, location, kind: row.kind, city: row.city, title: row.title, url: row.url, precision: exact ? 'EXACT' : 'MEMBER_CENTRE', counts: { [row.kind]: 1 } },
      };
    }),
  );
  return clusters;
}

export function corridorMap(index: ReadIndex, query: MapQuery, centreOf: (city: string) => GeoPoint): CorridorMap {
  if (!Number.isInteger(query.zoom) || query.zoom < 0 || query.zoom > MAX_ZOOM) throw badUserInput('zoom', `zoom must be a whole number from 0 to ${MAX_ZOOM}, got ${query.zoom}`);
  if (query.within) boxClause('within', query.within);
  // One cluster index per filter and index version: panning and zooming reuse it.
  const clusters = index.remember(`map\u0000${JSON.stringify({ ...query, within: null, zoom: null })}`, () => clusterIndex(index, query, centreOf));
  const bbox = query.within ? ([query.within.west, query.within.south, query.within.east, query.within.north] as [number, number, number, number]) : WHOLE_WORLD;
  const features = clusters.getClusters(bbox, query.zoom);
  const answer: CorridorMap = { clusters: [], points: [], totalCount: 0, pointsTruncated: false };
  for (const feature of features) {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      const id = properties.cluster_id;
      answer.clusters.push({
        id,
        location: { lat, lng },
        count: properties.point_count,
        countsByKind: (Object.entries(properties.counts) as [EntityKind, number][]).map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
        expansionZoom: Math.min(clusters.getClusterExpansionZoom(id), MAX_ZOOM),
      });
      answer.totalCount += properties.point_count;
      continue;
    }
    const point = properties as PointProperties;
    answer.totalCount += 1;
    if (answer.points.length >= MAX_MAP_POINTS) {
      answer.pointsTruncated = true;
      continue;
    }
    answer.points.push({ id: point.id, kind: point.kind, city: point.city, title: point.title, url: point.url, location: point.location, precision: point.precision });
  }
  return answer;
}
