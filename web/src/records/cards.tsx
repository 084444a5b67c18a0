/**
 * A record as a card, the same in lists, search results and the map: what it is, whose it is,
 * and the one-click jump to its page on its member's platform (`url`, 在<city>科创云平台查看).
 */
import type { ReactNode } from 'react';
import { formatMoney } from '../format';
import { useI18n, type CityNames } from '../i18n';
import type { MissingRecord } from '../partial';
import { useMembers } from '../status/members';
import { KIND_COLOURS, type CardView, type Labelled } from './card-views';

/** 在<city>科创云平台查看: the record's own page on its member's platform. */
export function JumpLink({ url, city }: { url: string; city: CityNames }) {
  const { t, cityName } = useI18n();
  return (
    <a className="jump" href={url} target="_blank" rel="noopener noreferrer">
      {t('jumpToPlatform', { city: cityName(city) })} ↗
    </a>
  );
}

/** Values that read as good, as a warning, or as bad news, wherever they show as pills. */
const TONES: Readonly<Record<string, 'good' | 'warn' | 'bad'>> = {
  UP: 'good',
  IN_EFFECT: 'good',
  OPEN: 'good',
  AWARDED: 'good',
  DELIVERED: 'good',
  DEGRADED: 'warn',
  UPCOMING: 'warn',
  UNDER_REVIEW: 'warn',
  PENDING: 'warn',
  DOWN: 'bad',
  REJECTED: 'bad',
  FAILED: 'bad',
};

/** An enumeration value as a pill, coloured by what it means. */
export function Pill({ vocabulary, value }: Labelled) {
  const { label } = useI18n();
  return <span className={`pill tone-${TONES[value] ?? 'plain'}`} data-value={value}>{label(vocabulary, value)}</span>;
}

/** A search snippet with the matched text (between 【】) marked. */
function highlighted(snippet: string): ReactNode[] {
  return snippet.split(/(【[^】]*】)/).map((part, index) => (part.startsWith('【') ? <mark key={index}>{part.slice(1, -1)}</mark> : part));
}

export function RecordCard({ card, snippet }: { card: CardView; snippet?: string }) {
  const { t, label, cityName, language, field } = useI18n();
  const kind = card.kind.toLowerCase();
  // A match in the title is marked in the title itself rather than repeated beneath it.
  const snippetIsTitle = snippet !== undefined && snippet.replace(/[【】]/g, '') === card.title;
  const title = snippetIsTitle ? highlighted(snippet) : card.title;
  return (
    <article className={`record-card kind-${kind}`} data-record-id={card.id}>
      <div className="card-kicker">
        <span className="kind-dot" style={{ background: KIND_COLOURS[card.kind] }} aria-hidden="true" />
        {label('EntityKind', card.kind)} · {cityName(card.city)}
      </div>
      <h3>{card.page ? <a href={card.page}>{title}</a> : title}</h3>
      {snippet && !snippetIsTitle && <p className="snippet">{highlighted(snippet)}</p>}
      <p className="meta">{card.facts.map((fact) => (fact.label ? field(t(fact.label), fact.text) : fact.text)).join(' · ')}</p>
      <div className="badges">
        {card.status && <Pill {...card.status} />}
        {card.money && (
          <span className="tag money">
            {t(card.money.label)} {card.money.amount ? formatMoney(card.money.amount, language) : t('rewardNegotiable')}
          </span>
        )}
        {card.tags.map((tag) => <span className="tag" key={`${tag.vocabulary}:${tag.value}`}>{label(tag.vocabulary, tag.value)}</span>)}
        {card.notes.map((note) => <span className="tag" key={note.message}>{t(note.message, note.values)}</span>)}
      </div>
      <JumpLink url={card.url} city={card.city} />
    </article>
  );
}

/** A record its member could not serve for this answer: the member is named, the rest of the page stands. */
export function MissingRecordCard({ missing }: { missing: MissingRecord | undefined }) {
  const { t, cityName } = useI18n();
  const { bySlug } = useMembers();
  const member = missing ? bySlug.get(missing.city) : undefined;
  const message = missing?.code === 'RECORD_QUARANTINED' ? 'recordQuarantined' : missing?.code === 'NOT_FOUND' ? 'recordGone' : 'recordUnavailable';
  return (
    <article className="record-card missing" data-missing-city={missing?.city}>
      {t(message, { city: member ? cityName(member) : (missing?.city ?? '—') })}
    </article>
  );
}
