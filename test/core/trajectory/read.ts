/** Reads notes for the trajectory tests as the CLI does: the scanner, else the remark outline. */
import { remarkOutline } from '../../../src/core/note/remark-reading';
import { scanOutline } from '../../../src/core/note/scan';
import { readTrajectoryNote, type TrajectoryNote } from '../../../src/core/trajectory/note';

export function note(file: string, text: string): TrajectoryNote {
  const read = readTrajectoryNote(file, text, (body, lines) => scanOutline(body, lines) ?? remarkOutline(body));
  if (read === null) throw new Error(`${file} not read`);
  return read;
}
