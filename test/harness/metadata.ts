/**
 * `CachedMetadata` for a note, computed from its text the way Obsidian's metadata cache does.
 *
 * Why compute it instead of hand-writing fixtures: the plugin decides what a coaching note is,
 * and where its Will actions are, from `getFileCache()`; a hand-written cache would only test
 * the plugin against the author's idea of Obsidian. This reads the real file text with
 * unified + remark-parse + remark-gfm + remark-frontmatter and the `yaml` package, and then applies
 * what Obsidian does differently from CommonMark, checked against caches that Obsidian itself
 * produced (obsidian-tasks keeps such snapshots as test data):
 * - positions are 0-based lines and columns (`{line, col, offset}`);
 * - `%%` comment blocks are one `comment` section, and their list items are not list items,
 *   but their tags and links still count;
 * - a blockquote whose first line is `> [!type]` is a `callout` section;
 * - a list item's position is its own line(s), without its children; its start column is the
 *   content column of its container (a nested item under `- ` starts at column 2, whatever its
 *   indentation), and its `parent` is the parent item's line, or minus the line of the list's
 *   first item for a root item;
 * - `task` is the character between the brackets of `- [c] `, any character, not only x;
 * - frontmatter that is empty or not a YAML mapping gives a `yaml` section but no `frontmatter`
 *   and no `frontmatterPosition`;
 * - a `---` first line that never closes is no frontmatter: no `yaml` section, and the note's
 *   list items are listed (see {@link parseMarkdown}).
 */
import type {
  BlockCache,
  BlockSubpathResult,
  HeadingSubpathResult,
  CachedMetadata,
  EmbedCache,
  FrontMatterInfo,
  FrontmatterLinkCache,
  HeadingCache,
  LinkCache,
  ListItemCache,
  Loc,
  Pos,
  SectionCache,
  TagCache,
} from 'obsidian';
import type { Heading, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYamlText } from 'yaml';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const withoutFrontmatter = unified().use(remarkParse).use(remarkGfm);

/**
 * Parses markdown to mdast, as the harness's cache and renderer both read it. A `---` first line
 * that no later `---` line closes is no frontmatter for Obsidian (`getFrontMatterInfo` finds none,
 * the cache has no `frontmatter` and lists the note's tasks; the line is a horizontal rule), while
 * remark-frontmatter would swallow the note's lists: such a note is parsed without it.
 */
export function parseMarkdown(text: string): Root {
  const unclosed = /^---[ \t]*\r?\n/.test(text) && !/\n---[ \t]*(?:\r?\n|$)/.test(text);
  return (unclosed || /^---[ \t]*$/.test(text) ? withoutFrontmatter : processor).parse(text);
}

/** Maps offsets to `{line, col, offset}`. */
export class LineIndex {
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  loc(offset: number): Loc {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, col: offset - (this.starts[lo] ?? 0), offset };
  }

  pos(start: number, end: number): Pos {
    return { start: this.loc(start), end: this.loc(end) };
  }

  /** The text of a 0-based line, without its line break. */
  line(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  lineEnd(line: number): number {
    return (this.starts[line] ?? this.text.length) + this.line(line).length;
  }
}

interface Range {
  readonly start: number;
  readonly end: number;
}

function offsets(node: Nodes): Range {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return { start, end };
}

/** `%%` comment blocks: a line starting with `%%` up to the line that closes it. */
function findCommentBlocks(lines: LineIndex): Range[] {
  const blocks: Range[] = [];
  const count = lines.starts.length;
  let fence: { char: string; length: number } | null = null;
  for (let line = 0; line < count; line++) {
    const text = lines.line(line);
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (fenceMatch?.[1] && fenceMatch[1][0] === fence.char && fenceMatch[1].length >= fence.length && text.trim() === fenceMatch[1]) fence = null;
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = { char: fenceMatch[1][0] ?? '`', length: fenceMatch[1].length };
      continue;
    }
    const open = /^ {0,3}%%/.exec(text);
    if (!open) continue;
    const lineStart = lines.starts[line] ?? 0;
    const afterOpen = open[0].length;
    const sameLine = text.indexOf('%%', afterOpen);
    if (sameLine >= 0) {
      // `%% a comment %%` alone on its line is a block; `%% … %% more text` is inline.
      if (text.slice(sameLine + 2).trim() !== '') continue;
      blocks.push({ start: lineStart + afterOpen - 2, end: lineStart + sameLine + 2 });
      continue;
    }
    let closeLine = line + 1;
    let end = lines.text.length;
    for (; closeLine < count; closeLine++) {
      const close = lines.line(closeLine).indexOf('%%');
      if (close >= 0) {
        end = (lines.starts[closeLine] ?? 0) + close + 2;
        break;
      }
    }
    blocks.push({ start: lineStart + afterOpen - 2, end });
    line = closeLine;
  }
  return blocks;
}

