/**
 * `grow-coach parse`: a note's reading, and the owned properties written into notes (issue 3).
 *
 * - `parse <file> [--json]` prints the record of one note (JSON, or a short readable summary).
 * - `parse <vault|file> --write` writes the owned keys into every coaching note (or the one file):
 *   read, compute with `updateProperties`, check the file still holds what was read, write through
 *   a temporary file and a rename. An unchanged note is not written at all (its mtime stays).
 * - `parse <vault|file> --check` writes nothing, lists the notes whose properties are stale, and
 *   exits 1 when there is one (or a note whose frontmatter cannot be read), for pre-commit hooks.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isCoachingNote, type CoachingRules } from '../../core/note/coaching-rules';
import { updateProperties, type UpdateResult } from '../../core/properties/write';
import { findFrontmatter } from '../../core/note/frontmatter-range';
import { mayBeCoaching } from '../../core/actions/entry';
import { splitLines } from '../../core/note/lines';
import { readProperties } from '../../core/note/properties';
import { readRecord } from '../read-record';
import type { ReadOptions } from '../../core/note/record';
import { loadPhaseWords, PHASE_WORDS_OPTION } from '../phase-words';
import type { SessionRecord } from '../../core/note/session';
import { parseArgs } from '../args';
import { UsageError, type CliIO } from '../io';
import { detectLanguage, type CliLanguage } from '../messages';
import { listNotes, loadRules, readNoteText, RULE_OPTIONS, statPath, writeFileAtomic } from '../vault';

const WORDS = {
  en: {
    needsMode: (p: string) => `${p} is a folder: add --write (write the properties) or --check (list stale notes)`,
    writeAndCheck: '--write and --check cannot be combined: choose one',
    jsonAndMode: "--json prints one note's reading; it cannot be combined with --write or --check",
    missingPath: 'give a note or a vault folder, for example: grow-coach parse ~/Notes --check',
    notNote: (p: string) => `${p}: not a file or folder`,
    changed: (f: string) => `${f}: the note changed while it was being parsed; nothing was written. Run the command again.`,
    cannotWrite: (f: string, code: string) => `${f}: cannot be written (${code}); nothing was changed. Check that the note and its folder may be written to.`,
    updated: 'updated',
    unchanged: 'unchanged',
    refused: 'refused',
    stale: 'stale',
    writeSummary: (u: number, n: number, r: number) => `updated ${u}, unchanged ${n}, refused ${r}`,
    checkSummary: (s: number, n: number, r: number) => `stale ${s}, up to date ${n}, refused ${r}`,
    checkHint: 'Run grow-coach parse with --write to update them.',
    coachingNote: 'coaching note',
    notCoachingNote: 'not a coaching note',
    client: 'Client',
    date: 'Date',
    goal: 'Goal',
    reality: 'Reality',
    options: 'Options',
    actions: 'Actions',
    scale: 'Scale',
    commitment: 'Commitment',
    properties: 'Properties',
    none: '—',
    counts: (open: number, done: number, cancelled: number) => `${open} open, ${done} done, ${cancelled} cancelled`,
    nextDue: (d: string) => `next due ${d}`,
    upToDate: 'up to date',
    wouldUpdate: 'stale (run with --write to update)',
  },
  nl: {
    needsMode: (p: string) => `${p} is een map: voeg --write (eigenschappen schrijven) of --check (verouderde notities tonen) toe`,
    writeAndCheck: '--write en --check gaan niet samen: kies er één',
    jsonAndMode: '--json toont de lezing van één notitie; het gaat niet samen met --write of --check',
    missingPath: 'geef een notitie of de map van de kluis, bijvoorbeeld: grow-coach parse ~/Notities --check',
    notNote: (p: string) => `${p}: geen bestand of map`,
    changed: (f: string) => `${f}: de notitie veranderde tijdens het lezen; er is niets geschreven. Voer de opdracht opnieuw uit.`,
    cannotWrite: (f: string, code: string) =>
      `${f}: kan niet worden geschreven (${code}); er is niets veranderd. Controleer of de notitie en haar map beschrijfbaar zijn.`,
    updated: 'bijgewerkt',
    unchanged: 'ongewijzigd',
    refused: 'geweigerd',
    stale: 'verouderd',
    writeSummary: (u: number, n: number, r: number) => `bijgewerkt ${u}, ongewijzigd ${n}, geweigerd ${r}`,
    checkSummary: (s: number, n: number, r: number) => `verouderd ${s}, actueel ${n}, geweigerd ${r}`,
    checkHint: 'Voer grow-coach parse met --write uit om ze bij te werken.',
    coachingNote: 'coachingnotitie',
    notCoachingNote: 'geen coachingnotitie',
    client: 'Klant',
    date: 'Datum',
    goal: 'Doel',
    reality: 'Realiteit',
    options: 'Opties',
    actions: 'Acties',
    scale: 'Schaal',
    commitment: 'Commitment',
    properties: 'Eigenschappen',
    none: '—',
    counts: (open: number, done: number, cancelled: number) => `${open} open, ${done} gedaan, ${cancelled} vervallen`,
    nextDue: (d: string) => `eerstvolgende ${d}`,
    upToDate: 'actueel',
    wouldUpdate: 'verouderd (voer uit met --write om bij te werken)',
  },
} satisfies Record<CliLanguage, unknown>;

type Words = (typeof WORDS)['en'];

/** One element of `parse <file> --json`. */
export interface ParseJson {
  file: string;
  coaching: boolean;
  client: string | null;
  date: string | null;
  goal: string | null;
  reality: string | null;
  options: string[];
  actions: (Omit<SessionRecord['actions'][number], 'taskId'> & { id: string | null })[];
  scale: number | null;
  commitment: number | null;
  warnings: string[];
}

