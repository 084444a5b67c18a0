/**
 * 一图览全域: the nine members' boundaries (shipped GeoJSON, drawn by ECharts' geo component on
 * a canvas, no tiles) with every record of the chosen kinds as a pin coloured by kind, or a
 * cluster with its count; filters by kind, member and industry. A pin opens a card with the
 * record's jump link; a member's area opens its card with the link to its platform. The pins
 * are also listed as buttons under the map, for keyboards and screen readers.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Industry } from '../gql/graphql';
import { useI18n } from '../i18n';
import { JumpLink } from '../records/cards';
import { href } from '../route';
import { StatePill, useMembers, type MemberSummary } from '../status/members';
import { CJK_FONT_FAMILY, CORRIDOR_MAP, echarts } from './echarts';
import { MAP_KINDS, useMapData, type MapCluster, type MapKind, type MapPin } from './map-data';

/** One colour per kind, on pins, clusters and the legend. */
export const KIND_COLOURS: Readonly<Record<MapKind, string>> = {
  CARRIER: '#15803d',
};

const AREA_COLOURS: Readonly<Record<string, string>> = { UP: '#e6eef9', DEGRADED: '#fdf0d5', DOWN: '#e5e5e5' };

type Selection = { pin: MapPin } | { member: MemberSummary } | null;

export function CorridorMap() {
  const { t, label, cityName, values } = useI18n();
  const { members } = useMembers();
  const [kinds, setKinds] = useState<readonly MapKind[]>(MAP_KINDS);
  const [city, setCity] = useState('');
  const [industry, setIndustry] = useState('');
  const [selection, setSelection] = useState<Selection>(null);
  const filter = useMemo(() => ({ kinds, cities: city ? [city] : [], industries: industry ? [industry as Industry] : [] }), [kinds, city, industry]);
  const { data, loading } = useMapData(filter);
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
        <span className="map-count" data-testid="map-count" data-drawn-records={loading ? undefined : drawn}>
          {loading ? t('loading') : t('mapDrawn', { count: drawn })}
        </span>
      </div>
      <div className="map-stage">
        <MapCanvas members={members} pins={data?.pins ?? []} clusters={data?.clusters ?? []} onPin={(pin) => setSelection({ pin })} onMember={(member) => setSelection({ member })} />
        {selection && <MapCard selection={selection} close={() => setSelection(null)} onlyMember={(slug) => setCity(slug)} />}
      </div>
      <details className="pin-list">
        <summary>{t('mapPointList')}</summary>
        <ul>
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

function MapCanvas({ members, pins, clusters, onPin, onMember }: {
  members: readonly MemberSummary[];
  pins: readonly MapPin[];
  clusters: readonly MapCluster[];
  onPin: (pin: MapPin) => void;
  onMember: (member: MemberSummary) => void;
}) {
  const { cityName, label } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>();
  // The click handlers see the latest props without rebinding the chart's events.
  const latest = useRef({ pins, members, onPin, onMember });
  latest.current = { pins, members, onPin, onMember };

  useEffect(() => {
    const instance = echarts.init(container.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => {
      const { pins: currentPins, members: currentMembers } = latest.current;
      if (event.componentType === 'series' && event.seriesName !== 'clusters') {
        const pin = currentPins.find((candidate) => candidate.id === (event.data as { id?: string }).id);
        if (pin) latest.current.onPin(pin);
      } else if (event.componentType === 'geo') {
        const member = currentMembers.find((candidate) => candidate.adcode === event.name);
        if (member) latest.current.onMember(member);
      }
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
    };
  }, []);

  useEffect(() => {
    const byAdcode = new Map(members.map((member) => [member.adcode, member]));
    const kinds = [...new Set(pins.map((pin) => pin.kind))];
    chart.current?.setOption(
      {
        textStyle: { fontFamily: CJK_FONT_FAMILY },
        tooltip: { trigger: 'item', confine: true },
        geo: {
          map: CORRIDOR_MAP,
          nameProperty: 'adcode',
          roam: true,
          scaleLimit: { min: 0.8, max: 40 },
          label: {
            show: true,
            fontFamily: CJK_FONT_FAMILY,
            fontSize: 13,
            color: '#1f2937',
            formatter: ({ name }: { name: string }) => {
              const member = byAdcode.get(name);
              return member ? cityName(member) : '';
            },
          },
          itemStyle: { areaColor: AREA_COLOURS['UP'], borderColor: '#6b8bbf', borderWidth: 1 },
          emphasis: { itemStyle: { areaColor: '#cfe0f7' }, label: { show: true } },
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
            symbolSize: (value: number[]) => 16 + Math.sqrt(value[2] ?? 1) * 3,
            itemStyle: { color: 'rgba(37, 99, 235, 0.8)', borderColor: '#fff', borderWidth: 1.5 },
            label: { show: true, formatter: ({ data }: { data: { value: number[] } }) => String(data.value[2]), color: '#fff', fontWeight: 'bold' },
            data: clusters.map((cluster) => ({ id: cluster.id, value: [cluster.lng, cluster.lat, cluster.count] })),
          },
        ],
      },
      { replaceMerge: ['series'] },
    );
  }, [members, pins, clusters, cityName, label]);

  return <div ref={container} className="map-canvas" data-testid="map-canvas" />;
}

function MapCard({ selection, close, onlyMember }: { selection: NonNullable<Selection>; close: () => void; onlyMember: (slug: string) => void }) {
  const { t, label, cityName } = useI18n();
  return (
    <aside className="map-card" data-testid="map-card">
      <button type="button" className="close" onClick={close} aria-label={t('close')}>×</button>
      {'pin' in selection ? (
        <>
          <div className="card-kicker">{label('EntityKind', selection.pin.kind)} · {cityName(selection.pin.city)}</div>
          <h3>{selection.pin.title}</h3>
          {selection.pin.kind === 'CARRIER' && <a href={href({ page: 'record', kind: 'carrier', id: selection.pin.id })}>{t('details')}</a>}
          <JumpLink url={selection.pin.url} city={selection.pin.city} />
        </>
      ) : (
        <>
          <div className="card-kicker">{t('member')} <StatePill member={selection.member} /></div>
          <h3>{cityName(selection.member)}</h3>
          <p className="muted">
            {t('counts', {
              policies: selection.member.counts.policies,
              carriers: selection.member.counts.carriers,
              challenges: selection.member.counts.challenges,
              open: selection.member.counts.openChallenges,
            })}
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
