/**
 * What the map draws for a filter and a viewport: the corridor's `corridorMap` answers records
 * too close to draw apart at the zoom as clusters with counts, and the rest as points, each with
 * enough to draw its pin and its card's title and jump link. A record without a place of its own
 * stands at its member's centre (`locationPrecision: MEMBER_CENTRE`).
 */
import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import { graphql } from '../gql';
import type { CorridorMapQuery, EntityKind, GeoBox, Industry } from '../gql/graphql';

const CorridorMapDocument = graphql(`
  query CorridorMap($within: GeoBox, $zoom: Int!, $kinds: [EntityKind!], $cities: [ID!], $industries: [Industry!]) {
    corridorMap(within: $within, zoom: $zoom, kinds: $kinds, cities: $cities, industries: $industries) {
      totalCount
      pointsTruncated
      clusters {
        id
        count
        expansionZoom
        location { lat lng }
        countsByKind { kind count }
      }
      points {
        id
        kind
        title
        url
        locationPrecision
        location { lat lng }
        city { ...CityName }
      }
    }
  }
`);

/** Every kind the map can show, in the order of the legend. */
export const MAP_KINDS = [
  'POLICY',
  'CARRIER',
  'CHALLENGE',
  'FINANCE_PRODUCT',
  'TALENT_SERVICE',
  'ACHIEVEMENT',
  'COOPERATION',
  'TECHNOLOGY_MANAGER',
  'CONSORTIUM',
] as const satisfies readonly EntityKind[];
export type MapKind = (typeof MAP_KINDS)[number];

export interface MapPin {
  id: string;
  kind: MapKind;
  title: string;
  url: string;
  lat: number;
  lng: number;
  city: { slug: string; nameZh: string; nameEn: string };
}

export interface MapCluster {
  id: string;
  lat: number;
  lng: number;
  count: number;
  /** The kind most of its records are, which colours it. */
  mainKind: MapKind;
  expansionZoom: number;
}

export interface MapData {
  pins: MapPin[];
  clusters: MapCluster[];
  /** Records in the viewport: the pins plus the clusters' counts. */
  totalCount: number;
  /** More single records fell in the viewport than one answer carries. */
  truncated: boolean;
}

export interface MapFilter {
  kinds: readonly MapKind[];
  cities: readonly string[];
  industries: readonly Industry[];
}

/** What the map shows: the visible box (the whole corridor until the user moves the map) and its web-map zoom. */
export interface MapViewport {
  within?: GeoBox;
  zoom: number;
}

const NOTHING: MapData = { pins: [], clusters: [], totalCount: 0, truncated: false };

export function useMapData(filter: MapFilter, viewport: MapViewport | undefined): { data?: MapData; loading: boolean } {
  const noKinds = filter.kinds.length === 0;
  const { data, previousData, loading } = useQuery(CorridorMapDocument, {
    variables: {
      within: viewport?.within,
      zoom: viewport?.zoom ?? 7,
      kinds: [...filter.kinds],
      cities: filter.cities.length > 0 ? [...filter.cities] : undefined,
      industries: filter.industries.length > 0 ? [...filter.industries] : undefined,
    },
    // The zoom is known once the map has drawn its boundaries; none asked with no kind chosen.
    skip: viewport === undefined || noKinds,
  });
  // While a new viewport is asked for, the last answer stays drawn rather than an empty map.
  const answer = (data ?? previousData)?.corridorMap;
  // The same answer gives the same object, so the canvas redraws only when what it shows changed.
  const drawn = useMemo(() => (answer ? mapDataOf(answer) : undefined), [answer]);
  if (noKinds) return { data: NOTHING, loading: false };
  return { data: drawn, loading: loading || !drawn };
}

function mapDataOf(answer: CorridorMapQuery['corridorMap']): MapData {
  return {
    totalCount: answer.totalCount,
    truncated: answer.pointsTruncated,
    pins: answer.points.map((point) => ({ id: point.id, kind: point.kind, title: point.title, url: point.url, lat: point.location.lat, lng: point.location.lng, city: point.city })),
    clusters: answer.clusters.map((cluster) => ({
      id: cluster.id,
      lat: cluster.location.lat,
      lng: cluster.location.lng,
      count: cluster.count,
      mainKind: cluster.countsByKind[0]?.kind ?? 'CARRIER',
      expansionZoom: cluster.expansionZoom,
    })),
  };
}
