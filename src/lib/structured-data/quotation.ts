/**
 * A quote as a schema.org Quotation: the words verbatim (the English, and the original words in
 * their own language when the fact file has them), who said them (the actor's node, as creator
 * and as the one the quotation is attributed to), when, and the sources that print them. A
 * translation the site made itself names the site as translator.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { Island } from '../../schemas/island.ts';
import type { Quote } from '../../schemas/quote.ts';
import type { Source } from '../../schemas/source.ts';
import { actorRef } from './actor.ts';
import { nodeIds, ref, type Absolute } from './ids.ts';
import { schemaSingleDate } from './dates.ts';
import { inLanguage, type JsonLdNode } from './page.ts';
import { placeRef } from './place.ts';
import { sourceWork } from './source.ts';

export interface QuotationLookups {
  actor: (id: string) => Pick<Actor, 'id' | 'kind' | 'name'>;
  source: (id: string) => Source;
  island: (id: string) => Pick<Island, 'id' | 'names'>;
}

export function quotationNode(abs: Absolute, quote: Quote, lookups: QuotationLookups): JsonLdNode {
  const speaker = actorRef(abs, lookups.actor(quote.speaker));
  const sourceIds = [
    ...new Set([quote.source, ...(quote.original ? [quote.original.source] : [])]),
  ];
  const dateCreated = schemaSingleDate(quote.date);
  return {
    '@type': 'Quotation',
    '@id': nodeIds.quote(abs, quote.id),
    url: nodeIds.quote(abs, quote.id),
    text: [
      inLanguage(quote.text, 'en'),
      ...(quote.original ? [inLanguage(quote.original.text, quote.original.language)] : []),
    ],
    creator: speaker,
    spokenByCharacter: speaker,
    ...(dateCreated ? { dateCreated } : {}),
    description: quote.context,
    isBasedOn: sourceIds.map((id) => sourceWork(abs, lookups.source(id))),
    ...(quote.translation?.by === 'site' ? { translator: ref(nodeIds.organization(abs)) } : {}),
    ...(quote.islands.length > 0
      ? { about: quote.islands.map((id) => placeRef(abs, lookups.island(id))) }
      : {}),
  };
}
