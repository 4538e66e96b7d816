/** Step 2 of the block algorithm: which block starts at the current position, construct by construct. */
import type { Block } from './block';
import { codes } from './codes';
import { startBlockQuote, startFootnoteDefinition, startListItem } from './containers';
import { startFencedCode } from './fences';
import { startHtml } from './html';
import { Kind, Start } from './kinds';
import { startAtxHeading, startIndentedCode, startSetextUnderline, startThematicBreak } from './leaves';
import type { Scanner } from './scanner';

export function tryStarts(sc: Scanner, container: Block): Start {
  if (!sc.indented) {
    const r = startByMarker(sc, container);
    if (r !== Start.None) return r;
  }
  if ((!sc.indented || container.kind === Kind.List) && startListItem(sc)) return Start.Container;
  if (sc.indented && sc.tip.kind !== Kind.Paragraph && !sc.blank) return startIndentedCode(sc);
  return Start.None;
}

/** The starts told by their first character (list items and indented code aside). */
function startByMarker(sc: Scanner, container: Block): Start {
  switch (sc.line.charCodeAt(sc.nextNonspace)) {
    case codes.leftSquareBracket:
      return startFootnoteDefinition(sc);
    case codes.greaterThan:
      return startBlockQuote(sc);
    case codes.numberSign:
      return startAtxHeading(sc);
    case codes.graveAccent:
    case codes.tilde:
      return startFencedCode(sc);
    case codes.lessThan:
      return startHtml(sc, container);
    case codes.equalsTo:
      return startSetextUnderline(sc, container);
    case codes.dash: {
      const r = startSetextUnderline(sc, container);
      return r === Start.None ? startThematicBreak(sc) : r;
    }
    case codes.asterisk:
    case codes.underscore:
      return startThematicBreak(sc);
    default:
      return Start.None;
  }
}
