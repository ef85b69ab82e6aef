// Writes public/schemas/*.schema.json from the Zod schemas, for editors' autocomplete.
// Run after changing a schema: `npm run schemas`. A unit test fails while they are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { editorJsonSchemas, serializeJsonSchema } from './json-schema.ts';

const dir = fileURLToPath(new URL('../../public/schemas/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(editorJsonSchemas())) {
  writeFileSync(`${dir}${file}`, serializeJsonSchema(schema));
  console.log(`wrote public/schemas/${file}`);
}
