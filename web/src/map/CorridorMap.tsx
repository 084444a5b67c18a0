/**
 * 一图览全域: the nine members' boundaries (shipped GeoJSON, drawn by ECharts' geo component on
 * a canvas, no tiles) with every record of the chosen kinds as a pin coloured by kind, or a
 * cluster with its count; filters by kind, member and industry. A pin opens a card with the
 * record's jump link; a member's area opens its card with the link to its platform. Members and
 * pins are also buttons under the map, for keyboards, screen readers and thumbs.
 */
import { useQuery } from '@apollo/client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { Industry } from '../gql/graphql';
import { useI18n } from '../i18n';
import { cardOf, KIND_COLOURS } from '../records/card-views';
import { JumpLink, RecordCard } from '../records/cards';
import { StatePill, useMembers, type MemberSummary } from '../status/members';
import { CJK_FONT_FAMILY, CORRIDOR_MAP, echarts } from './echarts';
import { MAP_KINDS, useMapData, type MapCluster, type MapData, type MapKind, type MapPin, type MapViewport } from './map-data';


/** The card's details, asked when it opens: a map of thousands of pins never fans out to the members. */
const MapRecordDocument = graphql(`
  query MapRecord($id: ID!) {
    node(id: $id) { ...AnyCard }
  }
`);

/** Web-map zoom (256-pixel tiles) of a view showing `degrees` of longitude across `pixels`. */
function webZoom(degrees: number, pixels: number): number {
  return Math.max(0, Math.min(20, Math.round(Math.log2((360 * pixels) / (256 * degrees)))));
}

const AREA_COLOURS: Readonly<Record<string, string>> = { UP: '#e6eef9', DEGRADED: '#fdf0d5', DOWN: '#e5e5e5' };

type Selection = { pin: MapPin } | { member: MemberSummary } | null;

