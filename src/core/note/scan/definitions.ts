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

/** For a line whose `[` at `at` opens a label: whether that label may be a definition's. */
export function labelMayEndInDefinition(s: string, at: number): boolean {
  return s.indexOf(']', at) === -1 || s.indexOf(']:', at) !== -1;
}