export function toJson(record: SessionRecord, coaching: boolean): ParseJson {
  const { file, client, date, goal, reality, options, actions, scale, commitment, warnings } = record;
  // Tasks' own id is `taskId` inside (a dashboard row's `id` is its place); the JSON calls it `id`, as Tasks does.
  const json = actions.map(({ taskId, ...action }) => ({ ...action, id: taskId ?? null }));
  return { file, coaching, client, date, goal, reality, options, actions: json, scale, commitment, warnings };
}

/** A note to process: where it is on disk and how messages name it. */
interface Target {
  abs: string;
  shown: string;
  /** The path the coaching rules see (vault-relative where the vault is known). */
  rel: string;
}

/** Files Obsidian keeps in a vault's configuration folder (whatever that folder is called). */
const CONFIG_FILES = ['app.json', 'workspace.json', 'appearance.json', 'core-plugins.json'];

/** True when `dir` holds a dot-folder with Obsidian's configuration files: it is a vault. */
async function isVaultRoot(dir: string): Promise<boolean> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith('.')) continue;
    const inside = await fs.readdir(path.join(dir, entry.name)).catch(() => [] as string[]);
    if (inside.some((name) => CONFIG_FILES.includes(name))) return true;
  }
  return false;
}

/** The nearest folder above a file that is an Obsidian vault, or null. */
async function vaultRootOf(abs: string): Promise<string | null> {
  for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
    if (await isVaultRoot(dir)) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * The vault-relative path of a single file: relative to the nearest folder above it that is an
 * Obsidian vault, else as given, so the coaching-folder rule works for `parse <file>` too.
 */
async function vaultRelative(abs: string, given: string): Promise<string> {
  const root = await vaultRootOf(abs);
  return root === null ? given.split(path.sep).join('/') : path.relative(root, abs).split(path.sep).join('/');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'write', 'check'], values: ['lang', PHASE_WORDS_OPTION, ...RULE_OPTIONS] });
  const language = detectLanguage(argv, process.env);
  const words: Words = WORDS[language];
  const given = args.positionals[0];
  if (given === undefined) throw new UsageError(words.missingPath);
  const write = args.flags.has('write');
  const check = args.flags.has('check');
  if (write && check) throw new UsageError(words.writeAndCheck);
  if (args.flags.has('json') && (write || check)) throw new UsageError(words.jsonAndMode);
  const rules = loadRules(args);
  const stats = await statPath(given, 'file or vault folder');
  const abs = path.resolve(given);

  let targets: Target[];
  let vaultMode: boolean;
  if (stats.isDirectory()) {
    if (!write && !check) throw new UsageError(words.needsMode(given));
    vaultMode = true;
    targets = (await listNotes(abs)).map((rel) => ({ abs: path.join(abs, rel), shown: rel, rel }));
  } else if (stats.isFile()) {
    vaultMode = false;
    targets = [{ abs, shown: given, rel: await vaultRelative(abs, given) }];
  } else {
    throw new UsageError(words.notNote(given));
  }

  // The coach's own phase words: the vault's .grow-coach.json (the folder given, or the vault a file lies in) and --phase-words.
  const read: ReadOptions = { language, phaseWords: await loadPhaseWords(argv, vaultMode ? abs : await vaultRootOf(abs), language) };
  if (!write && !check) return showOne(targets[0]!, rules, args.flags.has('json'), words, io, read);
  return check ? checkNotes(targets, vaultMode, rules, words, io, read) : writeNotes(targets, vaultMode, rules, words, io, read);
}

/** Whether a note the readers refused is a coaching note, by its folder and frontmatter alone. */
function coachingByProperties(rel: string, text: string, shown: string, rules: CoachingRules): boolean {
  const lines = splitLines(text);
  const props = readProperties(shown, lines, findFrontmatter(lines));
  return isCoachingNote(rel, props, rules);
}

