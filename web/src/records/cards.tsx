/**
 * A record as a card, the same in lists, search results and the map: what it is, whose it is,
 * and the one-click jump to its page on its member's platform (`url`, 在<city>科创云平台查看).
 */
import type { ReactNode } from 'react';
import { formatMoney } from '../format';
import { graphql } from '../gql';
import type { CarrierCardFragment, ChallengeCardFragment, PolicyCardFragment } from '../gql/graphql';
import { useI18n, type CityNames } from '../i18n';
import type { MissingRecord } from '../partial';
import { href } from '../route';
import { useMembers } from '../status/members';

graphql(`
  fragment CityName on City { slug nameZh nameEn }
  # A search hit's node is any interface at once, so fields that differ in type between kinds
  # (each kind's own status enumeration) are aliased by kind.
  fragment PolicyCard on Policy {
    id title issuer docNumber publishedOn policyStatus: status categories industries summary url
    maxSupport { yuan wan }
    city { ...CityName }
  }
  fragment CarrierCard on Carrier {
    id name kind level industries operator district freeArea url
    location { lat lng }
    city { ...CityName }
  }
  fragment ChallengeCard on Challenge {
    id title publisher publisherKind industries technicalField deadline challengeStatus: status applicationCount url
    reward { yuan wan }
    city { ...CityName }
  }
`);

export type CardRecord =
  | { kind: 'POLICY'; record: PolicyCardFragment }
  | { kind: 'CARRIER'; record: CarrierCardFragment }
  | { kind: 'CHALLENGE'; record: ChallengeCardFragment };

/** 在<city>科创云平台查看: the record's own page on its member's platform. */
export function JumpLink({ url, city }: { url: string; city: CityNames }) {
  const { t, cityName } = useI18n();
  return (
    <a className="jump" href={url} target="_blank" rel="noopener noreferrer">
      {t('jumpToPlatform', { city: cityName(city) })} ↗
    </a>
  );
}

function Badges({ children }: { children: ReactNode }) {
  return <div className="badges">{children}</div>;
}

function IndustryTags({ industries }: { industries: readonly string[] }) {
  const { label } = useI18n();
  return industries.map((industry) => <span className="tag" key={industry}>{label('Industry', industry)}</span>);
}

function CardFrame({ kind, id, title, titleHref, children, url, city, snippet }: {
  kind: CardRecord['kind'];
  id: string;
  title: string;
  titleHref?: string;
  children: ReactNode;
  url: string;
  city: CityNames;
  snippet?: string;
}) {
  const { cityName, label } = useI18n();
  return (
    <article className={`record-card kind-${kind.toLowerCase()}`} data-record-id={id}>
      <div className="card-kicker">
        <span className={`kind-dot kind-${kind.toLowerCase()}`} aria-hidden="true" />
        {label('EntityKind', kind)} · {cityName(city)}
      </div>
      <h3>{titleHref ? <a href={titleHref}>{title}</a> : title}</h3>
      {snippet && <p className="snippet">{highlighted(snippet)}</p>}
      {children}
      <JumpLink url={url} city={city} />
    </article>
  );
}

/** A search snippet with the matched text (between 【】) marked. */
function highlighted(snippet: string): ReactNode[] {
  return snippet.split(/(【[^】]*】)/).map((part, index) => (part.startsWith('【') ? <mark key={index}>{part.slice(1, -1)}</mark> : part));
}

export function RecordCard({ card, snippet }: { card: CardRecord; snippet?: string }) {
  const { t, label, language } = useI18n();
  switch (card.kind) {
    case 'POLICY': {
      const policy = card.record;
      return (
        <CardFrame kind="POLICY" id={policy.id} title={policy.title} url={policy.url} city={policy.city} snippet={snippet}>
          <p className="meta">
            {t('issuer')}：{policy.issuer}
            {policy.docNumber && <> · {policy.docNumber}</>} · {t('published')} {policy.publishedOn}
          </p>
          <Badges>
            <span className={`pill policy-${policy.policyStatus.toLowerCase()}`}>{label('PolicyStatus', policy.policyStatus)}</span>
            {policy.categories.map((category) => <span className="tag" key={category}>{label('PolicyCategory', category)}</span>)}
            {policy.maxSupport && <span className="tag money">{t('maxSupport')} {formatMoney(policy.maxSupport, language)}</span>}
          </Badges>
        </CardFrame>
      );
    }
    case 'CARRIER': {
      const carrier = card.record;
      return (
        <CardFrame kind="CARRIER" id={carrier.id} title={carrier.name} titleHref={href({ page: 'record', kind: 'carrier', id: carrier.id })} url={carrier.url} city={carrier.city} snippet={snippet}>
          <p className="meta">
            {t('operator')}：{carrier.operator} · {carrier.district}
          </p>
          <Badges>
            <span className="tag">{label('CarrierKind', carrier.kind)}</span>
            <span className="tag">{label('CarrierLevel', carrier.level)}</span>
            <IndustryTags industries={carrier.industries} />
            <span className="tag">{t('freeArea', { area: Math.round(carrier.freeArea).toLocaleString() })}</span>
          </Badges>
        </CardFrame>
      );
    }
    case 'CHALLENGE': {
      const challenge = card.record;
      return (
        <CardFrame kind="CHALLENGE" id={challenge.id} title={challenge.title} titleHref={href({ page: 'record', kind: 'challenge', id: challenge.id })} url={challenge.url} city={challenge.city} snippet={snippet}>
          <p className="meta">
            {t('publisher')}：{challenge.publisher} · {t('deadline')} {challenge.deadline}
          </p>
          <Badges>
            <span className={`pill challenge-${challenge.challengeStatus.toLowerCase()}`}>{label('ChallengeStatus', challenge.challengeStatus)}</span>
            <span className="tag money">{t('reward')} {challenge.reward ? formatMoney(challenge.reward, language) : t('rewardNegotiable')}</span>
            <IndustryTags industries={challenge.industries} />
            <span className="tag">{t('applicationCount', { count: challenge.applicationCount })}</span>
          </Badges>
        </CardFrame>
      );
    }
  }
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
