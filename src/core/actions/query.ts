/**
 * The one query over Will actions: filter (client, words, done, due), group (client, due bucket,
 * note) and order (due date, undated last, then file and line). The dashboard, the `grow-actions`
 * code block and the CLI's `actions` listing all ask it. Its groups carry keys, not labels: each
 * shell words them in its own language (the plugin with its UI strings, the CLI with its messages).
 * Linear in the number of actions after the sort, which the index keeps.
 */
import { entryRows, sortActionRows, type ActionRow } from './action-index';
import { entryFromRecord } from './entry';
import type { SessionRecord } from '../note/session';

export type GroupBy = 'client' | 'due' | 'note';

export type DueFilter = 'all' | 'overdue' | 'week';

export interface ActionQuery {
  groupBy: GroupBy;
  /** Words that must all occur in the action's text, client or note name (case-insensitive). */
  filter: string;
  /** Only this client's actions (case-insensitive); null for all. */
  client: string | null;
  /** Include done and cancelled actions. */
  showDone: boolean;
  due: DueFilter;
}

/** What the dashboard shows first (and the CLI lists): open actions of every client, by client. */
export const DEFAULT_QUERY: ActionQuery = { groupBy: 'client', filter: '', client: null, showDone: false, due: 'all' };

export type DueBucket = 'overdue' | 'today' | 'week' | 'later' | 'none';

export const BUCKETS: readonly DueBucket[] = ['overdue', 'today', 'week', 'later', 'none'];

/** What a group holds: one client (null: no client), one note, one due bucket, or the coach's own tasks. */
export type GroupKey = { by: 'client'; client: string | null } | { by: 'note'; path: string } | { by: 'due'; bucket: DueBucket } | { by: 'coach' };

/** A group of actions, without a label (see the module comment). */
export interface ActionGroup {
  /** Stable across answers: `client:<name>`, `note:<path>` or `due:<bucket>`. */
  id: string;
  key: GroupKey;
  actions: readonly ActionRow[];
}

export interface QueryAnswer {
  groups: ActionGroup[];
  /** Every action the query shows, in order (the groups hold the same actions). */
  actions: readonly ActionRow[];
  /** Open actions that pass the query's client and text filters. */
  open: number;
  /** Of those, the ones due before today. */
  overdue: number;
  /** Every action the query shows. */
  total: number;
}

/** `YYYY-MM-DD` plus `days`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return t.toISOString().slice(0, 10);
}

/** The Sunday that ends the (ISO, Monday-first) week of `date`. */
export function endOfWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay(); // 0 = Sunday
  return addDays(date, weekday === 0 ? 0 : 7 - weekday);
}

export function dueBucket(due: string | null, today: string): DueBucket {
  if (due === null) return 'none';
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= endOfWeek(today) ? 'week' : 'later';
}

/** True for an open action due before `today`. */
export function isOverdue(action: Pick<ActionRow, 'status' | 'due'>, today: string): boolean {
  return action.status === 'open' && action.due !== null && action.due < today;
}

/** The file's name without folder and `.md`. */
export function noteName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.replace(/\.md$/i, '');
}

/** Rows in the query's order (the index keeps its rows sorted; this is for rows from elsewhere). */
export function sortRows(rows: readonly ActionRow[]): ActionRow[] {
  return sortActionRows(rows);
}

/** The sorted rows of session records (for tests and the benchmark, which have no index). */
export function recordRows(records: Iterable<SessionRecord>): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const record of records) for (const row of entryRows(entryFromRecord(record, record.file, ''))) rows.push(row);
  return sortRows(rows);
}

function matches(action: ActionRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const hay = `${action.text}\n${action.client ?? ''}\n${noteName(action.path)}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** The query over actions already in order (filtering keeps the order). */
export function queryActions(sorted: readonly ActionRow[], query: ActionQuery, today: string): QueryAnswer {
  const words = query.filter
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const client = query.client?.trim().toLowerCase() ?? null;
  const weekEnd = endOfWeek(today);
  const shown: ActionRow[] = [];
  // The coach's own tasks: shown apart, after the clients' actions, and left out of the counts.
  const coachShown: ActionRow[] = [];
  let open = 0;
  let overdue = 0;
  for (const action of sorted) {
    if (client !== null && (action.client ?? '').toLowerCase() !== client) continue;
    if (!matches(action, words)) continue;
    const late = isOverdue(action, today);
    const coach = action.owner === 'coach';
    if (action.status === 'open' && !coach) open += 1;
    if (late && !coach) overdue += 1;
    if (action.status !== 'open' && !query.showDone) continue;
    if (query.due === 'overdue' && !late) continue;
    if (query.due === 'week' && (action.due === null || action.due > weekEnd)) continue;
    (coach ? coachShown : shown).push(action);
  }
  const groups = group(shown, query.groupBy, today);
  if (coachShown.length > 0) groups.push({ id: 'coach', key: { by: 'coach' }, actions: coachShown });
  return { groups, actions: [...shown, ...coachShown], open, overdue, total: shown.length + coachShown.length };
}

/** Groups in one pass (a list per key), then orders the keys: clients by name with no client last, notes by path, due buckets by time. */
function group(actions: readonly ActionRow[], by: GroupBy, today: string): ActionGroup[] {
  const groups = new Map<string, ActionRow[]>();
  const keyOf = (a: ActionRow): string => (by === 'client' ? (a.client ?? '') : by === 'note' ? a.path : dueBucket(a.due, today));
  for (const a of actions) {
    const key = keyOf(a);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  let keys = [...groups.keys()];
  if (by === 'client')
    keys = keys
      .filter((k) => k !== '')
      .sort((a, b) => a.localeCompare(b))
      .concat(groups.has('') ? [''] : []);
  else if (by === 'note') keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  else keys = BUCKETS.filter((b) => groups.has(b));
  return keys.map((key): ActionGroup => {
    const list = groups.get(key) ?? [];
    if (by === 'client') return { id: `client:${key}`, key: { by, client: key === '' ? null : key }, actions: list };
    if (by === 'note') return { id: `note:${key}`, key: { by, path: key }, actions: list };
    return { id: `due:${key}`, key: { by, bucket: key as DueBucket }, actions: list };
  });
}