/** Blanks a range without moving any offset (line breaks stay). */
function mask(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const r of ranges) for (let i = r.start; i < r.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  return chars.join('');
}

function sectionType(node: RootContent, lines: LineIndex): string {
  switch (node.type) {
    case 'blockquote': {
      const first = lines.line((node.position?.start.line ?? 1) - 1);
      return /^ {0,3}>\s*\[![^\]]+\]/.test(first) ? 'callout' : 'blockquote';
    }
    case 'yaml':
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'code':
    case 'html':
    case 'table':
    case 'thematicBreak':
    case 'footnoteDefinition':
    case 'definition':
      return node.type;
    default:
      return node.type;
  }
}

/** Calls `visit` for every node, with its ancestors (nearest last). */
function walk(node: Nodes, visit: (node: Nodes, ancestors: readonly Nodes[]) => void, ancestors: Nodes[] = []): void {
  visit(node, ancestors);
  if ('children' in node) {
    ancestors.push(node);
    for (const child of node.children as Nodes[]) walk(child, visit, ancestors);
    ancestors.pop();
  }
}

const MARKER = /^(?:[-*+]|\d{1,9}[.)])/;

/** The column where a list item's content starts: after the marker and its spaces (1 to 4). */
function contentColumn(lines: LineIndex, item: ListItem): number {
  const line = lines.line((item.position?.start.line ?? 1) - 1);
  const markerCol = (item.position?.start.column ?? 1) - 1;
  const rest = line.slice(markerCol);
  const marker = MARKER.exec(rest)?.[0] ?? '-';
  const spaces = /^[ \t]*/.exec(rest.slice(marker.length))?.[0].length ?? 0;
  const gap = spaces === 0 || spaces > 4 || rest.slice(marker.length).trim() === '' ? 1 : spaces;
  return markerCol + marker.length + gap;
}

/** The column where a blockquote's content starts on a line: after its `>` markers. */
function blockquoteContentColumn(text: string, depth: number): number {
  let col = 0;
  for (let d = 0; d < depth; d++) {
    const m = /^ {0,3}> ?/.exec(text.slice(col));
    if (!m) break;
    col += m[0].length;
  }
  return col;
}

const TASK = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\](?=\s|$)/u;
const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;
const TAG = /(^|\s)#([^\s!-,.:-@[-^`{-~]+)/gu;
const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;

function listItemCaches(root: Root, lines: LineIndex, blocks: Record<string, BlockCache>): ListItemCache[] {
  const items: ListItemCache[] = [];
  const contentCols = new Map<ListItem, number>();
  walk(root, (node, ancestors) => {
    if (node.type !== 'listItem') return;
    const list = ancestors[ancestors.length - 1] as List;
    const container = ancestors[ancestors.length - 2];
    const startLine = (node.position?.start.line ?? 1) - 1;
    const markerCol = (node.position?.start.column ?? 1) - 1;
    let containerCol = 0;
    let parent: number;
    if (container?.type === 'listItem') {
      containerCol = contentCols.get(container) ?? markerCol;
      parent = (container.position?.start.line ?? 1) - 1;
    } else {
      const quoteDepth = ancestors.filter((a) => a.type === 'blockquote').length;
      containerCol = blockquoteContentColumn(lines.line(startLine), quoteDepth);
      const firstLine = (list.children[0]?.position?.start.line ?? 1) - 1;
      parent = 0 - firstLine;
    }
    contentCols.set(node, contentColumn(lines, node));
    const startCol = Math.min(containerCol, markerCol);
    const start = (lines.starts[startLine] ?? 0) + startCol;
    // The item's own blocks: everything before its first nested list.
    let end = lines.lineEnd(startLine);
    for (const child of node.children) {
      if (child.type === 'list') break;
      end = Math.max(end, offsets(child).end);
    }
    const item: ListItemCache = { position: lines.pos(start, end), parent };
    const task = TASK.exec(lines.line(startLine).slice(markerCol))?.[1];
    if (task !== undefined) item.task = task;
    const id = BLOCK_ID.exec(lines.line(lines.loc(end).line))?.[1];
    if (id !== undefined) {
      item.id = id;
      blocks[id] = { id, position: item.position };
    }
    items.push(item);
  });
  return items.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

/** Ranges where `#tag` and `[[link]]` are not read: code, inline code, frontmatter, HTML, math. */
function literalRanges(root: Root): Range[] {
  const ranges: Range[] = [];
  walk(root, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml' || node.type === 'html') ranges.push(offsets(node));
  });
  return ranges;
}

