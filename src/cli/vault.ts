/**
 * The CLI's view of a vault folder on disk: the markdown notes below it (folders whose names
 * start with `.` skipped, as Obsidian does), read safely, and written atomically.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { DEFAULT_RULES, type CoachingRules } from '../core/note/coaching-rules';
import type { ParsedArgs } from './args';
import { UsageError, type CliIO } from './io';
import { cliMessages } from './messages';

/** The option names every vault command takes for the coaching-note rules. */
export const RULE_OPTIONS = ['folder', 'type', 'tag'] as const;

export function loadRules(args: ParsedArgs): CoachingRules {
  return {
    folder: args.values.get('folder') ?? DEFAULT_RULES.folder,
    type: args.values.get('type') ?? DEFAULT_RULES.type,
    tag: args.values.get('tag') ?? DEFAULT_RULES.tag,
  };
}

/** Stats of a path the user named, or a usage error that names it. */
export async function statPath(p: string, what: string): Promise<Stats> {
  try {
    return await fs.stat(p);
  } catch {
    throw new UsageError(cliMessages().noSuchPath(p, what === 'vault folder' ? 'vault' : 'path'));
  }
}

export async function requireDirectory(p: string): Promise<void> {
  const stats = await statPath(p, 'vault folder');
  if (!stats.isDirectory()) throw new UsageError(cliMessages().notAFolder(p));
}

/** Every `.md` file below `root`, as vault-relative paths with `/`, sorted. */
export async function listNotes(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relPath);
      // A link to a note is listed too: if it cannot be read, the reader warns and skips it.
      else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.md')) out.push(relPath);
    }
  };
  await walk(root, '');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A note's text, or null with a warning naming the file when it cannot be read or is not text
 * (a NUL byte or invalid UTF-8): such a file is skipped, never guessed at.
 */
export async function readNoteText(file: string, shown: string, io: CliIO): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    io.err(`warning: ${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); skipped`);
    return null;
  }
  return decodeText(bytes, shown, io);
}

/** Strict UTF-8 that keeps a BOM in the text, so a writer can give it back byte for byte. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, shown: string, io: CliIO): string | null {
  if (bytes.includes(0)) {
    io.err(`warning: ${shown}: holds NUL bytes, so it is not a text note; skipped`);
    return null;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    io.err(`warning: ${shown}: is not valid UTF-8 text; skipped (save it as UTF-8 to include it)`);
    return null;
  }
}

/**
 * Writes `text` to `file` atomically: a temporary file in the same folder, then a rename, so a
 * crash leaves either the old note or the new one, never half of one. `expected` is the text the
 * change was computed from: if the file no longer holds it, nothing is written and false returned.
 */
export async function writeFileAtomic(link: string, text: string, expected?: string): Promise<boolean> {
  // Write where a link points, so a linked note stays linked and its target gets the change.
  const file = await fs.realpath(link).catch(() => link);
  if (expected !== undefined) {
    const now = await fs.readFile(file, 'utf8').catch(() => null);
    if (now !== expected) return false;
  }
  // A short name of its own: a note whose name is near the file system's limit still gets one.
  const tmp = path.join(path.dirname(file), `.grow-coach-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    const mode = (await fs.stat(file).catch(() => null))?.mode;
    if (mode !== undefined) await fs.chmod(tmp, mode);
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  return true;
}

/** Creates a new file; never overwrites (`wx`), returns false when the path exists. */
export async function createFileExclusive(file: string, text: string): Promise<boolean> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    await fs.writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
