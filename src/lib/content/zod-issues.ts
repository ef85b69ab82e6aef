import { z } from 'zod';
import { KEBAB_CASE } from '../../schemas/common.ts';
import { describeFound } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { toKebabCase } from '../text.ts';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** A schema issue in the terms an editor needs: where, what, expected and found. */
export interface FieldIssue {
  /** A field missing, a field the schema does not have, or a value it refuses. */
  code: 'missing-field' | 'unknown-field' | 'invalid-field';
  /** Path from the validated value to the field. */
  path: PropertyKey[];
  /** For an unknown field: its name, so the reporter can point at the key itself. */
  unknownKey?: string;
  message: string;
  expected?: string;
  found?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value pairs)',
  date: 'a date',
  undefined: 'nothing',
  null: 'an empty value',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** Follows wrappers (optional, default, pipe…) to the schema that holds the data's shape. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let guard = 0; guard < 20; guard += 1) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if ('innerType' in def && def.innerType) current = def.innerType as AnySchema;
    else if (def.type === 'pipe') current = def.in as AnySchema;
    else return current;
  }
  return current;
}

/** The schemas that may stand at `path` below `schema` (several under a union), as declared. */
function schemasAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  if (path.length === 0) return [schema];
  const node = unwrap(schema);
  const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'union') {
    return (def.options as AnySchema[]).flatMap((option) => schemasAt(option, path));
  }
  const [head, ...rest] = path;
  if (def.type === 'array' && typeof head === 'number')
    return schemasAt(def.element as AnySchema, rest);
  if (def.type === 'object') {
    const child = (def.shape as Record<string, AnySchema>)[String(head)];
    return child ? schemasAt(child, rest) : [];
  }
  return [];
}

function objectShape(schema: AnySchema): Record<string, unknown> | undefined {
  const def = unwrap(schema)._zod.def as unknown as {
    type: string;
    shape?: Record<string, unknown>;
  };
  return def.type === 'object' ? def.shape : undefined;
}

/** The field names an object at `path` accepts, for "did you mean" hints on unknown fields. */
export function allowedKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = schemasAt(schema, path).flatMap((candidate) =>
    Object.keys(objectShape(candidate) ?? {}),
  );
  return [...new Set(keys)];
}

/** The description a schema module gave the field at `path` (its `.meta({ description })`). */
export function descriptionAt(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  for (const candidate of schemasAt(schema, path)) {
    let current: AnySchema | undefined = candidate;
    for (let guard = 0; current && guard < 20; guard += 1) {
      const meta = z.globalRegistry.get(current);
      if (meta?.description) return meta.description;
      const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
      current =
        (def.innerType as AnySchema | undefined) ??
        (def.type === 'pipe' ? (def.in as AnySchema) : undefined);
    }
  }
  return undefined;
}

/** Whether a union branch failed only inside the input, not on its shape (a type mismatch at the root). */
function fitsShape(branch: readonly Issue[]): boolean {
  return !branch.some(
    (issue) =>
      issue.path.length === 0 &&
      (issue.code === 'invalid_type' ||
        (issue.code === 'invalid_union' && !issue.errors.some(fitsShape))),
  );
}

/** Which branch of a failed union the editor most likely meant: one whose shape fitted the input. */
function likelyBranch(errors: Issue[][]): Issue[] | undefined {
  return errors.find(fitsShape);
}

/** The types a union accepted, flattened: "a whole number, text, a date or a mapping". */
function unionExpected(errors: Issue[][]): string {
  const names = new Set<string>();
  const visit = (branches: Issue[][]) => {
    for (const branch of branches) {
      for (const issue of branch) {
        if (issue.path.length !== 0) continue;
        if (issue.code === 'invalid_type') names.add(typeName(issue.expected));
        else if (issue.code === 'invalid_union') visit(issue.errors);
      }
    }
  };
  visit(errors);
  const list = [...names];
  return list.length <= 1
    ? (list[0] ?? 'another form')
    : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
}

/** Turns zod's issues into field issues, descending into the union branch the editor meant. */
export function translateIssues(
  issues: readonly Issue[],
  schema: AnySchema,
  prefix: PropertyKey[] = [],
): FieldIssue[] {
  return issues.flatMap((issue) => translateIssue(issue, schema, prefix));
}

type UncodedIssue = Omit<FieldIssue, 'code'> & { code?: FieldIssue['code'] };

function translateIssue(issue: Issue, schema: AnySchema, prefix: PropertyKey[]): FieldIssue[] {
  return describeIssue(issue, schema, prefix).map((described) => ({
    ...described,
    code:
      described.code ?? (described.unknownKey !== undefined ? 'unknown-field' : 'invalid-field'),
  }));
}

function describeIssue(issue: Issue, schema: AnySchema, prefix: PropertyKey[]): UncodedIssue[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        const description = descriptionAt(schema, path);
        const expected = !description
          ? typeName(issue.expected)
          : /^an? /i.test(description)
            ? lowerFirst(description)
            : `${typeName(issue.expected)}: ${lowerFirst(description)}`;
        return [{ code: 'missing-field', path, message: 'missing required field', expected }];
      }
      return [
        {
          path,
          message: 'wrong type',
          expected: typeName(issue.expected),
          found: describeFound(issue.input),
        },
      ];
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(schema, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        unknownKey: key,
        message: `unknown field \`${key}\`${didYouMean(key, allowed, '`')}`,
        expected:
          allowed.length > 0
            ? `one of ${allowed.map((name) => `\`${name}\``).join(', ')}`
            : undefined,
      }));
    }
    case 'invalid_union': {
      const branch = likelyBranch(issue.errors);
      if (branch) return translateIssues(branch, schema, path);
      return [
        {
          path,
          message: 'wrong type',
          expected: unionExpected(issue.errors),
          found: describeFound(issue.input),
        },
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => String(value));
      const found = describeFound(issue.input);
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, options) : '';
      return [
        {
          path,
          message: `not an allowed value${hint}`,
          expected: `one of ${options.join(', ')}`,
          found,
        },
      ];
    }
    case 'too_small': {
      const found = describeFound(issue.input);
      if (issue.origin === 'array') {
        return [
          {
            path,
            message: issue.message,
            expected: `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`,
            found,
          },
        ];
      }
      if (issue.origin === 'string')
        return [{ path, message: issue.message, expected: 'text', found }];
      return [{ path, message: issue.message, expected: `at least ${issue.minimum}`, found }];
    }
    case 'too_big': {
      const found = describeFound(issue.input);
      const expected =
        issue.origin === 'string'
          ? `at most ${issue.maximum} characters`
          : `at most ${issue.maximum}`;
      return [
        {
          path,
          message: issue.message,
          expected,
          found:
            issue.origin === 'string' ? `${String(issue.input ?? '').length} characters` : found,
        },
      ];
    }
    case 'invalid_format': {
      const found = describeFound(issue.input);
      if (issue.pattern === KEBAB_CASE.source || issue.pattern === String(KEBAB_CASE)) {
        const kebab = toKebabCase(String(issue.input ?? ''));
        return [
          { path, message: issue.message, expected: kebab ? `"${kebab}"` : undefined, found },
        ];
      }
      return [{ path, message: issue.message, found }];
    }
    case 'custom': {
      const found = /\bfound\b/.test(issue.message) ? undefined : describeFound(issue.input);
      return [{ path, message: issue.message, found }];
    }
    default:
      return [{ path, message: issue.message, found: describeFound(issue.input) }];
  }
}
