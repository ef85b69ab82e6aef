import type { z } from 'zod';
import { REFERENCE_TAGS, type CollectionName, type Reference } from './common.ts';

/** The collection a schema's ids name, if it is an `idRef` (or a copy of one made by `.meta()`). */
function referenceTag(schema: z.core.$ZodType): CollectionName | undefined {
  for (let current: z.core.$ZodType | undefined = schema; current; current = current._zod.parent) {
    const tag = REFERENCE_TAGS.get(current);
    if (tag) return tag.collection;
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every id an entry names in other collections, with the path where it stands: a walk of the
 * validated entry alongside its schema, collecting the values whose schema is tagged by `idRef`.
 */
export function findReferences(schema: z.core.$ZodType, value: unknown): Reference[] {
  const found: Reference[] = [];
  const walk = (node: z.core.$ZodType, data: unknown, path: (string | number)[]): void => {
    if (data === undefined || data === null) return;
    const collection = referenceTag(node);
    if (collection && typeof data === 'string') {
      found.push({ path, collection, id: data });
      return;
    }
    const def = node._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        walk(def.innerType as z.core.$ZodType, data, path);
        return;
      case 'pipe':
        // The value is the pipe's output: it has the shape of `out` (a transform's output has none).
        walk(def.out as z.core.$ZodType, data, path);
        walk(def.in as z.core.$ZodType, data, path);
        return;
      case 'lazy':
        walk((def.getter as () => z.core.$ZodType)(), data, path);
        return;
      case 'array':
        if (Array.isArray(data))
          data.forEach((item, index) =>
            walk(def.element as z.core.$ZodType, item, [...path, index]),
          );
        return;
      case 'tuple':
        if (Array.isArray(data))
          (def.items as z.core.$ZodType[]).forEach((item, index) =>
            walk(item, data[index], [...path, index]),
          );
        return;
      case 'object':
        if (isRecord(data))
          for (const [key, field] of Object.entries(def.shape as Record<string, z.core.$ZodType>))
            walk(field, data[key], [...path, key]);
        return;
      case 'record':
        if (isRecord(data))
          for (const [key, item] of Object.entries(data))
            walk(def.valueType as z.core.$ZodType, item, [...path, key]);
        return;
      case 'union': {
        // The branch the value parsed with: the first that accepts it, as zod chooses.
        const branch = (def.options as z.core.$ZodType[]).find((option) =>
          safeParses(option, data),
        );
        if (branch) walk(branch, data, path);
        return;
      }
      case 'intersection':
        walk(def.left as z.core.$ZodType, data, path);
        walk(def.right as z.core.$ZodType, data, path);
        return;
      default:
        return;
    }
  };
  walk(schema, value, []);
  // A pipe walks both ends: keep one reference per path.
  const seen = new Set<string>();
  return found.filter((reference) => {
    const key = JSON.stringify(reference.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function safeParses(schema: z.core.$ZodType, data: unknown): boolean {
  return (schema as unknown as z.ZodType).safeParse(data).success;
}
