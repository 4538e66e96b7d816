/**
 * The third reader of a note (see `core/note/outline.ts`): Obsidian's metadata cache. The plugin uses
 * it where the fast scanner declines a note, and to decide from metadata alone which notes are
 * coaching notes, so that no other note is ever read.
 *
 * The cache differs from remark in ways this file absorbs: positions are 0-based; a list item's
 * start column is its container's content column, not its marker's; callouts and `%%` comments
 * are sections of their own; headings inside blockquotes and list items are not headings.
 */
import type { CachedMetadata, FrontMatterCache, ListItemCache, SectionCache } from 'obsidian';
import type { KnownProperties } from '../../core/actions/entry';
import { isCoachingNote, type CoachingRules } from '../../core/note/coaching-rules';
import { propertiesFromValues, type NoteProperties } from '../../core/note/properties';
import type { BlockKind, Outline, OutlineBlock, OutlineItem } from '../../core/note/outline';

const KINDS: Readonly<Record<string, BlockKind>> = {
  paragraph: 'paragraph',
  list: 'list',
  blockquote: 'blockquote',
  callout: 'blockquote',
  code: 'code',
  html: 'html',
  // A `%%` comment is hidden text, as an HTML comment is: never prose, never tags.
  comment: 'html',
  heading: 'heading',
  thematicBreak: 'thematicBreak',
  table: 'table',
};

const MARKER = /^[ \t]*((?:[-*+]|\d{1,9}[.)]))([ \t]+|$)/;
/** What starts a block other than a paragraph right after a list marker. */
const NOT_PARAGRAPH = /^(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|>|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$)/;

function itemOf(item: ListItemCache, lines: readonly string[], listSections: readonly SectionCache[]): OutlineItem {
  const lineIndex = item.position.start.line;
  const text = lines[lineIndex] ?? '';
  const from = item.position.start.col;
  const marker = MARKER.exec(text.slice(from));
  const lead = marker ? (/^[ \t]*/.exec(text.slice(from))?.[0].length ?? 0) : 0;
  const col = from + lead;
  const rest = marker ? text.slice(from + marker[0].length) : '';
  const topLevel = item.parent < 0 && listSections.some((s) => s.position.start.line <= lineIndex && lineIndex <= s.position.end.line);
  return {
    line: lineIndex + 1,
    col,
    paragraphFirst: marker !== null && rest.trim().length > 0 && !NOT_PARAGRAPH.test(rest),
    topLevel,
  };
}

/**
 * The outline of a note from its cached metadata. `lines` are the note's lines (BOM stripped),
 * needed because the cache gives positions, not the marker columns and heading texts remark has.
 */
export function cacheOutline(cache: CachedMetadata, lines: readonly string[]): Outline {
  const sections = cache.sections ?? [];
  const blocks: OutlineBlock[] = [];
  let frontmatter: Outline['frontmatter'] = null;
  for (const section of sections) {
    const startLine = section.position.start.line + 1;
    const endLine = section.position.end.line + 1;
    if (section.type === 'yaml') frontmatter = { startLine, endLine };
    else blocks.push({ kind: KINDS[section.type] ?? 'other', startLine, endLine });
  }
  if (frontmatter === null && cache.frontmatterPosition) {
    frontmatter = { startLine: cache.frontmatterPosition.start.line + 1, endLine: cache.frontmatterPosition.end.line + 1 };
  }
  const headings = (cache.headings ?? []).map((h) => ({
    line: h.position.start.line + 1,
    endLine: h.position.end.line + 1,
    level: h.level,
    text: h.heading,
  }));
  const listSections = sections.filter((s) => s.type === 'list');
  const items = (cache.listItems ?? []).map((item) => itemOf(item, lines, listSections));
  return { frontmatter, headings, blocks, items };
}

/** The keys GROW Coach reads, from the cache's frontmatter: the core's one reading of plain values. */
export function cacheProperties(frontmatter: FrontMatterCache | undefined): NoteProperties {
  const fm: Record<string, unknown> = frontmatter ?? {};
  return propertiesFromValues((key) => (Object.prototype.hasOwnProperty.call(fm, key) ? fm[key] : undefined));
}

/** Every tag of a note as the cache has it: frontmatter `tags`/`tag` and inline tags, without `#`. */
export function cacheTags(cache: CachedMetadata): string[] {
  const tags = cacheProperties(cache.frontmatter).tags;
  for (const t of cache.tags ?? []) tags.push(t.tag.replace(/^#/, ''));
  return tags;
}

/** What the cache says of a note's properties and tags, for the core's entry builder. */
export function cacheKnown(cache: CachedMetadata): KnownProperties {
  return { properties: cacheProperties(cache.frontmatter), tags: cacheTags(cache) };
}

/** The coaching-note rule over what the cache says (the folder rule alone without a cache). */
export function cacheIsCoaching(path: string, cache: CachedMetadata | null, rules: CoachingRules): boolean {
  if (cache === null) return isCoachingNote(path, { type: null, tags: [] }, rules);
  return isCoachingNote(path, { type: cacheProperties(cache.frontmatter).type, tags: cacheTags(cache) }, rules);
}

/**
 * False only when the note certainly holds no Will action, so it need not be read: the cache lists
 * no task item, and there is no `%%` comment (Obsidian leaves list items inside one out of the
 * cache, while the CLI's reading counts them).
 */
export function cacheMayHaveTasks(cache: CachedMetadata): boolean {
  if ((cache.listItems ?? []).some((item) => item.task !== undefined)) return true;
  return (cache.sections ?? []).some((s) => s.type === 'comment');
}
