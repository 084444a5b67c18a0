/**
 * The publisher's view of one challenge: its applications, each taken into review or rejected,
 * one awarded; the challenge's applications stopped for review (揭榜中 → 评审中), or closed. The answers carry the changed records' ids, so the
 * normalised cache updates this list, the challenge's status and every list showing them.
 */
import { useState } from 'react';
import { formatInstant } from '../format';
import { graphql } from '../gql';
import type { PublisherApplicationFragment, ReceiptFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { Pill } from '../records/cards';
import { FormProblems, ReceiptView, useWrite } from './writes';

graphql(`
  fragment PublisherApplication on Application {
    id
    applicantOrganization
    applicantCity { ...CityName }
    proposal
    status
    submittedAt
    delivery
    contact { name phone email }
  }
`);

const ReviewDocument = graphql(`
  mutation ReviewApplication($input: ReviewApplicationInput!, $idempotencyKey: String!) {
    reviewApplication(input: $input, idempotencyKey: $idempotencyKey) {
      receipt { ...Receipt }
      application { id status }
    }
  }
`);

const AwardDocument = graphql(`
  mutation AwardChallenge($input: AwardChallengeInput!, $idempotencyKey: String!) {
    awardChallenge(input: $input, idempotencyKey: $idempotencyKey) {
      receipt { ...Receipt }
      challenge { id ... on Challenge { status applications { id status } } }
    }
  }
`);

const StartReviewDocument = graphql(`
  mutation StartReview($input: StartReviewInput!, $idempotencyKey: String!) {
    startReview(input: $input, idempotencyKey: $idempotencyKey) {
      receipt { ...Receipt }
      challenge { id ... on Challenge { status } }
    }
  }
`);

const CloseDocument = graphql(`
  mutation CloseChallenge($input: CloseChallengeInput!, $idempotencyKey: String!) {
    closeChallenge(input: $input, idempotencyKey: $idempotencyKey) {
      receipt { ...Receipt }
      challenge { id ... on Challenge { status } }
    }
  }
`);

export function PublisherApplications({ challengeId, status, applications }: { challengeId: string; status: string; applications: readonly PublisherApplicationFragment[] }) {
  const { t, cityName, language, aside, field } = useI18n();
  const review = useWrite(ReviewDocument);
  const award = useWrite(AwardDocument);
  const close = useWrite(CloseDocument);
  const startReview = useWrite(StartReviewDocument);
  const [receipt, setReceipt] = useState<ReceiptFragment | null>(null);
  const decided = status === 'AWARDED' || status === 'CLOSED';
  const problems = [...review.problems, ...award.problems, ...close.problems, ...startReview.problems];
  return (
    <section className="publisher-view" data-testid="publisher-view">
      <h3>{t('applications')}</h3>
      {applications.length === 0 && <p className="muted">{t('noApplications')}</p>}
      <ul className="applications">
        {applications.map((application) => (
          <li key={application.id} className="application" data-application-id={application.id} data-status={application.status}>
            <div className="application-head">
              <strong>{aside(application.applicantOrganization, cityName(application.applicantCity))}</strong> ·{' '}
              <Pill vocabulary="ApplicationStatus" value={application.status} /> ·{' '}
              <span className="muted">{t('submittedAt', { time: formatInstant(application.submittedAt, language) })}</span>
            </div>
            <p className="prose">{application.proposal}</p>
            <p className="muted">
              {field(t('contact'), [application.contact.name, application.contact.phone, application.contact.email].filter(Boolean).join(' · '))}
            </p>
            {!decided && (application.status === 'SUBMITTED' || application.status === 'UNDER_REVIEW') && (
              <div className="actions">
                {application.status === 'SUBMITTED' && (
                  <button type="button" onClick={async () => setReceipt((await review.run({ input: { applicationId: application.id, decision: 'UNDER_REVIEW' } }))?.reviewApplication.receipt ?? null)}>
                    {t('startReview')}
                  </button>
                )}
                <button type="button" className="secondary" onClick={async () => setReceipt((await review.run({ input: { applicationId: application.id, decision: 'REJECTED' } }))?.reviewApplication.receipt ?? null)}>
                  {t('reject')}
                </button>
                <button type="button" className="primary" onClick={async () => setReceipt((await award.run({ input: { challengeId, applicationId: application.id } }))?.awardChallenge.receipt ?? null)}>
                  {t('award')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {!decided && (
        <div className="actions">
          {status === 'OPEN' && (
            <button type="button" onClick={async () => setReceipt((await startReview.run({ input: { challengeId } }))?.startReview.receipt ?? null)}>
              {t('startChallengeReview')}
            </button>
          )}
          <button type="button" className="secondary" onClick={async () => setReceipt((await close.run({ input: { challengeId } }))?.closeChallenge.receipt ?? null)}>
            {t('closeChallenge')}
          </button>
        </div>
      )}
      <FormProblems problems={problems} fields={[]} />
      {receipt && <ReceiptView key={receipt.idempotencyKey} receipt={receipt} />}
    </section>
  );
}
