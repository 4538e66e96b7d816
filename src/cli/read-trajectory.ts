/**
 * Reads the vault's coaching notes for the trajectory commands (`client`, `sponsor`, `hours`):
 * which notes are coaching notes is decided as `actions` decides it (`read-vault.ts`); those are
 * then read whole by the core's {@link readTrajectoryNote} with the CLI's outline (the scanner,
 * else remark within bounds). The client's page is the note named after the client.
 */
import path from 'node:path';
import type { CoachingRules } from '../core/note/coaching-rules';
import { remarkOutline } from '../core/note/remark-reading';
import { scanOutline } from '../core/note/scan';
import { readTrajectoryNote, type OutlineReader, type TrajectoryNote } from '../core/trajectory/note';
import type { TrajectoryProperties } from '../core/trajectory/properties';
import type { CliIO } from './io';
import { fullReadRefusal } from './read-record';
import { readCoachingNotes } from './read-vault';
import { listNoteFiles, readNoteText, Tally } from './vault';

export const cliOutline: OutlineReader = (body, lines) => scanOutline(body, lines) ?? (fullReadRefusal(body) === null ? remarkOutline(body) : null);

export interface VaultTrajectoryNotes {
  notes: TrajectoryNote[];
  /** The properties of the client's page (`Name.md` anywhere in the vault), by client name in lower case. */
  clientPage: (client: string) => TrajectoryProperties | null;
}

/** The coaching notes (of one client when `client` is given), read whole. Warnings go to stderr. */
export async function readTrajectoryNotes(root: string, rules: CoachingRules, io: CliIO, client?: string): Promise<VaultTrajectoryNotes> {
  const quiet: CliIO = { out: () => undefined, err: () => undefined };
  const entries = await readCoachingNotes(root, rules, io);
  const wanted = client?.trim().toLowerCase();
  const notes: TrajectoryNote[] = [];
  for (const entry of entries) {
    if (wanted !== undefined && (entry.client ?? '').trim().toLowerCase() !== wanted) continue;
    const text = await readNoteText(path.join(root, entry.path), entry.path, quiet);
    if (text === null) continue;
    const note = readTrajectoryNote(entry.path, text, cliOutline);
    if (note === null) continue;
    for (const problem of note.properties.problems) io.err(`warning: ${entry.path}: ${problem}; it is left out`);
    notes.push(note);
  }
  const pages = await clientPages(root, notes);
  return { notes, clientPage: (name) => pages.get(name.trim().toLowerCase()) ?? null };
}

/** The properties of each client's page: the note whose name is the client's, anywhere in the vault. */
async function clientPages(root: string, notes: readonly TrajectoryNote[]): Promise<Map<string, TrajectoryProperties>> {
  const quiet: CliIO = { out: () => undefined, err: () => undefined };
  const names = new Set(notes.map((n) => n.client?.trim().toLowerCase()).filter((n): n is string => n !== undefined && n.length > 0));
  const pages = new Map<string, TrajectoryProperties>();
  for (const rel of listNoteFiles(root, new Tally(quiet))) {
    const base = rel
      .slice(rel.lastIndexOf('/') + 1)
      .replace(/\.md$/i, '')
      .trim()
      .toLowerCase();
    if (!names.has(base) || pages.has(base)) continue;
    const text = await readNoteText(path.join(root, rel), rel, quiet);
    const page = text === null ? null : readTrajectoryNote(rel, text, cliOutline);
    if (page !== null) pages.set(base, page.properties);
  }
  return pages;
}
