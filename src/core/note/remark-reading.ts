/**
 * The reference reading of a coaching note: unified + remark-parse + remark-gfm +
 * remark-frontmatter. Correct first; `scan.ts` is the fast path and must agree with this.
 */
import type { Heading, ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bodyLines, splitBom, splitLines } from './lines';
import { findFrontmatter, hasUnclosedFrontmatter } from './frontmatter-range';
import { readProperties } from './properties';
import type { BlockKind, Outline, OutlineHeading, OutlineItem } from './outline';
import { buildRecord, type ReadOptions } from './record';
import type { SessionRecord } from './session';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
/**
 * For a note whose `---` first line never closes. remark-frontmatter would swallow such a note
 * (micromark-extension-frontmatter's failed attempt leaves no list item or block quote anywhere);
 * Obsidian reads it as a note without frontmatter whose first line is a horizontal rule, and so
 * does GROW Coach.
 */
const withoutFrontmatter = unified().use(remarkParse).use(remarkGfm).freeze();

const KINDS: Partial<Record<RootContent['type'], BlockKind>> = {
  paragraph: 'paragraph',
  list: 'list',
  blockquote: 'blockquote',
  code: 'code',
  html: 'html',
  heading: 'heading',
  thematicBreak: 'thematicBreak',
  table: 'table',
};

/**
 * A heading's content as written (what Obsidian shows as its text): the heading's own source range
 * without its markers (an ATX heading's `#`s and closing sequence; a setext heading's underline),
 * trimmed. Taken from the heading's position, not its children's: the links remark-gfm adds in its
 * second pass (`jan@example.com`, `www.example.com`) carry no position.
 */
function headingText(source: string, node: Heading): string {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return '';
  if (start.line === end.line) {
    const raw = source.slice(start.offset, end.offset);
    return raw
      .replace(/^[ \t]*#{1,6}[ \t]*/, '')
      .replace(/[ \t]+$/, '')
      .replace(/(?:^|[ \t]+)#+$/, '');
  }
  // setext: the content runs from the heading's start to the end of the line before the underline
  let contentEnd = end.offset - (end.column - 1);
  if (source.charCodeAt(contentEnd - 1) === 10) contentEnd -= 1;
  if (source.charCodeAt(contentEnd - 1) === 13) contentEnd -= 1;
  return source.slice(start.offset, contentEnd).replace(/[ \t]+$/, '');
}

/** The outline of a note as remark reads it. `body` is the text without its BOM. */
export function remarkOutline(body: string): Outline {
  const unclosed = /^---[ \t]*(?:\r|\n|$)/.test(body) && hasUnclosedFrontmatter(splitLines(body));
  const tree: Root = (unclosed ? withoutFrontmatter : processor).parse(body);
  const outline: Outline = { frontmatter: null, headings: [], blocks: [], items: [] };
  for (const child of tree.children) {
    const { start, end } = child.position ?? { start: { line: 0 }, end: { line: 0 } };
    if (child.type === 'yaml') outline.frontmatter = { startLine: start.line, endLine: end.line };
    else outline.blocks.push({ kind: KINDS[child.type] ?? 'other', startLine: start.line, endLine: end.line });
  }
  const visit = (node: Nodes, topLevelList: boolean, rootChild: boolean): void => {
    if (node.type === 'heading') {
      const h: OutlineHeading = {
        line: node.position?.start.line ?? 0,
        endLine: node.position?.end.line ?? 0,
        level: node.depth,
        text: headingText(body, node),
      };
      outline.headings.push(h);
    }
    if (node.type === 'listItem') outline.items.push(itemOf(node, topLevelList));
    if ('children' in node) {
      const isRoot = node.type === 'root';
      const listAtTop = node.type === 'list' && rootChild;
      for (const child of node.children) visit(child, listAtTop, isRoot);
    }
  };
  visit(tree, false, false);
  return outline;
}

function itemOf(node: ListItem, topLevel: boolean): OutlineItem {
  const start = node.position?.start ?? { line: 0, column: 1 };
  const first = node.children[0];
  return {
    line: start.line,
    col: start.column - 1,
    paragraphFirst: first?.type === 'paragraph' && first.position?.start.line === start.line,
    topLevel,
  };
}

/** Reads one note: a pure function of its path and text. */
export function readNote(text: string, file: string, options: ReadOptions = {}): SessionRecord {
  const { body } = splitBom(text);
  const lines = bodyLines(body);
  const outline = remarkOutline(body);
  // remark's frontmatter is the reference; the fence rule (what the writer uses) only stands in
  // where remark found none, which on known input means there is none.
  const range = outline.frontmatter ?? findFrontmatter(lines);
  return buildRecord(file, lines, outline, readProperties(file, lines, range), options);
}
