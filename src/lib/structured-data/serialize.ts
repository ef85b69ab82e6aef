/**
 * The one way structured data reaches a page: JSON inside `<script type="application/ld+json">`.
 * The HTML parser ends a script element at the first `</script` whatever the JSON says, and
 * `<!--` inside a script changes how it looks for that end, so no `<` may reach the page as
 * itself. `>` and `&` are escaped too, so the text means the same in any HTML context, and
 * U+2028/U+2029 for parsers older than ES2019. Each escape is a JSON string escape, so
 * `JSON.parse` gives back exactly the data.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** The JSON-LD text of a document, safe to place inside a `<script>` element as it is. */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError('structured data must be a JSON value');
  return json.replace(/[<>&\u2028\u2029]/g, (character) => ESCAPES[character]!);
}
