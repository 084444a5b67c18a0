/**
 * The nine members and how each is doing, asked every few seconds: the header's status pills,
 * the banner that names a member that is down (while the rest of the page shows everyone
 * else), the map's areas and the member filters all read this one query from the cache.
 */
import { useQuery, useReactiveVar } from '@apollo/client';
import { staleCopiesVar } from '../apollo';
import { STATUS_POLL_MS } from '../config';
import { graphql } from '../gql';
import type { MembersQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { Pill } from '../records/cards';

const MembersDocument = graphql(`
  query Members {
    cities {
      slug
      nameZh
      nameEn
      provinceZh: province(language: ZH)
      provinceEn: province(language: EN)
      adcode
      platformUrl
      location { lat lng }
      counts { policies carriers challenges openChallenges financeProducts talentServices achievements cooperationItems technologyManagers consortia }
      status {
        state
        lagSeconds
        lastError
        quarantinedRecords
        quarantined { kind nativeId reason }
      }
    }
  }
`);

export type MemberSummary = MembersQuery['cities'][number];

export function useMembers(): { members: readonly MemberSummary[]; bySlug: ReadonlyMap<string, MemberSummary> } {
  const { data } = useQuery(MembersDocument, { pollInterval: STATUS_POLL_MS, notifyOnNetworkStatusChange: false });
  const members = data?.cities ?? [];
  return { members, bySlug: new Map(members.map((member) => [member.slug, member])) };
}

/** How long a stale-copy notice stays up after the last answer that carried it. */
const STALE_NOTICE_MS = 30_000;

/** Names the members that are down or degraded and those served from old copies; nothing when all are well. */
export function MembersBanner() {
  const { t, cityName, list } = useI18n();
  const { members, bySlug } = useMembers();
  const staleCopies = useReactiveVar(staleCopiesVar);
  const names = (state: string) => list(members.filter((member) => member.status.state === state).map(cityName));
  const [down, degraded] = [names('DOWN'), names('DEGRADED')];
  const stale = [...staleCopies.values()].filter((copy) => Date.now() - copy.seenAt < STALE_NOTICE_MS && bySlug.has(copy.city));
  if (!down && !degraded && stale.length === 0) return null;
  return (
    <div className="banner" role="status" data-testid="members-banner">
      {down && <p data-state="DOWN">{t('membersDown', { cities: down })}</p>}
      {degraded && <p data-state="DEGRADED">{t('membersDegraded', { cities: degraded })}</p>}
      {stale.map((copy) => (
        <p key={copy.city}>{t('staleCopies', { city: cityName(bySlug.get(copy.city)!), age: copy.ageSeconds })}</p>
      ))}
    </div>
  );
}

/** One member's state as a coloured pill: 正常 / 降级 / 不可用. */
export function StatePill({ member }: { member: MemberSummary }) {
  return <Pill vocabulary="CityState" value={member.status.state} />;
}

/** 成员状态: each member's state, sync lag and the records its platform sent malformed. */
export function StatusPage() {
  const { t, cityName } = useI18n();
  const { members } = useMembers();
  return (
    <section className="status-page">
      <h2>{t('statusTitle')}</h2>
      <ul className="status-list">
        {members.map((member) => (
          <li key={member.slug} data-member={member.slug} data-state={member.status.state}>
            <div className="status-head">
              <strong>{cityName(member)}</strong> <StatePill member={member} />
            </div>
            <div className="muted">
              {member.status.lagSeconds === null || member.status.lagSeconds === undefined
                ? t('statusNeverSynced')
                : t('statusLag', { seconds: member.status.lagSeconds })}
              {member.status.lastError && <> · {member.status.lastError}</>}
            </div>
            {member.status.quarantinedRecords === 0 ? (
              <div className="muted">{t('statusNoneQuarantined')}</div>
            ) : (
              <details>
                <summary>{t('statusQuarantined', { count: member.status.quarantinedRecords })}</summary>
                <ul>
                  {member.status.quarantined.map((record) => (
                    <li key={`${record.kind}:${record.nativeId}`}>
                      <code>{record.nativeId ?? '—'}</code> {record.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <a className="jump" href={member.platformUrl} target="_blank" rel="noopener noreferrer">
              {t('goToPlatform', { city: cityName(member) })} ↗
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
