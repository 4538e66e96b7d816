/**
 * Reads every coaching note of a vault folder into the action index, as the plugin does: the
 * fast scanner, with the bounded full reading as fallback. Warnings name what was skipped.
 * Reading is synchronous: for thousands of small files it is the fastest way through the file
 * system, and each read is bounded and cannot block (`note-file.ts`).
 */
import type { Stats } from 'node:fs';
import path from 'node:path';
import type { CoachingRules } from '../core/note/coaching-rules';
import { entryFromText, type IndexEntry } from '../core/actions/entry';
import type { ReadOptions } from '../core/note/record';
import type { CliIO } from './io';
import { boundedFullRead } from './read-record';
import { safeText } from './shown';
import { listNoteFiles, readNoteSync, statPath, Tally, vaultRelative } from './vault';

function add(entries: IndexEntry[], rel: string, shown: string, text: string, rules: CoachingRules, io: CliIO, options: ReadOptions): void {
  const { entry, warnings } = entryFromText(rel, text, rules, boundedFullRead, null, options);
  for (const warning of warnings) io.err(`warning: ${safeText(warning)}`);
  if (entry !== null) entries.push(shown === rel ? entry : { ...entry, path: shown });
}

/**
 * The coaching notes behind the paths given: each folder as a vault (paths relative to it; with
 * several paths given, prefixed by the path), each file as given. Unreadable notes and folders
 * are warned about and counted in `tally`. A path that does not exist is a usage error (exit 2).
 */
export async function readCoachingNotesFrom(paths: readonly string[], rules: CoachingRules, tally: Tally, options: ReadOptions = {}): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  const several = paths.length > 1;
  const stats: Stats[] = [];
  for (const given of paths) stats.push(await statPath(given, paths.length === 1 ? 'vault folder' : 'file or vault folder'));
  paths.forEach((given, i) => {
    const abs = path.resolve(given);
    if (stats[i]!.isDirectory()) {
      const prefix = given.replace(/[\\/]+$/, '');
      const shown = (rel: string): string => (several ? (rel ? `${prefix}/${rel}` : prefix) : rel || given);
      for (const rel of listNoteFiles(abs, tally, shown)) {
        const text = readNoteSync(path.join(abs, rel), shown(rel), tally);
        if (text !== null) add(entries, rel, shown(rel), text, rules, tally.io, options);
      }
    } else {
      const text = readNoteSync(abs, given, tally);
      if (text !== null) add(entries, vaultRelative(abs, given).rel, given, text, rules, tally.io, options);
    }
  });
  return entries;
}

/** The coaching notes of one vault folder (warnings on `io`). */
export async function readCoachingNotes(root: string, rules: CoachingRules, io: CliIO, options: ReadOptions = {}): Promise<IndexEntry[]> {
  return readCoachingNotesFrom([root], rules, new Tally(io), options);
}
