/**
 * Step 1 of the block algorithm: whether an open block continues on the current line, kind by
 * kind, consuming its prefix (`>`, the item's indentation, four columns of code) when it does.
 */
import type { Block } from './block';
import { codes, isSpaceOrTab } from './codes';
import { closesFence } from './fences';
import { Continuation, Kind } from './kinds';
import type { Scanner } from './scanner';

export function continues(sc: Scanner, b: Block): Continuation {
  switch (b.kind) {
    case Kind.BlockQuote:
      return continueBlockQuote(sc, b);
    case Kind.List:
      return Continuation.Matched;
    case Kind.FootnoteDefinition:
      return continueFootnoteDefinition(sc);
    case Kind.ListItem:
      return continueListItem(sc, b);
    case Kind.Paragraph:
    case Kind.Table:
      return sc.blank ? Continuation.Unmatched : Continuation.Matched;
    case Kind.FencedCode:
      return closesFence(sc, b) ? Continuation.LineDone : Continuation.Matched;
    case Kind.IndentedCode:
      return continueIndentedCode(sc);
    case Kind.Html:
      return sc.blank && b.htmlType >= 6 ? Continuation.Unmatched : Continuation.Matched;
    default:
      return Continuation.Unmatched;
  }
}

function continueBlockQuote(sc: Scanner, b: Block): Continuation {
  const s = sc.line;
  if (sc.indented || s.charCodeAt(sc.nextNonspace) !== codes.greaterThan) return Continuation.Unmatched;
  sc.advanceNextNonspace();
  sc.advanceOffset(1, false);
  if (isSpaceOrTab(s.charCodeAt(sc.offset))) sc.advanceOffset(1, true);
  sc.touch(b);
  return Continuation.Matched;
}

/**
 * GFM footnote definition: its content is indented four columns; blank lines stay in it (whole:
 * micromark takes no indentation from them, so it may still count as code).
 */
function continueFootnoteDefinition(sc: Scanner): Continuation {
  if (sc.blank) return Continuation.Matched;
  if (sc.indent >= 4) {
    sc.advanceOffset(4, true);
    return Continuation.Matched;
  }
  return Continuation.Unmatched;
}

function continueListItem(sc: Scanner, b: Block): Continuation {
  const width = b.markerOffset + b.padding;
  if (sc.blank) {
    // An empty item followed by a blank line ends at the next line that is not blank (as in
    // micromark, which keeps it open until then).
    if (b.firstChild === null) b.emptyThenBlank = true;
    // micromark takes at most the item's indentation from a blank line (the rest may be code)
    sc.advanceOffset(Math.min(sc.indent, width), true);
    return Continuation.Matched;
  }
  if (b.emptyThenBlank) return Continuation.Unmatched;
  if (sc.indent >= width) {
    sc.advanceOffset(width, true);
    return Continuation.Matched;
  }
  return Continuation.Unmatched;
}

function continueIndentedCode(sc: Scanner): Continuation {
  if (sc.indent >= 4) {
    // micromark: a white-space line indented this far is code, not a trailing blank line
    sc.codeIndented = true;
    sc.advanceOffset(4, true);
    return Continuation.Matched;
  }
  if (sc.blank) {
    sc.advanceNextNonspace();
    return Continuation.Matched;
  }
  return Continuation.Unmatched;
}
