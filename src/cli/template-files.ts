/**
 * The coach's own templates on disk: the `.hbs` and `.md` files directly in the template folder
 * (`<vault>/Templates/GROW Coach/` unless `--templates PATH` says otherwise).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isLanguage, type Language } from '../core/i18n';
import { DEFAULT_TEMPLATE_FOLDER, templateNameOf, type UserTemplateFile } from '../core/templates/registry';
import type { ParsedArgs } from './args';
import { UsageError, type CliIO } from './io';
import { detectLanguage } from './messages';
import { readNoteFile } from './note-file';
import { named, problemMessage } from './fault-messages';
import { cliMessages } from './messages';

export interface TemplateFolder {
  /** Absolute folder on disk. */
  dir: string;
  /** True when the coach named it (`--templates`): then it must exist. */
  explicit: boolean;
}

/** The template folder: `--templates PATH` (relative to the working directory), else the vault's default. */
export function templateFolder(args: ParsedArgs, vault: string | null): TemplateFolder | null {
  const given = args.values.get('templates');
  if (given !== undefined) return { dir: path.resolve(given), explicit: true };
  return vault === null ? null : { dir: path.join(vault, ...DEFAULT_TEMPLATE_FOLDER.split('/')), explicit: false };
}

/** How a file is named in messages: relative to the vault when inside it, else as given. */
export function shownPath(file: string, vault: string | null): string {
  if (vault !== null) {
    const rel = path.relative(vault, file);
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return file;
}

/** Reads the template files; a missing default folder means no user templates. */
export async function readTemplateFiles(folder: TemplateFolder | null, vault: string | null, io: CliIO): Promise<UserTemplateFile[]> {
  if (folder === null) return [];
  let names: string[];
  try {
    const entries = await fs.readdir(folder.dir, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && templateNameOf(e.name) !== null)
      .map((e) => e.name)
      .sort();
  } catch {
    if (folder.explicit) throw new UsageError(cliMessages().noTemplateFolder(folder.dir));
    return [];
  }
  const files: UserTemplateFile[] = [];
  for (const name of names) {
    const full = path.join(folder.dir, name);
    const shown = shownPath(full, vault);
    // Read as a note is read: a regular file only, never blocking, bounded.
    const read = readNoteFile(full);
    if ('text' in read) files.push({ path: shown, source: read.text });
    else io.err(`warning: ${named(shown, problemMessage(read))}`);
  }
  return files;
}

/** The template language: `--lang`, else `GROW_COACH_LANG` or the system locale. */
export function templateLanguage(args: ParsedArgs): Language {
  const given = args.values.get('lang');
  if (given === undefined) return detectLanguage([], process.env);
  if (!isLanguage(given)) throw new UsageError(cliMessages().badLanguage(given));
  return given;
}
