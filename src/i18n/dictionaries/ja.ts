import { shell } from './ja/shell.ts';
import { home } from './ja/home.ts';
import { about } from './ja/about.ts';
import { notFound } from './ja/notFound.ts';
import { search } from './ja/search.ts';
import { articles } from './ja/articles.ts';
import { corrections } from './ja/corrections.ts';
import { data } from './ja/data.ts';
import { islands } from './ja/islands.ts';
import { actors } from './ja/actors.ts';
import { timeline } from './ja/timeline.ts';
import { quotes } from './ja/quotes.ts';
import { claims } from './ja/claims.ts';
import { sources } from './ja/sources.ts';
import { map } from './ja/map.ts';
import { record } from './ja/record.ts';
import { common } from './ja/common.ts';
import { markdown } from './ja/markdown.ts';
import { translation } from './ja/translation.ts';

/** Every word the pages print in the language ja, by page or part of a page. */
export const ja = {
  shell,
  home,
  about,
  notFound,
  search,
  articles,
  corrections,
  data,
  islands,
  actors,
  timeline,
  quotes,
  claims,
  sources,
  map,
  record,
  common,
  markdown,
  translation,
};
