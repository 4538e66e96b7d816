/**
 * Link reference and footnote definitions change what is a paragraph, and the scanner does not
 * read them: where one may start, it refuses the note. These checks say where one may start.
 */
import { codes } from './codes';

/** Whether a link reference definition may start at `at` (the first character of a new paragraph). */
export function definitionMayStart(s: string, at: number): boolean {
  if (s.charCodeAt(at) !== codes.leftSquareBracket) return false;
  return labelMayEndInDefinition(s, at);
}

/**
 * For a line whose `[` at `at` opens a label: whether that label may be a definition's. A label
 * ends at its first unescaped `]` (`[foo\]` does not end it), and a definition's label is followed
 * by `:`. So it may when that `]` is followed by `:`, or when the label does not end on this line
 * (it may go on on the next); it cannot when the label ends without a `:` after it.
 */
export function labelMayEndInDefinition(s: string, at: number): boolean {
  const n = s.length;
  for (let i = at + 1; i < n; i += 1) {
    const c = s.charCodeAt(i);
    // a backslash escapes what follows (if it is punctuation); either way that is no bracket that counts
    if (c === codes.backslash) i += 1;
    else if (c === codes.rightSquareBracket) return s.charCodeAt(i + 1) === codes.colon;
  }
  return true;
}
