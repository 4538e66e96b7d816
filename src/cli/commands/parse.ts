/**
 * `grow-coach parse`: a note's reading, and the owned properties written into notes (issue 3).
 *
 * - `parse <file> [--json]` prints the record of one note (JSON, or a short readable summary).
 * - `parse <vault|file>... --write` writes the owned keys into every coaching note of each folder
 *   given, and into each file given: through `writeNoteSafely` (`safe-write.ts`: re-checked,
 *   atomic, owner and mode kept, recomputed when another program saves meanwhile). An unchanged
 *   note is not written at all (its mtime stays).
 * - `parse <vault|file>... --check` writes nothing, lists the notes whose properties are stale, and
 *   exits 1 when there is one, or a note whose frontmatter cannot be read, or a note or folder that
 *   could not be read at all: for pre-commit hooks (`grow-coach parse --check $(git diff --cached
 *   --name-only -- '*.md')`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isCoachingNote, type CoachingRules } from '../../core/note/coaching-rules';
import { updateProperties, type UpdateResult } from '../../core/properties/write';
import { findFrontmatter } from '../../core/note/frontmatter-range';
import { mayBeCoaching } from '../../core/actions/entry';
import { splitLines } from '../../core/note/lines';
import { readProperties } from '../../core/note/properties';
import { readRecord } from '../read-record';
import type { SessionRecord } from '../../core/note/session';
import { parseArgs } from '../args';
import type { ReadOptions } from '../../core/note/record';
import { loadPhaseWords, PHASE_WORDS_OPTION } from '../phase-words';
import { UsageError, type CliIO } from '../io';
import { detectLanguage, type CliLanguage } from '../messages';
import { faultMessages, named, refusalMessage } from '../fault-messages';
import { writeNotesSafely, type WriteJob } from '../safe-write';
import { safeText } from '../shown';
import { installSignalCleanup } from '../temp-files';
import { cleanFolderOf, listNoteFiles, loadRules, readNoteOrSkip, readNoteSync, RULE_OPTIONS, statPath, Tally, vaultRelative } from '../vault';
import { defineJob, type NoteJob } from '../threads';

const WORDS = {
  en: {
    needsMode: (p: string) => `${p} is a folder: add --write (write the properties) or --check (list stale notes)`,
    writeAndCheck: '--write and --check cannot be combined: choose one',
    jsonAndMode: "--json prints one note's reading; it cannot be combined with --write or --check",
    missingPath: 'give a note or a vault folder, for example: grow-coach parse ~/Notes --check',
    oneNote: (n: number) => `without --write or --check, parse reads one note; got ${n} paths. Add --check or --write for several notes.`,
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
    oneNote: (n: number) => `zonder --write of --check leest parse één notitie; gekregen: ${n} paden. Voeg --check of --write toe voor meer notities.`,
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

/** A note to process: where it is on disk and how messages name it (`rel`: the path the coaching rules see, vault-relative where the vault is known). */
interface Target extends NoteJob {
  /** The vault (or the folder given): a link may only be written through to a file inside it. */
  root: string;
  /** Named by the user as a file: processed even outside the coaching rules. */
  explicit: boolean;
}

