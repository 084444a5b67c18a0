/** The page's frame: header with navigation, search and the language toggle; members' banner; the current place. */
import { useState, type FormEvent } from 'react';
import { useI18n } from './i18n';
import { CorridorMap } from './map/CorridorMap';
import { MarketplacePage } from './marketplace/MarketplacePage';
import { CarrierPage } from './records/CarrierPage';
import { ChallengePage } from './records/ChallengePage';
import { href, useRoute, type Route } from './route';
import { SearchPage } from './search/SearchPage';
import { ListPage } from './sections/ListPage';
import { SECTIONS, type SectionKey } from './sections/sections';
import { MembersBanner, StatusPage } from './status/members';

function Place({ route }: { route: Route }) {
  switch (route.page) {
    case 'map':
      return <CorridorMap />;
    case 'list':
      return route.section in SECTIONS ? <ListPage key={route.section} sectionKey={route.section} /> : <CorridorMap />;
    case 'search':
      return <SearchPage key={route.text} text={route.text} />;
    case 'record':
      return route.kind === 'challenge' ? <ChallengePage key={route.id} id={route.id} /> : <CarrierPage key={route.id} id={route.id} />;
    case 'marketplace':
      return <MarketplacePage />;
    case 'status':
      return <StatusPage />;
  }
}

function HeaderSearch() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) window.location.hash = href({ page: 'search', text: text.trim() });
  };
  return (
    <form className="header-search" role="search" onSubmit={submit}>
      <input type="search" name="q" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} />
    </form>
  );
}

export function App() {
  const { t, language, setLanguage } = useI18n();
  const route = useRoute();
  const current = (candidate: Route) => (href(candidate) === href(route) ? 'page' : undefined);
  const links: Route[] = [
    { page: 'map' },
    ...(Object.keys(SECTIONS) as SectionKey[]).map((section): Route => ({ page: 'list', section })),
    { page: 'marketplace' },
    { page: 'status' },
  ];
  const title = (link: Route) =>
    link.page === 'list' ? t(SECTIONS[link.section].title) : t(link.page === 'map' ? 'navMap' : link.page === 'marketplace' ? 'navMarketplace' : 'navStatus');
  return (
    <>
      <header className="site-header">
        <div className="brand">
          <a href={href({ page: 'map' })}>
            <strong>{t('title')}</strong> <span>{t('subtitle')}</span>
          </a>
        </div>
        <HeaderSearch />
        <button type="button" className="language" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')} lang={language === 'zh' ? 'en' : 'zh-CN'}>
          {t('languageToggle')}
        </button>
        <nav className="site-nav">
          {links.map((link) => (
            <a key={href(link)} href={href(link)} aria-current={current(link)}>
              {title(link)}
            </a>
          ))}
        </nav>
      </header>
      <MembersBanner />
      <main>
        <Place route={route} />
      </main>
    </>
  );
}
