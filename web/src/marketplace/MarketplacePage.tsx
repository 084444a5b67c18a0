/**
 * 我要发榜 / 我要揭榜: sign in with the organisation's API key, publish, the publisher's view of
 * its challenges (`myChallenges`, with review, award and close) and the applicant's view of its
 * applications (`myApplications`, with withdraw).
 */
import { useQuery, useReactiveVar } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { apiKeyVar, switchApiKey } from '../apollo';
import { formatInstant } from '../format';
import { graphql } from '../gql';
import type { ReceiptFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { challengeCard } from '../records/card-views';
import { Pill, RecordCard } from '../records/cards';
import { errorCode, graphQLErrorsOf } from '../partial';
import { href } from '../route';
import { PublisherApplications } from './PublisherApplications';
import { PublishForm } from './PublishForm';
import { FormProblems, ReceiptView, useWrite, writeProblem } from './writes';

graphql(`
  fragment ApplicantApplication on Application {
    id
    status
    delivery
    submittedAt
    proposal
    challenge { id title city { ...CityName } }
  }
`);

const MyApplicationsDocument = graphql(`
  query MyApplications {
    myApplications { ...ApplicantApplication }
  }
`);

const MyChallengesDocument = graphql(`
  query MyChallenges {
    myChallenges {
      id
      ...ChallengeCard
      applications { ...PublisherApplication }
    }
  }
`);

const WithdrawDocument = graphql(`
  mutation WithdrawApplication($input: WithdrawApplicationInput!, $idempotencyKey: String!) {
    withdrawApplication(input: $input, idempotencyKey: $idempotencyKey) {
      receipt { ...Receipt }
      application { id status }
    }
  }
`);

function SignIn() {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) await switchApiKey(draft.trim());
  };
  return (
    <form className="write-form sign-in" onSubmit={submit}>
      <h3>{t('signIn')}</h3>
      <label>
        {t('apiKey')}
        <input name="apiKey" type="password" autoComplete="off" value={draft} onChange={(event) => setDraft(event.target.value)} />
      </label>
      <p className="muted">{t('apiKeyHint')}</p>
      <button type="submit" className="primary">{t('signIn')}</button>
    </form>
  );
}

function MyApplications() {
  const { t, label, cityName, language, aside } = useI18n();
  const { data, error } = useQuery(MyApplicationsDocument, { fetchPolicy: 'cache-and-network' });
  const withdraw = useWrite(WithdrawDocument);
  const [receipt, setReceipt] = useState<ReceiptFragment | null>(null);
  const refusal = graphQLErrorsOf(error).find((problem) => errorCode(problem) === 'UNAUTHENTICATED');
  if (refusal) return <FormProblems problems={[writeProblem(refusal, language)]} fields={[]} />;
  return (
    <section className="applicant-view" data-testid="applicant-view">
      <h3>{t('myApplications')}</h3>
      {data?.myApplications.length === 0 && <p className="muted">{t('noApplications')}</p>}
      <ul className="applications">
        {data?.myApplications.map((application) => (
          <li key={application.id} className="application" data-application-id={application.id} data-status={application.status}>
            <div className="application-head">
              <a href={href({ page: 'record', kind: 'challenge', id: application.challenge.id })}>
                {aside(application.challenge.title, cityName(application.challenge.city))}
              </a>{' '}
              · <Pill vocabulary="ApplicationStatus" value={application.status} /> ·{' '}
              <span className="muted">{label('WriteState', application.delivery)} · {t('submittedAt', { time: formatInstant(application.submittedAt, language) })}</span>
            </div>
            {(application.status === 'SUBMITTED' || application.status === 'UNDER_REVIEW') && (
              <button type="button" className="secondary" onClick={async () => setReceipt((await withdraw.run({ input: { applicationId: application.id } }))?.withdrawApplication.receipt ?? null)}>
                {t('withdraw')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormProblems problems={withdraw.problems} fields={[]} />
      {receipt && <ReceiptView key={receipt.idempotencyKey} receipt={receipt} />}
    </section>
  );
}

/** The publisher's view: every challenge the organisation published, each with its applications and decisions. */
function MyChallenges() {
  const { t } = useI18n();
  const { data } = useQuery(MyChallengesDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="publisher-challenges" data-testid="my-challenges">
      <h3>{t('myChallenges')}</h3>
      {data?.myChallenges.length === 0 && <p className="muted">{t('noChallenges')}</p>}
      {data?.myChallenges.map((challenge) => (
        <div key={challenge.id} className="my-challenge" data-record-id={challenge.id}>
          <RecordCard card={challengeCard(challenge)} />
          {challenge.applications && <PublisherApplications challengeId={challenge.id} status={challenge.challengeStatus} applications={challenge.applications} />}
        </div>
      ))}
    </section>
  );
}

export function MarketplacePage() {
  const { t } = useI18n();
  const signedIn = useReactiveVar(apiKeyVar) !== null;
  if (!signedIn) return <section className="marketplace"><SignIn /></section>;
  return (
    <section className="marketplace">
      <div className="signed-in">
        {t('signedIn')} · <button type="button" className="link" onClick={() => switchApiKey(null)}>{t('signOut')}</button>
      </div>
      <div className="marketplace-grid">
        <PublishForm />
        <div>
          <MyChallenges />
          <MyApplications />
        </div>
      </div>
    </section>
  );
}
