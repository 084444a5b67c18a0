/** What the challenge and carrier pages share: loading and missing states, and a match's reasons. */
import type { ApolloError } from '@apollo/client';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { missingRecordAt } from '../partial';
import type { CardView } from './card-views';
import { MissingRecordCard, RecordCard } from './cards';

export function RecordPageFrame({ loading, error, found, children }: { loading: boolean; error: ApolloError | undefined; found: boolean; children: ReactNode }) {
  const { t } = useI18n();
  if (found) return <>{children}</>;
  if (loading) return <p className="muted">{t('loading')}</p>;
  const missing = missingRecordAt(error, ['node']);
  if (missing) return <MissingRecordCard missing={missing} />;
  return <p className="error">{error ? t('errorGeneric', { message: error.message }) : t('noResults')}</p>;
}

interface Match {
  score: number;
  distanceKm: number;
  reasons: readonly { kind: string; detail: string }[];
}

/**
 * Cross-member matches, best first: strength, distance, the API's reasons in words, and the
 * matched record (or the member that could not serve it, from the error at `pathOf(index)`).
 */
export function MatchList<M extends Match>({ matches, cardOf, pathOf, error }: {
  matches: readonly M[];
  cardOf: (match: M) => CardView | null;
  pathOf: (index: number) => readonly (string | number)[];
  error: ApolloError | undefined;
}) {
  const { t } = useI18n();
  return (
    <ol className="matches">
      {matches.map((match, index) => {
        const card = cardOf(match);
        return (
          <li key={card?.id ?? `missing-${index}`} className="match">
            <div className="match-head">
              <span className="score">{t('matchScore', { score: Math.round(match.score * 100) })}</span> · {t('distance', { km: match.distanceKm.toFixed(1) })}
            </div>
            <ul className="reasons">
              {match.reasons.map((reason) => (
                <li key={reason.detail} data-reason={reason.kind}>{reason.detail}</li>
              ))}
            </ul>
            {card ? <RecordCard card={card} /> : <MissingRecordCard missing={missingRecordAt(error, pathOf(index))} />}
          </li>
        );
      })}
    </ol>
  );
}
