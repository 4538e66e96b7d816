/** The one-line leaf starts: ATX heading, setext underline, thematic break, indented code. */
import type { Block } from './block';
import { codes, isSpaceOrTab, trimmedEnd } from './codes';
import { Kind, Start } from './kinds';
import type { Scanner } from './scanner';

const ATX = /#{1,6}(?:[ \t]+|$)/y;
const SETEXT = /(?:=+|-+)[ \t]*$/y;
const THEMATIC = /(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/y;

export function startAtxHeading(sc: Scanner): Start {
  const s = sc.line;
  const at = sc.nextNonspace;
  ATX.lastIndex = at;
  if (!ATX.test(s)) return Start.None;
  sc.closeUnmatched();
  const h = sc.addChild(Kind.Heading);
  let level = 0;
  while (s.charCodeAt(at + level) === codes.numberSign) level += 1;
  h.level = level;
  let from = at + level;
  while (isSpaceOrTab(s.charCodeAt(from))) from += 1;
  let end = trimmedEnd(s, from);
  // closing sequence: `#`s preceded by white space (or making up the whole content)
  let hashes = end;
  while (hashes > from && s.charCodeAt(hashes - 1) === codes.numberSign) hashes -= 1;
  if (hashes < end && (hashes === from || isSpaceOrTab(s.charCodeAt(hashes - 1)))) end = trimmedEnd(s.slice(0, hashes), from);
  sc.pushHeading(h, s.slice(from, end));
  sc.touch(h);
  sc.finalize(h);
  return Start.LineDone;
}

/** A `===` or `---` line under a paragraph makes it a setext heading. */
export function startSetextUnderline(sc: Scanner, container: Block): Start {
  if (container.kind !== Kind.Paragraph) return Start.None;
  const at = sc.nextNonspace;
  SETEXT.lastIndex = at;
  if (!SETEXT.test(sc.line)) return Start.None;
  const p = container;
  p.kind = Kind.Heading;
  p.level = sc.line.charCodeAt(at) === codes.equalsTo ? 1 : 2;
  sc.pushHeading(p, sc.body.slice(p.firstAbs, p.lastEndAbs));
  sc.touch(p);
  sc.finalize(p);
  return Start.LineDone;
}

export function startThematicBreak(sc: Scanner): Start {
  THEMATIC.lastIndex = sc.nextNonspace;
  if (!THEMATIC.test(sc.line)) return Start.None;
  sc.closeUnmatched();
  const hr = sc.addChild(Kind.ThematicBreak);
  sc.touch(hr);
  sc.finalize(hr);
  return Start.LineDone;
}

export function startIndentedCode(sc: Scanner): Start {
  sc.advanceOffset(4, true);
  // micromark: indented code that starts on a line closing containers is that one line
  const alone = !sc.allClosed;
  sc.closeUnmatched();
  const code = sc.addChild(Kind.IndentedCode);
  sc.touch(code);
  if (alone) sc.finalize(code);
  return Start.LineDone;
}
