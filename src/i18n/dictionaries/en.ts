import { shell } from './en/shell.ts';
import { home } from './en/home.ts';
import { about } from './en/about.ts';
import { notFound } from './en/notFound.ts';
import { search } from './en/search.ts';
import { articles } from './en/articles.ts';
import { corrections } from './en/corrections.ts';
import { data } from './en/data.ts';
import { islands } from './en/islands.ts';
import { actors } from './en/actors.ts';
import { timeline } from './en/timeline.ts';
import { quotes } from './en/quotes.ts';
import { claims } from './en/claims.ts';
import { sources } from './en/sources.ts';
import { map } from './en/map.ts';
import { record } from './en/record.ts';
import { common } from './en/common.ts';
import { markdown } from './en/markdown.ts';
import { translation } from './en/translation.ts';

/** Every word the pages print in the language en, by page or part of a page. */
export const en = {
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
