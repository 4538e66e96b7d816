/** One open or closed block of the scanner's tree, and the refusal it throws. */
import type { OutlineItem } from '../outline';
import { Kind } from './kinds';

/** Containers deeper than this are left to the fallback reader. */
export const MAX_DEPTH = 32;

export class Block {
  kind: Kind;
  parent: Block | null;
  /** The open child (the last child while it is open), or null. */
  child: Block | null = null;
  firstChild: Block | null = null;
  depth: number;
  start: number;
  end: number;
  // list and list item
  ordered = false;
  /** Bullet character or ordered delimiter. */
  listChar = 0;
  markerOffset = 0;
  padding = 0;
  item: OutlineItem | null = null;
  emptyThenBlank = false;
  // fenced code
  fenceChar = 0;
  fenceLen = 0;
  // html
  htmlType = 0;
  // paragraph
  firstAbs = 0;
  lastEndAbs = 0;
  lastLine = 0;
  /** The paragraph's last line cannot be a table's header row (it ended a table lazily). */
  lastNoHeader = false;
  lastIndent = 0;
  lastContent = 0;
  lineCount = 0;
  // heading
  level = 0;

  constructor(kind: Kind, parent: Block | null, line: number) {
    this.kind = kind;
    this.parent = parent;
    this.depth = parent === null ? 0 : parent.depth + 1;
    this.start = line;
    // Not yet touched: `touch` stops at the first container already past the line.
    this.end = line - 1;
  }
}

/** Thrown (and caught in `scanOutline`) where the scanner refuses to decide. */
export class Bail extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
