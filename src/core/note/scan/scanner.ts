/**
 * The scanner's state and its line loop: the CommonMark block algorithm as commonmark.js runs it
 * (open containers matched line by line, then new block starts, then lazy continuation or a new
 * paragraph), with micromark's answers where the two differ. The construct starts live in their
 * own files; this one holds the column arithmetic, the tree and the order of the steps.
 */
import { findFrontmatter } from '../frontmatter-range';
import type { Outline, OutlineHeading } from '../outline';
import { Bail, Block, MAX_DEPTH } from './block';
import { codes, isDigit, trimmedEnd } from './codes';
import { labelMayEndInDefinition } from './definitions';
import { canContain, Continuation, Kind, OUTLINE_KIND, Start } from './kinds';
import type { ScanSteps } from './steps';

export class Scanner {
  readonly outline: Outline = { frontmatter: null, headings: [], blocks: [], items: [] };
  readonly doc = new Block(Kind.Document, null, 0);
  tip: Block = this.doc;
  oldtip: Block = this.doc;
  lastMatched: Block = this.doc;
  allClosed = true;
  // the current line
  line = '';
  lineNo = 0;
  lineAbs = 0;
  offset = 0;
  column = 0;
  nextNonspace = 0;
  nextNonspaceColumn = 0;
  indent = 0;
  indented = false;
  blank = false;
  /** List items started on this line interrupt a paragraph or indented code (micromark keeps this for the whole line). */
  interrupt = false;
  /** Blocks closed now end on this line (micromark: a container start closing an unclosed fence or raw HTML). */
  extendClose = false;
  /** The open indented code block took this line by its indentation. */
  codeIndented = false;

  constructor(
    readonly body: string,
    readonly lines: readonly string[],
    private readonly steps: ScanSteps<Scanner>,
  ) {}

