/**
 * What the vault index keeps of one coaching note: the few fields the dashboard and the CLI need,
 * not the whole {@link SessionRecord}. Read by the fast scanner first; where it refuses a note, by
 * the caller's fallback reader (the CLI: remark under a size guard; the plugin: Obsidian's metadata
 * cache). Strings are copied out of the note's text, so an entry does not keep the text alive.
 */
import { isCoachingNote, type CoachingRules } from './coaching';
import { splitBom } from './lines';
import { scanRecord, scanRefusal } from './scan';
import type { SessionRecord, WillAction } from './session';
import { noteFingerprint } from './toggle';

export interface IndexEntry {
  /** The note's path as given (vault-relative). */
  path: string;
  client: string | null;
  /** Frontmatter `date` as `YYYY-MM-DD`, or null. */
  date: string | null;
  type: string | null;
  tags: string[];
  /** {@link noteFingerprint} of the text the entry was read from. */
  fingerprint: string;
  /** The Will actions, in file order. */
  actions: WillAction[];
}

/** A slower reader for the notes the scanner refuses; null when it cannot read the note either. */
export type FallbackReader = (text: string, path: string) => SessionRecord | null;

export interface EntryResult {
  /** The entry, or null when the note is no coaching note (or could not be read at all). */
  entry: IndexEntry | null;
  /** True when the scanner refused the note and the fallback was asked. */
  usedFallback: boolean;
  /** Problems to show, each naming the file. */
  warnings: string[];
}

/**
 * A copy of `s` that does not share memory with the text it was cut from (V8 keeps a substring as
 * a slice of its parent, which would keep every indexed note's text alive).
 */
export function detach(s: string): string {
  return s.length < 13 ? s : `\u0000${s}`.slice(1);
}

function detachNullable(s: string | null): string | null {
  return s === null ? null : detach(s);
}

/** The index entry of a record read from a text with the given fingerprint. */
export function entryFromRecord(record: SessionRecord, path: string, fingerprint: string): IndexEntry {
  return {
    path,
    client: detachNullable(record.client),
    date: detachNullable(record.date),
    type: detachNullable(record.type),
    tags: record.tags.map(detach),
    fingerprint,
    actions: record.actions.map((a) => ({
      line: a.line,
      statusChar: detach(a.statusChar),
      status: a.status,
      text: detach(a.text),
      due: detachNullable(a.due),
      completed: detachNullable(a.completed),
    })),
  };
}

/**
 * Reads one note for the index: the scanner, else `fallback`. A note neither can read is refused
 * with a warning that names it and says what to do; a note that is no coaching note gives no entry.
 */
export function entryFromText(path: string, text: string, rules: CoachingRules, fallback: FallbackReader): EntryResult {
  let record = scanRecord(text, path);
  let usedFallback = false;
  if (record === null) {
    usedFallback = true;
    record = fallback(text, path);
    if (record === null) {
      const reason = scanRefusal(splitBom(text).body) ?? 'an unusual construct';
      return {
        entry: null,
        usedFallback,
        warnings: [
          `${path}: not indexed: the fast reader declines this note (${reason}) and the full reader could not read it; ` +
            `simplify or split the note (or remove the ${reason}), or open it in Obsidian so its metadata is cached, then index again`,
        ],
      };
    }
  }
  if (!isCoachingNote(path, record, rules)) return { entry: null, usedFallback, warnings: [] };
  return { entry: entryFromRecord(record, path, noteFingerprint(text)), usedFallback, warnings: record.warnings.map(detach) };
}
