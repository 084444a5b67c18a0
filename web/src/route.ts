/**
 * The page's places, in the URL's hash (`#/challenge/wuxi:challenge:WX-G-000001`): the gateway
 * serves one page at `/`, so every place reloads and can be shared without the server knowing
 * the page's routes.
 */
import { useEffect, useState } from 'react';
import type { SectionKey } from './sections/sections';

export type Route =
  | { page: 'map' }
  | { page: 'list'; section: SectionKey }
  | { page: 'search'; text: string }
  | { page: 'record'; kind: 'challenge' | 'carrier'; id: string }
  | { page: 'marketplace' }
  | { page: 'status' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, ...rest] = path.split('/');
  const argument = decodeURIComponent(rest.join('/'));
  switch (page) {
    case 'list':
      return { page: 'list', section: argument as SectionKey };
    case 'search':
      return { page: 'search', text: new URLSearchParams(query).get('q') ?? '' };
    case 'challenge':
    case 'carrier':
      return { page: 'record', kind: page, id: argument };
    case 'marketplace':
      return { page: 'marketplace' };
    case 'status':
      return { page: 'status' };
    default:
      return { page: 'map' };
  }
}

export function href(route: Route): string {
  switch (route.page) {
    case 'map':
      return '#/map';
    case 'list':
      return `#/list/${route.section}`;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.text })}`;
    case 'record':
      return `#/${route.kind}/${encodeURIComponent(route.id)}`;
    case 'marketplace':
      return '#/marketplace';
    case 'status':
      return '#/status';
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => {
      setRoute(parseRoute(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
