/**
 * `grow-coach actions <vault>`: the open Will actions of every coaching note, as JSON, a readable
 * listing grouped by client, or a markdown checklist with links to the notes. All three are the
 * core query's answer (the dashboard's), worded here.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { localToday } from '../../core/note/dates';
import { sortedRowsOf, type ActionRow as IndexRow } from '../../core/actions/action-index';
import { DEFAULT_QUERY, isOverdue, queryActions, type ActionQuery, type QueryAnswer } from '../../core/actions/query';
import type { IndexEntry } from '../../core/actions/entry';
import type { WillAction } from '../../core/note/session';
import { dateOption, parseArgs } from '../args';
import { UsageError, type CliIO } from '../io';
import { detectLanguage, messages } from '../messages';
import { loadPhaseWords, PHASE_WORDS_OPTION } from '../phase-words';
import { readCoachingNotesFrom } from '../read-vault';
import { faultMessages } from '../fault-messages';
import { safeLines } from '../shown';
import { RULE_OPTIONS, loadRules, Tally } from '../vault';

/** One element of `actions --json`. */
export interface ActionRow {
  file: string;
  line: number;
  text: string;
  /** The character between the brackets, as written (` `, `x`, `/`, `>`, …). */
  statusChar: string;
  status: WillAction['status'];
  done: boolean;
  due: string | null;
  completed: string | null;
  scheduled: string | null;
  start: string | null;
  created: string | null;
  cancelled: string | null;
  priority: WillAction['priority'] | null;
  recurrence: string | null;
  /** Tasks' `🆔` id (not GROW Coach's), or null. */
  id: string | null;
  dependsOn: string[];
  client: string | null;
  date: string | null;
  overdue: boolean;
  /** Whose task: `client`, or `coach` for the coach's own (`[owner:: coach]`, `### Voor de coach`). */
  owner: 'client' | 'coach';
}

/** The core query the listing asks: every client (or one), open actions (or all), by client. */
function listingQuery(options: { all: boolean; client?: string }): ActionQuery {
  return { ...DEFAULT_QUERY, groupBy: 'client', client: options.client ?? null, showDone: options.all };
}

/** One row of `actions --json`, from the index's row. */
function jsonRow(row: IndexRow, today: string): ActionRow {
  return {
    file: row.path,
    line: row.line,
    text: row.text,
    statusChar: row.statusChar,
    status: row.status,
    done: row.status === 'done',
    due: row.due,
    completed: row.completed,
    scheduled: row.scheduled ?? null,
    start: row.start ?? null,
    created: row.created ?? null,
    cancelled: row.cancelled ?? null,
    priority: row.priority ?? null,
    recurrence: row.recurrence ?? null,
    id: row.taskId ?? null,
    dependsOn: row.dependsOn ?? [],
    client: row.client,
    date: row.date,
    overdue: isOverdue(row, today),
    owner: row.owner ?? 'client',
  };
}

/**
 * The core query's answer over the entries, sorted as the index sorts them (due date, undated
 * last, then file, then line). The CLI asks once, so the rows come without the live index's caches.
 */
function answerOf(entries: readonly IndexEntry[], options: { today: string; all: boolean; client?: string }): QueryAnswer {
  return queryActions(sortedRowsOf(entries), listingQuery(options), options.today);
}

function linkTarget(file: string): string {
  return file.replace(/\.md$/i, '');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'markdown', 'all'], values: ['client', 'today', 'lang', PHASE_WORDS_OPTION, ...RULE_OPTIONS] });
  const language = detectLanguage(argv, process.env);
  const text = messages(language);
  const paths = args.positionals;
  if (paths.length === 0) throw new UsageError(text.missingVault);
  if (args.flags.has('json') && args.flags.has('markdown')) throw new UsageError(text.jsonAndMarkdown);
  const today = dateOption(args, 'today') ?? localToday();
  // Usually the vault folder; any number of folders and notes may be given (a shell glob).
  const tally = new Tally(io);
  // The coach's own heading words: --phase-words, and .grow-coach.json in the first folder given.
  const firstFolder = paths.find((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory() === true);
  const phaseWords = await loadPhaseWords(argv, firstFolder === undefined ? null : path.resolve(firstFolder), language);
  const records = await readCoachingNotesFrom(paths, loadRules(args), tally, { phaseWords, language });
  const answer = answerOf(records, { today, all: args.flags.has('all'), client: args.values.get('client') });
  // A note or folder that could not be read: the answer is incomplete, so the exit code is 1.
  const code = tally.problems > 0 ? 1 : 0;
  if (tally.problems > 0) io.err(`warning: ${faultMessages().incomplete(tally.problems)}`);

  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        answer.actions.map((row) => jsonRow(row, today)),
        null,
        2,
      ),
    );
    return code;
  }
  if (answer.total === 0) {
    // "No open Will actions" only when every note could be read.
    io.out(tally.problems > 0 ? faultMessages().incomplete(tally.problems) : text.noActions);
    return code;
  }
  const markdown = args.flags.has('markdown');
  const lines: string[] = [];
  for (const group of answer.groups) {
    // The coach's own tasks are no client's actions: listed apart, after the clients, and not counted.
    const counted = group.key.by !== 'coach';
    const title = group.key.by === 'client' ? (group.key.client ?? text.noClient) : text.coachTasks;
    let open = 0;
    let late = 0;
    for (const row of group.actions) {
      if (row.status === 'open') open += 1;
      if (isOverdue(row, today)) late += 1;
    }
    const counts = [text.openCount(open), ...(late > 0 ? [text.overdueCount(late)] : [])].join(', ');
    lines.push(markdown ? `## ${title}` : counted ? `${title} (${counts})` : title);
    if (markdown) lines.push('');
    for (const row of group.actions) {
      const overdue = isOverdue(row, today);
      const mark = row.statusChar;
      if (markdown) {
        const due = row.due === null ? '' : ` 📅 ${row.due}`;
        const flag = overdue ? ` ⚠️ ${text.overdue}` : '';
        lines.push(`- [${mark}] ${row.text}${due}${flag} ([[${linkTarget(row.path)}]])`);
      } else {
        // Overdue is marked outside the checkbox: `[!]` is a task status (Tasks' "important").
        const flag = overdue ? '⚠' : ' ';
        const due = row.due === null ? text.noDate : `${text.due} ${row.due}${overdue ? ` (${text.overdue})` : ''}`;
        lines.push(`${flag} [${row.statusChar}] ${row.text}`);
        lines.push(`      ${due} · ${counted ? '' : `${row.client ?? text.noClient} · `}${row.path}:${row.line}`);
      }
    }
    lines.push('');
  }
  lines.push(text.summary(answer.open, answer.overdue, records.length));
  // Note text and file names reach a terminal: control characters are shown escaped.
  io.out(safeLines(lines));
  return code;
}