/** Reads a target; null when it is skipped (unreadable, not text, or not a coaching note in a vault). */
async function load(
  target: Target,
  vaultMode: boolean,
  rules: CoachingRules,
  io: CliIO,
  read: ReadOptions,
): Promise<{ text: string; result: UpdateResult } | null> {
  const text = await readNoteText(target.abs, target.shown, io);
  if (text === null) return null;
  // In a vault, a note that cannot be a coaching note is not read any further.
  if (vaultMode && !mayBeCoaching(target.rel, text, null, rules)) return null;
  const reading = readRecord(text, target.shown, read);
  if ('refused' in reading) {
    if (vaultMode && !coachingByProperties(target.rel, text, target.shown, rules)) return null;
    return { text, result: { status: 'refused', reason: reading.refused } };
  }
  const { record } = reading;
  if (vaultMode && !isCoachingNote(target.rel, record, rules)) {
    // Broken YAML hides a coaching tag or type: say so, rather than skip the note without a word.
    const warning = record.warnings[0];
    return warning === undefined ? null : { text, result: { status: 'refused', reason: warning } };
  }
  const result = updateProperties(text, record, target.shown);
  // What was not read (tasks outside Will, a scale out of range) is said, never dropped in silence;
  // a refused note's reason already says what is wrong.
  if (result.status !== 'refused') for (const warning of record.warnings) io.err(`warning: ${warning}`);
  return { text, result };
}

async function writeNotes(targets: Target[], vaultMode: boolean, rules: CoachingRules, words: Words, io: CliIO, read: ReadOptions): Promise<number> {
  let updated = 0;
  let unchanged = 0;
  const refused: string[] = [];
  for (const target of targets) {
    const note = await load(target, vaultMode, rules, io, read);
    if (note === null) continue;
    const { result } = note;
    if (result.status === 'unchanged') unchanged += 1;
    else if (result.status === 'refused') refused.push(result.reason);
    else {
      try {
        if (await writeFileAtomic(target.abs, result.text, note.text)) {
          updated += 1;
          io.out(`${words.updated}: ${target.shown}`);
        } else refused.push(words.changed(target.shown));
      } catch (error) {
        refused.push(words.cannotWrite(target.shown, (error as NodeJS.ErrnoException).code ?? String(error)));
      }
    }
  }
  for (const reason of refused) io.out(`${words.refused}: ${reason}`);
  io.out(words.writeSummary(updated, unchanged, refused.length));
  return refused.length > 0 ? 1 : 0;
}

async function checkNotes(targets: Target[], vaultMode: boolean, rules: CoachingRules, words: Words, io: CliIO, read: ReadOptions): Promise<number> {
  const stale: string[] = [];
  const refused: string[] = [];
  let fresh = 0;
  for (const target of targets) {
    const note = await load(target, vaultMode, rules, io, read);
    if (note === null) continue;
    if (note.result.status === 'unchanged') fresh += 1;
    else if (note.result.status === 'refused') refused.push(note.result.reason);
    else stale.push(target.shown);
  }
  for (const file of stale) io.out(`${words.stale}: ${file}`);
  for (const reason of refused) io.out(`${words.refused}: ${reason}`);
  io.out(words.checkSummary(stale.length, fresh, refused.length));
  if (stale.length > 0) io.out(words.checkHint);
  return stale.length > 0 || refused.length > 0 ? 1 : 0;
}

async function showOne(target: Target, rules: CoachingRules, json: boolean, words: Words, io: CliIO, read: ReadOptions): Promise<number> {
  const text = await readNoteText(target.abs, target.shown, io);
  if (text === null) return 1;
  const reading = readRecord(text, target.shown, read);
  if ('refused' in reading) {
    io.err(reading.refused);
    return 1;
  }
  const { record } = reading;
  const coaching = isCoachingNote(target.rel, record, rules);
  for (const warning of record.warnings) io.err(`warning: ${warning}`);
  if (json) {
    io.out(JSON.stringify(toJson(record, coaching), null, 2));
    return 0;
  }
  const firstLine = (t: string | null) => (t === null ? words.none : (t.split('\n')[0] ?? '') + (t.includes('\n') ? ' …' : ''));
  const count = (status: string) => record.actions.filter((a) => a.status === status).length;
  const dues = record.actions
    .filter((a) => a.status === 'open' && a.due !== null)
    .map((a) => a.due!)
    .sort();
  const result = updateProperties(text, record, target.shown);
  const props = result.status === 'unchanged' ? words.upToDate : result.status === 'updated' ? words.wouldUpdate : `${words.refused}: ${result.reason}`;
  io.out(`${target.shown} (${coaching ? words.coachingNote : words.notCoachingNote})`);
  io.out(`  ${words.client}: ${record.client ?? words.none} · ${words.date}: ${record.date ?? words.none}`);
  io.out(`  ${words.goal}: ${firstLine(record.goal)}`);
  io.out(`  ${words.reality}: ${firstLine(record.reality)}`);
  io.out(`  ${words.options}: ${record.options.length === 0 ? words.none : record.options.join(' · ')}`);
  const next = dues[0] === undefined ? '' : `; ${words.nextDue(dues[0])}`;
  io.out(`  ${words.actions}: ${words.counts(count('open'), count('done'), count('cancelled'))}${next}`);
  io.out(`  ${words.scale}: ${record.scale ?? words.none} · ${words.commitment}: ${record.commitment ?? words.none}`);
  io.out(`  ${words.properties}: ${props}`);
  return 0;
}