/** The notes behind the paths given: every note of a folder, and each file given. */
async function collectTargets(paths: readonly string[], tally: Tally): Promise<Target[]> {
  const several = paths.length > 1;
  const targets: Target[] = [];
  const stats: fs.Stats[] = [];
  // Every path is checked first: a typo stops the run before anything is written.
  for (const given of paths) stats.push(await statPath(given, 'file or vault folder'));
  paths.forEach((given, i) => {
    const abs = path.resolve(given);
    if (stats[i]!.isDirectory()) {
      const prefix = given.replace(/[\\/]+$/, '');
      const shown = (rel: string): string => (several ? (rel ? `${prefix}/${rel}` : prefix) : rel || given);
      for (const rel of listNoteFiles(abs, tally, shown)) targets.push({ abs: path.join(abs, rel), shown: shown(rel), rel, root: abs, explicit: false });
    } else {
      const { rel, root } = vaultRelative(abs, given);
      cleanFolderOf(abs, tally, path.dirname(given));
      targets.push({ abs, shown: given, rel, root, explicit: true });
    }
  });
  return targets;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'write', 'check'], values: ['lang', PHASE_WORDS_OPTION, ...RULE_OPTIONS] });
  const language = detectLanguage(argv, process.env);
  const words: Words = WORDS[language];
  const paths = args.positionals;
  if (paths.length === 0) throw new UsageError(words.missingPath);
  const write = args.flags.has('write');
  const check = args.flags.has('check');
  if (write && check) throw new UsageError(words.writeAndCheck);
  if (args.flags.has('json') && (write || check)) throw new UsageError(words.jsonAndMode);
  const rules = loadRules(args);
  const tally = new Tally(io);

  if (!write && !check) {
    if (paths.length > 1) throw new UsageError(words.oneNote(paths.length));
    const given = paths[0]!;
    const stats = await statPath(given, 'file or vault folder');
    if (stats.isDirectory()) throw new UsageError(words.needsMode(given));
    const abs = path.resolve(given);
    const { rel, root } = vaultRelative(abs, given);
    // The coach's own phase words: .grow-coach.json of the vault the note lies in, and --phase-words.
    const read: ReadOptions = { language, phaseWords: await loadPhaseWords(argv, root, language) };
    return showOne({ abs, shown: given, rel, root: path.dirname(abs), explicit: true }, rules, args.flags.has('json'), words, tally, read);
  }
  const targets = await collectTargets(paths, tally);
  // The coach's own phase words: .grow-coach.json of the first vault given (or of the first note's vault), and --phase-words.
  const vaultDir = targets.find((t) => !t.explicit)?.root ?? targets[0]?.root ?? null;
  const read: ReadOptions = { language, phaseWords: await loadPhaseWords(argv, vaultDir, language) };
  return check ? checkNotes(targets, rules, words, tally, read) : writeNotes(targets, rules, words, tally, read);
}

/** Whether a note the readers refused is a coaching note, by its folder and frontmatter alone. */
function coachingByProperties(rel: string, text: string, shown: string, rules: CoachingRules): boolean {
  const lines = splitLines(text);
  const props = readProperties(shown, lines, findFrontmatter(lines));
  return isCoachingNote(rel, props, rules);
}

/**
 * What `--write` would do to a note's text (null when it is not a coaching note, in a folder
 * given), and the warnings to print about what was not read.
 */
function evaluate(target: Target, text: string, rules: CoachingRules, read: ReadOptions): { result: UpdateResult | null; warnings: string[] } {
  const inVault = !target.explicit;
  const none = { result: null, warnings: [] };
  // In a vault, a note that cannot be a coaching note is not read any further.
  if (inVault && !mayBeCoaching(target.rel, text, null, rules)) return none;
  const reading = readRecord(text, target.shown, read);
  if ('refused' in reading) {
    if (inVault && !coachingByProperties(target.rel, text, target.shown, rules)) return none;
    return { result: { status: 'refused', reason: reading.refused }, warnings: [] };
  }
  const { record } = reading;
  if (inVault && !isCoachingNote(target.rel, record, rules)) {
    // Broken YAML hides a coaching tag or type: say so, rather than skip the note without a word.
    const warning = record.warnings[0];
    return warning === undefined ? none : { result: { status: 'refused', reason: warning }, warnings: [] };
  }
  const result = updateProperties(text, record, target.shown);
  // What was not read (tasks outside Will, a scale out of range) is said, never dropped in silence;
  // a refused note's reason already says what is wrong.
  return { result, warnings: result.status === 'refused' ? [] : record.warnings };
}

/** `--check` of one note, on whichever thread reads it: its text read, then {@link evaluate}. */
const checkJob = defineJob('parse-check', (target: Target, read: { rules: CoachingRules; options: ReadOptions }) => {
  const text = readNoteOrSkip(target.abs, target.shown);
  if (!('text' in text)) return { skipped: text.skipped, warnings: [], answer: null };
  const { result, warnings } = evaluate(target, text.text, read.rules, read.options);
  // Only the verdict travels back: the new text is not needed to say a note is stale.
  const answer = result === null ? null : result.status === 'refused' ? result : { status: result.status };
  return { skipped: null, warnings, answer };
});

/** Every note judged as `--check` judges it, in order, with what reading it said printed: the verdicts (null: not a coaching note, or not read). */
async function judge(targets: readonly Target[], rules: CoachingRules, tally: Tally, read: ReadOptions) {
  return tally.heardAll(await checkJob(targets, { rules, options: read }));
}

/**
 * `--write`: every note is first judged as `--check` judges it (on every core for a large vault),
 * then the stale ones go through the safe writer, the disk syncs batched; the writer reads each
 * again and computes its change from what is on disk then, so a save made meanwhile is kept. An
 * up-to-date note is not opened for writing at all; one that an editor changes after it was judged
 * is left for the next run (no save is lost either way). Warnings are printed as the notes are
 * judged, so all of them come before the first `updated:` line. When stdout closes (`| head`), the
 * writes go on to the end and only the output is dropped.
 */