function inRanges(offset: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

function tagCaches(text: string, lines: LineIndex, skip: readonly Range[]): TagCache[] {
  const tags: TagCache[] = [];
  for (const m of text.matchAll(TAG)) {
    const name = m[2] ?? '';
    if (/^\d+$/.test(name)) continue; // `#123` is not a tag
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (inRanges(start, skip)) continue;
    tags.push({ tag: `#${name}`, position: lines.pos(start, start + 1 + name.length) });
  }
  return tags;
}

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function referenceCaches(text: string, root: Root, lines: LineIndex, skip: readonly Range[]): { links: LinkCache[]; embeds: EmbedCache[] } {
  const links: LinkCache[] = [];
  const embeds: EmbedCache[] = [];
  for (const m of text.matchAll(WIKILINK)) {
    const start = m.index ?? 0;
    if (inRanges(start, skip)) continue;
    const inner = m[2] ?? '';
    const bar = inner.indexOf('|');
    const link = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
    const alias = bar >= 0 ? inner.slice(bar + 1) : undefined;
    const cache = { link, original: m[0], displayText: alias ?? link, position: lines.pos(start, start + m[0].length) };
    (m[1] === '!' ? embeds : links).push(cache);
  }
  walk(root, (node) => {
    if ((node.type !== 'link' && node.type !== 'image') || isExternal(node.url) || node.url === '') return;
    const { start, end } = offsets(node);
    const displayText =
      node.type === 'link'
        ? lines.text.slice(offsets(node.children[0] ?? node).start, offsets(node.children[node.children.length - 1] ?? node).end)
        : (node.alt ?? '');
    const cache = { link: safeDecode(node.url), original: lines.text.slice(start, end), displayText, position: lines.pos(start, end) };
    (node.type === 'image' ? embeds : links).push(cache);
  });
  const byOffset = (a: LinkCache, b: LinkCache): number => a.position.start.offset - b.position.start.offset;
  return { links: links.sort(byOffset), embeds: embeds.sort(byOffset) };
}

function frontmatterLinks(frontmatter: Record<string, unknown>): FrontmatterLinkCache[] {
  const found: FrontmatterLinkCache[] = [];
  const visit = (key: string, value: unknown): void => {
    if (typeof value === 'string') {
      const m = /^\[\[([^[\]]+?)\]\]$/.exec(value.trim());
      if (m?.[1]) {
        const bar = m[1].indexOf('|');
        const link = bar >= 0 ? m[1].slice(0, bar) : m[1];
        found.push({ key, link, original: value, displayText: bar >= 0 ? m[1].slice(bar + 1) : link });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(`${key}.${i}`, v));
    }
  };
  for (const [key, value] of Object.entries(frontmatter)) visit(key, value);
  return found;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Above this size the fake does not run remark: remark is super-linear on some input (a 5 MB note
 * takes minutes), while Obsidian's own parser caches such a note in well under a second.
 */
export const LARGE_NOTE_CHARS = 256 * 1024;

/**
 * A line-based approximation of the cache for a large note: exact frontmatter, ATX headings and
 * list items (with task characters and parents by indentation) outside fenced code, one section
 * per run of non-blank lines. Enough for a plugin that reads headings and list items from the cache.
 */
function approximateCachedMetadata(text: string): CachedMetadata {
  const lines = new LineIndex(text);
  const cache: CachedMetadata = {};
  const sections: SectionCache[] = [];
  const headings: HeadingCache[] = [];
  const listItems: ListItemCache[] = [];
  const count = lines.starts.length;
  let first = 0;
  if (/^---[ \t]*$/.test(lines.line(0))) {
    for (let l = 1; l < count; l++) {
      if (!/^---[ \t]*$/.test(lines.line(l))) continue;
      const position = lines.pos(0, lines.lineEnd(l));
      sections.push({ type: 'yaml', position });
      try {
        const data: unknown = parseYamlText(text.slice(lines.starts[1] ?? 0, lines.starts[l] ?? 0));
        if (isMapping(data) && Object.keys(data).length > 0) {
          cache.frontmatter = data;
          cache.frontmatterPosition = position;
        }
      } catch {
        // Invalid YAML: no frontmatter in the cache, as in Obsidian.
      }
      first = l + 1;
      break;
    }
  }
  let fence: string | null = null;
  let sectionStart = -1;
  const stack: { indent: number; line: number }[] = [];
  const closeSection = (end: number): void => {
    if (sectionStart >= 0) sections.push({ type: 'paragraph', position: lines.pos(lines.starts[sectionStart] ?? 0, lines.lineEnd(end)) });
    sectionStart = -1;
  };
  for (let l = first; l < count; l++) {
    const line = lines.line(l);
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark !== undefined) fence = fenceMark;
    if (line.trim() === '') {
      closeSection(l - 1);
      continue;
    }
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (heading) {
      closeSection(l - 1);
      const position = lines.pos(lines.starts[l] ?? 0, lines.lineEnd(l));
      headings.push({ heading: heading[2] ?? '', level: heading[1]?.length ?? 1, position });
      sections.push({ type: 'heading', position });
      stack.length = 0;
      continue;
    }
    if (sectionStart < 0) sectionStart = l;
    const item = /^([ \t>]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[(.)\](?=\s|$))?/.exec(line);
    if (!item) continue;
    const indent = item[1]?.length ?? 0;
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    const parent = stack[stack.length - 1]?.line ?? -sectionStart;
    const col = indent;
    listItems.push({
      parent,
      position: { start: { line: l, col, offset: (lines.starts[l] ?? 0) + col }, end: lines.loc(lines.lineEnd(l)) },
      ...(item[2] === undefined ? {} : { task: item[2] }),
    });
    stack.push({ indent, line: l });
  }
  closeSection(count - 1);
  cache.sections = sections;
  if (headings.length > 0) cache.headings = headings;
  if (listItems.length > 0) cache.listItems = listItems;
  return cache;
}

/** Computes the metadata Obsidian would cache for a markdown file with this text. */
export function computeCachedMetadata(text: string): CachedMetadata {
  if (text.length > LARGE_NOTE_CHARS) return approximateCachedMetadata(text);
  const lines = new LineIndex(text);
  const comments = findCommentBlocks(lines);
  const root = parseMarkdown(mask(text, comments));
  const cache: CachedMetadata = {};
  const blocks: Record<string, BlockCache> = {};

  const sections: SectionCache[] = [];
  const headings: HeadingCache[] = [];
  for (const node of root.children) {
    const range = offsets(node);
    const position = lines.pos(range.start, range.end);
    const type = sectionType(node, lines);
    const section: SectionCache = { type, position };
    if (node.type === 'yaml') {
      let data: unknown;
      try {
        data = parseYamlText(node.value);
      } catch {
        data = undefined;
      }
      if (isMapping(data) && Object.keys(data).length > 0) {
        cache.frontmatter = data;
        cache.frontmatterPosition = position;
        cache.frontmatterLinks = frontmatterLinks(data);
      }
    } else if (node.type === 'heading') {
      headings.push(headingCache(node, lines, position));
    } else if (node.type === 'paragraph' || node.type === 'table' || node.type === 'blockquote') {
      const id = BLOCK_ID.exec(lines.line(position.end.line))?.[1];
      if (id !== undefined) {
        section.id = id;
        blocks[id] = { id, position };
      }
    }
    sections.push(section);
  }
  for (const c of comments) sections.push({ type: 'comment', position: lines.pos(c.start, c.end) });
  sections.sort((a, b) => a.position.start.offset - b.position.start.offset);

  const listItems = listItemCaches(root, lines, blocks);
  const skip = literalRanges(root);
  const tags = tagCaches(text, lines, skip);
  const { links, embeds } = referenceCaches(text, root, lines, skip);

  if (headings.length > 0) cache.headings = headings;
  if (sections.length > 0) cache.sections = sections;
  if (listItems.length > 0) cache.listItems = listItems;
  if (tags.length > 0) cache.tags = tags;
  if (links.length > 0) cache.links = links;
  if (embeds.length > 0) cache.embeds = embeds;
  if (Object.keys(blocks).length > 0) cache.blocks = blocks;
  return cache;
}

function headingCache(node: Heading, lines: LineIndex, position: Pos): HeadingCache {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const heading = first && last ? lines.text.slice(offsets(first).start, offsets(last).end) : '';
  return { heading, level: node.depth, position };
}

/** obsidian.d.ts `getFrontMatterInfo`: where the frontmatter of a note's text is. */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const none: FrontMatterInfo = { exists: false, frontmatter: '', from: 0, to: 0, contentStart: 0 };
  const open = /^---\r?\n/.exec(content);
  if (!open) return none;
  const from = open[0].length;
  const close = /(^|\n)---[ \t]*(\r?\n|$)/g;
  close.lastIndex = from - 1;
  for (let m = close.exec(content); m; m = close.exec(content)) {
    const lineStart = m.index + (m[1]?.length ?? 0);
    if (lineStart < from) continue;
    return { exists: true, frontmatter: content.slice(from, lineStart), from, to: lineStart, contentStart: m.index + m[0].length };
  }
  return none;
}

