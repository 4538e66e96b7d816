/**
 * `grow-coach new <vault> --client NAME [--template NAME] [--lang nl|en] [--date YYYY-MM-DD]
 * [--coach NAME] [--templates PATH] [--folder PATH] [--type VALUE] [--tag TAG]`: creates a note
 * from a template for one client, numbered after that client's earlier sessions and opening with
 * their still-open actions, and prints its path relative to the vault.
 *
 * Nothing is written unless the template renders; an existing note is never overwritten (a
 * ` (2)` suffix is added instead); the note appears whole or not at all (`createNoteSafely`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { localToday } from '../../core/note/dates';
import { uniquePath } from '../../core/templates/file-names';
import { buildTemplateContext, isSameClient, singleLine } from '../../core/templates/context';
import { localTime } from '../../core/templates/date-format';
import { frontmatterValues } from '../../core/templates/note-kinds';
import { DEFAULT_TEMPLATE_FOLDER, findTemplate, resolveTemplates } from '../../core/templates/registry';
import { DEFAULT_NOTE_FOLDER, newNotePath, renderTemplate, TemplateError } from '../../core/templates/render';
import { normalizeFolder } from '../../core/note/coaching-rules';
import { dateOption, parseArgs } from '../args';
import { UsageError, type CliIO } from '../io';
import { readCoachingNotes } from '../read-vault';
import { readTemplateFiles, shownPath, templateFolder, templateLanguage } from '../template-files';
import { loadRules, readNoteText, requireDirectory, RULE_OPTIONS } from '../vault';
import { createNoteSafely } from '../create-note';
import { named, refusalMessage } from '../fault-messages';
import { cliMessages } from '../messages';

/** How many times a name is retried when another process creates the same file meanwhile. */
const CREATE_ATTEMPTS = 5;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { values: ['client', 'template', 'lang', 'date', 'coach', 'templates', ...RULE_OPTIONS] });
  const [vault, ...extra] = args.positionals;
  if (vault === undefined) throw new UsageError(cliMessages().newNeedsVault);
  if (extra.length > 0) throw new UsageError(cliMessages().oneVault(extra.join(' ')));
  await requireDirectory(vault);
  const client = singleLine(args.values.get('client') ?? '');
  if (client === '') throw new UsageError(cliMessages().newNeedsClient);
  const language = templateLanguage(args);
  const date = dateOption(args, 'date') ?? localToday();
  const rules = loadRules(args);

  const folder = templateFolder(args, vault);
  const entries = resolveTemplates(language, await readTemplateFiles(folder, vault, io));
  const wanted = args.values.get('template') ?? 'grow-session';
  const entry = findTemplate(entries, wanted);
  if (entry === undefined) {
    throw new UsageError(cliMessages().noTemplate(wanted, entries.map((e) => e.name).join(', ')));
  }
  if (entry.kind === 'block') {
    throw new UsageError(
      cliMessages().blockTemplate(
        entry.name,
        entries
          .filter((e) => e.kind === 'session')
          .map((e) => e.name)
          .join(', '),
      ),
    );
  }

  // Templates in the vault are no coaching sessions, whatever their frontmatter says.
  const templateDirs = [DEFAULT_TEMPLATE_FOLDER, ...(folder === null ? [] : [shownPath(folder.dir, vault)])];
  const notes = (await readCoachingNotes(vault, rules, io)).filter((note) => !templateDirs.some((dir) => note.path.startsWith(`${dir}/`)));
  // The client's own notes also give their frontmatter: the kind (only GROW sessions are numbered) and the intake's goals.
  const records = [];
  for (const note of notes) {
    const own = isSameClient(note.client, client);
    const text = own ? await readNoteText(path.join(vault, ...note.path.split('/')), note.path, io) : null;
    records.push({ file: note.path, client: note.client, date: note.date, actions: note.actions, properties: text === null ? null : frontmatterValues(text) });
  }
  const context = buildTemplateContext({
    client,
    date,
    time: localTime(),
    coach: args.values.get('coach') ?? process.env.GROW_COACH_NAME ?? '',
    language,
    sessionNotes: records,
  });

  let text: string;
  let candidate: string;
  try {
    text = renderTemplate(entry, context);
    candidate = newNotePath(entry, context, normalizeFolder(rules.folder) || DEFAULT_NOTE_FOLDER);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    io.err(`grow-coach new: ${error.message}`);
    io.err('grow-coach new: no note was created.');
    return 2;
  }

  const taken = new Set<string>();
  const exists = (rel: string): boolean => taken.has(rel) || existsSync(path.join(vault, ...rel.split('/')));
  for (let attempt = 0; attempt < CREATE_ATTEMPTS; attempt += 1) {
    const rel = uniquePath(candidate, exists);
    const created = createNoteSafely(path.join(vault, ...rel.split('/')), text);
    if (created.status === 'created') {
      io.out(rel);
      return 0;
    }
    if (created.status === 'refused') {
      // A full disk, a folder that may not be written: no note (not even an empty one) is left.
      io.err(`grow-coach new: ${named(rel, refusalMessage(created.refusal))}`);
      return 1;
    }
    taken.add(rel);
  }
  io.err(`grow-coach new: ${candidate}: another program keeps creating notes of this name; try again.`);
  return 2;
}