async function writeNotes(targets: Target[], rules: CoachingRules, words: Words, tally: Tally, read: ReadOptions): Promise<number> {
  installSignalCleanup();
  const io = tally.io;
  let updated = 0;
  let unchanged = 0;
  /** Refusals with the place of their note, printed in the order of the notes. */
  const refused: { at: number; reason: string }[] = [];
  const stale: { at: number; target: Target }[] = [];
  (await judge(targets, rules, tally, read)).forEach((answer, at) => {
    if (answer?.status === 'unchanged') unchanged += 1;
    else if (answer?.status === 'refused') refused.push({ at, reason: safeText(answer.reason) });
    else if (answer?.status === 'updated') stale.push({ at, target: targets[at]! });
  });
  const last = new Map<WriteJob, UpdateResult | null>();
  const jobs: WriteJob[] = stale.map(({ target }) => {
    const job: WriteJob = {
      file: target.abs,
      options: { root: target.root },
      // Its warnings were printed when it was judged.
      update: (text) => {
        const { result } = evaluate(target, text, rules, read);
        last.set(job, result);
        return result?.status === 'updated' ? result.text : null;
      },
    };
    return job;
  });
  const placeOf = new Map(jobs.map((job, k) => [job, stale[k]!]));
  await writeNotesSafely(jobs, (job, outcome) => {
    const { at, target } = placeOf.get(job)!;
    const seen = last.get(job);
    if (outcome.status === 'written') {
      updated += 1;
      io.out(`${words.updated}: ${safeText(target.shown)}`);
    } else if (outcome.status === 'refused') {
      if (outcome.refusal.kind === 'unreadable') tally.skipped(named(target.shown, refusalMessage(outcome.refusal)));
      else refused.push({ at, reason: named(target.shown, refusalMessage(outcome.refusal)) });
    } else if (seen?.status === 'refused') refused.push({ at, reason: safeText(seen.reason) });
    // Up to date by now (another program wrote it meanwhile), or no longer a coaching note.
    else if (seen?.status === 'unchanged') unchanged += 1;
    last.delete(job);
  });
  refused.sort((x, y) => x.at - y.at);
  for (const { reason } of refused) io.out(`${words.refused}: ${reason}`);
  io.out(words.writeSummary(updated, unchanged, refused.length));
  if (tally.problems > 0) io.err(`warning: ${faultMessages().incomplete(tally.problems)}`);
  return refused.length > 0 || tally.problems > 0 ? 1 : 0;
}

async function checkNotes(targets: Target[], rules: CoachingRules, words: Words, tally: Tally, read: ReadOptions): Promise<number> {
  const io = tally.io;
  const stale: string[] = [];
  const refused: string[] = [];
  let fresh = 0;
  for (const [i, result] of (await judge(targets, rules, tally, read)).entries()) {
    const target = targets[i]!;
    if (result === null) continue;
    if (result.status === 'unchanged') fresh += 1;
    else if (result.status === 'refused') refused.push(safeText(result.reason));
    else stale.push(safeText(target.shown));
  }
  for (const file of stale) io.out(`${words.stale}: ${file}`);
  for (const reason of refused) io.out(`${words.refused}: ${reason}`);
  io.out(words.checkSummary(stale.length, fresh, refused.length));
  if (stale.length > 0) io.out(words.checkHint);
  // A note that could not be read may be stale too: the check cannot pass.
  if (tally.problems > 0) io.err(`warning: ${faultMessages().incomplete(tally.problems)}`);
  return stale.length > 0 || refused.length > 0 || tally.problems > 0 ? 1 : 0;
}

async function showOne(target: Target, rules: CoachingRules, json: boolean, words: Words, tally: Tally, read: ReadOptions): Promise<number> {
  const io = tally.io;
  const text = readNoteSync(target.abs, target.shown, tally);
  if (text === null) return 1;
  const reading = readRecord(text, target.shown, read);
  if ('refused' in reading) {
    io.err(safeText(reading.refused));
    return 1;
  }
  const { record } = reading;
  const coaching = isCoachingNote(target.rel, record, rules);
  for (const warning of record.warnings) io.err(`warning: ${safeText(warning)}`);
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
  io.out(`${safeText(target.shown)} (${coaching ? words.coachingNote : words.notCoachingNote})`);
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
