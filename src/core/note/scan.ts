/**
 * The fast reading of a note: a linear-time, line-based CommonMark + GFM *block* scanner that
 * produces the same {@link Outline} as the remark reading (`parse.ts`), or `null` where it cannot
 * be sure, in which case the caller falls back to a slower reader.
 *
 * It follows the CommonMark block algorithm (open containers matched line by line, then new block
 * starts, then lazy continuation or a new paragraph), with the GFM table and the frontmatter fence,
 * and does no inline parsing. What it does not decide it refuses: link reference definitions and
 * footnote definitions (they change what is a paragraph), containers nested deeper than
 * {@link MAX_DEPTH}. The differential tests (`test/core/scan*.test.ts`) hold it to remark's output.
 */
import { findFrontmatter } from './frontmatter-range';
import { splitBom, splitLines } from './lines';
import { readProperties } from './properties';
import type { BlockKind, Outline, OutlineHeading, OutlineItem } from './outline';
import { buildRecord, type ReadOptions } from './record';
import type { SessionRecord } from './session';

/** Containers deeper than this are left to the fallback reader. */
export const MAX_DEPTH = 32;

const DOC = 0;
const QUOTE = 1;
const LIST = 2;
const ITEM = 3;
const PARA = 4;
const FCODE = 5;
const ICODE = 6;
const HTML = 7;
const TABLE = 8;
const HEADING = 9;
const HR = 10;
const FOOT = 11;

const KIND_OF: readonly BlockKind[] = [
  'other',
  'blockquote',
  'list',
  'other',
  'paragraph',
  'code',
  'code',
  'html',
  'table',
  'heading',
  'thematicBreak',
  'other',
];

const C_TAB = 9;
const C_SPACE = 32;

class Block {
  kind: number;
  parent: Block | null;
  /** The open child (the last child while it is open), or null. */
  child: Block | null = null;
  firstChild: Block | null = null;
  depth: number;
  start: number;
  end: number;
  // list and item
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
  lastLazy = false;
  lastIndent = 0;
  lastContent = 0;
  lineCount = 0;
  // heading
  level = 0;

  constructor(kind: number, parent: Block | null, line: number) {
    this.kind = kind;
    this.parent = parent;
    this.depth = parent === null ? 0 : parent.depth + 1;
    this.start = line;
    // Not yet touched: `touch` stops at the first container already past the line.
    this.end = line - 1;
  }
}

/** Thrown (and caught in {@link scanOutline}) where the scanner refuses to decide. */
class Bail extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const isSpaceOrTab = (c: number): boolean => c === C_SPACE || c === C_TAB;

const ATX = /#{1,6}(?:[ \t]+|$)/y;
const SETEXT = /(?:=+|-+)[ \t]*$/y;
const THEMATIC = /(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/y;
const HTML_1 = /<(?:script|pre|textarea|style)(?:[ \t>]|$)/iy;
const HTML_6 =
  /<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$)/iy;
