/**
 * 一图览全域: the nine members' boundaries (shipped GeoJSON, drawn by ECharts' geo component on
 * a canvas, no tiles) with every record of the chosen kinds as a pin coloured by kind, or a
 * cluster with its count; filters by kind, member and industry. A pin opens a card with the
 * record's jump link; a member's area opens its card with the link to its platform. Members and
 * pins are also buttons under the map, for keyboards, screen readers and thumbs.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Industry } from '../gql/graphql';
import { useI18n } from '../i18n';
import { JumpLink } from '../records/cards';
import { href } from '../route';
import { StatePill, useMembers, type MemberSummary } from '../status/members';
import { CJK_FONT_FAMILY, CORRIDOR_MAP, echarts } from './echarts';
import { MAP_KINDS, useMapData, type MapData, type MapKind, type MapPin } from './map-data';

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
        <span className="map-count" data-testid="map-count">
          {loading ? t('loading') : t('mapDrawn', { count: drawn })}
        </span>
      </div>
      <div className="map-stage">
        <MapCanvas members={members} data={loading ? undefined : data} onPin={(pin) => setSelection({ pin })} onMember={(member) => setSelection({ member })} />
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

const NOTHING_YET: MapData = { pins: [], clusters: [], totalCount: 0 };

function MapCanvas({ members, data, onPin, onMember }: {
  members: readonly MemberSummary[];
  /** Undefined while the records are being asked for: the boundaries are drawn meanwhile. */
  data: MapData | undefined;
  onPin: (pin: MapPin) => void;
  onMember: (member: MemberSummary) => void;
}) {
  const { pins, clusters } = data ?? NOTHING_YET;
  const { cityName, label, language } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>();
  // The click handlers see the latest props without rebinding the chart's events.
  const latest = useRef({ pins, members, onPin, onMember });
  latest.current = { pins, members, onPin, onMember };
  /** Records the last option draws (pins and clusters' counts), told on the canvas once ECharts has finished drawing them; null while loading. */
  const drawing = useRef<number | null>(null);

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
    // "finished" fires when rendering and its animations are done: the moment the canvas shows what it was given.
    instance.on('finished', () => {
      if (drawing.current !== null) container.current?.setAttribute('data-rendered-records', String(drawing.current));
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
    drawing.current = data ? pins.length + clusters.reduce((sum, cluster) => sum + cluster.count, 0) : null;
    container.current?.removeAttribute('data-rendered-records');
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
          label: {
            show: true,
            fontFamily: CJK_FONT_FAMILY,
            fontSize: 13,
            color: '#1f2937',
            formatter: ({ name }: { name: string }) => {
              const member = byAdcode.get(name);
              return member ? areaLabel(member, language) : '';
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
  }, [members, data, pins, clusters, cityName, label, language]);

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
