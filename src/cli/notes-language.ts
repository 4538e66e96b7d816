/**
 * The language of the notes in the vault a command was given, when neither `--lang`,
 * `GROW_COACH_LANG` nor a Dutch locale says which: the start of at most {@link MAX_NOTES} notes,
 * the coaching folder's first, read and counted by `guessNotesLanguage`. Cheap, and never an error
 * (an unreadable folder gives no answer).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Language } from '../core/i18n';
import { guessNotesLanguage } from '../core/note/language';

const MAX_NOTES = 30;
const MAX_BYTES = 8 * 1024;
const MAX_DIRS = 200;

async function markdownFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const queue = [path.join(root, 'Coaching'), root];
  let dirs = 0;
  const seen = new Set<string>();
  while (queue.length > 0 && found.length < MAX_NOTES && dirs < MAX_DIRS) {
    const dir = queue.shift() ?? '';
    if (seen.has(dir)) continue;
    seen.add(dir);
    dirs += 1;
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) queue.push(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md') && !found.includes(full)) found.push(full);
      if (found.length >= MAX_NOTES) break;
    }
  }
  return found;
}

async function head(file: string): Promise<string> {
  const handle = await fs.open(file, 'r').catch(() => null);
  if (handle === null) return '';
  try {
    const buffer = Buffer.alloc(MAX_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MAX_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The language the notes under `target` (a vault folder, or a note in one) are written in, or null. */
export async function notesLanguage(target: string): Promise<Language | null> {
  const stat = await fs.stat(target).catch(() => null);
  if (stat === null) return null;
  const root = stat.isDirectory() ? target : path.dirname(target);
  const files = await markdownFiles(root);
  const texts = await Promise.all(files.map(head));
  return guessNotesLanguage(texts);
}
