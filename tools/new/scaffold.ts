import { toKebabCase } from '../../src/lib/text.ts';

/** The file name an article with this title gets: `Joint patrols in 2030` → `joint-patrols-in-2030`. */
export function slugFromTitle(title: string): string {
  return toKebabCase(title).slice(0, 80).replace(/-+$/, '');
}

/** Today as YYYY-MM-DD in UTC, the form frontmatter dates take. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A new article: valid frontmatter marked as a draft, every field an editor must look at
 * commented, and a body that shows the fact-link and citation syntax. It passes the check as it
 * is, and stays out of the built site until `draft: true` is removed.
 */
export function articleTemplate(options: { title: string; today: Date; sourceId: string }): string {
  const title = JSON.stringify(options.title.trim());
  return `---
title: ${title}
# One sentence (at most 200 characters): shown in lists, search results and link previews.
description: "Say in one sentence what this article explains."
published: ${isoDay(options.today)}
# Ids from content/facts/islands.yaml, actors.yaml and events.yaml that the article is about.
islands: []
actors: []
events: []
# Ids from content/facts/sources.yaml of every source you cite in a footnote below.
sources: [${options.sourceId}]
tags: []
# Drafts show in \`npm run dev\` only. Delete this line to publish.
draft: true
---

## First section

Write in your own words. Link a fact by its id: [Etorofu](island:etorofu),
[Vladimir Putin](actor:putin). Cite a source with a footnote.[^1]

[^1]: [Name of the source](source:${options.sourceId}).
`;
}

/** Templates for one entry of each fact file, to paste at the end of that file. */
export const FACT_TEMPLATES: Record<string, { file: string; text: string }> = {
  event: {
    file: 'content/facts/events.yaml',
    text: `- id: short-name-and-year-2030
  title: What happened, in a few words
  # 2030, "2030-05" or 2030-05-17; or { start: 2030-05-17, end: 2030-05-18 }
  date: 2030-05-17
  summary: >-
    Two or three neutral sentences of your own.
  islands: []
  actors: []
  sources: [a-source-id]
  tags: []
`,
  },
  actor: {
    file: 'content/facts/actors.yaml',
    text: `- id: first-last
  name: First Last
  kind: person  # person, government, organization or unnamed
  country: japan  # japan, russia, soviet-union, united-states, united-kingdom or international
  roles:
    - title: Their role, e.g. Foreign Minister of Japan
      asOf: "2030-05"
      source: a-source-id
  summary: One neutral sentence about who they are.
`,
  },
  quote: {
    file: 'content/facts/quotes.yaml',
    text: `- id: speaker-key-words
  # Exactly as the source prints it, without the outer quotation marks.
  text: The words, verbatim.
  fragment: false  # true when the words are part of a longer sentence
  speaker: an-actor-id
  date: 2030-05-17
  context: Where and why it was said, in your own words.
  source: a-source-id
`,
  },
  source: {
    file: 'content/facts/sources.yaml',
    text: `- id: publisher-topic-2030
  title: The title as published
  publisher: Who published it
  date: 2030-05-17  # leave out if nobody recorded it
  kind: news  # news, government, treaty, reference, dataset, book or academic
  url: https://example.org/only-if-you-know-it  # delete this line rather than guess
`,
  },
  figure: {
    file: 'content/facts/islands.yaml',
    text: `    # Add under an island's area: or population: list; keep the other values.
    - value: 1234
      source: a-source-id
      asOf: 2030
      label: What it counts (for population figures)
`,
  },
};
