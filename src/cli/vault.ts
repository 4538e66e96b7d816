/**
 * The CLI's view of a vault folder on disk: the markdown notes below it (folders whose names
 * start with `.` skipped, as Obsidian does), read safely. A folder it cannot enter, a name that is
 * not UTF-8 or a path too long for the system is a warning naming it, and the rest goes on; the
 * temporary files of earlier runs that were killed are removed on the way (`temp-files.ts`).
 * Writing: `safe-write.ts`.
 */
import fs, { type Stats } from 'node:fs';
import path from 'node:path';
import { safeText } from './shown';
import { DEFAULT_RULES, type CoachingRules } from '../core/note/coaching-rules';
import type { ParsedArgs } from './args';
import { faultMessages, named, problemMessage } from './fault-messages';
import { UsageError, type CliIO } from './io';
import { cliMessages } from './messages';
import { errorCode, readNoteFile, decodeNote } from './note-file';
import { rawName } from './shown';
import { isTempName, removeIfStale } from './temp-files';

/** The option names every vault command takes for the coaching-note rules. */
export const RULE_OPTIONS = ['folder', 'type', 'tag'] as const;

export function loadRules(args: ParsedArgs): CoachingRules {
  return {
    folder: args.values.get('folder') ?? DEFAULT_RULES.folder,
    type: args.values.get('type') ?? DEFAULT_RULES.type,
    tag: args.values.get('tag') ?? DEFAULT_RULES.tag,
  };
}

/** Warnings are written in blocks of about this many characters (`Tally.heardAll`). */
const WARNING_BLOCK = 64 * 1024;

/**
 * What a run could not read: each skipped note or folder is counted (and was warned about), so
 * a command can say its answer is incomplete and exit 1.
 */
export class Tally {
  problems = 0;
  constructor(readonly io: CliIO) {}
  /** A warning that something was skipped. */
  skipped(line: string): void {
    this.problems += 1;
    this.io.err(`warning: ${line}`);
  }
  /**
   * What reading each note said (a job's answers, `threads.ts`), in order: each skip and warning
   * printed, the answers returned. The lines go out in a few large writes, not one write each (a
   * vault may give a warning for every note, and each write to a pipe is a system call).
   */
  heardAll<R>(said: readonly { skipped: string | null; warnings: readonly string[]; answer: R | null }[]): (R | null)[] {
    const lines: string[] = [];
    let size = 0;
    const add = (line: string): void => {
      lines.push(line);
      size += line.length;
      if (size >= WARNING_BLOCK) {
        this.writeLines(lines);
        size = 0;
      }
    };
    const answers = said.map((one) => {
      if (one.skipped !== null) {
        this.problems += 1;
        add(`warning: ${one.skipped}`);
      }
      for (const warning of one.warnings) add(`warning: ${safeText(warning)}`);
      return one.answer;
    });
    this.writeLines(lines);
    return answers;
  }

  private writeLines(lines: string[]): void {
    if (lines.length > 0) this.io.err(lines.join('\n'));
    lines.length = 0;
  }
}

/** Stats of a path the user named, or a usage error that names it. */
export async function statPath(p: string, what: string): Promise<Stats> {
  try {
    return fs.statSync(p);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(cliMessages().noSuchPath(p, what === 'vault folder' ? 'vault' : 'path'));
    // It exists but cannot be looked at (permissions, a path too long): say why.
    throw new UsageError(named(p, faultMessages().cannotRead(faultMessages().reason(code)).replace(/; .*$/, '')));
  }
}

export async function requireDirectory(p: string): Promise<void> {
  const stats = await statPath(p, 'vault folder');
  if (!stats.isDirectory()) throw new UsageError(cliMessages().notAFolder(p));
}

const nameDecoder = new TextDecoder('utf-8', { fatal: true });
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every `.md` file below `root`, as root-relative paths with `/`, sorted. `shown` makes the
 * name a warning uses from a relative path (default: the path itself).
 */
