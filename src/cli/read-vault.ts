/**
 * Reads every coaching note of a vault folder into the action index, as the plugin does: the
 * fast scanner, with the bounded full reading as fallback. Warnings name what was skipped.
 * Reading is synchronous: for thousands of small files it is the fastest way through the file
 * system, and each read is bounded and cannot block (`note-file.ts`).
 */
import type { Stats } from 'node:fs';
import path from 'node:path';
import type { CoachingRules } from '../core/note/coaching-rules';
import { entryFromText, type EntryOptions, type IndexEntry } from '../core/actions/entry';
import type { ReadOptions } from '../core/note/record';
import type { CliIO } from './io';
import { boundedFullRead } from './read-record';
import { defineJob, type NoteJob } from './threads';
import { listNoteFiles, readNoteOrSkip, statPath, Tally, vaultRelative } from './vault';

/** One note into an index entry (named as shown), on whichever thread reads it. */
const readEntries = defineJob('index-entry', (note: NoteJob, settings: { rules: CoachingRules; options: EntryOptions }) => {
  const read = readNoteOrSkip(note.abs, note.shown);
  if (!('text' in read)) return { skipped: read.skipped, warnings: [], answer: null };
  const { entry, warnings } = entryFromText(note.rel, read.text, settings.rules, boundedFullRead, null, settings.options);
  return { skipped: null, warnings, answer: entry === null || note.shown === note.rel ? entry : { ...entry, path: note.shown } };
});

/**
 * The coaching notes behind the paths given: each folder as a vault (paths relative to it; with
 * several paths given, prefixed by the path), each file as given. Unreadable notes and folders
 * are warned about and counted in `tally`, in the order of the notes. A path that does not exist
 * is a usage error (exit 2). A large vault is read on every core (`threads.ts`).
 */
export async function readCoachingNotesFrom(paths: readonly string[], rules: CoachingRules, tally: Tally, options: ReadOptions = {}): Promise<IndexEntry[]> {
  const several = paths.length > 1;
  const stats: Stats[] = [];
  for (const given of paths) stats.push(await statPath(given, paths.length === 1 ? 'vault folder' : 'file or vault folder'));
  const notes: NoteJob[] = [];
  paths.forEach((given, i) => {
    const abs = path.resolve(given);
    if (stats[i]!.isDirectory()) {
      const prefix = given.replace(/[\\/]+$/, '');
      const shown = (rel: string): string => (several ? (rel ? `${prefix}/${rel}` : prefix) : rel || given);
      for (const rel of listNoteFiles(abs, tally, shown)) notes.push({ abs: path.join(abs, rel), rel, shown: shown(rel) });
    } else notes.push({ abs, rel: vaultRelative(abs, given).rel, shown: given });
  });
  const entries: IndexEntry[] = [];
  // No fingerprint: the CLI ticks an action from the note as it reads it then (`complete.ts`).
  const settings = { rules, options: { ...options, fingerprint: false } };
  for (const entry of tally.heardAll(await readEntries(notes, settings))) if (entry !== null) entries.push(entry);
  return entries;
}

/** The coaching notes of one vault folder (warnings on `io`). */
export async function readCoachingNotes(root: string, rules: CoachingRules, io: CliIO, options: ReadOptions = {}): Promise<IndexEntry[]> {
  return readCoachingNotesFrom([root], rules, new Tally(io), options);
}
