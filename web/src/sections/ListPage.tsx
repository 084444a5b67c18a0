/**
 * A section as a list: a facet sidebar (counts per member, industry and the section's own
 * groups, for the current filter), a text filter and ordering, and keyset paging.
 */
import { useState, type FormEvent } from 'react';
import { PAGE_SIZE } from '../config';
import { useI18n } from '../i18n';
import { useMembers } from '../status/members';
import { PagedCards } from './paging';
import { SECTIONS, type Bucket, type ListPage as Page, type Section, type SectionKey } from './sections';

interface ListFilter {
  /** Selected values per filter field: `cities`, `industries` and the section's groups. */
  selected: Readonly<Record<string, readonly string[]>>;
  text: string;
}

const NO_FILTER: ListFilter = { selected: {}, text: '' };

/** The filter fields every section's facets have, before its own groups. */
const COMMON_FIELDS = ['cities', 'industries'];

function filterVariable(filter: ListFilter): Record<string, unknown> {
  const fields = Object.fromEntries(Object.entries(filter.selected).filter(([, values]) => values.length > 0));
  return filter.text.trim() ? { ...fields, text: filter.text.trim() } : fields;
}

export function ListPage({ sectionKey }: { sectionKey: SectionKey }) {
  const section: Section = SECTIONS[sectionKey];
  const { t } = useI18n();
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [orderBy, setOrderBy] = useState('NEWEST');
  const base = { filter: filterVariable(filter), orderBy: orderBy === 'RELEVANCE' && !filter.text.trim() ? 'NEWEST' : orderBy, first: PAGE_SIZE };
  const first = section.usePage({ ...base, after: null, withFacets: true });
  const buckets = useFacetBuckets(section, filter, first.page);
  const toggle = (field: string, value: string) => {
    const current = filter.selected[field] ?? [];
    setFilter({ ...filter, selected: { ...filter.selected, [field]: current.includes(value) ? current.filter((other) => other !== value) : [...current, value] } });
  };
  return (
    <section className="list-page" data-section={section.key}>
      <h2>{t(section.title)}</h2>
      <div className="list-layout">
        <FacetSidebar section={section} buckets={buckets} filter={filter} toggle={toggle} clear={() => setFilter(NO_FILTER)} />
        <div className="list-main">
          <ListToolbar section={section} filter={filter} orderBy={orderBy} setOrderBy={setOrderBy} setText={(text) => setFilter({ ...filter, text })} total={first.page?.totalCount} />
          <PagedCards
            key={JSON.stringify(base)}
            first={first}
            useLaterPage={(after) => section.usePage({ ...base, after, withFacets: false })}
            connectionPath={['list']}
          />
        </div>
      </div>
    </section>
  );
}

/**
 * Each facet group's buckets. A group with a value chosen counts the list as filtered by every
 * other group but not by itself (its own facets query), so the members not chosen still show,
 * with the counts they would add, and a second member can be chosen beside the first.
 */
function useFacetBuckets(section: Section, filter: ListFilter, page: Page | undefined): ReadonlyMap<string, readonly Bucket[]> | undefined {
  const fields = [...COMMON_FIELDS, ...section.groups.map((group) => group.field)];
  const others = fields.map((field) => {
    const chosen = (filter.selected[field] ?? []).length > 0;
    const withoutField = { ...filter, selected: { ...filter.selected, [field]: [] } };
    // One hook per field, always called (the section's fields never change while it is shown).
    const { page: facetsPage } = section.usePage({ filter: filterVariable(withoutField), orderBy: 'NEWEST', first: 1, after: null, withFacets: true }, !chosen);
    return chosen ? facetsPage : page;
  });
  if (!page?.facets) return undefined;
  return new Map(
    fields.map((field, index) => {
      const facets = others[index]?.facets ?? page.facets!;
      const buckets = field === 'cities' ? facets.cities.map((bucket) => ({ value: bucket.city.slug, count: bucket.count })) : field === 'industries' ? facets.industries : (facets.groups[field] ?? []);
      return [field, buckets];
    }),
  );
}

function ListToolbar({ section, filter, orderBy, setOrderBy, setText, total }: {
  section: Section;
  filter: ListFilter;
  orderBy: string;
  setOrderBy: (order: string) => void;
  setText: (text: string) => void;
  total: number | undefined;
}) {
  const { t, label, values } = useI18n();
  const [draft, setDraft] = useState(filter.text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setText(draft);
  };
  return (
    <div className="toolbar">
      <form onSubmit={submit} className="text-filter">
        <input type="search" value={draft} onChange={(event) => setDraft(event.target.value)} placeholder={t('filterText')} aria-label={t('filterText')} />
        <button type="submit">{t('searchButton')}</button>
      </form>
      <label className="order">
        {t('orderBy')}{' '}
        <select value={orderBy} onChange={(event) => setOrderBy(event.target.value)}>
          {values(section.orders).map((order) => (
            // Nearest-first needs a point to measure from, which the list does not ask for.
            <option key={order} value={order} disabled={order === 'DISTANCE' || (order === 'RELEVANCE' && !filter.text.trim())}>
              {label(section.orders, order)}
            </option>
          ))}
        </select>
      </label>
      {total !== undefined && <span className="total" data-testid="list-total">{t('records', { count: total })}</span>}
    </div>
  );
}

function FacetSidebar({ section, buckets, filter, toggle, clear }: {
  section: Section;
  buckets: ReadonlyMap<string, readonly Bucket[]> | undefined;
  filter: ListFilter;
  toggle: (field: string, value: string) => void;
  clear: () => void;
}) {
  const { t, cityName, label } = useI18n();
  // Open beside the list on a desktop; folded above it on a phone, where it would push the list off the screen.
  const [open] = useState(() => window.matchMedia('(min-width: 800px)').matches);
  const { members } = useMembers();
  if (!buckets) return <aside className="facets" />;
  const group = (field: string, title: string, buckets: readonly Bucket[], labelOf: (value: string) => string) => (
    <fieldset key={field} className="facet-group" data-facet={field}>
      <legend>{title}</legend>
      {buckets.map((bucket) => (
        <label key={bucket.value} className="facet">
          <input type="checkbox" checked={(filter.selected[field] ?? []).includes(bucket.value)} onChange={() => toggle(field, bucket.value)} value={bucket.value} />
          <span className="facet-label">{labelOf(bucket.value)}</span>
          <span className="count">{bucket.count}</span>
        </label>
      ))}
    </fieldset>
  );
  const namesBySlug = new Map(members.map((member) => [member.slug, cityName(member)]));
  return (
    <aside className="facets">
      <details open={open}>
        <summary>{t('filterMembers')} · {t('filterIndustries')}</summary>
        {group('cities', t('filterMembers'), buckets.get('cities') ?? [], (slug) => namesBySlug.get(slug) ?? slug)}
        {group('industries', t('filterIndustries'), buckets.get('industries') ?? [], (value) => label('Industry', value))}
        {section.groups.map((facetGroup) => group(facetGroup.field, t(facetGroup.title), buckets.get(facetGroup.field) ?? [], (value) => label(facetGroup.vocabulary, value)))}
        <button type="button" className="link" onClick={clear}>{t('clearFilters')}</button>
      </details>
    </aside>
  );
}