/** obsidian.d.ts `parseFrontMatterEntry`. */
export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
  if (!isMapping(frontmatter)) return null;
  for (const [k, v] of Object.entries(frontmatter)) {
    if (typeof key === 'string' ? k === key : key.test(k)) return v ?? null;
  }
  return null;
}

/** obsidian.d.ts `parseFrontMatterStringArray`: a string or a list of strings, split on commas. */
export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp): string[] | null {
  const value = parseFrontMatterEntry(frontmatter, key);
  if (value === null || value === undefined) return null;
  const list: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const out = list
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter((v) => v.length > 0);
  return out.length > 0 ? out : null;
}

/** obsidian.d.ts `parseFrontMatterTags`: `tags`/`tag` as `#tag` strings. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i);
  return tags ? tags.map((t) => (t.startsWith('#') ? t : `#${t}`)) : null;
}

/** obsidian.d.ts `parseFrontMatterAliases`. */
export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

/** obsidian.d.ts `getAllTags`: frontmatter tags then inline tags. */
export function getAllTags(cache: CachedMetadata): string[] | null {
  const all = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
  return all.length > 0 ? all : null;
}

/** obsidian.d.ts `parseLinktext`: `note#heading` → path and subpath. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const hash = linktext.indexOf('#');
  return hash < 0 ? { path: linktext, subpath: '' } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/** obsidian.d.ts `resolveSubpath`: the heading (`#Heading`) or block (`#^id`) a subpath names. */
