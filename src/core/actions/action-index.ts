/**
 * The vault's coaching notes as {@link IndexEntry}s, by path, kept live by `set`, `delete` and
 * `rename`. Every change bumps {@link ActionIndex.revision} and tells the listeners which paths
 * changed, so views redraw only when something changed; a note saved with the same actions,
 * client, date, type and tags is no change. No query logic: the flattened rows of
 * {@link ActionIndex.allActions} are what queries start from.
 */
import type { IndexEntry } from './entry';
import type { WillAction } from '../note/session';
import type { ActionOwner } from '../note/owner';

/** One Will action (every field of it) with its note's path, client and date. */
export interface ActionRow extends WillAction {
  /** `path` and `line`. */
  id: string;
  path: string;
  client: string | null;
  date: string | null;
  /** Whose task: the client's, or the coach's own (kept out of the client's counts). Absent: the client's. */
  owner?: ActionOwner;
  /**
   * The fingerprint of the note's text this row was read from (kept current while the note's
   * actions stay as they are): a tick trusts the row's line among identical actions only if the
   * note still has it. `''` when the entry was read without one (the CLI).
   */
  fingerprint: string;
}

/**
 * The rows of one entry's actions, in file order: the one place a row is made. The fields are
 * copied one by one, the optional ones only where the reader set them (a spread makes rows a
 * third larger in memory and gives them many shapes, which slows the sort and every listing): a
 * field added to {@link WillAction} for a badge is added here too.
 */
export function entryRows(entry: IndexEntry): ActionRow[] {
  const { path, client, date, fingerprint } = entry;
  return entry.actions.map((a) => {
    const row: ActionRow = {
      id: `${path}\u0000${a.line}`,
      path,
      line: a.line,
      text: a.text,
      statusChar: a.statusChar,
      status: a.status,
      due: a.due,
      completed: a.completed,
      client,
      date,
      fingerprint,
    };
    // Hand-built actions may leave these out; the reader sets every one but the owner's two.
    if (a.scheduled !== undefined) row.scheduled = a.scheduled;
    if (a.start !== undefined) row.start = a.start;
    if (a.created !== undefined) row.created = a.created;
    if (a.cancelled !== undefined) row.cancelled = a.cancelled;
    if (a.priority !== undefined) row.priority = a.priority;
    if (a.recurrence !== undefined) row.recurrence = a.recurrence;
    if (a.taskId !== undefined) row.taskId = a.taskId;
    if (a.dependsOn !== undefined) row.dependsOn = a.dependsOn;
    if (a.owner !== undefined) row.owner = a.owner;
    if (a.ownerBy !== undefined) row.ownerBy = a.ownerBy;
    return row;
  });
}

/** Due date (undated last), then file, then line: the CLI's order. */
export function compareActions(a: ActionRow, b: ActionRow): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line;
}

/** True when the rows are in file order: by path, then line (as the CLI reads a vault: path by path). */
export function inFileOrder(rows: readonly ActionRow[]): boolean {
  for (let i = 1; i < rows.length; i += 1) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (a.path === b.path ? a.line >= b.line : a.path > b.path) return false;
  }
  return true;
}

/**
 * The rows in {@link compareActions} order, as a new array. Rows already in file order only need
 * a stable grouping by due date (each date's rows keep their order, the dates sorted, undated
 * last): the same order as the full sort, in linear time plus a sort of the distinct dates.
 */
