/** One entry of the main navigation: its key in the dictionary's `shell.nav` and a site path (without base). */
export interface NavItem {
  key:
    | 'home'
    | 'articles'
    | 'islands'
    | 'map'
    | 'timeline'
    | 'claims'
    | 'actors'
    | 'quotes'
    | 'sources'
    | 'about'
    | 'search';
  path: string;
}

/** The main navigation, in reading order. A route appears here once it exists. */
export const MAIN_NAV: readonly NavItem[] = [
  { key: 'home', path: '/' },
  { key: 'articles', path: '/articles/' },
  { key: 'islands', path: '/islands/' },
  { key: 'map', path: '/map/' },
  { key: 'timeline', path: '/timeline/' },
  { key: 'claims', path: '/claims/' },
  { key: 'actors', path: '/actors/' },
  { key: 'quotes', path: '/quotes/' },
  { key: 'sources', path: '/sources/' },
  { key: 'about', path: '/about/' },
  { key: 'search', path: '/search/' },
];

/** Whether `current` (a pathname without base) is inside the section `item` leads to. */
export function isCurrentSection(item: NavItem, current: string): boolean {
  const normalized = current.endsWith('/') ? current : `${current}/`;
  if (item.path === '/') return normalized === '/';
  return normalized.startsWith(item.path);
}

/** The id of the list the phone menu button opens and closes. */
export const MAIN_NAV_LIST_ID = 'main-nav-list';

/**
 * The aria-current value of a navigation link: `page` on the page the link leads to, `true`
 * inside its section (an article under Articles), nothing elsewhere.
 */
export function currentMark(item: NavItem, current: string): 'page' | 'true' | undefined {
  const normalized = current.endsWith('/') ? current : `${current}/`;
  if (normalized === item.path) return 'page';
  return isCurrentSection(item, current) ? 'true' : undefined;
}
