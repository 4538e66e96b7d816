/**
 * `grow-coach actions <vault>`: the open Will actions of every coaching note, as JSON, a readable
 * listing grouped by client, or a markdown checklist with links to the notes.
 */
import path from 'node:path';
import { localToday } from '../../core/dates';
import type { IndexEntry } from '../../core/index-entry';
import type { WillAction } from '../../core/session';
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
  status: WillAction['status'];
  done: boolean;
  due: string | null;
  completed: string | null;
  client: string | null;
  date: string | null;
  overdue: boolean;
}

/** Due date (undated last), then file, then line. */
export function compareRows(a: ActionRow, b: ActionRow): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

export function actionRows(records: readonly IndexEntry[], options: { today: string; all: boolean; client?: string }): ActionRow[] {
  const wanted = options.client?.trim().toLowerCase();
  const rows: ActionRow[] = [];
  for (const record of records) {
    if (wanted !== undefined && (record.client ?? '').toLowerCase() !== wanted) continue;
    for (const action of record.actions) {
      if (!options.all && action.status !== 'open') continue;
      rows.push({
        file: record.path,
        line: action.line,
        text: action.text,
        status: action.status,
        done: action.status === 'done',
        due: action.due,
        completed: action.completed,
        client: record.client,
        date: record.date,
        overdue: action.status === 'open' && action.due !== null && action.due < options.today,
      });
    }
  }
  return rows.sort(compareRows);
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
  for (const line of lines) io.out(line);
  return 0;
}
