/** The scanner's block kinds and the answers its steps give, by name. */
import type { BlockKind } from '../outline';

/** What a {@link Block} is. */
export const enum Kind {
  Document,
  BlockQuote,
  List,
  ListItem,
  Paragraph,
  FencedCode,
  IndentedCode,
  Html,
  Table,
  Heading,
  ThematicBreak,
  FootnoteDefinition,
}

/** The outline's name of each kind (indexed by {@link Kind}). */
export const OUTLINE_KIND: readonly BlockKind[] = [
  'other', // Document
  'blockquote',
  'list',
  'other', // ListItem (never a top-level block)
  'paragraph',
  'code', // FencedCode
  'code', // IndentedCode
  'html',
  'table',
  'heading',
  'thematicBreak',
  'other', // FootnoteDefinition
];

/** Whether an open block goes on on this line (step 1 of the CommonMark block algorithm). */
export const enum Continuation {
  /** The block continues: go on to its open child. */
  Matched,
  /** It does not: this and its open descendants may close (unless the line is lazy). */
  Unmatched,
  /** The line is used up (a closing code fence). */
  LineDone,
}

/** What trying the block starts at the current position found (step 2). */
export const enum Start {
  /** No block starts here. */
  None,
  /** A container (block quote, list item, footnote definition) opened: look for more starts. */
  Container,
  /** A leaf whose content is the rest of the line (fenced code, html) opened. */
  Leaf,
  /** A one-line leaf (heading, thematic break, one-line indented code) took the line. */
  LineDone,
}

/** Blocks a block of kind `parent` may hold as children. */
export function canContain(parent: Kind, child: Kind): boolean {
  if (parent === Kind.Document || parent === Kind.BlockQuote || parent === Kind.ListItem || parent === Kind.FootnoteDefinition) return child !== Kind.ListItem;
  if (parent === Kind.List) return child === Kind.ListItem;
  return false;
}