export function sortActionRows(rows: readonly ActionRow[]): ActionRow[] {
  if (!inFileOrder(rows)) return [...rows].sort(compareActions);
  const byDue = new Map<string, ActionRow[]>();
  const undated: ActionRow[] = [];
  for (const row of rows) {
    if (row.due === null) {
      undated.push(row);
      continue;
    }
    const list = byDue.get(row.due);
    if (list === undefined) byDue.set(row.due, [row]);
    else list.push(row);
  }
  const out: ActionRow[] = [];
  for (const due of [...byDue.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) for (const row of byDue.get(due)!) out.push(row);
  for (const row of undated) out.push(row);
  return out;
}

/**
 * Every action of the entries in {@link compareActions} order, as an index holding them would
 * give them (`ActionIndex.sortedActions`), for a reader that asks once (the CLI): a path given
 * twice counts once, with its last entry, where it first came. Without the index's caches.
 */
export function sortedRowsOf(entries: Iterable<IndexEntry>): ActionRow[] {
  const byPath = new Map<string, IndexEntry>();
  for (const entry of entries) byPath.set(entry.path, entry);
  const rows: ActionRow[] = [];
  for (const entry of byPath.values()) for (const row of entryRows(entry)) rows.push(row);
  return sortActionRows(rows);
}

/** The tasks outside Will and the frontmatter state, as a key (what the reading's notices show). */
const noticeKey = (e: IndexEntry): string =>
  `${e.frontmatterUnclosed === true ? 'u' : ''}${(e.outside ?? []).map((t) => `${t.line}:${t.headingLine ?? ''}:${t.heading ?? ''}`).join('\n')}`;

/** True when the two entries show the same rows and notices (only the fingerprint may differ). */
function sameRows(a: IndexEntry, b: IndexEntry): boolean {
  if (a.client !== b.client || a.date !== b.date || a.type !== b.type || a.tags.join('\n') !== b.tags.join('\n') || a.actions.length !== b.actions.length)
    return false;
  if (noticeKey(a) !== noticeKey(b)) return false;
  return a.actions.every((x, i) => {
    const y = b.actions[i];
    return (
      y !== undefined &&
      x.line === y.line &&
      x.statusChar === y.statusChar &&
      x.text === y.text &&
      x.due === y.due &&
      x.completed === y.completed &&
      (x.owner ?? 'client') === (y.owner ?? 'client') &&
      x.ownerBy === y.ownerBy
    );
  });
}

/** The entry's open client actions (the coach's own tasks are no client's action); with `today`, only those due before it. */
const opens = (entry: IndexEntry, today?: string): number =>
  entry.actions.filter((a) => a.status === 'open' && a.owner !== 'coach' && (today === undefined || (a.due !== null && a.due < today))).length;

export type ChangeListener = (paths: readonly string[]) => void;

export class ActionIndex {
  private readonly byPath = new Map<string, IndexEntry>();
  private readonly listeners = new Set<ChangeListener>();
  private rows: ActionRow[] | null = null;
  /** Each entry's rows, made when first asked for. */
  private readonly rowCache = new Map<string, ActionRow[]>();
  /** Every row in {@link compareActions} order, and the paths changed since it was made. */
  private sorted: ActionRow[] | null = null;
  private readonly stale = new Set<string>();
  private count = 0;
  private open = 0;
  private late = 0;
  private lateDay = '';
  /** Bumped by every change. */
  revision = 0;

  /** Adds or replaces the entry at `entry.path`. */
  set(entry: IndexEntry): void {
    const old = this.byPath.get(entry.path);
    this.byPath.set(entry.path, entry);
    if (old !== undefined && sameRows(old, entry)) {
      // The same actions on the same lines (the coach typed prose): no change, only the new fingerprint.
      for (const row of this.rowCache.get(entry.path) ?? []) row.fingerprint = entry.fingerprint;
      return;
    }
    if (old !== undefined) this.tally(old, -1);
    this.tally(entry, 1);
    this.changed([entry.path]);
  }

  /** Removes the entry at `path`; false (and no change) when there was none. */
  delete(path: string): boolean {
    const old = this.byPath.get(path);
    if (old === undefined) return false;
    this.byPath.delete(path);
    this.tally(old, -1);
    this.changed([path]);
    return true;
  }

  /**
   * Moves the entry at `oldPath` to `newPath` (replacing any entry there); false (and no change)
   * when there was none at `oldPath`.
   */
  rename(oldPath: string, newPath: string): boolean {
    const old = this.byPath.get(oldPath);
    if (old === undefined) return false;
    if (oldPath === newPath) return true;
    const replaced = this.byPath.get(newPath);
    if (replaced !== undefined) this.tally(replaced, -1);
    this.byPath.delete(oldPath);
    this.byPath.set(newPath, { ...old, path: newPath });
    this.changed([oldPath, newPath]);
    return true;
  }

  get(path: string): IndexEntry | undefined {
    return this.byPath.get(path);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** The entries, in the order they were first set. */
  entries(): IterableIterator<IndexEntry> {
    return this.byPath.values();
  }

  /** How many notes the index holds. */
  get size(): number {
    return this.byPath.size;
  }

  /** How many actions the index holds. */
  get actionCount(): number {
    return this.count;
  }

  /** Open client actions (not the coach's own tasks), and of those the ones due before `today`. */
  counts(today: string): { open: number; overdue: number } {
    if (today !== this.lateDay) {
      this.lateDay = today;
      this.late = 0;
      for (const entry of this.byPath.values()) this.late += opens(entry, today);
    }
    return { open: this.open, overdue: this.late };
  }

  /** Calls `listener` with the changed paths after every change; returns the unsubscribe. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Every action of every note, flattened, in entry order then file order. Built once per
   * revision; the array is shared, so treat it as read-only.
   */
  allActions(): readonly ActionRow[] {
    if (this.rows !== null) return this.rows;
    const rows: ActionRow[] = [];
    for (const entry of this.byPath.values()) for (const row of this.rowsOf(entry)) rows.push(row);
    this.rows = rows;
    return rows;
  }

  /**
   * Every action in {@link compareActions} order; shared, so treat it as read-only. After a change
   * of a few notes, only their rows are taken out and put back in place (binary search), not
   * everything sorted again.
   */
  sortedActions(): readonly ActionRow[] {
    if (this.sorted !== null && this.stale.size === 0) return this.sorted;
    if (this.sorted === null || this.stale.size > 64) {
      this.sorted = sortActionRows(this.allActions());
    } else {
      const stale = this.stale;
      const rows = this.sorted.filter((row) => !stale.has(row.path));
      for (const path of stale) {
        const entry = this.byPath.get(path);
        for (const row of entry ? this.rowsOf(entry) : []) {
          let lo = 0;
          let hi = rows.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (compareActions(rows[mid] as ActionRow, row) < 0) lo = mid + 1;
            else hi = mid;
          }
          rows.splice(lo, 0, row);
        }
      }
      this.sorted = rows;
    }
    this.stale.clear();
    return this.sorted;
  }

  private rowsOf(entry: IndexEntry): ActionRow[] {
    let rows = this.rowCache.get(entry.path);
    if (rows === undefined) {
      rows = entryRows(entry);
      this.rowCache.set(entry.path, rows);
    }
    return rows;
  }

  private tally(entry: IndexEntry, sign: number): void {
    this.count += sign * entry.actions.length;
    this.open += sign * opens(entry);
    if (this.lateDay !== '') this.late += sign * opens(entry, this.lateDay);
  }

  /** Drops every entry (one change, with every path that was held). */
  clear(): void {
    if (this.byPath.size === 0) return;
    const paths = [...this.byPath.keys()];
    this.byPath.clear();
    this.count = 0;
    this.open = 0;
    this.late = 0;
    this.sorted = null;
    this.stale.clear();
    this.changed(paths);
  }

  private changed(paths: readonly string[]): void {
    this.rows = null;
    for (const path of paths) {
      this.rowCache.delete(path);
      if (this.sorted !== null) this.stale.add(path);
    }
    this.revision += 1;
    for (const listener of [...this.listeners]) listener(paths);
  }
}
