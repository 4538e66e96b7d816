/**
 * Link reference and footnote definitions change what is a paragraph, and the scanner does not
 * read them: where one may start (a `[` opening a new paragraph or a `[^` line that is no footnote
 * definition), it refuses the note. This check says where one may start.
 */
import { codes, isSpaceOrTab } from './codes';

/**
 * For a line whose `[` at `at` opens a label: whether that label may be a definition's. A label
 * ends at its first unescaped `]` (`[foo\]` does not end it) and holds no unescaped `[`, and a
 * definition's label is followed by `:`. So it may when that `]` is followed by `:`, or when the
 * label does not end on this line (it may go on on the next); it cannot when an unescaped `[` comes
 * first (`[[Anna]]: bel maandag`, a wikilink), the label is blank (`[ ]: x`), or it ends without a
 * `:` after it.
 */
export function labelMayEndInDefinition(s: string, at: number): boolean {
  const n = s.length;
  let blank = true;
  for (let i = at + 1; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c === codes.rightSquareBracket) return !blank && s.charCodeAt(i + 1) === codes.colon;
    if (c === codes.leftSquareBracket) return false;
    if (!isSpaceOrTab(c)) blank = false;
    // a backslash escapes what follows (if it is punctuation); either way that is no bracket that counts
    if (c === codes.backslash) i += 1;
  }
  return true;
}
