/**
 * `grow-coach complete <note>:<line>` and `grow-coach reopen <note>:<line>`: the dashboard's tick
 * from the command line. The same core function (`toggleAction`) changes the note as the Tasks
 * plugin would (the next occurrence of a recurring action above the done line, the done marker in
 * the line's own notation); the note is written atomically, and only if it still holds the text
 * the change was computed from. The lines written are printed; a line that holds no Will action,
 * or a note that changed, is exit code 1 with a message naming the note and the line.
 */
import path from 'node:path';
import { noteFingerprint, toggleAction, type ToggleResult } from '../../core/actions/toggle';
import { localToday } from '../../core/note/dates';
import { readTaskLine } from '../../core/note/task-line';
import { splitLines } from '../../core/note/lines';
import { dateOption, parseArgs } from '../args';
import { UsageError, type CliIO } from '../io';
import { detectLanguage, type CliLanguage } from '../messages';
import { readRecord } from '../read-record';
import { named, refusalMessage } from '../fault-messages';
import { writeNoteSafely } from '../safe-write';
import { readNoteText, statPath, vaultRelative } from '../vault';

const words = {
  en: {
    missingTarget: (verb: string) => `give the note and the line of the action, for example: grow-coach ${verb} "Coaching/Anna/2026-03-02.md:14"`,
    badTarget: (target: string) => `"${target}" names no line: write the note's path, a colon and the line number, for example "session.md:14"`,
    noLine: (note: string, line: number, count: number) => `${note}:${line}: the note has ${count} lines; nothing written`,
    noAction: (note: string, line: number) => `${note}:${line}: this line holds no Will action (a task under a Will heading); nothing written`,
    changed: (note: string, line: number) => `${note}:${line}: the note changed while it was being written; nothing written, run the command again`,
    ambiguous: (note: string, line: number, count: number) => `${note}:${line}: ${count} actions have this text and the note changed; nothing written`,
    already: (note: string, line: number, done: boolean) => `${note}:${line}: already ${done ? 'done' : 'open'}; nothing written`,
    wrote: (note: string, line: number) => `${note}:${line}:`,
    removed: (note: string, line: number) => `${note}:${line}: done and removed, as its 🏁 delete asks`,
  },
  nl: {
    missingTarget: (verb: string) => `geef de notitie en de regel van de actie, bijvoorbeeld: grow-coach ${verb} "Coaching/Anna/2026-03-02.md:14"`,
    badTarget: (target: string) =>
      `"${target}" noemt geen regel: schrijf het pad van de notitie, een dubbele punt en het regelnummer, bijvoorbeeld "sessie.md:14"`,
    noLine: (note: string, line: number, count: number) => `${note}:${line}: de notitie heeft ${count} regels; niets geschreven`,
    noAction: (note: string, line: number) => `${note}:${line}: op deze regel staat geen actie (een taak onder een Wil-kop); niets geschreven`,
    changed: (note: string, line: number) => `${note}:${line}: de notitie veranderde tijdens het schrijven; niets geschreven, voer de opdracht opnieuw uit`,
    ambiguous: (note: string, line: number, count: number) => `${note}:${line}: ${count} acties hebben deze tekst en de notitie is veranderd; niets geschreven`,
    already: (note: string, line: number, done: boolean) => `${note}:${line}: al ${done ? 'afgerond' : 'open'}; niets geschreven`,
    wrote: (note: string, line: number) => `${note}:${line}:`,
    removed: (note: string, line: number) => `${note}:${line}: afgerond en verwijderd, zoals de 🏁 delete vraagt`,
  },
} satisfies Record<CliLanguage, unknown>;

/** `note.md:14` → the note and the 1-based line; null when it names no line. */
export function parseTarget(target: string): { note: string; line: number } | null {
  const match = /^(.+):(\d{1,9})$/.exec(target);
  if (!match?.[1] || !match[2]) return null;
  const line = Number(match[2]);
  return line >= 1 ? { note: match[1], line } : null;
}

async function toggle(argv: string[], io: CliIO, done: boolean): Promise<number> {
  const verb = done ? 'complete' : 'reopen';
  const args = parseArgs(argv, { values: ['today', 'lang'] });
  const text = words[detectLanguage(argv, process.env)];
  const raw = args.positionals[0];
  if (raw === undefined) throw new UsageError(text.missingTarget(verb));
  const target = parseTarget(raw);
  if (target === null) throw new UsageError(text.badTarget(raw));
  const today = dateOption(args, 'today') ?? localToday();
  const { note, line } = target;
  const file = path.resolve(note);
  await statPath(file, note);
  const before = await readNoteText(file, note, io);
  if (before === null) return 1;
  const lines = splitLines(before);
  if (line > lines.length) {
    io.err(text.noLine(note, line, lines.length));
    return 1;
  }
  const read = readRecord(before, note);
  if ('refused' in read) {
    io.err(read.refused);
    return 1;
  }
  const action = read.record.actions.find((a) => a.line === line);
  const task = readTaskLine(lines[line - 1] ?? '');
  if (action === undefined || task === null) {
    io.err(text.noAction(note, line));
    return 1;
  }
  const location = { line, text: action.text, statusChar: action.statusChar, fingerprint: noteFingerprint(before) };
  const locate = (t: string) => {
    const again = readRecord(t, note);
    return 'record' in again ? again.record.actions : null;
  };
  const result = toggleAction(before, location, { done, today, addCompletionDate: true }, locate);
  if (result.status === 'unchanged') {
    io.out(text.already(note, line, done));
    return 0;
  }
  if (result.status === 'not-found') {
    io.err(text.noAction(note, line));
    return 1;
  }
  if (result.status === 'ambiguous') {
    io.err(text.ambiguous(note, line, result.count));
    return 1;
  }
  // The safe writer hands the note as it is at the moment of writing: if another program saved it
  // meanwhile, the same tick is worked out again on that text (as Vault.process does in the plugin).
  const latest: { result: ToggleResult } = { result };
  const outcome = writeNoteSafely(
    file,
    (current) => {
      latest.result = current === before ? result : toggleAction(current, location, { done, today, addCompletionDate: true }, locate);
      return latest.result.status === 'changed' ? latest.result.text : null;
    },
    { root: vaultRelative(file, note).root },
  );
  if (outcome.status === 'refused') {
    io.err(named(note, refusalMessage(outcome.refusal)));
    return 1;
  }
  const final = latest.result;
  if (final.status !== 'changed') {
    io.err(final.status === 'ambiguous' ? text.ambiguous(note, line, final.count) : text.changed(note, line));
    return 1;
  }
  if (final.written.length === 0) io.out(text.removed(note, line));
  const first = final.line - (final.written.length > 1 ? final.written.length - 1 : 0);
  final.written.forEach((written, i) => io.out(`${text.wrote(note, first + i)} ${written}`));
  return 0;
}

export function runComplete(argv: string[], io: CliIO): Promise<number> {
  return toggle(argv, io, true);
}

export function runReopen(argv: string[], io: CliIO): Promise<number> {
  return toggle(argv, io, false);
}