export function CorridorMap() {
  const { t, label, cityName, values } = useI18n();
  const { members } = useMembers();
  const [kinds, setKinds] = useState<readonly MapKind[]>(MAP_KINDS);
  const [city, setCity] = useState('');
  const [industry, setIndustry] = useState('');
  const [selection, setSelection] = useState<Selection>(null);
  const [viewport, setViewport] = useState<MapViewport>();
  // A cluster chosen from the list under the map, to zoom into as a click on it would (`at` tells two choices apart).
  const [focus, setFocus] = useState<{ cluster: MapCluster; at: number } | null>(null);
  const filter = useMemo(() => ({ kinds, cities: city ? [city] : [], industries: industry ? [industry as Industry] : [] }), [kinds, city, industry]);
  const { data, loading } = useMapData(filter, viewport);
  const nearestMemberName = (cluster: MapCluster): string => {
    const distance = (member: MemberSummary) => Math.hypot(member.location.lat - cluster.lat, member.location.lng - cluster.lng);
    const nearest = [...members].sort((a, b) => distance(a) - distance(b))[0];
    return nearest ? cityName(nearest) : '';
  };
  const toggleKind = (kind: MapKind) => setKinds(kinds.includes(kind) ? kinds.filter((other) => other !== kind) : [...kinds, kind]);
  const drawn = data?.totalCount ?? 0;
  return (
    <section className="map-page">
      <div className="map-controls">
        <fieldset className="kind-toggles">
          <legend>{t('mapKinds')}</legend>
          {MAP_KINDS.map((kind) => (
            <label key={kind} className="kind-toggle">
              <input type="checkbox" name="kind" value={kind} checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} />
              <span className="kind-dot" style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" />
              {label('EntityKind', kind)}
            </label>
          ))}
        </fieldset>
        <select name="city" aria-label={t('filterMembers')} value={city} onChange={(event) => setCity(event.target.value)}>
          <option value="">{t('allMembers')}</option>
          {members.map((member) => <option key={member.slug} value={member.slug}>{cityName(member)}</option>)}
        </select>
        <select name="industry" aria-label={t('filterIndustries')} value={industry} onChange={(event) => setIndustry(event.target.value)}>
          <option value="">{t('allIndustries')}</option>
          {values('Industry').map((value) => <option key={value} value={value}>{label('Industry', value)}</option>)}
        </select>
        <span className="map-count" data-testid="map-count">
          {loading ? t('loading') : t('mapDrawn', { count: drawn })}
          {data?.truncated && <> · {t('mapTruncated')}</>}
        </span>
      </div>
      <div className="map-stage">
        <MapCanvas
          members={members}
          data={data}
          onPin={(pin) => setSelection({ pin })}
          onMember={(member) => setSelection({ member })}
          onViewport={setViewport}
          focus={focus?.cluster}
          focusAt={focus?.at}
        />
        {selection && <MapCard selection={selection} close={() => setSelection(null)} onlyMember={(slug) => setCity(slug)} />}
      </div>
      <ul className="member-chips" aria-label={t('filterMembers')}>
        {members.map((member) => (
          <li key={member.slug}>
            <button type="button" className="member-chip" data-member={member.slug} onClick={() => setSelection({ member })}>
              {cityName(member)} <StatePill member={member} />
            </button>
          </li>
        ))}
      </ul>
      <details className="pin-list">
        <summary>{t('mapPointList')}</summary>
        <ul>
          {(data?.clusters ?? []).map((cluster) => (
            <li key={cluster.id}>
              <button type="button" className="link" data-cluster-id={cluster.id} onClick={() => setFocus({ cluster, at: Date.now() })}>
                {t('mapCluster', { count: cluster.count, near: nearestMemberName(cluster) })}
              </button>
            </li>
          ))}
          {(data?.pins ?? []).map((pin) => (
            <li key={pin.id}>
              <button type="button" className="link" data-pin-id={pin.id} onClick={() => setSelection({ pin })}>
                {pin.title} · {cityName(pin.city)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * A member's name on the map, without the province the map already shows around it: 普陀区 for
 * 上海市普陀区 (Putuo District for "Putuo District, Shanghai"), so a district's label fits a district.
 */
function areaLabel(member: MemberSummary, language: 'zh' | 'en'): string {
  const [name, province] = language === 'zh' ? [member.nameZh, member.provinceZh] : [member.nameEn, member.provinceEn];
  if (name === province) return name;
  if (language === 'zh') return name.startsWith(province) ? name.slice(province.length) : name;
  return name.endsWith(`, ${province}`) ? name.slice(0, -(province.length + 2)) : name;
}

/** How far north (in degrees, about 35 km) another member's records would stand in the way of a name put above a member's. */
const NEIGHBOUR_DEGREES = 0.35;

/** Above the member's centre, unless another member's centre is just north of it: then below. */
function namePosition(member: MemberSummary, members: readonly MemberSummary[]): 'top' | 'bottom' {
  const crowded = members.some((other) => {
    const north = other.location.lat - member.location.lat;
    return other !== member && north > 0 && north < NEIGHBOUR_DEGREES && Math.abs(other.location.lng - member.location.lng) < NEIGHBOUR_DEGREES;
  });
  return crowded ? 'bottom' : 'top';
}

const NOTHING_YET: MapData = { pins: [], clusters: [], totalCount: 0, truncated: false };

function MapCanvas({ members, data, onPin, onMember, onViewport, focus, focusAt }: {
  members: readonly MemberSummary[];
  /** Undefined while the records are being asked for: the boundaries are drawn meanwhile. */
  data: MapData | undefined;
  onPin: (pin: MapPin) => void;
  onMember: (member: MemberSummary) => void;
  /** Told the web-map zoom once the boundaries are drawn, and the visible box whenever the user moves the map. */
  onViewport: (viewport: MapViewport) => void;
  /** A cluster to zoom into, chosen outside the canvas; `focusAt` changes with each choice. */
  focus?: MapCluster;
  focusAt?: number;
}) {
  const { pins, clusters } = data ?? NOTHING_YET;
  const { cityName, label, language } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>();
  // The click handlers see the latest props without rebinding the chart's events.
  const latest = useRef({ pins, clusters, members, onPin, onMember, onViewport });
  latest.current = { pins, clusters, members, onPin, onMember, onViewport };
  /** Zooms into a cluster (set once the chart exists). */
  const zoomIntoCluster = useRef<(cluster: MapCluster) => void>(() => {});
  /** Records the last option draws (pins and clusters' counts), told on the canvas once ECharts has finished drawing them; null while loading. */
  const drawing = useRef<number | null>(null);
  const drawnData = useRef<MapData | undefined>(undefined);

  useEffect(() => {
    const instance = echarts.init(container.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    /** The visible box and zoom, from where the canvas's corners fall on the map. */
    const viewport = (): { within: MapViewport['within']; zoom: number } | undefined => {
      const [west, north] = instance.convertFromPixel({ geoIndex: 0 }, [0, 0]) as number[];
      const [east, south] = instance.convertFromPixel({ geoIndex: 0 }, [instance.getWidth(), instance.getHeight()]) as number[];
      if (![west, north, east, south].every(Number.isFinite)) return undefined;
      return { within: { west: west!, north: north!, east: east!, south: south! }, zoom: webZoom(east! - west!, instance.getWidth()) };
    };
    let roamTimer: ReturnType<typeof setTimeout> | undefined;
    const reportMoved = () => {
      clearTimeout(roamTimer);
      // A drag or a wheel fires many roam events; the map asks once it has settled.
      roamTimer = setTimeout(() => {
        const moved = viewport();
        if (moved) latest.current.onViewport(moved);
      }, 250);
    };
    instance.on('georoam', reportMoved);
    let zoomKnown = false;
    zoomIntoCluster.current = (cluster) => zoomInto(instance, cluster, viewport()?.zoom ?? cluster.expansionZoom - 1, reportMoved);
    instance.on('click', (event) => {
      const { pins: currentPins, clusters: currentClusters, members: currentMembers } = latest.current;
      if (event.componentType === 'series' && event.seriesName === 'clusters') {
        const cluster = currentClusters.find((candidate) => candidate.id === (event.data as { id?: string }).id);
        if (cluster) zoomIntoCluster.current(cluster);
      } else if (event.componentType === 'series') {
        const pin = currentPins.find((candidate) => candidate.id === (event.data as { id?: string }).id);
        if (pin) latest.current.onPin(pin);
      } else if (event.componentType === 'geo') {
        const member = currentMembers.find((candidate) => candidate.adcode === event.name);
        if (member) latest.current.onMember(member);
      }
    });
    // "finished" fires when rendering and its animations are done: the moment the canvas shows what it was given.
    instance.on('finished', () => {
      if (drawing.current !== null) container.current?.setAttribute('data-rendered-records', String(drawing.current));
      // The first drawing of the boundaries fixes the zoom the records are first asked at (the whole corridor in view).
      const first = zoomKnown ? undefined : viewport();
      if (first) {
        zoomKnown = true;
        latest.current.onViewport({ zoom: first.zoom });
      }
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current!);
    return () => {
      clearTimeout(roamTimer);
      resize.disconnect();
      instance.dispose();
    };
  }, []);

  useEffect(() => {
    if (focus) zoomIntoCluster.current(focus);
  }, [focus, focusAt]);

  useEffect(() => {
    const byAdcode = new Map(members.map((member) => [member.adcode, member]));
    const kinds = [...new Set(pins.map((pin) => pin.kind))];
    // The members' status is asked every few seconds and redraws their areas; only new records unsettle the count.
    if (drawnData.current !== data) {
      drawnData.current = data;
      drawing.current = data ? pins.length + clusters.reduce((sum, cluster) => sum + cluster.count, 0) : null;
      container.current?.removeAttribute('data-rendered-records');
    }
    chart.current?.setOption(
      {
        textStyle: { fontFamily: CJK_FONT_FAMILY },
        tooltip: { trigger: 'item', confine: true },
        geo: {
          map: CORRIDOR_MAP,
          nameProperty: 'adcode',
          roam: true,
          // Fill the stage: the corridor is taller than wide, the stage is wide on a desktop.
          layoutCenter: ['50%', '50%'],
          layoutSize: '96%',
          scaleLimit: { min: 0.8, max: 40 },
          // Members' names are a series of their own (below), placed by their centres, not the areas'.
          label: { show: false },
          itemStyle: { areaColor: AREA_COLOURS['UP'], borderColor: '#6b8bbf', borderWidth: 1 },
          emphasis: { itemStyle: { areaColor: '#cfe0f7' }, label: { show: false } },
          select: { disabled: true },
          tooltip: {
            formatter: ({ name }: { name: string }) => {
              const member = byAdcode.get(name);
              return member ? `${cityName(member)} · ${label('CityState', member.status.state)}` : '';
            },
          },
          regions: members.map((member) => ({ name: member.adcode, itemStyle: { areaColor: AREA_COLOURS[member.status.state] } })),
        },
        series: [
          {
            // Each member's name beside its centre, where its records cluster: a name at the area's
            // middle would sit under a cluster, and Putuo's district is smaller than its name.
            type: 'scatter' as const,
            name: 'members',
            coordinateSystem: 'geo' as const,
            silent: true,
            symbolSize: 1,
            itemStyle: { color: 'transparent' },
            label: { show: true, distance: 26, fontFamily: CJK_FONT_FAMILY, fontSize: 13, color: '#1f2937', textBorderColor: '#f8fbff', textBorderWidth: 3, formatter: '{b}' },
            z: 5,
            data: members.map((member) => ({ name: areaLabel(member, language), value: [member.location.lng, member.location.lat], label: { position: namePosition(member, members) } })),
          },
          ...kinds.map((kind) => ({
            type: 'scatter' as const,
            name: kind,
            coordinateSystem: 'geo' as const,
            symbolSize: 7,
            itemStyle: { color: KIND_COLOURS[kind], borderColor: '#fff', borderWidth: 1 },
            tooltip: { formatter: ({ data }: { data: { name: string } }) => data.name },
            data: pins.filter((pin) => pin.kind === kind).map((pin) => ({ id: pin.id, name: pin.title, value: [pin.lng, pin.lat] })),
          })),
          {
            type: 'scatter' as const,
            name: 'clusters',
            coordinateSystem: 'geo' as const,
            symbolSize: (value: number[]) => 18 + Math.sqrt(value[2] ?? 1) * 2.2,
            itemStyle: { opacity: 0.88, borderColor: '#fff', borderWidth: 1.5 },
            label: { show: true, formatter: ({ data }: { data: { value: number[] } }) => String(data.value[2]), color: '#fff', fontWeight: 'bold', fontSize: 11 },
            tooltip: { formatter: ({ data }: { data: { value: number[] } }) => String(data.value[2]) },
            // Coloured by the kind most of its records are.
            data: clusters.map((cluster) => ({ id: cluster.id, value: [cluster.lng, cluster.lat, cluster.count], itemStyle: { color: KIND_COLOURS[cluster.mainKind] } })),
          },
        ],
      },
      { replaceMerge: ['series'] },
    );
  }, [members, data, pins, clusters, cityName, label, language]);

  return <div ref={container} className="map-canvas" data-testid="map-canvas" />;
}

/** A pin's record as its card, asked by id when the card opens; the pin's own title and link meanwhile. */
function PinDetails({ pin }: { pin: MapPin }) {
  const { label, cityName } = useI18n();
  const { data } = useQuery(MapRecordDocument, { variables: { id: pin.id } });
  const card = data?.node ? cardOf(pin.kind, data.node) : null;
  if (card) return <RecordCard card={card} />;
  return (
    <>
      <div className="card-kicker">{label('EntityKind', pin.kind)} · {cityName(pin.city)}</div>
      <h3>{pin.title}</h3>
      <JumpLink url={pin.url} city={pin.city} />
    </>
  );
}

/** How many records of a kind the member holds. */
function countOf(member: MemberSummary, kind: MapKind): number {
  const { counts } = member;
  const byKind: Record<MapKind, number> = {
    POLICY: counts.policies,
    CARRIER: counts.carriers,
    CHALLENGE: counts.challenges,
    FINANCE_PRODUCT: counts.financeProducts,
    TALENT_SERVICE: counts.talentServices,
    ACHIEVEMENT: counts.achievements,
    COOPERATION: counts.cooperationItems,
    TECHNOLOGY_MANAGER: counts.technologyManagers,
    CONSORTIUM: counts.consortia,
  };
  return byKind[kind];
}

/** Centres the map on a cluster and zooms to where it splits into its parts. */
function zoomInto(instance: echarts.ECharts, cluster: MapCluster, currentZoom: number, moved: () => void): void {
  const geo = (instance.getOption() as { geo: { zoom?: number }[] }).geo[0];
  const scale = (geo?.zoom ?? 1) * 2 ** Math.max(1, cluster.expansionZoom - currentZoom);
  instance.setOption({ geo: { center: [cluster.lng, cluster.lat], zoom: scale } });
  moved();
}

function MapCard({ selection, close, onlyMember }: { selection: NonNullable<Selection>; close: () => void; onlyMember: (slug: string) => void }) {
  const { t, label, cityName, list } = useI18n();
  return (
    <aside className="map-card" data-testid="map-card">
      <button type="button" className="close" onClick={close} aria-label={t('close')}>×</button>
      {'pin' in selection ? (
        <PinDetails pin={selection.pin} />
      ) : (
        <>
          <div className="card-kicker">{t('member')} <StatePill member={selection.member} /></div>
          <h3>{cityName(selection.member)}</h3>
          <p className="muted">
            {list(MAP_KINDS.map((kind) => `${label('EntityKind', kind)} ${countOf(selection.member, kind)}`))}
          </p>
          <button type="button" className="link" onClick={() => onlyMember(selection.member.slug)}>{t('filterThisMember')}</button>
          <a className="jump" href={selection.member.platformUrl} target="_blank" rel="noopener noreferrer">
            {t('goToPlatform', { city: cityName(selection.member) })} ↗
          </a>
        </>
      )}
    </aside>
  );
}
