/** HTML blocks: the seven start conditions of CommonMark and the end conditions of types 1–5. */
import type { Block } from './block';
import { codes, isAsciiAlpha } from './codes';
import { Kind, Start } from './kinds';
import type { Scanner } from './scanner';

const HTML_1 = /<(?:script|pre|textarea|style)(?:[ \t>]|$)/iy;
const HTML_6 =
  /<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$)/iy;
/** A lone open or closing tag on the line (type 7). Sticky: set `lastIndex` first. */
export const HTML_7 =
  // eslint-disable-next-line no-control-regex -- an unquoted attribute value excludes control characters, as in CommonMark
  /(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:[ \t]*=[ \t]*(?:[^"'=<>`\u0000-\u0020]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/y;
const HTML_1_CLOSE = /<\/(?:script|pre|textarea|style)>/i;
/** The end marker of types 2–5, indexed by type. */
const HTML_CLOSE: readonly (string | null)[] = [null, null, '-->', '?>', '>', ']]>'];
/** Characters of the start marker an end marker may not overlap on the start line, by type. */
const START_SKIP: readonly number[] = [0, 0, 2, 1, 2, 9];

/** An html block starting with `<` at the current position. */
export function startHtml(sc: Scanner, container: Block): Start {
  const at = sc.nextNonspace;
  const type = htmlStartType(sc.line, at, container.kind === Kind.Paragraph);
  if (type === 7 && !sc.allClosed && sc.tip.kind === Kind.Paragraph && sc.lineNo < sc.lines.length) {
    // micromark: a tag line in the place of a lazy continuation, followed by a line ending,
    // ends the paragraph and starts an html block in the paragraph's own container.
    sc.finalize(sc.tip);
    sc.allClosed = true;
  } else if (type > 0) sc.closeUnmatched();
  else return Start.None;
  const h = sc.addChild(Kind.Html);
  h.htmlType = type;
  h.lastContent = at;
  return Start.Leaf;
}

/** The CommonMark html block type (1–7) starting at `at`, or 0. Type 7 cannot interrupt a paragraph. */
function htmlStartType(s: string, at: number, inParagraph: boolean): number {
  const c1 = s.charCodeAt(at + 1);
  if (c1 === codes.exclamationMark) {
    if (s.startsWith('<!--', at)) return 2;
    if (s.startsWith('<![CDATA[', at)) return 5;
    return isAsciiAlpha(s.charCodeAt(at + 2)) ? 4 : 0;
  }
  if (c1 === codes.questionMark) return 3;
  HTML_1.lastIndex = at;
  if (HTML_1.test(s)) return 1;
  HTML_6.lastIndex = at;
  if (HTML_6.test(s)) return 6;
  if (!inParagraph) {
    HTML_7.lastIndex = at;
    if (HTML_7.test(s)) return 7;
  }
  return 0;
}

/** Whether the html block's end condition (types 1–5) is met on this line. */
export function htmlCloses(sc: Scanner, b: Block, startLine: boolean): boolean {
  const s = sc.line;
  const from = startLine ? b.lastContent : sc.offset;
  if (b.htmlType === 1) {
    HTML_1_CLOSE.lastIndex = 0;
    return HTML_1_CLOSE.test(from === 0 ? s : s.slice(from));
  }
  const needle = HTML_CLOSE[b.htmlType] ?? '>';
  const skip = startLine ? (START_SKIP[b.htmlType] ?? 0) : 0;
  return s.indexOf(needle, from + skip) !== -1;
}
