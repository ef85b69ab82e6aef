import { XMLValidator } from 'fast-xml-parser';

/**
 * Characters outside XML 1.0's `Char` production (C0 controls but tab, line feed and carriage
 * return; U+FFFE and U+FFFF; a surrogate without its pair), written as they are or as a character
 * reference. fast-xml-parser's validator (like the other JavaScript parsers) does not look for
 * them, and a strict reader refuses the whole document for one.
 */
const NOT_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|x0*(?:[0-8BCE-F]|1[0-9A-F]|FFF[EF]|D[89A-F][0-9A-F]{2}));/i;

/** `true` for a well-formed XML document, or what is wrong and on which line. */
export function checkXml(xml: string): true | string {
  const result = XMLValidator.validate(xml);
  if (result !== true) return `line ${result.err.line}: ${result.err.msg}`;
  const bad = NOT_CHAR.exec(xml);
  if (bad) {
    const line = xml.slice(0, bad.index).split('\n').length;
    return `line ${line}: ${JSON.stringify(bad[0])} is not an XML character`;
  }
  return true;
}
