/**
 * A challenge (揭榜挂帅) on its own page: what it asks, the carriers anywhere in the corridor that
 * could take it on and why (`matchingCarriers` with reasons), 我要揭榜 for a signed-in applicant,
 * and — for its publisher — the applications with review, award and close.
 */
import { useQuery, useReactiveVar } from '@apollo/client';
import { apiKeyVar } from '../apollo';
import { formatMoney } from '../format';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { ApplyForm } from '../marketplace/ApplyForm';
import { PublisherApplications } from '../marketplace/PublisherApplications';
import { carrierCard } from './card-views';
import { JumpLink, Pill } from './cards';
import { MatchList, RecordPageFrame } from './record-page';

const ChallengePageDocument = graphql(`
  query ChallengePage($id: ID!, $signedIn: Boolean!, $language: Language!) {
    node(id: $id) {
      id
      ... on Challenge {
        ...ChallengeCard
        publisherKind
        technicalField
        description
        requirements
        publishedOn
        tags
        matchingCarriers(first: 8) {
          score
          distanceKm
          reasons { kind detail(language: $language) }
          carrier { ...CarrierCard }
        }
        applications @include(if: $signedIn) { ...PublisherApplication }
      }
    }
  }
`);

export function ChallengePage({ id }: { id: string }) {
  const { t, cityName, label, language, apiLanguage, list, aside } = useI18n();
  const signedIn = useReactiveVar(apiKeyVar) !== null;
  const { data, error, loading } = useQuery(ChallengePageDocument, { variables: { id, signedIn, language: apiLanguage } });
  const node = data?.node;
  const challenge = node && 'title' in node ? node : undefined;
  return (
    <RecordPageFrame loading={loading} error={error} found={challenge !== undefined}>
      {challenge && (
        <article className="record-page challenge-page" data-record-id={challenge.id}>
          <div className="card-kicker">
            {label('EntityKind', 'CHALLENGE')} · {cityName(challenge.city)} · <Pill vocabulary="ChallengeStatus" value={challenge.challengeStatus} />
          </div>
          <h2>{challenge.title}</h2>
          <dl className="facts">
            <dt>{t('publisher')}</dt>
            <dd>{aside(challenge.publisher, label('PublisherKind', challenge.publisherKind))}</dd>
            <dt>{t('reward')}</dt>
            <dd>{challenge.reward ? formatMoney(challenge.reward, language) : t('rewardNegotiable')}</dd>
            <dt>{t('deadline')}</dt>
            <dd>{challenge.deadline}</dd>
            <dt>{t('technicalField')}</dt>
            <dd>{challenge.technicalField}</dd>
            <dt>{t('filterIndustries')}</dt>
            <dd>{list(challenge.industries.map((industry) => label('Industry', industry)))}</dd>
          </dl>
          <p className="prose">{challenge.description}</p>
          <h3>{t('requirements')}</h3>
          <p className="prose">{challenge.requirements}</p>
          <p className="muted">{t('applicationCount', { count: challenge.applicationCount })}</p>
          <JumpLink url={challenge.url} city={challenge.city} />

          {/* Only the publisher is answered `applications` (anyone else gets FORBIDDEN and null): it reviews, it does not apply. */}
          {challenge.applications ? (
            <PublisherApplications challengeId={challenge.id} status={challenge.challengeStatus} applications={challenge.applications} />
          ) : challenge.challengeStatus === 'OPEN' ? (
            <ApplyForm challengeId={challenge.id} />
          ) : (
            <p className="muted">{t('notOpen')}</p>
          )}

          <h3>{t('matchingCarriers')}</h3>
          <MatchList
            matches={challenge.matchingCarriers}
            cardOf={(match) => (match.carrier ? carrierCard(match.carrier) : null)}
            pathOf={(index) => ['node', 'matchingCarriers', index, 'carrier']}
            error={error}
          />
        </article>
      )}
    </RecordPageFrame>
  );
}
