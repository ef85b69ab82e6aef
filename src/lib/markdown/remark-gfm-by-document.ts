import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Construct, Extension } from 'micromark-util-types';
import remarkGfm, { type Options } from 'remark-gfm';
import type { Processor } from 'unified';

// remark-gfm, set up by remark-gfm itself, with one change made per document. GFM's email
// autolink literal ("write to press@example.org") is a construct tried at the start of every
// word: it reads the word to its end looking for an "@", and was about a third of the time it
// takes to parse an article. A document without an "@" cannot hold one, so it is parsed without
// that construct; the tree is the same (a test compares the two on every article and on
// generated Markdown).

const EMAIL_AUTOLINK = 'emailAutolink';

/** GFM's autolink literals without the email construct: only www. and http(s):// ones. */
function autolinkLiteralsWithoutEmail(): Extension {
  const text: Record<number, Construct | Construct[]> = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const kept = [constructs]
      .flat()
      .filter(
        (construct): construct is Construct =>
          construct !== undefined && construct.name !== EMAIL_AUTOLINK,
      );
    if (kept.length > 0) text[Number(code)] = kept;
  }
  return { text };
}

/** GFM's syntax for a document that holds no "@": what micromark-extension-gfm's `gfm` combines, less email literals. */
function gfmWithoutEmailLiterals(options: Options): Extension {
  return combineExtensions([
    autolinkLiteralsWithoutEmail(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem(),
  ]);
}

/** remark-gfm, parsing a document without an "@" without looking for email addresses in it. */
export function remarkGfmByDocument(this: Processor, options: Options = {}): undefined {
  (remarkGfm as (this: Processor, options: Options) => undefined).call(this, options);
  const extensions = this.data('micromarkExtensions');
  const parse = this.parser;
  // remark-parse reads the list of extensions each time it parses; this swaps remark-gfm's.
  if (!extensions || !parse) throw new Error('remarkGfmByDocument must come after remark-parse');
  const slot = extensions.length - 1;
  const full = extensions[slot]!;
  const withoutEmail = gfmWithoutEmailLiterals(options);
  this.parser = (document, file) => {
    extensions[slot] = document.includes('@') ? full : withoutEmail;
    return parse(document, file);
  };
}
