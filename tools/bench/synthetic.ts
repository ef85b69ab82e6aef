/**
 * Synthetic content for the scaling benchmark: N articles that name islands, actors, events and
 * sources, use fact links, quote blocks and footnotes like the real ones, plus a proportional
 * number of events, quotes and sources for the fact files. Everything is plainly marked as
 * generated and lives only in the benchmark's temporary copy of the project; nothing here is a
 * fact about the dispute. Deterministic: the same N gives the same files.
 */
import { TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';

/** Ids of the real fact file that synthetic entries may name. */
export interface RealIds {
  islands: readonly string[];
  actors: readonly string[];
  events: readonly string[];
  sources: readonly string[];
}

/** How many of each kind of entry N articles come with. */
export interface SyntheticCounts {
  articles: number;
  events: number;
  quotes: number;
  sources: number;
}

/** The generated files: Markdown articles, and YAML to append to the fact files. */
export interface SyntheticContent {
  counts: SyntheticCounts;
  articles: { slug: string; text: string }[];
  /** YAML list items to append to content/facts/events.yaml (and so on). */
  eventsYaml: string;
  quotesYaml: string;
  sourcesYaml: string;
  /**
   * The same events and quotes in each translated language, to append to
   * content/facts/<lang>/events.yaml and quotes.yaml: the content check requires every entry
   * there, as it does for the real ones. Articles stay untranslated (their pages show the English
   * with a notice), like most articles when a site starts translating.
   */
  translations: Record<string, { eventsYaml: string; quotesYaml: string }>;
}

/** One event and one source for every five articles, one quote for every ten. */
export function syntheticCounts(articles: number): SyntheticCounts {
  return {
    articles,
    events: Math.ceil(articles / 5),
    quotes: Math.ceil(articles / 10),
    sources: Math.ceil(articles / 5),
  };
}

const pad = (index: number) => String(index).padStart(5, '0');
const eventYear = (index: number) => 1950 + (index % 70);

export const syntheticIds = {
  article: (index: number) => `synthetic-article-${pad(index)}`,
  event: (index: number) => `synthetic-event-${pad(index)}-${eventYear(index)}`,
  quote: (index: number) => `synthetic-quote-${pad(index)}`,
  source: (index: number) => `synthetic-source-${pad(index)}`,
};

/** A small fast seeded generator (mulberry32), so the prose varies but is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A neutral vocabulary, so the search index and gzip see varied text rather than one repeated line.
const WORDS = (
  'agreement archive ministry island coast harbour survey treaty border delegation statement talks ' +
  'negotiation fishery settlement declaration summit visit council report record annual figure estimate ' +
  'committee meeting proposal position government parliament press region district village port road ' +
  'bridge airport school hospital census map chart distance area population residents history memory ' +
  'museum library document letter note reply protest question answer interview speech address visa ' +
  'exchange programme project investment company trade export import season weather fog ice current ' +
  'strait channel peninsula cape bay lake river mountain volcano forest shore beach lighthouse station ' +
  'garrison patrol vessel ferry route schedule timetable winter summer spring autumn decade century ' +
  'generation family grave cemetery festival language dictionary translation name spelling version ' +
  'draft article clause paragraph signature ratification commission panel expert scholar journalist ' +
  'editor reader source account description summary review analysis argument claim view stance reading ' +
  'interpretation phrase wording term condition framework step stage round phase outcome result effect ' +
  'the a of and to in on for with by from at as about after before during between over under across'
).split(/\s+/);

function sentence(random: () => number, extra = ''): string {
  const length = 9 + Math.floor(random() * 12);
  const words = Array.from(
    { length },
    () => WORDS[Math.floor(random() * WORDS.length)] ?? 'record',
  );
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${extra}.`;
}

function paragraph(random: () => number, sentences: number, links: readonly string[] = []): string {
  const parts = Array.from({ length: sentences }, (_, index) => {
    const link = links[index];
    return sentence(random, link ? ` ${link}` : '');
  });
  return parts.join(' ');
}

const pick = <T>(list: readonly T[], index: number): T | undefined =>
  list.length > 0 ? list[index % list.length] : undefined;
const unique = (ids: (string | undefined)[]) => [
  ...new Set(ids.filter((id): id is string => id !== undefined)),
];
const yamlList = (ids: readonly string[]) => `[${ids.join(', ')}]`;
const quoted = (text: string) => JSON.stringify(text);

function isoDay(start: Date, offsetDays: number): string {
  return new Date(start.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The YAML of the synthetic sources: no URL, since none exists. */
function sourcesYaml(count: number): string {
  return Array.from({ length: count }, (_, index) =>
    [
      `- id: ${syntheticIds.source(index)}`,
      `  title: ${quoted(`Synthetic source ${index} (benchmark only)`)}`,
      `  publisher: ${quoted('npm run bench')}`,
      `  kind: reference`,
      `  note: ${quoted('Generated by the benchmark in a temporary copy of the project; not a real document.')}`,
    ].join('\n'),
  ).join('\n\n');
}

function eventsYaml(count: number, counts: SyntheticCounts, real: RealIds): string {
  return Array.from({ length: count }, (_, index) => {
    const month = 1 + (index % 12);
    const day = 1 + (index % 28);
    const islands = unique([pick(real.islands, index), pick(real.islands, index + 2)]);
    const actors = unique([pick(real.actors, index)]);
    return [
      `- id: ${syntheticIds.event(index)}`,
      `  title: ${quoted(`Synthetic event ${index}`)}`,
      `  date: "${eventYear(index)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}"`,
      `  summary: ${quoted(`A generated event for the benchmark (number ${index}); it did not happen.`)}`,
      `  islands: ${yamlList(islands)}`,
      `  actors: ${yamlList(actors)}`,
      `  sources: [${syntheticIds.source(index % counts.sources)}]`,
      `  tags: [benchmark]`,
    ].join('\n');
  }).join('\n\n');
}

function quotesYaml(count: number, counts: SyntheticCounts, real: RealIds): string {
  return Array.from({ length: count }, (_, index) =>
    [
      `- id: ${syntheticIds.quote(index)}`,
      `  text: ${quoted(`Generated words number ${index} for the benchmark, not said by anyone`)}`,
      `  speaker: ${pick(real.actors, index) ?? 'unknown'}`,
      `  date: "${eventYear(index)}"`,
      `  context: ${quoted('A generated quotation that exists only in the benchmark’s temporary copy.')}`,
      `  source: ${syntheticIds.source(index % counts.sources)}`,
      `  event: ${syntheticIds.event(index % counts.events)}`,
      `  islands: ${yamlList(unique([pick(real.islands, index)]))}`,
    ].join('\n'),
  ).join('\n\n');
}

/** The text fields of the synthetic events in one language, marked with its code. */
function translatedEventsYaml(count: number, locale: string): string {
  return Array.from({ length: count }, (_, index) =>
    [
      `- id: ${syntheticIds.event(index)}`,
      `  title: ${quoted(`[${locale}] Synthetic event ${index}`)}`,
      `  summary: ${quoted(`[${locale}] A generated event for the benchmark (number ${index}); it did not happen.`)}`,
    ].join('\n'),
  ).join('\n\n');
}

/** The synthetic quotes in one language: their context and the site's translation of the words. */
function translatedQuotesYaml(count: number, locale: string): string {
  return Array.from({ length: count }, (_, index) =>
    [
      `- id: ${syntheticIds.quote(index)}`,
      `  context: ${quoted(`[${locale}] A generated quotation that exists only in the benchmark’s temporary copy.`)}`,
      `  siteTranslation: ${quoted(`[${locale}] Generated words number ${index} for the benchmark, not said by anyone`)}`,
    ].join('\n'),
  ).join('\n\n');
}

const SECTIONS = [
  'Background',
  'What each side says',
  'The record',
  'Figures in the sources',
  'Later years',
];

function article(
  index: number,
  counts: SyntheticCounts,
  real: RealIds,
): { slug: string; text: string } {
  const random = seededRandom(index + 1);
  const slug = syntheticIds.article(index);
  const islands = unique([pick(real.islands, index), pick(real.islands, index + 1)]);
  const actors = unique([pick(real.actors, index), pick(real.actors, index + 3)]);
  const events = unique([
    syntheticIds.event(index % counts.events),
    syntheticIds.event((index + 1) % counts.events),
    pick(real.events, index),
  ]);
  const sources = unique([
    syntheticIds.source(index % counts.sources),
    syntheticIds.source((index + 1) % counts.sources),
    pick(real.sources, index),
  ]);
  const quote = syntheticIds.quote(index % counts.quotes);
  const [firstIsland = '', secondIsland = firstIsland] = islands;
  const [firstActor = '', secondActor = firstActor] = actors;
  const [firstEvent = '', secondEvent = firstEvent, realEvent = firstEvent] = events;
  const footnotes = sources.map(
    (source, number) =>
      `[^s${number + 1}]: [Source ${source}](source:${source}). Generated citation.`,
  );
  const previous =
    index > 0
      ? `[the background of the article before](/articles/${syntheticIds.article(index - 1)}/#background)`
      : '';

  const body = [
    `## ${SECTIONS[0]}`,
    paragraph(random, 4, [
      `on [the island](island:${firstIsland})[^s1]`,
      `with [an actor](actor:${firstActor})`,
    ]),
    paragraph(random, 4, [
      `after [an event](event:${firstEvent})`,
      '',
      `as [the source](source:${sources[0] ?? ''}) records[^s2]`,
    ]),
    previous ? `${paragraph(random, 2)} See also ${previous}.` : paragraph(random, 3),
    `## ${SECTIONS[1]}`,
    paragraph(random, 5, [
      `near [the other island](island:${secondIsland})`,
      `by [a second actor](actor:${secondActor})`,
    ]),
    `[quote](quote:${quote})`,
    paragraph(random, 4, [`during [a later event](event:${secondEvent})[^s${sources.length}]`]),
    `## ${SECTIONS[2]}`,
    Array.from({ length: 4 }, () => `- ${sentence(random)}`).join('\n'),
    paragraph(random, 5, [`before [an event of the record](event:${realEvent})`]),
    paragraph(random, 5),
    `## ${SECTIONS[3]}`,
    [
      '| Item | Figure | Note |',
      '| --- | ---: | --- |',
      ...Array.from(
        { length: 4 },
        (_, row) => `| Row ${row + 1} | ${Math.floor(random() * 10_000)} | ${sentence(random)} |`,
      ),
    ].join('\n'),
    paragraph(random, 5),
    `## ${SECTIONS[4]}`,
    paragraph(random, 6, ['', `with *emphasis* and **strong** words`]),
    paragraph(random, 5, [
      `unlike [another article](article:${syntheticIds.article((index + 1) % counts.articles)})`,
    ]),
    footnotes.join('\n'),
  ];

  const frontmatter = [
    '---',
    `title: ${quoted(`Synthetic article ${index}`)}`,
    `description: ${quoted(`A generated article (number ${index}) for the build benchmark; it says nothing about the dispute.`)}`,
    `published: ${isoDay(new Date(Date.UTC(2020, 0, 1)), index % 2000)}`,
    `islands: ${yamlList(islands)}`,
    `actors: ${yamlList(actors)}`,
    `events: ${yamlList(events)}`,
    `sources: ${yamlList(sources)}`,
    'tags: [benchmark, synthetic]',
    '---',
  ];
  return { slug, text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n` };
}

/** N synthetic articles with their events, quotes and sources, naming `real` ids where useful. */
export function generateSyntheticContent(articles: number, real: RealIds): SyntheticContent {
  const counts = syntheticCounts(articles);
  return {
    counts,
    articles: Array.from({ length: articles }, (_, index) => article(index, counts, real)),
    eventsYaml: eventsYaml(counts.events, counts, real),
    quotesYaml: quotesYaml(counts.quotes, counts, real),
    sourcesYaml: sourcesYaml(counts.sources),
    translations: Object.fromEntries(
      TRANSLATED_LOCALES.map((locale) => [
        locale,
        {
          eventsYaml: translatedEventsYaml(counts.events, locale),
          quotesYaml: translatedQuotesYaml(counts.quotes, locale),
        },
      ]),
    ),
  };
}

/**
 * The one-article edit of a warm rebuild and of the dev-server measurement: a new first paragraph
 * holding `marker`, a word that occurs nowhere else, so that a page showing it shows the edit.
 * Keeps the frontmatter (the article stays valid) and fails loudly on a text without any.
 */
export function editArticle(text: string, marker: string): string {
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0)
    throw new Error('editArticle: the text has no frontmatter');
  const head = text.slice(0, end + 5);
  return `${head}\nThis paragraph was added by an edit: ${marker}.\n${text.slice(end + 5)}`;
}