export function listNoteFiles(root: string, tally: Tally, shown: (rel: string) => string = (rel) => rel || root): string[] {
  const out: string[] = [];
  const m = faultMessages();
  const walk = (dir: string, rel: string): void => {
    let entries: fs.Dirent<Buffer>[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      tally.skipped(named(shown(rel), m.folderSkipped(m.reason(errorCode(error)))));
      return;
    }
    for (const entry of entries) {
      const raw = entry.name;
      if (raw[0] === 0x2e) {
        // A dot-file or dot-folder: skipped, but the leftovers of a killed run are removed.
        if (entry.isFile() && raw[raw.length - 1] === 0x70) {
          const name = raw.toString('latin1');
          if (isTempName(name) && removeIfStale(dir, name)) tally.io.err(`warning: ${named(shown(rel ? `${rel}/${name}` : name), m.removedTemp)}`);
        }
        continue;
      }
      let name: string;
      try {
        name = nameDecoder.decode(raw);
      } catch {
        if (entry.isDirectory() || /\.md$/i.test(raw.toString('latin1'))) {
          tally.skipped(named(shown(rel ? `${rel}/${rawName(raw)}` : rawName(raw)), m.badName));
        }
        continue;
      }
      const relPath = rel ? `${rel}/${name}` : name;
      if (entry.isDirectory()) walk(path.join(dir, name), relPath);
      // A link to a note is listed too: the reader reads only what it points to if that is a regular file.
      else if ((entry.isFile() || entry.isSymbolicLink() || entry.isFIFO() || entry.isCharacterDevice() || entry.isSocket()) && /\.md$/i.test(name)) {
        out.push(relPath);
      }
    }
  };
  walk(root, '');
  return out.sort(byPath);
}

/** Files Obsidian keeps in a vault's configuration folder (whatever that folder is called). */
const CONFIG_FILES = ['app.json', 'workspace.json', 'appearance.json', 'core-plugins.json'];

const vaultRootMemo = new Map<string, boolean>();

/** True when `dir` holds a dot-folder with Obsidian's configuration files: it is a vault. */
function isVaultRoot(dir: string): boolean {
  const known = vaultRootMemo.get(dir);
  if (known !== undefined) return known;
  let found = false;
  try {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || !entry.name.startsWith('.')) continue;
      let inside: string[] = [];
      try {
        inside = fs.readdirSync(path.join(dir, entry.name));
      } catch {
        // an unreadable dot-folder says nothing
      }
      if (inside.some((name) => CONFIG_FILES.includes(name))) {
        found = true;
        break;
      }
    }
  } catch {
    // an unreadable folder is no vault we can tell
  }
  vaultRootMemo.set(dir, found);
  return found;
}

/**
 * The vault-relative path of a single file: relative to the nearest folder above it that is an
 * Obsidian vault, else as given, so the coaching-folder rule works for `parse <file>` too.
 */
export function vaultRelative(abs: string, given: string): { rel: string; root: string } {
  for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
    if (isVaultRoot(dir)) return { rel: path.relative(dir, abs).split(path.sep).join('/'), root: dir };
    if (path.dirname(dir) === dir) return { rel: given.split(path.sep).join('/'), root: path.dirname(abs) };
  }
}

/** The temporary files a killed run left in the folder of a single note: removed. */
export function cleanFolderOf(file: string, tally: Tally, shownDir: string): void {
  const dir = path.dirname(file);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (isTempName(name) && removeIfStale(dir, name)) tally.io.err(`warning: ${named(path.join(shownDir, name), faultMessages().removedTemp)}`);
  }
}

/**
 * A note's text, or null with a warning naming the file when it is not read: not a regular file,
 * too large, unreadable, or not UTF-8 text (a UTF-16 note is named as such). Never blocks.
 */
export function readNoteSync(file: string, shown: string, tally: Tally): string | null {
  const read = readNoteOrSkip(file, shown);
  if ('text' in read) return read.text;
  tally.skipped(read.skipped);
  return null;
}

/** A note's text, or the warning that names it and says why it was skipped. */
export function readNoteOrSkip(file: string, shown: string): { text: string } | { skipped: string } {
  const read = readNoteFile(file);
  return 'text' in read ? read : { skipped: named(shown, problemMessage(read)) };
}

/** {@link readNoteSync} with a warning on `io`. */
export async function readNoteText(file: string, shown: string, io: CliIO): Promise<string | null> {
  return readNoteSync(file, shown, new Tally(io));
}

/** Strict UTF-8 (a BOM kept in the text); null with a warning naming the file when the bytes are not UTF-8 text. */
export function decodeText(bytes: Uint8Array, shown: string, io: CliIO): string | null {
  const decoded = decodeNote(bytes);
  if ('text' in decoded) return decoded.text;
  io.err(`warning: ${named(shown, problemMessage(decoded))}`);
  return null;
}