export function resolveSubpath(cache: CachedMetadata, subpath: string): HeadingSubpathResult | BlockSubpathResult | null {
  const target = subpath.replace(/^#/, '');
  if (target.startsWith('^')) {
    const block = cache.blocks?.[target.slice(1)];
    return block ? { type: 'block', block, start: block.position.start, end: block.position.end } : null;
  }
  const parts = target.split('#').map((p) => p.trim().toLowerCase());
  const headings = cache.headings ?? [];
  let from = 0;
  let found: HeadingCache | undefined;
  for (const part of parts) {
    const index = headings.findIndex((h, i) => i >= from && h.heading.trim().toLowerCase() === part);
    if (index < 0) return null;
    found = headings[index];
    from = index + 1;
  }
  if (!found) return null;
  const current = found;
  const next = headings.slice(from).find((h) => h.level <= current.level);
  return { type: 'heading', current, next: next ?? null, start: current.position.start, end: next ? next.position.start : null } as HeadingSubpathResult;
}

/** obsidian.d.ts `iterateCacheRefs`: calls `cb` for every link and embed; stops when it returns true. */
export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: LinkCache) => boolean | void): boolean {
  for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) if (cb(ref) === true) return true;
  return false;
}

/** obsidian.d.ts `getLinkpath`. */
export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}
