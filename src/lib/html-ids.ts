const ID_ATTRIBUTE = /\sid="([^"]*)"/g;
const ENTITY = /&(?:amp|quot|#x27|#39|lt|gt);/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

/**
 * The ids of the elements in serialized HTML, decoded: rehype-stringify and Astro write every
 * attribute in double quotes, so a pattern reads them without a parser.
 */
export function idsInHtml(html: string): string[] {
  return [...html.matchAll(ID_ATTRIBUTE)].map((match) =>
    (match[1] ?? '').replace(ENTITY, (entity) => ENTITIES[entity] ?? entity),
  );
}
