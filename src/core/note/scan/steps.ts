/**
 * The construct steps the scanner calls for each line, handed to it by `index.ts`. The steps take
 * the scanner as their parameter, so the scanner does not import them: the type parameter `S`
 * keeps this file (and so the scanner) free of an import circle with the construct files.
 */
import type { Block } from './block';
import type { Continuation, Start } from './kinds';

export interface ScanSteps<S> {
  /** Step 1: does the open block `b` continue on this line? (`continuation.ts`) */
  continues(sc: S, b: Block): Continuation;
  /** Step 2: does a new block start here, inside `container`? (`starts.ts`) */
  tryStarts(sc: S, container: Block): Start;
  /** A paragraph's line that is a table's delimiter row turns the paragraph into a table (`tables.ts`). */
  tryTable(sc: S, p: Block): boolean;
  /** Does this line close the HTML block `b`? (`html.ts`) */
  htmlCloses(sc: S, b: Block, startLine: boolean): boolean;
}
