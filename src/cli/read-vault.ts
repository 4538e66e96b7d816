/**
 * Reads every coaching note of a vault folder into the action index, as the plugin does: the
 * fast scanner, with the bounded full reading as fallback. Warnings name what was skipped.
 */
import path from 'node:path';
import type { CoachingRules } from '../core/note/coaching-rules';
import { entryFromText, type IndexEntry } from '../core/actions/entry';
import type { ReadOptions } from '../core/note/record';
import type { CliIO } from './io';
import { boundedFullRead } from './read-record';
import { listNotes, readNoteText } from './vault';

export async function readCoachingNotes(root: string, rules: CoachingRules, io: CliIO, options: ReadOptions = {}): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  for (const rel of await listNotes(root)) {
    const text = await readNoteText(path.join(root, rel), rel, io);
    if (text === null) continue;
    const { entry, warnings } = entryFromText(rel, text, rules, boundedFullRead, null, options);
    for (const warning of warnings) io.err(`warning: ${warning}`);
    if (entry !== null) entries.push(entry);
  }
  return entries;
}
