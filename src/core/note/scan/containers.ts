/** The container starts: footnote definition, block quote and list item. */
import { Bail } from './block';
import { codes, isDigit, isSpaceOrTab, restBlank } from './codes';
import { labelMayEndInDefinition } from './definitions';
import { Kind, Start } from './kinds';
import type { Scanner } from './scanner';

/** The longest footnote label micromark reads. */
const MAX_LABEL = 1000;

/** A GFM footnote definition `[^label]:`; other `[^…]:` lines are link reference definitions (refused). */
export function startFootnoteDefinition(sc: Scanner): Start {
  const s = sc.line;
  const at = sc.nextNonspace;
  if (s.charCodeAt(at + 1) !== codes.caret) return Start.None;
  let i = at + 2;
  for (; i < s.length && i - at < MAX_LABEL; i += 1) {
    const d = s.charCodeAt(i);
    if (d === codes.rightSquareBracket || d === codes.backslash || d === codes.leftSquareBracket || isSpaceOrTab(d)) break;
  }
  if (i > at + 2 && s.charCodeAt(i) === codes.rightSquareBracket && s.charCodeAt(i + 1) === codes.colon) {
    sc.advanceNextNonspace();
    sc.advanceOffset(i + 2 - at, false);
    sc.findNextNonspace();
    sc.advanceNextNonspace();
    sc.extendClose = sc.closesOpenFlow();
    sc.closeUnmatched();
    const f = sc.addChild(Kind.FootnoteDefinition);
    sc.extendClose = false;
    for (let p = f.parent; p !== null; p = p.parent)
      if (p.kind === Kind.FootnoteDefinition) throw new Bail('a footnote definition inside a footnote definition');
    sc.touch(f);
    return Start.Container;
  }
  if (labelMayEndInDefinition(s, at)) throw new Bail('a footnote or link reference definition');
  return Start.None;
}

export function startBlockQuote(sc: Scanner): Start {
  sc.advanceNextNonspace();
  sc.advanceOffset(1, false);
  if (isSpaceOrTab(sc.line.charCodeAt(sc.offset))) sc.advanceOffset(1, true);
  sc.extendClose = sc.closesOpenFlow();
  sc.closeUnmatched();
  const q = sc.addChild(Kind.BlockQuote);
  sc.extendClose = false;
  sc.touch(q);
  return Start.Container;
}

/** A bullet (`-`, `+`, `*`) or ordered (`1.`, `1)`) list item, opening its list where needed. */
export function startListItem(sc: Scanner): boolean {
  if (sc.indent >= 4) return false;
  const s = sc.line;
  const at = sc.nextNonspace;
  const c = s.charCodeAt(at);
  let ordered = false;
  let listChar: number;
  let markerLen: number;
  if (c === codes.asterisk || c === codes.plusSign || c === codes.dash) {
    listChar = c;
    markerLen = 1;
  } else if (isDigit(c)) {
    let i = at;
    while (i - at < 9 && isDigit(s.charCodeAt(i))) i += 1;
    const d = s.charCodeAt(i);
    if (d !== codes.dot && d !== codes.rightParenthesis) return false;
    // only `1.` or `1)` interrupts a paragraph
    if (sc.interrupt && !(i - at === 1 && c === codes.digit1)) return false;
    ordered = true;
    listChar = d;
    markerLen = i - at + 1;
  } else return false;
  if (at + markerLen < s.length && !isSpaceOrTab(s.charCodeAt(at + markerLen))) return false;
  // an empty item does not interrupt a paragraph
  if (sc.interrupt && restBlank(s, at + markerLen)) return false;

  const markerOffset = sc.indent;
  sc.advanceNextNonspace();
  sc.advanceOffset(markerLen, true);
  const padding = itemPadding(sc, markerLen);

  sc.extendClose = sc.closesOpenFlow();
  sc.closeUnmatched();
  const tip = sc.tip;
  if (tip.kind !== Kind.List || tip.ordered !== ordered || tip.listChar !== listChar) {
    const list = sc.addChild(Kind.List);
    list.ordered = ordered;
    list.listChar = listChar;
  }
  const list = sc.tip;
  const item = sc.addChild(Kind.ListItem);
  sc.extendClose = false;
  item.markerOffset = markerOffset;
  item.padding = padding;
  item.item = { line: sc.lineNo, col: at, paragraphFirst: false, topLevel: list.parent === sc.doc };
  sc.outline.items.push(item.item);
  sc.touch(item);
  return true;
}

/**
 * The item's content indentation after the marker (1–4 spaces, or one where the item is empty or
 * starts with indented code), leaving the position at the content.
 */
function itemPadding(sc: Scanner, markerLen: number): number {
  const s = sc.line;
  const spacesStartCol = sc.column;
  const spacesStartOffset = sc.offset;
  do {
    sc.advanceOffset(1, true);
  } while (sc.column - spacesStartCol < 5 && isSpaceOrTab(s.charCodeAt(sc.offset)));
  const blankItem = sc.offset >= s.length;
  const spacesAfter = sc.column - spacesStartCol;
  if (spacesAfter >= 5 || spacesAfter < 1 || blankItem) {
    sc.column = spacesStartCol;
    sc.offset = spacesStartOffset;
    if (isSpaceOrTab(s.charCodeAt(sc.offset))) sc.advanceOffset(1, true);
    return markerLen + 1;
  }
  return markerLen + spacesAfter;
}
