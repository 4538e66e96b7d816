/**
 * How the CLI reads a note: the fast scanner first (linear time, exactly the reference's answer
 * where it answers), else the remark reference reading, but only within bounds. remark is
 * super-linear on some inputs (measured: a 5 MB note of prose takes about three minutes, a list
 * nested 400 deep about four seconds), so a note the scanner declines that is larger than
 * {@link FULL_READ_MAX_CHARS} or nested deeper than {@link FULL_READ_MAX_PREFIX} is refused with
 * a reason instead of stalling the command.
 */
import type { FallbackReader } from '../core/actions/entry';
import type { ReadOptions } from '../core/note/record';
import { readNote, remarkOutline } from '../core/note/remark-reading';
import { scanRecord } from '../core/note/scan';
import type { SessionRecord } from '../core/note/session';

/** The largest note the full reading takes on (remark needs about 1.5 s for this much prose). */
export const FULL_READ_MAX_CHARS = 256 * 1024;
/** The deepest line prefix (indentation and `>` markers) the full reading takes on. */
export const FULL_READ_MAX_PREFIX = 128;

/** Why the full reading declines `text`, or null when it reads it. */
export function fullReadRefusal(text: string): string | null {
  if (text.length > FULL_READ_MAX_CHARS) {
    return `it is ${Math.round(text.length / 1024)} KB and uses constructs only the full reader handles, which would take too long at this size`;
  }
  let deepest = 0;
  for (const match of text.matchAll(/^[ \t>]{129,}/gm)) deepest = Math.max(deepest, match[0].length);
  if (deepest > FULL_READ_MAX_PREFIX) return `a line starts with ${deepest} characters of indentation or > markers, nested too deep`;
  return null;
}

/** The fallback the vault index uses in the CLI: the reference reading's outline, within bounds. */
export const boundedFullRead: FallbackReader = ({ text, body }) => (fullReadRefusal(text) === null ? remarkOutline(body) : null);

/** One note's record, or why it cannot be read. */
export function readRecord(text: string, file: string, options: ReadOptions = {}): { record: SessionRecord } | { refused: string } {
  const fast = scanRecord(text, file, options);
  if (fast !== null) return { record: fast };
  const refusal = fullReadRefusal(text);
  if (refusal !== null) return { refused: `${file}: not read: ${refusal}; split the note or simplify it, then try again` };
  return { record: readNote(text, file, options) };
}
