/**
 * Reads every coaching note of a vault folder into records, with warnings for what it skipped.
 */
import path from 'node:path';
import { isCoachingNote, type CoachingRules } from '../core/coaching';
import { readNote } from '../core/parse';
import type { SessionRecord } from '../core/session';
import type { CliIO } from './io';
import { listNotes, readNoteText } from './vault';

export async function readCoachingRecords(root: string, rules: CoachingRules, io: CliIO): Promise<SessionRecord[]> {
  const records: SessionRecord[] = [];
  for (const rel of await listNotes(root)) {
    const text = await readNoteText(path.join(root, rel), rel, io);
    if (text === null) continue;
    const record = readNote(text, rel);
    if (!isCoachingNote(rel, record, rules)) continue;
    for (const warning of record.warnings) io.err(`warning: ${warning}`);
    records.push(record);
  }
  return records;
}