const HTML_7 =
  // eslint-disable-next-line no-control-regex -- an unquoted attribute value excludes control characters, as in CommonMark
  /(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:[ \t]*=[ \t]*(?:[^"'=<>`\u0000-\u0020]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/y;
const HTML_1_CLOSE = /<\/(?:script|pre|textarea|style)>/i;
const HTML_CLOSE: readonly (string | null)[] = [null, null, '-->', '?>', '>', ']]>'];

/** Whether `s` has only spaces and tabs from `from` on. */
function restBlank(s: string, from: number): boolean {
  for (let i = from; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c !== C_SPACE && c !== C_TAB) return false;
  }
  return true;
}

/** Index after the last character that is not a space or tab (at least `from`). */
function trimmedEnd(s: string, from: number): number {
  let e = s.length;
  while (e > from && isSpaceOrTab(s.charCodeAt(e - 1))) e -= 1;
  return e;
}

/** Cells of a GFM delimiter row starting at `i`, or -1 when the line is no delimiter row. */
function delimiterCells(s: string, i: number): number {
  const n = s.length;
  let cells = 0;
  if (s.charCodeAt(i) === 124) i += 1;
  for (;;) {
    while (i < n && isSpaceOrTab(s.charCodeAt(i))) i += 1;
    if (i >= n) break;
    if (s.charCodeAt(i) === 58) i += 1;
    if (s.charCodeAt(i) !== 45) return -1;
    while (s.charCodeAt(i) === 45) i += 1;
    if (s.charCodeAt(i) === 58) i += 1;
    while (i < n && isSpaceOrTab(s.charCodeAt(i))) i += 1;
    cells += 1;
    if (i >= n) break;
    if (s.charCodeAt(i) !== 124) return -1;
    i += 1;
  }
  return cells > 0 ? cells : -1;
}

/** Cells of a GFM table header row starting at `i`: split on unescaped pipes, outer empty cells dropped. */
function headerCells(s: string, i: number): number {
  const n = s.length;
  let segments = 1;
  let pipes = 0;
  let firstBlank = true;
  let segBlank = true;
  for (; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 92) {
      const d = s.charCodeAt(i + 1);
      if (d === 92 || d === 124) i += 1;
      segBlank = false;
    } else if (c === 124) {
      if (pipes === 0) firstBlank = segBlank;
      pipes += 1;
      segments += 1;
      segBlank = true;
    } else if (c !== C_SPACE && c !== C_TAB) segBlank = false;
  }
  if (pipes === 0) return 1;
  let cells = segments;
  if (firstBlank) cells -= 1;
  if (segBlank) cells -= 1;
  return cells;
}

class Scanner {
  readonly outline: Outline = { frontmatter: null, headings: [], blocks: [], items: [] };
  private readonly doc = new Block(DOC, null, 0);
  private tip: Block = this.doc;
  private oldtip: Block = this.doc;
  private lastMatched: Block = this.doc;
  private allClosed = true;
  // the current line
  private line = '';
  private lineNo = 0;
  private lineAbs = 0;
  private offset = 0;
  private column = 0;
  private nextNonspace = 0;
  private nextNonspaceColumn = 0;
  private indent = 0;
  private indented = false;
  private blank = false;
  /** List items started on this line interrupt a paragraph or indented code (micromark keeps this for the whole line). */
  private interrupt = false;
  /** Blocks closed now end on this line (micromark: a container start closing an unclosed fence or raw HTML). */
  private extendClose = false;
  /** The open indented code block took this line by its indentation. */
  private codeIndented = false;
  /** No container starts (see {@link Scanner.run}). */
  private noContainers = false;

  constructor(
    private readonly body: string,
    private readonly lines: readonly string[],
  ) {}

  run(): Outline {
    const { lines, body } = this;
    let first = 0;
    const fm = findFrontmatter(lines);
    // An opening fence that never closes is no frontmatter: the note is read as Obsidian reads it
    // (the reference reading then parses it without remark-frontmatter, see remark-reading.ts).
    if (fm !== null) {
      this.outline.frontmatter = fm;
      first = fm.endLine;
    }
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
      if (c === 13) abs += body.charCodeAt(abs + 1) === 10 ? 2 : 1;
      else if (c === 10) abs += 1;
    }
    while (this.tip !== this.doc) this.finalize(this.tip);
    this.outline.headings.sort((a, b) => a.line - b.line);
    return this.outline;
  }

  // ---- column arithmetic (as commonmark.js) ----

  private findNextNonspace(): void {
    const s = this.line;
    let i = this.offset;
    let cols = this.column;
    let c = s.charCodeAt(i);
    while (c === C_SPACE || c === C_TAB) {
      if (c === C_SPACE) cols += 1;
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

  private advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
  }

  private advanceOffset(count: number, columns: boolean): void {
    const s = this.line;
    while (count > 0 && this.offset < s.length) {
      if (s.charCodeAt(this.offset) === C_TAB) {
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
  private touch(b: Block): void {
    const line = this.lineNo;
    for (let n: Block | null = b; n !== null && n.end < line; n = n.parent) n.end = line;
  }

  private finalize(b: Block): void {
    const parent = b.parent;
    if (this.extendClose && b.end < this.lineNo) b.end = this.lineNo;
    if (b.kind === ITEM && b.item !== null) {
      const f = b.firstChild;
      b.item.paragraphFirst = f !== null && f.kind === PARA && f.start === b.start;
    }
    if (parent === this.doc) this.outline.blocks.push({ kind: KIND_OF[b.kind] ?? 'other', startLine: b.start, endLine: b.end });
    if (parent !== null) parent.child = null;
    this.tip = parent ?? this.doc;
  }

  private closeUnmatched(): void {
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

  private addChild(kind: number): Block {
    while (!this.canContain(this.tip.kind, kind)) this.finalize(this.tip);
    const parent = this.tip;
    const b = new Block(kind, parent, this.lineNo);
    if (b.depth > MAX_DEPTH) throw new Bail(`containers nested deeper than ${MAX_DEPTH}`);
    parent.child = b;
    if (parent.firstChild === null) parent.firstChild = b;
    this.tip = b;
    return b;
  }

  private canContain(parent: number, child: number): boolean {
    if (parent === DOC || parent === QUOTE || parent === ITEM || parent === FOOT) return child !== ITEM;
    if (parent === LIST) return child === ITEM;
    return false;
  }

  // ---- one line ----

  private incorporate(): void {
    this.offset = 0;
    this.column = 0;
    this.blank = false;
    const s = this.line;
    let container: Block = this.doc;
    this.oldtip = this.tip;
    this.codeIndented = false;
    for (let b = container.child; b !== null; b = container.child) {
      this.findNextNonspace();
      const r = this.continues(b);
      if (r === 0) container = b;
      else if (r === 2) return;
      else break;
    }
    this.allClosed = container === this.oldtip;
    this.lastMatched = container;
    let matchedLeaf = container.kind === FCODE || container.kind === ICODE || container.kind === HTML;
    // micromark interrupts when every container continued and a paragraph or an indented code
    // block (open across blank lines) is the current construct.
    this.interrupt = container.kind === PARA || (this.tip.kind === ICODE && this.tip.parent === container);
    let started = false;
    while (!matchedLeaf) {
      this.findNextNonspace();
      const c = s.charCodeAt(this.nextNonspace);
      if (!this.indented && !this.maybeSpecial(c)) {
        this.advanceNextNonspace();
        break;
      }
      const r = this.tryStarts(container);
      if (r === 0) {
        this.advanceNextNonspace();
        break;
      }
      started = true;
      container = this.tip;
      if (r === 2) matchedLeaf = true;
      else if (r === 3) return;
    }
    if (!started && container.kind === PARA && !this.blank && !this.indented && this.tryTable(container)) return;
    if (!this.allClosed && !this.blank && this.tip.kind === PARA) {
      this.addParaLine(this.tip, true);
      return;
    }
    // micromark: a line that ends a table by not continuing its containers is lazy, so it cannot
    // be the header of a new table
    const afterTable = !this.allClosed && this.oldtip.kind === TABLE;
    this.closeUnmatched();
    const k = container.kind;
    if (k === FCODE || k === HTML) {
      this.touch(container);
      if (k === HTML && container.htmlType <= 5 && this.htmlCloses(container, container.start === this.lineNo)) this.finalize(container);
    } else if (k === ICODE) {
      if (!this.blank || this.codeIndented) this.touch(container);
    } else if (k === PARA) {
      this.addParaLine(container, false);
    } else if (k === TABLE) {
      if (!this.blank) this.touch(container);
    } else if (!this.blank && this.offset < s.length) {
      if (s.charCodeAt(this.nextNonspace) === 91) {
        // `[label]: destination` at the start of a paragraph is a definition, not text.
        const close = s.indexOf(']', this.nextNonspace);
        if (close === -1 || s.indexOf(']:', this.nextNonspace) !== -1) throw new Bail('a link reference definition');
      }
      const p = this.addChild(PARA);
      this.advanceNextNonspace();
      p.firstAbs = this.lineAbs + this.nextNonspace;
      this.addParaLine(p, afterTable);
    }
  }

  private maybeSpecial(c: number): boolean {
    // # ` ~ * + _ = < > - 0-9 [
    return (
      c === 35 || c === 96 || c === 126 || c === 42 || c === 43 || c === 95 || c === 61 || c === 60 || c === 62 || c === 45 || (c >= 48 && c <= 57) || c === 91
    );
  }

  private addParaLine(p: Block, lazy: boolean): void {
    p.lastLine = this.lineNo;
    p.lastLazy = lazy;
    p.lastIndent = this.indent;
    p.lastContent = this.nextNonspace;
    p.lastEndAbs = this.lineAbs + trimmedEnd(this.line, this.nextNonspace);
    p.lineCount += 1;
    this.touch(p);
  }

  /** 0 = matched, 1 = not matched, 2 = the line is used up. */
  private continues(b: Block): number {
    const s = this.line;
    switch (b.kind) {
      case QUOTE:
        if (!this.indented && s.charCodeAt(this.nextNonspace) === 62) {
          this.advanceNextNonspace();
          this.advanceOffset(1, false);
          if (isSpaceOrTab(s.charCodeAt(this.offset))) this.advanceOffset(1, true);
          this.touch(b);
          return 0;
        }
        return 1;
      case LIST:
        return 0;
      case FOOT:
        // GFM footnote definition: its content is indented four columns; blank lines stay in it
        // (whole: micromark takes no indentation from them, so it may still count as code)
        if (this.blank) return 0;
        if (this.indent >= 4) {
          this.advanceOffset(4, true);
          return 0;
        }
        return 1;
      case ITEM:
        if (this.blank) {
          // An empty item followed by a blank line ends at the next line that is not blank (as in
          // micromark, which keeps it open until then).
          if (b.firstChild === null) b.emptyThenBlank = true;
          // micromark takes at most the item's indentation from a blank line (the rest may be code)
          this.advanceOffset(Math.min(this.indent, b.markerOffset + b.padding), true);
          return 0;
        }
        if (b.emptyThenBlank) return 1;
        if (this.indent >= b.markerOffset + b.padding) {
          this.advanceOffset(b.markerOffset + b.padding, true);
          return 0;
        }
        return 1;
      case PARA:
      case TABLE:
        return this.blank ? 1 : 0;
      case FCODE: {
        if (this.indent <= 3 && s.charCodeAt(this.nextNonspace) === b.fenceChar) {
          let i = this.nextNonspace;
          while (s.charCodeAt(i) === b.fenceChar) i += 1;
          if (i - this.nextNonspace >= b.fenceLen && restBlank(s, i)) {
            this.touch(b);
            this.finalize(b);
            return 2;
          }
        }
        return 0;
      }
      case ICODE:
        if (this.indent >= 4) {
          // micromark: a white-space line indented this far is code, not a trailing blank line
          this.codeIndented = true;
          this.advanceOffset(4, true);
          return 0;
        }
        if (this.blank) {
          this.advanceNextNonspace();
          return 0;
        }
        return 1;
      case HTML:
        return this.blank && b.htmlType >= 6 ? 1 : 0;
      default:
        return 1;
    }
  }

  /** Whether the html block's end condition is met on this line. */
  private htmlCloses(b: Block, startLine: boolean): boolean {
    const s = this.line;
    const from = startLine ? b.lastContent : this.offset;
    if (b.htmlType === 1) {
      HTML_1_CLOSE.lastIndex = 0;
      return HTML_1_CLOSE.test(from === 0 ? s : s.slice(from));
    }
    const needle = HTML_CLOSE[b.htmlType] ?? '>';
    let skip = 0;
    if (startLine) skip = b.htmlType === 2 ? 2 : b.htmlType === 3 ? 1 : b.htmlType === 4 ? 2 : 9;
    return s.indexOf(needle, from + skip) !== -1;
  }

  /** 0 = nothing started, 1 = a container started, 2 = a leaf started, 3 = the line is used up. */
  private tryStarts(container: Block): number {
    const s = this.line;
    const at = this.nextNonspace;
    const c = s.charCodeAt(at);
    if (!this.indented) {
      // GFM footnote definition `[^label]:`; other `[^…]:` lines are link reference definitions
      if (c === 91 && s.charCodeAt(at + 1) === 94) {
        let i = at + 2;
        for (; i < s.length && i - at < 1000; i += 1) {
          const d = s.charCodeAt(i);
          if (d === 93 || d === 92 || d === 91 || d === C_SPACE || d === C_TAB) break;
        }
        if (i > at + 2 && s.charCodeAt(i) === 93 && s.charCodeAt(i + 1) === 58 && !this.noContainers) {
          this.advanceNextNonspace();
          this.advanceOffset(i + 2 - at, false);
          this.findNextNonspace();
          this.advanceNextNonspace();
          this.extendClose = this.closesOpenFlow();
          this.closeUnmatched();
          const f = this.addChild(FOOT);
          this.extendClose = false;
          for (let p = f.parent; p !== null; p = p.parent) if (p.kind === FOOT) throw new Bail('a footnote definition inside a footnote definition');
          this.touch(f);
          return 1;
        }
        if (s.indexOf(']', at) === -1 || s.indexOf(']:', at) !== -1) throw new Bail('a footnote or link reference definition');
      }
      // block quote
      if (c === 62 && !this.noContainers) {
        this.advanceNextNonspace();
        this.advanceOffset(1, false);
        if (isSpaceOrTab(s.charCodeAt(this.offset))) this.advanceOffset(1, true);
        this.extendClose = this.closesOpenFlow();
        this.closeUnmatched();
        const q = this.addChild(QUOTE);
        this.extendClose = false;
        this.touch(q);
        return 1;
      }
      // ATX heading
      if (c === 35) {
        ATX.lastIndex = at;
        if (ATX.test(s)) {
          this.closeUnmatched();
          const h = this.addChild(HEADING);
          let level = 0;
          while (s.charCodeAt(at + level) === 35) level += 1;
          h.level = level;
          let from = at + level;
          while (isSpaceOrTab(s.charCodeAt(from))) from += 1;
          let end = trimmedEnd(s, from);
          // closing sequence: `#`s preceded by white space (or making up the whole content)
          let hashes = end;
          while (hashes > from && s.charCodeAt(hashes - 1) === 35) hashes -= 1;
          if (hashes < end && (hashes === from || isSpaceOrTab(s.charCodeAt(hashes - 1)))) end = trimmedEnd(s.slice(0, hashes), from);
          this.pushHeading(h, s.slice(from, end));
          this.touch(h);
          this.finalize(h);
          return 3;
        }
      }
      // fenced code
      if (c === 96 || c === 126) {
        let i = at;
        while (s.charCodeAt(i) === c) i += 1;
        if (i - at >= 3 && (c === 126 || s.indexOf('`', i) === -1)) {
          this.closeUnmatched();
          const f = this.addChild(FCODE);
          f.fenceChar = c;
          f.fenceLen = i - at;
          this.advanceNextNonspace();
          this.advanceOffset(i - at, false);
          return 2;
        }
      }
      // html block
      if (c === 60) {
        const type = this.htmlStart(at, container.kind === PARA);
        if (type === 7 && !this.allClosed && this.tip.kind === PARA && this.lineNo < this.lines.length) {
          // micromark: a tag line in the place of a lazy continuation, followed by a line ending,
          // ends the paragraph and starts an html block in the paragraph's own container.
          this.finalize(this.tip);
          this.allClosed = true;
          const h = this.addChild(HTML);
          h.htmlType = type;
          h.lastContent = at;
          return 2;
        }
        if (type > 0) {
          this.closeUnmatched();
          const h = this.addChild(HTML);
          h.htmlType = type;
          h.lastContent = at;
          return 2;
        }
      }
      // setext heading underline
      if ((c === 61 || c === 45) && container.kind === PARA) {
        SETEXT.lastIndex = at;
        if (SETEXT.test(s)) {
          const p = container;
          p.kind = HEADING;
          p.level = c === 61 ? 1 : 2;
          this.pushHeading(p, this.body.slice(p.firstAbs, p.lastEndAbs));
          this.touch(p);
          this.finalize(p);
          return 3;
        }
      }
      // thematic break
      if (c === 42 || c === 95 || c === 45) {
        THEMATIC.lastIndex = at;
        if (THEMATIC.test(s)) {
          this.closeUnmatched();
          const hr = this.addChild(HR);
          this.touch(hr);
          this.finalize(hr);
          return 3;
        }
      }
    }
    // list item
    if ((!this.indented || container.kind === LIST) && !this.noContainers) {
      if (this.tryListItem()) return 1;
    }
    // indented code
    if (this.indented && this.tip.kind !== PARA && !this.blank) {
      this.advanceOffset(4, true);
      // micromark: indented code that starts on a line closing containers is that one line
      const alone = !this.allClosed;
      this.closeUnmatched();
      const code = this.addChild(ICODE);
      this.touch(code);
      if (alone) this.finalize(code);
      return 3;
    }
    return 0;
  }

  /** Whether this line's container start closes an unclosed fenced code or raw HTML block. */
  private closesOpenFlow(): boolean {
    const t = this.oldtip;
    return !this.allClosed && (t.kind === FCODE || (t.kind === HTML && t.htmlType <= 5));
  }

  private pushHeading(h: Block, text: string): void {
    const heading: OutlineHeading = { line: h.start, endLine: this.lineNo, level: h.level, text };
    this.outline.headings.push(heading);
  }

  private htmlStart(at: number, inParagraph: boolean): number {
    const s = this.line;
    const c1 = s.charCodeAt(at + 1);
    if (c1 === 33) {
      // <!
      if (s.startsWith('<!--', at)) return 2;
      if (s.startsWith('<![CDATA[', at)) return 5;
      const c2 = s.charCodeAt(at + 2);
      if ((c2 >= 65 && c2 <= 90) || (c2 >= 97 && c2 <= 122)) return 4;
      return 0;
    }
    if (c1 === 63) return 3;
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

  private tryListItem(): boolean {
    if (this.indent >= 4) return false;
    const s = this.line;
    const at = this.nextNonspace;
    const c = s.charCodeAt(at);
    let ordered = false;
    let listChar: number;
    let markerLen: number;
    if (c === 42 || c === 43 || c === 45) {
      listChar = c;
      markerLen = 1;
    } else if (c >= 48 && c <= 57) {
      let i = at;
      while (i - at < 9 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i += 1;
      const d = s.charCodeAt(i);
      if (d !== 46 && d !== 41) return false;
      if (this.interrupt && !(i - at === 1 && c === 49)) return false;
      ordered = true;
      listChar = d;
      markerLen = i - at + 1;
    } else return false;
    const next = s.charCodeAt(at + markerLen);
    if (at + markerLen < s.length && !isSpaceOrTab(next)) return false;
    if (this.interrupt && restBlank(s, at + markerLen)) return false;

    const markerOffset = this.indent;
    this.advanceNextNonspace();
    this.advanceOffset(markerLen, true);
    const spacesStartCol = this.column;
    const spacesStartOffset = this.offset;
    do {
      this.advanceOffset(1, true);
    } while (this.column - spacesStartCol < 5 && isSpaceOrTab(s.charCodeAt(this.offset)));
    const blankItem = this.offset >= s.length;
    const spacesAfter = this.column - spacesStartCol;
    let padding: number;
    if (spacesAfter >= 5 || spacesAfter < 1 || blankItem) {
      padding = markerLen + 1;
      this.column = spacesStartCol;
      this.offset = spacesStartOffset;
      if (isSpaceOrTab(s.charCodeAt(this.offset))) this.advanceOffset(1, true);
    } else padding = markerLen + spacesAfter;

    this.extendClose = this.closesOpenFlow();
    this.closeUnmatched();
    const tip = this.tip;
    if (tip.kind !== LIST || tip.ordered !== ordered || tip.listChar !== listChar) {
      const list = this.addChild(LIST);
      list.ordered = ordered;
      list.listChar = listChar;
    }
    const list = this.tip;
    const item = this.addChild(ITEM);
    this.extendClose = false;
    item.markerOffset = markerOffset;
    item.padding = padding;
    item.item = { line: this.lineNo, col: at, paragraphFirst: false, topLevel: list.parent === this.doc };
    this.outline.items.push(item.item);
    this.touch(item);
    return true;
  }

  /** A GFM delimiter row under a one-line header: the paragraph's last line becomes a table. */
  private tryTable(p: Block): boolean {
    const s = this.line;
    const cells = delimiterCells(s, this.nextNonspace);
    if (cells < 0) return false;
    if (p.lastLazy) {
      // Under a lazy line a tab-indented delimiter row can still open a table in micromark (its
      // column arithmetic against the container's indent), which the scanner does not model.
      if (/^[ ]*\t/.test(s)) throw new Bail('a tab-indented table row under a lazy continuation line');
      return false;
    }
    if (p.lastIndent >= 4) return false;
    const header = this.lines[p.lastLine - 1] ?? '';
    if (headerCells(header, p.lastContent) !== cells) return false;
    if (p.lineCount === 1) {
      p.kind = TABLE;
      this.touch(p);
      return true;
    }
    // The table interrupts the paragraph: the lines before the header stay a paragraph.
    const headerLine = p.lastLine;
    const parent = p.parent ?? this.doc;
    p.end = headerLine - 1;
    this.finalize(p);
    // micromark then reads the header line afresh, where a lone tag starts an html block.
    HTML_7.lastIndex = p.lastContent;
    const kind = HTML_7.test(header) ? HTML : TABLE;
    const t = new Block(kind, parent, headerLine);
    t.htmlType = 7;
    parent.child = t;
    this.tip = t;
    this.touch(t);
    return true;
  }
}

/**
 * The outline of a note's body (BOM stripped) exactly as {@link remarkOutline} reads it, or null
 * where the scanner cannot be sure. `lines` are `splitLines(body)` when the caller has them.
 */
export function scanOutline(body: string, lines?: readonly string[]): Outline | null {
  try {
    return new Scanner(body, lines ?? bodyLines(body)).run();
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}

/** Why {@link scanOutline} refuses a body (for diagnostics), or null when it does not. */
export function scanRefusal(body: string, lines?: readonly string[]): string | null {
  try {
    new Scanner(body, lines ?? splitLines(body)).run();
    return null;
  } catch (e) {
    if (e instanceof Bail) return e.reason;
    throw e;
  }
}

/** {@link splitLines} of a body without BOM: the same lines, split faster when there is no CR. */
export function bodyLines(body: string): string[] {
  return body.includes('\r') ? splitLines(body) : body.split('\n');
}

/** Reads one note by the fast path, or null when the scanner cannot be sure (fall back to `readNote`). */
export function scanRecord(text: string, file: string, options: ReadOptions = {}): SessionRecord | null {
  const { body } = splitBom(text);
  const lines = bodyLines(body);
  const outline = scanOutline(body, lines);
  if (outline === null) return null;
  return buildRecord(file, lines, outline, readProperties(file, lines, outline.frontmatter), options);
}
