/** A carrier (科技载体) on its own page, with the open challenges anywhere in the corridor it could take on. */
import { useQuery } from '@apollo/client';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { challengeCard } from './card-views';
import { JumpLink } from './cards';
import { MatchList, RecordPageFrame } from './record-page';

const CarrierPageDocument = graphql(`
  query CarrierPage($id: ID!, $language: Language!) {
    node(id: $id) {
      id
      ... on Carrier {
        ...CarrierCard
        address
        services
        floorArea
        contact { name phone email }
        openChallenges(first: 8) {
          score
          distanceKm
          reasons { kind detail(language: $language) }
          challenge { ...ChallengeCard }
        }
      }
    }
  }
`);

export function CarrierPage({ id }: { id: string }) {
  const { t, label, cityName, apiLanguage, list } = useI18n();
  const { data, error, loading } = useQuery(CarrierPageDocument, { variables: { id, language: apiLanguage } });
  const node = data?.node;
  const carrier = node && 'operator' in node ? node : undefined;
  return (
    <RecordPageFrame loading={loading} error={error} found={carrier !== undefined}>
      {carrier && (
        <article className="record-page carrier-page" data-record-id={carrier.id}>
          <div className="card-kicker">
            {label('EntityKind', 'CARRIER')} · {cityName(carrier.city)} · {label('CarrierKind', carrier.kind)} · {label('CarrierLevel', carrier.level)}
          </div>
          <h2>{carrier.name}</h2>
          <dl className="facts">
            <dt>{t('operator')}</dt>
            <dd>{carrier.operator}</dd>
            <dt>{t('member')}</dt>
            <dd>{carrier.district} · {carrier.address}</dd>
            <dt>{t('filterIndustries')}</dt>
            <dd>{list(carrier.industries.map((industry) => label('Industry', industry)))}</dd>
            <dt>{t('services')}</dt>
            <dd>{list(carrier.services)}</dd>
            <dt>{t('contact')}</dt>
            <dd>{[carrier.contact.name, carrier.contact.phone, carrier.contact.email].filter(Boolean).join(' · ')}</dd>
          </dl>
          <p>{t('freeArea', { area: Math.round(carrier.freeArea).toLocaleString() })}</p>
          <JumpLink url={carrier.url} city={carrier.city} />
          <h3>{t('openChallenges')}</h3>
          <MatchList
            matches={carrier.openChallenges}
            cardOf={(match) => (match.challenge ? challengeCard(match.challenge) : null)}
            pathOf={(index) => ['node', 'openChallenges', index, 'challenge']}
            error={error}
          />
        </article>
      )}
    </RecordPageFrame>
  );
}
