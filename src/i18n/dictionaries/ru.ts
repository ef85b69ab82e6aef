import { shell } from './ru/shell.ts';
import { home } from './ru/home.ts';
import { about } from './ru/about.ts';
import { notFound } from './ru/notFound.ts';
import { search } from './ru/search.ts';
import { articles } from './ru/articles.ts';
import { corrections } from './ru/corrections.ts';
import { data } from './ru/data.ts';
import { islands } from './ru/islands.ts';
import { actors } from './ru/actors.ts';
import { timeline } from './ru/timeline.ts';
import { quotes } from './ru/quotes.ts';
import { claims } from './ru/claims.ts';
import { sources } from './ru/sources.ts';
import { map } from './ru/map.ts';
import { record } from './ru/record.ts';
import { common } from './ru/common.ts';
import { markdown } from './ru/markdown.ts';
import { translation } from './ru/translation.ts';

/** Every word the pages print in the language ru, by page or part of a page. */
export const ru = {
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
