/**
 * The block outline of a note: just enough structure (headings, top-level blocks, list items) to
 * build a {@link SessionRecord}. Three readers produce it: the remark reading (`remark-reading.ts`,
 * the reference), the fast line scanner (`scan/`) and, in the plugin, Obsidian's metadata cache. The
 * record is built from an outline by one function, {@link buildRecord}, so the three can only
 * disagree on the outline, and the tests compare exactly that.
 */

/** A heading at any depth (inside a blockquote or list item too). Lines are 1-based. */
export interface OutlineHeading {
  line: number;
  /** Last line of the heading (a setext heading spans its text and its underline). */
  endLine: number;
  level: number;
  /** The heading's content as written, without `#` marks or underline. */
  text: string;
}

/** The kinds of top-level block that matter to the record. */
export type BlockKind = 'paragraph' | 'list' | 'blockquote' | 'code' | 'html' | 'heading' | 'thematicBreak' | 'table' | 'other';

/** A block that is a direct child of the document (frontmatter excluded). */
export interface OutlineBlock {
  kind: BlockKind;
  startLine: number;
  endLine: number;
}

/** A list item at any depth. */
export interface OutlineItem {
  /** Line of the item's marker. */
  line: number;
  /** 0-based column of the marker in that line (container prefixes such as `> ` come before it). */
  col: number;
  /** True when the item's first block is a paragraph that starts on the marker's line. */
  paragraphFirst: boolean;
  /** True for the items of a list that is itself a top-level block. */
  topLevel: boolean;
}

/** The frontmatter block, from the opening `---` line to the closing one. */
export interface OutlineFrontmatter {
  startLine: number;
  endLine: number;
}

export interface Outline {
  frontmatter: OutlineFrontmatter | null;
  headings: OutlineHeading[];
  blocks: OutlineBlock[];
  items: OutlineItem[];
}
