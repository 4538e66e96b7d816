/** GFM tables: a delimiter row under a paragraph's last line turns that line into a table's header. */
import { Bail, Block } from './block';
import { codes, isSpaceOrTab } from './codes';
import { HTML_7 } from './html';
import { Kind } from './kinds';
import type { Scanner } from './scanner';

/** Cells of a GFM delimiter row starting at `i`, or -1 when the line is no delimiter row. */
export function delimiterCells(s: string, i: number): number {
  const n = s.length;
  let cells = 0;
  if (s.charCodeAt(i) === codes.verticalBar) i += 1;
  for (;;) {
    while (i < n && isSpaceOrTab(s.charCodeAt(i))) i += 1;
    if (i >= n) break;
    if (s.charCodeAt(i) === codes.colon) i += 1;
    if (s.charCodeAt(i) !== codes.dash) return -1;
    while (s.charCodeAt(i) === codes.dash) i += 1;
    if (s.charCodeAt(i) === codes.colon) i += 1;
    while (i < n && isSpaceOrTab(s.charCodeAt(i))) i += 1;
    cells += 1;
    if (i >= n) break;
    if (s.charCodeAt(i) !== codes.verticalBar) return -1;
    i += 1;
  }
  return cells > 0 ? cells : -1;
}

/** Cells of a GFM table header row starting at `i`: split on unescaped pipes, outer empty cells dropped. */
export function headerCells(s: string, i: number): number {
  const n = s.length;
  let segments = 1;
  let pipes = 0;
  let firstBlank = true;
  let segBlank = true;
  for (; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c === codes.backslash) {
      const d = s.charCodeAt(i + 1);
      if (d === codes.backslash || d === codes.verticalBar) i += 1;
      segBlank = false;
    } else if (c === codes.verticalBar) {
      if (pipes === 0) firstBlank = segBlank;
      pipes += 1;
      segments += 1;
      segBlank = true;
    } else if (!isSpaceOrTab(c)) segBlank = false;
  }
  if (pipes === 0) return 1;
  let cells = segments;
  if (firstBlank) cells -= 1;
  if (segBlank) cells -= 1;
  return cells;
}

/** A GFM delimiter row under a one-line header: the paragraph's last line becomes a table. */
export function tryTable(sc: Scanner, p: Block): boolean {
  const s = sc.line;
  const cells = delimiterCells(s, sc.nextNonspace);
  if (cells < 0) return false;
  if (p.lastNoHeader) {
    // Under the line that ended a table lazily a tab-indented delimiter row may still open a table
    // in micromark (its column arithmetic against the container's indent): not modelled.
    if (/^[ ]*\t/.test(s)) throw new Bail('a tab-indented table row under a lazy continuation line');
    return false;
  }
  // A lazy header is fine: micromark only asks that the delimiter row be no lazy line, and this one
  // continued every container down to the paragraph (`- [ ] Offerte st` / `Wie | Wat` / `  --- | ---`).
  if (p.lastIndent >= 4) return false;
  const header = sc.lines[p.lastLine - 1] ?? '';
  if (headerCells(header, p.lastContent) !== cells) return false;
  if (p.lineCount === 1) {
    p.kind = Kind.Table;
    sc.touch(p);
    return true;
  }
  // The table interrupts the paragraph: the lines before the header stay a paragraph.
  const headerLine = p.lastLine;
  const parent = p.parent ?? sc.doc;
  p.end = headerLine - 1;
  sc.finalize(p);
  // micromark then reads the header line afresh, where a lone tag starts an html block.
  HTML_7.lastIndex = p.lastContent;
  const kind = HTML_7.test(header) ? Kind.Html : Kind.Table;
  const t = new Block(kind, parent, headerLine);
  t.htmlType = 7;
  parent.child = t;
  sc.tip = t;
  sc.touch(t);
  return true;
}
