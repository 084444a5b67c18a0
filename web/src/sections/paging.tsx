/**
 * Keyset paging shared by the lists and the search: each "load more" is its own query with the
 * previous page's `endCursor` as `after`, so each page keeps its own partial-result errors (a
 * null record is matched to the error whose path ends at it) and the cache holds every page.
 */
import type { ApolloError } from '@apollo/client';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { missingRecordAt } from '../partial';
import { MissingRecordCard, RecordCard } from '../records/cards';
import type { ListPage } from './sections';

export interface PageResult {
  page?: ListPage;
  error?: ApolloError;
  loading: boolean;
}

/** The first page (asked by the caller, which also draws its facets) and the pages after it. */
export function PagedCards({ first, useLaterPage, connectionPath }: {
  first: PageResult;
  /** A hook: the page after `after`. */
  useLaterPage: (after: string) => PageResult;
  /** Where the connection is in the answer, e.g. `['list']`, for the errors' paths. */
  connectionPath: readonly string[];
}) {
  // Cursors of the pages after the first, in order. The caller keys this component by its
  // variables, so a new filter starts from the first page again.
  const [later, setLater] = useState<string[]>([]);
  const more = (cursor: string) => setLater((pages) => (pages.includes(cursor) ? pages : [...pages, cursor]));
  const total = first.page?.totalCount ?? 0;
  return (
    <>
      <Chunk result={first} isLast={later.length === 0} more={more} total={total} connectionPath={connectionPath} />
      {later.map((after, index) => (
        <LaterChunk key={after} after={after} usePage={useLaterPage} isLast={index === later.length - 1} more={more} total={total} connectionPath={connectionPath} />
      ))}
    </>
  );
}

interface ChunkProps {
  isLast: boolean;
  more: (cursor: string) => void;
  total: number;
  connectionPath: readonly string[];
}

function LaterChunk({ after, usePage, ...props }: ChunkProps & { after: string; usePage: (after: string) => PageResult }) {
  return <Chunk result={usePage(after)} {...props} />;
}

function Chunk({ result: { page, error, loading }, isLast, more, total, connectionPath }: ChunkProps & { result: PageResult }) {
  const { t } = useI18n();
  if (!page) return loading ? <p className="muted">{t('loading')}</p> : error ? <p className="error">{t('errorGeneric', { message: error.message })}</p> : null;
  if (page.edges.length === 0 && total === 0) return <p className="muted">{t('noResults')}</p>;
  return (
    <>
      <ol className="cards">
        {page.edges.map((edge, index) => {
          if (edge.card) return <li key={edge.cursor}><RecordCard card={edge.card} snippet={edge.snippet} /></li>;
          return (
            <li key={edge.cursor}>
              <MissingRecordCard missing={missingRecordAt(error, [...connectionPath, 'edges', index, 'node'])} />
            </li>
          );
        })}
      </ol>
      {isLast &&
        (page.hasNextPage && page.endCursor ? (
          <button type="button" className="more" onClick={() => more(page.endCursor!)}>
            {t('loadMore')}
          </button>
        ) : (
          <p className="pager-end" data-testid="list-end">{t('allShown', { count: total })}</p>
        ))}
    </>
  );
}
