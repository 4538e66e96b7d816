/**
 * The reference reading of a coaching note: unified + remark-parse + remark-gfm +
 * remark-frontmatter. Correct first; `scan.ts` is the fast path and must agree with this.
 */
import type { Heading, ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bodyLines, splitBom } from './lines';
import { findFrontmatter } from './frontmatter-range';
import { readProperties } from './properties';
import type { BlockKind, Outline, OutlineHeading, OutlineItem } from './outline';
import { buildRecord } from './record';
import type { SessionRecord } from './session';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

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

function headingText(source: string, node: Heading): string {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children[node.children.length - 1]?.position?.end.offset;
  return first === undefined || last === undefined ? '' : source.slice(first, last);
}

/** The outline of a note as remark reads it. `body` is the text without its BOM. */
export function remarkOutline(body: string): Outline {
  const tree: Root = processor.parse(body);
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
export function readNote(text: string, file: string): SessionRecord {
  const { body } = splitBom(text);
  const lines = bodyLines(body);
  const outline = remarkOutline(body);
  // remark's frontmatter is the reference; the fence rule (what the writer uses) only stands in
  // where remark found none, which on known input means there is none.
  const range = outline.frontmatter ?? findFrontmatter(lines);
  return buildRecord(file, lines, outline, readProperties(file, lines, range));
}