  run(): Outline {
    const { lines, body } = this;
    let first = 0;
    const fm = findFrontmatter(lines);
    if (fm !== null) {
      this.outline.frontmatter = fm;
      first = fm.endLine;
    }
    // An opening fence that never closes is no frontmatter: the note is read as Obsidian reads it
    // (the reference reading then parses it without remark-frontmatter, see remark-reading.ts).
    let abs = 0;
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] ?? '';
      if (i >= first) {
        this.line = line;
        this.lineNo = i + 1;
        this.lineAbs = abs;
        this.incorporate();
      }
      abs += line.length;
      const c = body.charCodeAt(abs);
      if (c === codes.carriageReturn) abs += body.charCodeAt(abs + 1) === codes.lineFeed ? 2 : 1;
      else if (c === codes.lineFeed) abs += 1;
    }
    while (this.tip !== this.doc) this.finalize(this.tip);
    this.outline.headings.sort((a, b) => a.line - b.line);
    return this.outline;
  }

  // ---- column arithmetic (as commonmark.js) ----

  findNextNonspace(): void {
    const s = this.line;
    let i = this.offset;
    let cols = this.column;
    let c = s.charCodeAt(i);
    while (c === codes.space || c === codes.horizontalTab) {
      if (c === codes.space) cols += 1;
      else cols += 4 - (cols % 4);
      i += 1;
      c = s.charCodeAt(i);
    }
    this.blank = i >= s.length;
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = cols - this.column;
    this.indented = this.indent >= 4;
  }

  advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
  }

  /** Moves on `count` characters, or with `columns` `count` columns (a tab may be taken in part). */
  advanceOffset(count: number, columns: boolean): void {
    const s = this.line;
    while (count > 0 && this.offset < s.length) {
      if (s.charCodeAt(this.offset) === codes.horizontalTab) {
        const toTab = 4 - (this.column % 4);
        if (columns) {
          const partial = toTab > count;
          const adv = partial ? count : toTab;
          this.column += adv;
          if (!partial) this.offset += 1;
          count -= adv;
        } else {
          this.column += toTab;
          this.offset += 1;
          count -= 1;
        }
      } else {
        this.offset += 1;
        this.column += 1;
        count -= 1;
      }
    }
  }

  // ---- the tree ----

  /** Marks the current line as part of `b` and of its containers. */
  touch(b: Block): void {
    const line = this.lineNo;
    for (let n: Block | null = b; n !== null && n.end < line; n = n.parent) n.end = line;
  }

  finalize(b: Block): void {
    const parent = b.parent;
    if (this.extendClose && b.end < this.lineNo) b.end = this.lineNo;
    if (b.kind === Kind.ListItem && b.item !== null) {
      const f = b.firstChild;
      b.item.paragraphFirst = f !== null && f.kind === Kind.Paragraph && f.start === b.start;
    }
    if (parent === this.doc) this.outline.blocks.push({ kind: OUTLINE_KIND[b.kind] ?? 'other', startLine: b.start, endLine: b.end });
    if (parent !== null) parent.child = null;
    this.tip = parent ?? this.doc;
  }

  closeUnmatched(): void {
    if (!this.allClosed) {
      while (this.oldtip !== this.lastMatched) {
        const parent = this.oldtip.parent;
        this.finalize(this.oldtip);
        if (parent === null) break;
        this.oldtip = parent;
      }
      this.allClosed = true;
    }
  }

  addChild(kind: Kind): Block {
    while (!canContain(this.tip.kind, kind)) this.finalize(this.tip);
    const parent = this.tip;
    const b = new Block(kind, parent, this.lineNo);
    if (b.depth > MAX_DEPTH) throw new Bail(`containers nested deeper than ${MAX_DEPTH}`);
    parent.child = b;
    if (parent.firstChild === null) parent.firstChild = b;
    this.tip = b;
    return b;
  }

  /** Whether this line's container start closes an unclosed fenced code or raw HTML block. */
  closesOpenFlow(): boolean {
    const t = this.oldtip;
    return !this.allClosed && (t.kind === Kind.FencedCode || (t.kind === Kind.Html && t.htmlType <= 5));
  }

  pushHeading(h: Block, text: string): void {
    const heading: OutlineHeading = { line: h.start, endLine: this.lineNo, level: h.level, text };
    this.outline.headings.push(heading);
  }

  /** Adds the current line to paragraph `p`; `noHeader` where the line cannot head a table. */
  addParaLine(p: Block, noHeader: boolean): void {
    p.lastLine = this.lineNo;
    p.lastNoHeader = noHeader;
    p.lastIndent = this.indent;
    p.lastContent = this.nextNonspace;
    p.lastEndAbs = this.lineAbs + trimmedEnd(this.line, this.nextNonspace);
    p.lineCount += 1;
    this.touch(p);
  }

  // ---- one line ----

  incorporate(): void {
    this.offset = 0;
    this.column = 0;
    this.blank = false;
    const s = this.line;
    let container: Block = this.doc;
    this.oldtip = this.tip;
    this.codeIndented = false;
    // 1. the open blocks this line continues
    for (let b = container.child; b !== null; b = container.child) {
      this.findNextNonspace();
      const r = this.steps.continues(this, b);
      if (r === Continuation.Matched) container = b;
      else if (r === Continuation.LineDone) return;
      else break;
    }
    this.allClosed = container === this.oldtip;
    this.lastMatched = container;
    let matchedLeaf = container.kind === Kind.FencedCode || container.kind === Kind.IndentedCode || container.kind === Kind.Html;
    // micromark interrupts when every container continued and a paragraph or an indented code
    // block (open across blank lines) is the current construct.
    this.interrupt = container.kind === Kind.Paragraph || (this.tip.kind === Kind.IndentedCode && this.tip.parent === container);
    // 2. the blocks this line starts
    let started = false;
    while (!matchedLeaf) {
      this.findNextNonspace();
      if (!this.indented && !mayStartBlock(s.charCodeAt(this.nextNonspace))) {
        this.advanceNextNonspace();
        break;
      }
      const r = this.steps.tryStarts(this, container);
      if (r === Start.None) {
        this.advanceNextNonspace();
        break;
      }
      started = true;
      container = this.tip;
      if (r === Start.Leaf) matchedLeaf = true;
      else if (r === Start.LineDone) return;
    }
    if (!started && container.kind === Kind.Paragraph && !this.blank && !this.indented && this.steps.tryTable(this, container)) return;
    // 3. the rest of the line: a lazy continuation, the open leaf's content or a new paragraph
    if (!this.allClosed && !this.blank && this.tip.kind === Kind.Paragraph) {
      this.addParaLine(this.tip, false);
      return;
    }
    // micromark: a line that ends a table by not continuing its containers is lazy, so it cannot
    // be the header of a new table
    const afterTable = !this.allClosed && this.oldtip.kind === Kind.Table;
    this.closeUnmatched();
    const k = container.kind;
    if (k === Kind.FencedCode || k === Kind.Html) {
      this.touch(container);
      if (k === Kind.Html && container.htmlType <= 5 && this.steps.htmlCloses(this, container, container.start === this.lineNo)) this.finalize(container);
    } else if (k === Kind.IndentedCode) {
      if (!this.blank || this.codeIndented) this.touch(container);
    } else if (k === Kind.Paragraph) {
      this.addParaLine(container, false);
    } else if (k === Kind.Table) {
      if (!this.blank) this.touch(container);
    } else if (!this.blank && this.offset < s.length) {
      if (s.charCodeAt(this.nextNonspace) === codes.leftSquareBracket && labelMayEndInDefinition(s, this.nextNonspace))
        throw new Bail('a link reference definition');
      const p = this.addChild(Kind.Paragraph);
      this.advanceNextNonspace();
      p.firstAbs = this.lineAbs + this.nextNonspace;
      this.addParaLine(p, afterTable);
    }
  }
}

/** Whether a block other than a paragraph or indented code can start with `c`: # ` ~ * + _ = < > - 0-9 [ */
function mayStartBlock(c: number): boolean {
  switch (c) {
    case codes.numberSign:
    case codes.graveAccent:
    case codes.tilde:
    case codes.asterisk:
    case codes.plusSign:
    case codes.underscore:
    case codes.equalsTo:
    case codes.lessThan:
    case codes.greaterThan:
    case codes.dash:
    case codes.leftSquareBracket:
      return true;
    default:
      return isDigit(c);
  }
}
