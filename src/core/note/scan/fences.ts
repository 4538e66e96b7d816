/** Fenced code: the opening fence (a leaf start) and the closing fence (its end). */
import type { Block } from './block';
import { codes, restBlank } from './codes';
import { Kind, Start } from './kinds';
import type { Scanner } from './scanner';

/** An opening code fence: three or more backticks (no backtick in the info string) or tildes. */
export function startFencedCode(sc: Scanner): Start {
  const s = sc.line;
  const at = sc.nextNonspace;
  const c = s.charCodeAt(at);
  let i = at;
  while (s.charCodeAt(i) === c) i += 1;
  if (i - at < 3 || (c === codes.graveAccent && s.indexOf('`', i) !== -1)) return Start.None;
  sc.closeUnmatched();
  const f = sc.addChild(Kind.FencedCode);
  f.fenceChar = c;
  f.fenceLen = i - at;
  sc.advanceNextNonspace();
  sc.advanceOffset(i - at, false);
  return Start.Leaf;
}

/** Whether the line closes the open fenced code block `b` (then it is closed, on this line). */
export function closesFence(sc: Scanner, b: Block): boolean {
  const s = sc.line;
  if (sc.indent > 3 || s.charCodeAt(sc.nextNonspace) !== b.fenceChar) return false;
  let i = sc.nextNonspace;
  while (s.charCodeAt(i) === b.fenceChar) i += 1;
  if (i - sc.nextNonspace < b.fenceLen || !restBlank(s, i)) return false;
  sc.touch(b);
  sc.finalize(b);
  return true;
}
