/**
 * 全域搜索: one ranked search over every member and kind. A hit's node is a `Node`, a union of
 * every member's own types; the card fragments on the `Policy`, `Carrier` and `Challenge`
 * interfaces match them through the generated possibleTypes.
 */
import { useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { PAGE_SIZE } from '../config';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { graphQLErrorsOf } from '../partial';
import { cardOf } from '../records/card-views';
import { href } from '../route';
import { PagedCards, type PageResult } from '../sections/paging';

const SearchDocument = graphql(`
  query Search($text: String!, $first: Int!, $after: String) {
    search(text: $text, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        kind
        snippet
        node { ...AnyCard }
      }
    }
  }
`);


function useSearchPage(text: string, after: string | null): PageResult {
  const { data, error, loading } = useQuery(SearchDocument, { variables: { text, first: PAGE_SIZE, after }, skip: text.trim().length === 0 });
  if (!data) return { error, loading };
  const { search } = data;
  return {
    error,
    loading,
    page: {
      totalCount: search.totalCount,
      hasNextPage: search.pageInfo.hasNextPage,
      endCursor: search.pageInfo.endCursor,
      edges: search.edges.map((edge) => ({ cursor: edge.cursor, snippet: edge.snippet, card: edge.node ? cardOf(edge.kind, edge.node) : null })),
    },
  };
}

export function SearchPage({ text }: { text: string }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(text);
  const first = useSearchPage(text, null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = href({ page: 'search', text: draft.trim() });
  };
  const refused = graphQLErrorsOf(first.error).find((error) => error.extensions?.['field'] === 'text');
  return (
    <section className="search-page">
      <form className="search-form" onSubmit={submit} role="search">
        <input type="search" value={draft} onChange={(event) => setDraft(event.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} />
        <button type="submit">{t('searchButton')}</button>
      </form>
      <p className="muted">{refused ? t('searchHint') : first.page ? t('results', { count: first.page.totalCount }) : t('searchHint')}</p>
      {text && !refused && <PagedCards key={text} first={first} useLaterPage={(after) => useSearchPage(text, after)} connectionPath={['search']} />}
    </section>
  );
}
