import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A YAML text parsed with positions, so any field path can be placed at its line. */
export interface YamlSource {
  /** The parsed value (YAML 1.2 core schema: unquoted dates stay text). */
  value: unknown;
  /** Syntax errors, each with its position. */
  syntaxErrors: { message: string; position: Position }[];
  /** Where the value at `path` stands; for an unknown key, pass `key` to point at the key itself. */
  locate(path: readonly PropertyKey[], key?: string): Position;
}

/**
 * Parses YAML with a line counter. `firstLine` shifts positions, for frontmatter that starts on
 * line 2 of a Markdown file.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const syntaxErrors = doc.errors.map((error) => ({
    message: firstLineOf(error.message),
    position: error.linePos
      ? { line: error.linePos[0].line + firstLine - 1, column: error.linePos[0].col }
      : toPosition(error.pos[0]),
  }));
  let value: unknown;
  if (syntaxErrors.length === 0) {
    const tooDeep = deepestNode(doc.contents, 0);
    if (tooDeep) {
      syntaxErrors.push({
        message: `nested more than ${MAX_DEPTH} levels deep: no entry of the fact file needs that many`,
        position: toPosition(rangeStart(tooDeep) ?? 0),
      });
    } else {
      try {
        // Aliases may repeat a value, but not so often that one file expands without bound.
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
      } catch (error) {
        const firstAlias = text.search(/(^|[\s[{,:])\*[^\s]/);
        syntaxErrors.push({
          message: `${firstLineOf((error as Error).message)}: use fewer YAML aliases (*name), at most ${MAX_ALIASES}`,
          position: toPosition(Math.max(0, firstAlias)),
        });
      }
    }
  }
  return {
    value: syntaxErrors.length > 0 ? undefined : value,
    syntaxErrors,
    locate: (path, key) => toPosition(offsetOf(doc, path, key)),
  };
}

/** How deep lists and mappings may nest: the deepest schema needs six levels. */
export const MAX_DEPTH = 32;
/** How many times aliases may be expanded in one file. */
export const MAX_ALIASES = 100;

/** The first node nested deeper than MAX_DEPTH, walking without recursion limits of its own. */
function deepestNode(root: unknown, start: number): unknown {
  const stack: [unknown, number][] = [[root, start]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return node;
    if (isSeq(node)) for (const item of node.items) stack.push([item, depth + 1]);
    else if (isMap(node))
      for (const item of node.items) if (isPair(item)) stack.push([item.value, depth + 1]);
  }
  return undefined;
}

/** YAML's error messages carry a code frame after the first line; the reporter shows its own place. */
function firstLineOf(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The offset of the deepest node along `path` that exists (the parent of a missing field). */
function offsetOf(doc: Document, path: readonly PropertyKey[], key?: string): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  const steps = key === undefined ? path : path.slice(0, -1);
  for (const step of steps) {
    if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step),
      );
      node = pair && isPair(pair) ? (pair.value ?? pair.key) : undefined;
    } else {
      node = undefined;
    }
    const start = rangeStart(node);
    if (start === undefined) return offset;
    offset = start;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key,
    );
    const start = pair && isPair(pair) ? rangeStart(pair.key) : undefined;
    if (start !== undefined) return start;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}

/** Splits a Markdown file into its YAML frontmatter (with the line it starts on) and its body. */
export function splitFrontmatter(
  text: string,
): { frontmatter: string; frontmatterLine: number; body: string; bodyLine: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (!match || match.index !== 0) return undefined;
  const frontmatter = match[1] ?? '';
  const consumedLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return {
    frontmatter,
    frontmatterLine: 2,
    body: text.slice(match[0].length),
    bodyLine: consumedLines + 1,
  };
}
