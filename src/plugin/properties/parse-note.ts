/**
 * Writes a coaching note's reading into its frontmatter (the keys GROW Coach owns), through
 * `Vault.process`: the record is read from the text handed in, so a note that changed in between
 * is read as it is now. Shared by the two parse commands and parse-on-change.
 */
import { TFile } from 'obsidian';
import { updateProperties } from '../../core/properties/write';
import { hasUnclosedFrontmatter } from '../../core/note/frontmatter-range';
import { splitLines } from '../../core/note/lines';
import { unclosedFrontmatterWarning } from '../../core/note/reading-warnings';
import type { GrowCoachHost } from '../host';
import { readRecordExactly } from '../index/read-note';

export type ParseOutcome = { status: 'updated' | 'unchanged' } | { status: 'refused'; reason: string } | { status: 'unreadable' | 'not-coaching' };

/** True when the index holds the note, i.e. the metadata says it is a coaching note. */
export function isIndexedCoachingNote(host: GrowCoachHost, file: TFile): boolean {
  return host.index.isCoaching(file.path, host.app.metadataCache.getFileCache(file));
}

export async function parseNote(host: GrowCoachHost, file: TFile): Promise<ParseOutcome> {
  if (!isIndexedCoachingNote(host, file)) return { status: 'not-coaching' };
  let outcome: ParseOutcome = { status: 'unreadable' };
  await host.app.vault.process(file, (text) => {
    // Frontmatter that never closes: Obsidian reads no properties, so nothing is written into it.
    if (hasUnclosedFrontmatter(splitLines(text))) {
      outcome = { status: 'refused', reason: unclosedFrontmatterWarning(file.path, host.language()) };
      return text;
    }
    const record = readRecordExactly(text, file.path, host.index.cacheOf(file.path, text), host.index.readOptions());
    if (record === null) {
      outcome = { status: 'unreadable' };
      return text;
    }
    const result = updateProperties(text, record, file.path);
    outcome = result.status === 'refused' ? { status: 'refused', reason: result.reason } : { status: result.status };
    return result.status === 'updated' ? result.text : text;
  });
  return outcome;
}
