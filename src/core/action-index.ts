/**
 * The vault's coaching notes as {@link IndexEntry}s, by path, kept live by `set`, `delete` and
 * `rename`. Every change bumps {@link ActionIndex.revision} and tells the listeners which paths
 * changed, so views redraw only when something changed. No query logic: the flattened rows of
 * {@link ActionIndex.allActions} are what queries start from.
 */
import type { IndexEntry } from './index-entry';
import type { ActionStatus } from './session';

/** One Will action with its note's path, client and date. */
export interface ActionRow {
  path: string;
  line: number;
  text: string;
  statusChar: string;
  status: ActionStatus;
  due: string | null;
  completed: string | null;
  client: string | null;
  date: string | null;
}

export type ChangeListener = (paths: readonly string[]) => void;

export class ActionIndex {
  private readonly byPath = new Map<string, IndexEntry>();
  private readonly listeners = new Set<ChangeListener>();
  private rows: ActionRow[] | null = null;
  private count = 0;
  /** Bumped by every change. */
  revision = 0;

  /** Adds or replaces the entry at `entry.path`. */
  set(entry: IndexEntry): void {
    const old = this.byPath.get(entry.path);
    if (old !== undefined) this.count -= old.actions.length;
    this.byPath.set(entry.path, entry);
    this.count += entry.actions.length;
    this.changed([entry.path]);
  }

  /** Removes the entry at `path`; false (and no change) when there was none. */
  delete(path: string): boolean {
    const old = this.byPath.get(path);
    if (old === undefined) return false;
    this.byPath.delete(path);
    this.count -= old.actions.length;
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
    if (replaced !== undefined) this.count -= replaced.actions.length;
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
    const rows: ActionRow[] = new Array<ActionRow>(this.count);
    let i = 0;
    for (const entry of this.byPath.values()) {
      for (const a of entry.actions) {
        rows[i] = {
          path: entry.path,
          line: a.line,
          text: a.text,
          statusChar: a.statusChar,
          status: a.status,
          due: a.due,
          completed: a.completed,
          client: entry.client,
          date: entry.date,
        };
        i += 1;
      }
    }
    this.rows = rows;
    return rows;
  }

  /** Drops every entry (one change, with every path that was held). */
  clear(): void {
    if (this.byPath.size === 0) return;
    const paths = [...this.byPath.keys()];
    this.byPath.clear();
    this.count = 0;
    this.changed(paths);
  }

  private changed(paths: readonly string[]): void {
    this.rows = null;
    this.revision += 1;
    for (const listener of [...this.listeners]) listener(paths);
  }
}
