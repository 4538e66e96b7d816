/**
 * The fast reading of a note: a linear-time, line-based CommonMark + GFM *block* scanner that
 * produces the same {@link Outline} as the remark reading (`remark-reading.ts`), or `null` where it
 * cannot be sure, in which case the caller falls back to a slower reader.
 *
 * It follows the CommonMark block algorithm (`scanner.ts`: open containers matched line by line,
 * then new block starts, then lazy continuation or a new paragraph), with the GFM table and the
 * frontmatter fence, and does no inline parsing. What it does not decide it refuses: link reference
 * definitions and footnote definitions that may be link reference definitions (they change what is
 * a paragraph), containers nested deeper than {@link MAX_DEPTH}. The differential tests
 * (`test/core/note/scan*.test.ts`) hold it to remark's output.
 *
 * The folder: `scanner.ts` (state, line loop), `continuation.ts` (step 1), `starts.ts` (step 2) with
 * one function per construct start in `containers.ts`, `leaves.ts`, `fences.ts`, `html.ts`,
 * `tables.ts`, `definitions.ts`; `codes.ts` and `kinds.ts` name the characters and the kinds.
 */
import { splitBom, splitLines } from '../lines';
import type { Outline } from '../outline';
import { readPropertiesFast } from '../properties-fast';
import { buildRecord, type ReadOptions } from '../record';
import type { SessionRecord } from '../session';
import { Bail } from './block';
import { continues } from './continuation';
import { htmlCloses } from './html';
import { Scanner } from './scanner';
import { tryStarts } from './starts';
import type { ScanSteps } from './steps';
import { tryTable } from './tables';

/** The construct steps, wired here so the scanner and its steps import no circle. */
const STEPS: ScanSteps<Scanner> = { continues, tryStarts, tryTable, htmlCloses };

export { MAX_DEPTH } from './block';

/**
 * The outline of a note's body (BOM stripped) exactly as `remarkOutline` reads it, or null
 * where the scanner cannot be sure. `lines` are `splitLines(body)` when the caller has them.
 */
export function scanOutline(body: string, lines?: readonly string[]): Outline | null {
  try {
    return new Scanner(body, lines ?? bodyLines(body), STEPS).run();
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}

/** Why {@link scanOutline} refuses a body (for diagnostics), or null when it does not. */
export function scanRefusal(body: string, lines?: readonly string[]): string | null {
  try {
    new Scanner(body, lines ?? splitLines(body), STEPS).run();
    return null;
  } catch (e) {
    if (e instanceof Bail) return e.reason;
    throw e;
  }
}

/** {@link splitLines} of a body without BOM: the same lines, split faster when there is no CR. */
export function bodyLines(body: string): string[] {
  return body.includes('\r') ? splitLines(body) : body.split('\n');
}

/** Reads one note by the fast path, or null when the scanner cannot be sure (fall back to `readNote`). */
export function scanRecord(text: string, file: string, options: ReadOptions = {}): SessionRecord | null {
  const { body } = splitBom(text);
  const lines = bodyLines(body);
  const outline = scanOutline(body, lines);
  if (outline === null) return null;
  return buildRecord(file, lines, outline, readPropertiesFast(file, lines, outline.frontmatter), options);
}
