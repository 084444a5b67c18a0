/**
 * What the map draws for a filter: single records as pins and, where the API groups them,
 * clusters with counts. Until the corridor serves one map query, the pins are the carriers'
 * own coordinates (the one kind with a place), read page by page.
 */
import { useApolloClient } from '@apollo/client';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { CarrierFilter, Industry, MapCarriersQuery } from '../gql/graphql';

const MapCarriersDocument = graphql(`
  query MapCarriers($filter: CarrierFilter, $after: String) {
    carriers(filter: $filter, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name url location { lat lng } city { ...CityName } } }
    }
  }
`);

/** The kinds the map can show. */
export const MAP_KINDS = ['CARRIER'] as const;
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
  expansionZoom: number;
}

export interface MapData {
  pins: MapPin[];
  clusters: MapCluster[];
  /** Records of the filter the map stands for: the pins plus the clusters' counts. */
  totalCount: number;
}

export interface MapFilter {
  kinds: readonly MapKind[];
  cities: readonly string[];
  industries: readonly Industry[];
}

export function useMapData(filter: MapFilter): { data?: MapData; loading: boolean } {
  const client = useApolloClient();
  const [data, setData] = useState<MapData>();
  const [loading, setLoading] = useState(true);
  // The filter's JSON is its identity: a new array with the same values asks nothing again.
  const key = JSON.stringify(filter);
  useEffect(() => {
    const filter = JSON.parse(key) as MapFilter;
    let cancelled = false;
    const carrierFilter: CarrierFilter = {
      ...(filter.cities.length > 0 && { cities: [...filter.cities] }),
      ...(filter.industries.length > 0 && { industries: [...filter.industries] }),
    };
    const load = async () => {
      const pins: MapPin[] = [];
      let after: string | null | undefined = null;
      let totalCount = 0;
      if (filter.kinds.includes('CARRIER')) {
        do {
          const { data: page }: { data: MapCarriersQuery } = await client.query({ query: MapCarriersDocument, variables: { filter: carrierFilter, after } });
          totalCount = page.carriers.totalCount;
          for (const edge of page.carriers.edges) {
            if (edge.node) pins.push({ id: edge.node.id, kind: 'CARRIER', title: edge.node.name, url: edge.node.url, lat: edge.node.location.lat, lng: edge.node.location.lng, city: edge.node.city });
          }
          after = page.carriers.pageInfo.hasNextPage ? page.carriers.pageInfo.endCursor : null;
        } while (after && !cancelled);
      }
      if (!cancelled) {
        setData({ pins, clusters: [], totalCount });
        setLoading(false);
      }
    };
    setLoading(true);
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, key]);
  return { data, loading };
}
