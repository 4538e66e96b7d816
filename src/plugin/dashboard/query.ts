/**
 * The dashboard's query: filter (client, words, done, due), group (client, due bucket, note) and
 * order (due date, undated last, then file and line: the CLI's order) the actions of the index.
 */
import type { Language } from '../../core/i18n';
import { ui } from '../i18n';
import { compareActions, type ActionRow } from '../../core/actions/action-index';
import type { SessionRecord } from '../../core/note/session';
import { noteName, type GroupBy, type ListAction, type ListGroup } from './action-list';

export type DueFilter = 'all' | 'overdue' | 'week';

export interface DashboardQuery {
  groupBy: GroupBy;
  /** Words that must all occur in the action's text, client or note name (case-insensitive). */
  filter: string;
  /** Only this client's actions (case-insensitive); null for all. */
  client: string | null;
  /** Include done and cancelled actions. */
  showDone: boolean;
  due: DueFilter;
}

export const DEFAULT_QUERY: DashboardQuery = { groupBy: 'client', filter: '', client: null, showDone: false, due: 'all' };

export interface QueryAnswer {
  groups: ListGroup[];
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

export type DueBucket = 'overdue' | 'today' | 'week' | 'later' | 'none';

export const BUCKETS: readonly DueBucket[] = ['overdue', 'today', 'week', 'later', 'none'];

export function dueBucket(due: string | null, today: string): DueBucket {
  if (due === null) return 'none';
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= endOfWeek(today) ? 'week' : 'later';
}

const BUCKET_LABEL = { overdue: 'bucketOverdue', today: 'bucketToday', week: 'bucketWeek', later: 'bucketLater', none: 'bucketNone' } as const;

/** The index's rows as the list's actions, in the CLI's order. */
export function sortRows(rows: readonly ActionRow[]): ListAction[] {
  return [...rows].sort(compareActions);
}

/** The rows of session records (for tests and the benchmark, which have no index). */
export function rowsOf(records: Iterable<SessionRecord>): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const record of records) {
    for (const a of record.actions) {
      rows.push({
        id: `${record.file}\u0000${a.line}`,
        path: record.file,
        line: a.line,
        text: a.text,
        statusChar: a.statusChar,
        status: a.status,
        due: a.due,
        completed: a.completed,
        client: record.client,
        date: record.date,
        ...(a.owner === 'coach' ? { owner: 'coach' as const } : {}),
        fingerprint: '',
      });
    }
  }
  return rows;
}

function matches(action: ListAction, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const hay = `${action.text}\n${action.client ?? ''}\n${noteName(action.path)}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function runQuery(records: Iterable<SessionRecord>, query: DashboardQuery, today: string, language: Language): QueryAnswer {
  return queryActions(sortRows(rowsOf(records)), query, today, language);
}

/** The query over actions already in order (filtering keeps the order). */
export function queryActions(sorted: readonly ListAction[], query: DashboardQuery, today: string, language: Language): QueryAnswer {
  const words = query.filter
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const client = query.client?.trim().toLowerCase() ?? null;
  const weekEnd = endOfWeek(today);
  const shown: ListAction[] = [];
  // The coach's own tasks: shown apart, after the clients' actions, and left out of the counts.
  const coachShown: ListAction[] = [];
  let open = 0;
  let overdue = 0;
  for (const action of sorted) {
    if (client !== null && (action.client ?? '').toLowerCase() !== client) continue;
    if (!matches(action, words)) continue;
    const late = action.status === 'open' && action.due !== null && action.due < today;
    const coach = action.owner === 'coach';
    if (action.status === 'open' && !coach) open += 1;
    if (late && !coach) overdue += 1;
    if (action.status !== 'open' && !query.showDone) continue;
    if (query.due === 'overdue' && !late) continue;
    if (query.due === 'week' && (action.due === null || action.due > weekEnd)) continue;
    (coach ? coachShown : shown).push(action);
  }
  const groups = group(shown, query.groupBy, today, language);
  if (coachShown.length > 0) groups.push({ id: 'coach', label: ui('groupCoach', language), actions: coachShown });
  return { groups, open, overdue, total: shown.length + coachShown.length };
}

function group(actions: readonly ListAction[], by: GroupBy, today: string, language: Language): ListGroup[] {
  const groups = new Map<string, ListAction[]>();
  const keyOf = (a: ListAction): string => (by === 'client' ? (a.client ?? '') : by === 'note' ? a.path : dueBucket(a.due, today));
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
  return keys.map((key) => {
    const list = groups.get(key) ?? [];
    if (by === 'client') return { id: `client:${key}`, label: key === '' ? ui('noClient', language) : key, actions: list };
    if (by === 'note') return { id: `note:${key}`, label: noteName(key), actions: list };
    const bucket = key as DueBucket;
    return { id: `due:${bucket}`, label: ui(BUCKET_LABEL[bucket], language), actions: list, ...(bucket === 'overdue' ? { tone: 'overdue' as const } : {}) };
  });
}
