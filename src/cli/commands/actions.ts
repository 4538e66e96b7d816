/**
 * `grow-coach actions <vault>`: the open Will actions of every coaching note, as JSON, a readable
 * listing grouped by client, or a markdown checklist with links to the notes.
 */
import { localToday } from '../../core/note/dates';
import { ActionIndex } from '../../core/actions/action-index';
import type { IndexEntry } from '../../core/actions/entry';
import type { WillAction } from '../../core/note/session';
import { dateOption, parseArgs } from '../args';
import { UsageError, type CliIO } from '../io';
import { detectLanguage, messages } from '../messages';
import { readCoachingNotesFrom } from '../read-vault';
import { faultMessages } from '../fault-messages';
import { safeText } from '../shown';
import { RULE_OPTIONS, loadRules, Tally } from '../vault';

/** One element of `actions --json`. */
export interface ActionRow {
  file: string;
  line: number;
  text: string;
  status: WillAction['status'];
  done: boolean;
  due: string | null;
  completed: string | null;
  client: string | null;
  date: string | null;
  overdue: boolean;
}

/**
 * The rows of `actions --json`, in the order the dashboard shows them: the core index's sort (due
 * date with undated last, then file, then line), filtered by status and client.
 */
export function actionRows(entries: readonly IndexEntry[], options: { today: string; all: boolean; client?: string }): ActionRow[] {
  const index = new ActionIndex();
  for (const entry of entries) index.set(entry);
  const wanted = options.client?.trim().toLowerCase();
  return index
    .sortedActions()
    .filter((row) => (options.all || row.status === 'open') && (wanted === undefined || (row.client ?? '').toLowerCase() === wanted))
    .map((row) => ({
      file: row.path,
      line: row.line,
      text: row.text,
      status: row.status,
      done: row.status === 'done',
      due: row.due,
      completed: row.completed,
      client: row.client,
      date: row.date,
      overdue: row.status === 'open' && row.due !== null && row.due < options.today,
    }));
}

function byClient(rows: readonly ActionRow[]): Map<string | null, ActionRow[]> {
  const groups = new Map<string | null, ActionRow[]>();
  for (const row of rows) groups.set(row.client, [...(groups.get(row.client) ?? []), row]);
  const named = [...groups.keys()].filter((k): k is string => k !== null).sort((a, b) => a.localeCompare(b));
  const ordered = new Map<string | null, ActionRow[]>();
  for (const key of named) ordered.set(key, groups.get(key) ?? []);
  if (groups.has(null)) ordered.set(null, groups.get(null) ?? []);
  return ordered;
}

function linkTarget(file: string): string {
  return file.replace(/\.md$/i, '');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'markdown', 'all'], values: ['client', 'today', 'lang', ...RULE_OPTIONS] });
  const text = messages(detectLanguage(argv, process.env));
  const paths = args.positionals;
  if (paths.length === 0) throw new UsageError(text.missingVault);
  if (args.flags.has('json') && args.flags.has('markdown')) throw new UsageError(text.jsonAndMarkdown);
  const today = dateOption(args, 'today') ?? localToday();
  // Usually the vault folder; any number of folders and notes may be given (a shell glob).
  const tally = new Tally(io);
  const records = await readCoachingNotesFrom(paths, loadRules(args), tally);
  const rows = actionRows(records, { today, all: args.flags.has('all'), client: args.values.get('client') });
  // A note or folder that could not be read: the answer is incomplete, so the exit code is 1.
  const code = tally.problems > 0 ? 1 : 0;
  if (tally.problems > 0) io.err(`warning: ${faultMessages().incomplete(tally.problems)}`);

  if (args.flags.has('json')) {
    io.out(JSON.stringify(rows, null, 2));
    return code;
  }
  if (rows.length === 0) {
    // "No open Will actions" only when every note could be read.
    io.out(tally.problems > 0 ? faultMessages().incomplete(tally.problems) : text.noActions);
    return code;
  }
  const markdown = args.flags.has('markdown');
  const lines: string[] = [];
  for (const [client, group] of byClient(rows)) {
    const open = group.filter((r) => r.status === 'open').length;
    const late = group.filter((r) => r.overdue).length;
    const counts = [text.openCount(open), ...(late > 0 ? [text.overdueCount(late)] : [])].join(', ');
    lines.push(markdown ? `## ${client ?? text.noClient}` : `${client ?? text.noClient} (${counts})`);
    if (markdown) lines.push('');
    for (const row of group) {
      const mark = row.status === 'done' ? 'x' : row.status === 'cancelled' ? '-' : ' ';
      if (markdown) {
        const due = row.due === null ? '' : ` 📅 ${row.due}`;
        const late = row.overdue ? ` ⚠️ ${text.overdue}` : '';
        lines.push(`- [${mark}] ${row.text}${due}${late} ([[${linkTarget(row.file)}]])`);
      } else {
        const flag = row.overdue ? '!' : row.status === 'done' ? 'x' : row.status === 'cancelled' ? '-' : ' ';
        const due = row.due === null ? text.noDate : `${text.due} ${row.due}${row.overdue ? ` (${text.overdue})` : ''}`;
        lines.push(`  [${flag}] ${row.text}`);
        lines.push(`      ${due} · ${row.file}:${row.line}`);
      }
    }
    lines.push('');
  }
  const open = rows.filter((r) => r.status === 'open').length;
  const overdue = rows.filter((r) => r.overdue).length;
  lines.push(text.summary(open, overdue, records.length));
  // Note text and file names reach a terminal: control characters are shown escaped.
  for (const line of lines) io.out(safeText(line));
  return code;
}
