/**
 * `grow-coach actions <vault>`: the open Will actions of every coaching note, as JSON, a readable
 * listing grouped by client, or a markdown checklist with links to the notes.
 */
import path from 'node:path';
import { localToday } from '../../core/note/dates';
import { ActionIndex } from '../../core/actions/action-index';
import type { IndexEntry } from '../../core/actions/entry';
import type { WillAction } from '../../core/note/session';
import { dateOption, parseArgs } from '../args';
import { UsageError, type CliIO } from '../io';
import { detectLanguage, messages } from '../messages';
import { readCoachingNotes } from '../read-vault';
import { RULE_OPTIONS, loadRules, requireDirectory } from '../vault';

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
      statusChar: row.statusChar,
      status: row.status,
      done: row.status === 'done',
      due: row.due,
      completed: row.completed,
      scheduled: row.action?.scheduled ?? null,
      start: row.action?.start ?? null,
      created: row.action?.created ?? null,
      cancelled: row.action?.cancelled ?? null,
      priority: row.action?.priority ?? null,
      recurrence: row.action?.recurrence ?? null,
      id: row.action?.id ?? null,
      dependsOn: row.action?.dependsOn ?? [],
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
  const vault = args.positionals[0];
  if (vault === undefined) throw new UsageError(text.missingVault);
  if (args.flags.has('json') && args.flags.has('markdown')) throw new UsageError(text.jsonAndMarkdown);
  const today = dateOption(args, 'today') ?? localToday();
  await requireDirectory(vault);
  const records = await readCoachingNotes(path.resolve(vault), loadRules(args), io);
  const rows = actionRows(records, { today, all: args.flags.has('all'), client: args.values.get('client') });

  if (args.flags.has('json')) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (rows.length === 0) {
    io.out(text.noActions);
    return 0;
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
      const mark = row.statusChar;
      if (markdown) {
        const due = row.due === null ? '' : ` 📅 ${row.due}`;
        const late = row.overdue ? ` ⚠️ ${text.overdue}` : '';
        lines.push(`- [${mark}] ${row.text}${due}${late} ([[${linkTarget(row.file)}]])`);
      } else {
        // Overdue is marked outside the checkbox: `[!]` is a task status (Tasks' "important").
        const flag = row.overdue ? '⚠' : ' ';
        const due = row.due === null ? text.noDate : `${text.due} ${row.due}${row.overdue ? ` (${text.overdue})` : ''}`;
        lines.push(`${flag} [${row.statusChar}] ${row.text}`);
        lines.push(`      ${due} · ${row.file}:${row.line}`);
      }
    }
    lines.push('');
  }
  const open = rows.filter((r) => r.status === 'open').length;
  const overdue = rows.filter((r) => r.overdue).length;
  lines.push(text.summary(open, overdue, records.length));
  for (const line of lines) io.out(line);
  return 0;
}
