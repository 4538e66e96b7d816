/**
 * The list of actions that the dashboard view and the `grow-actions` code block share. It needs a
 * DOM with Obsidian's element helpers and nothing else from Obsidian: the markdown renderer, the
 * opening of notes and the completing of actions come in as functions, so the benchmark can draw
 * it in happy-dom.
 *
 * Two rules keep it fast with thousands of actions (issue 6):
 * - only what can be seen is drawn: each group shows a page of rows, and groups past a budget of
 *   rows start collapsed (their header and count only);
 * - an update is a keyed patch: a row whose action did not change is left alone, so ticking one
 *   action redraws one row (or removes it), never the list.
 *
 * This file is the keyed patcher (groups and rows by id, paging, collapsing); a row is drawn by
 * `row.ts`, and the events of every row and header are delegated in `list-events.ts`.
 */
import type { Language } from '../../core/i18n';
import { ui } from '../i18n';
import { listenToList, type ListTargets } from './list-events';
import type { ListAction, ListDeps, ListGroup, ListOptions } from './list-types';
import { drawRow, rowSignature } from './row';

export type { ListAction, ListDeps, ListGroup, ListOptions } from './list-types';

/** A screenful or two: more rows than fit are drawn when the coach asks for them. */
const PAGE_SIZE = 25;
const ROW_BUDGET = 50;

/** Puts `el` right after `prev` (first when null), touching the DOM only when it is not there yet. */
function placeAfter(parent: HTMLElement, el: HTMLElement, prev: HTMLElement | null): void {
  const at = prev === null ? parent.firstChild : prev.nextSibling;
  if (at !== el) parent.insertBefore(el, at);
}

interface RowState {
  el: HTMLElement;
  sig: string;
  action: ListAction;
}

interface GroupState {
  id: string;
  el: HTMLElement;
  header: HTMLElement;
  countEl: HTMLElement;
  labelEl: HTMLElement;
  rowsEl: HTMLElement;
  moreEl: HTMLElement | null;
  rows: Map<string, RowState>;
  group: ListGroup;
}

/**
 * A keyed, paged list of grouped actions inside `parent`. Call {@link setGroups} with the whole
 * answer of a query each time; it changes only what differs from what is drawn.
 */
export class ActionList implements ListTargets<GroupState> {
  readonly el: HTMLElement;
  private groups = new Map<string, GroupState>();
  /** Groups the coach opened or closed by hand, and how many rows each shows. */
  private readonly expanded = new Map<string, boolean>();
  private readonly shown = new Map<string, number>();
  private options: Required<ListOptions>;
  private sourcePath = '';
  /** Rows drawn by the last {@link setGroups}, for tests and the benchmark. */
  drawnRows = 0;
  /** Rows (re)drawn since the list was created, for tests and the benchmark. */
  rowRenders = 0;

  constructor(
    parent: HTMLElement,
    readonly deps: ListDeps,
    options: ListOptions,
  ) {
    this.options = { pageSize: PAGE_SIZE, rowBudget: ROW_BUDGET, ...options };
    this.el = parent.createDiv({ cls: 'grow-action-list', attr: { role: 'list' } });
    listenToList(this);
  }

  /** The note links inside action texts resolve relative to this path (the code block's note). */
  setSourcePath(path: string): void {
    this.sourcePath = path;
  }

  /** Changes how rows are drawn; the next {@link setGroups} redraws them all. */
  setOptions(options: ListOptions): void {
    const changed = options.groupBy !== this.options.groupBy;
    this.options = { ...this.options, ...options };
    if (changed) this.clear();
  }

  /** Removes every group and row (the next {@link setGroups} draws from scratch). */
  clear(): void {
    this.el.empty();
    this.groups.clear();
  }

  setGroups(groups: readonly ListGroup[]): void {
    // The focused row and the next: a redraw that replaces or removes the one focuses its successor.
    const rows = (): HTMLElement[] => Array.from(this.el.querySelectorAll<HTMLElement>('.grow-row'));
    const before = rows();
    const at = before.findIndex((r) => r.contains(this.el.doc.activeElement));
    this.patch(groups);
    if (at < 0 || before[at]?.isConnected) return;
    const now = rows();
    const find = (old?: HTMLElement): HTMLElement | undefined => now.find((r) => r.dataset.id === old?.dataset.id);
    (find(before[at]) ?? find(before[at + 1]))?.focus();
  }

  private patch(groups: readonly ListGroup[]): void {
    const today = this.deps.today();
    const language = this.deps.language();
    const next = new Map<string, GroupState>();
    let budget = this.options.rowBudget;
    // Stale groups go first, so that the walk below moves nothing that stays in order.
    const wanted = new Set(groups.map((g) => g.id));
    for (const [id, stale] of this.groups) {
      if (wanted.has(id)) continue;
      stale.el.remove();
      this.groups.delete(id);
    }
    let prev: HTMLElement | null = null;
    let drawn = 0;
    for (const group of groups) {
      let state = this.groups.get(group.id);
      if (state) this.groups.delete(group.id);
      else state = this.createGroup(group);
      state.group = group;
      // Keep the DOM in query order with as few moves as possible.
      placeAfter(this.el, state.el, prev);
      prev = state.el;
      next.set(group.id, state);

      const open = this.expanded.get(group.id) ?? budget > 0;
      const limit = open ? Math.min(group.actions.length, this.shown.get(group.id) ?? this.options.pageSize) : 0;
      budget -= limit;
      drawn += limit;
      this.patchGroup(state, group, open, limit, today, language);
    }
    this.groups = next;
    this.drawnRows = drawn;
  }

  private createGroup(group: ListGroup): GroupState {
    // Made inside the list, then put in place by `setGroups` (no global `createDiv`: the
    // benchmark and popout windows have their own document).
    const el = this.el.createDiv({ cls: 'grow-group', attr: { role: 'listitem', 'data-group': group.id } });
    const header = el.createDiv({ cls: 'grow-group-header', attr: { role: 'button', tabindex: '0', 'aria-expanded': 'true' } });
    header.createSpan({ cls: 'grow-group-chevron', attr: { 'aria-hidden': 'true' } });
    const labelEl = header.createSpan({ cls: 'grow-group-label' });
    const countEl = header.createSpan({ cls: 'grow-group-count' });
    const rowsEl = el.createDiv({ cls: 'grow-group-rows', attr: { role: 'list' } });
    return { id: group.id, el, header, countEl, labelEl, rowsEl, moreEl: null, rows: new Map(), group };
  }

  private patchGroup(state: GroupState, group: ListGroup, open: boolean, limit: number, today: string, language: Language): void {
    const label = group.label;
    if (state.labelEl.textContent !== label) state.labelEl.setText(label);
    const count = String(group.actions.length);
    if (state.countEl.textContent !== count) state.countEl.setText(count);
    state.header.toggleClass('grow-tone-overdue', group.tone === 'overdue');
    state.el.toggleClass('is-collapsed', !open);
    state.header.setAttribute('aria-expanded', String(open));

    const keep = new Map<string, RowState>();
    // Rows that leave go first (see setGroups): a tick that removes one row moves no other.
    const visible = new Set<string>();
    for (let i = 0; i < limit; i += 1) {
      const id = group.actions[i]?.id;
      if (id !== undefined) visible.add(id);
    }
    for (const [id, stale] of state.rows) {
      if (visible.has(id)) continue;
      stale.el.remove();
      state.rows.delete(id);
    }
    let prev: HTMLElement | null = null;
    for (let i = 0; i < limit; i += 1) {
      const action = group.actions[i];
      if (action === undefined) break;
      const sig = rowSignature(action, today, language, this.deps.lint?.(action));
      let row = state.rows.get(action.id);
      if (row) {
        state.rows.delete(action.id);
        if (row.sig !== sig) {
          const fresh = this.drawRow(action, today, language);
          row.el.replaceWith(fresh);
          row = { el: fresh, sig, action };
        } else row.action = action;
      } else {
        row = { el: this.drawRow(action, today, language), sig, action };
      }
      placeAfter(state.rowsEl, row.el, prev);
      prev = row.el;
      keep.set(action.id, row);
    }
    state.rows = keep;

    const rest = open ? group.actions.length - limit : 0;
    if (rest > 0) {
      const text = ui('more', language, { n: Math.min(rest, this.options.pageSize) });
      if (!state.moreEl) state.moreEl = state.el.createEl('button', { cls: 'grow-more' });
      if (state.moreEl.textContent !== text) state.moreEl.setText(text);
    } else if (state.moreEl) {
      state.moreEl.remove();
      state.moreEl = null;
    }
  }

  /** Draws a row, not yet in the document: the caller puts it in place with one DOM change. */
  private drawRow(action: ListAction, today: string, language: Language): HTMLElement {
    this.rowRenders += 1;
    return drawRow(this.el, action, {
      today,
      language,
      groupBy: this.options.groupBy,
      renderText: (text, el, sourcePath) => this.deps.renderText(text, el, sourcePath),
      lint: this.deps.lint?.(action) ?? [],
    });
  }

  rowOf(target: EventTarget | null): { action: ListAction; el: HTMLElement } | null {
    if (!(target instanceof Element)) return null;
    const el = target.closest<HTMLElement>('.grow-row');
    const groupEl = el?.closest<HTMLElement>('.grow-group');
    if (!el || !groupEl) return null;
    const group = this.groups.get(groupEl.dataset.group ?? '');
    const row = group?.rows.get(el.dataset.id ?? '');
    return row ? { action: row.action, el } : null;
  }

  groupOf(target: EventTarget | null): GroupState | null {
    if (!(target instanceof Element)) return null;
    const groupEl = target.closest<HTMLElement>('.grow-group');
    return this.groups.get(groupEl?.dataset.group ?? '') ?? null;
  }

  toggleGroup(group: GroupState): void {
    const open = !group.el.hasClass('is-collapsed');
    this.expanded.set(group.id, !open);
    this.redrawGroup(group);
  }

  showMore(group: GroupState): void {
    const shown = this.shown.get(group.id) ?? this.options.pageSize;
    this.shown.set(group.id, shown + this.options.pageSize);
    this.expanded.set(group.id, true);
    this.redrawGroup(group);
  }

  private redrawGroup(group: GroupState): void {
    const open = this.expanded.get(group.id) ?? !group.el.hasClass('is-collapsed');
    const limit = open ? Math.min(group.group.actions.length, this.shown.get(group.id) ?? this.options.pageSize) : 0;
    this.patchGroup(group, group.group, open, limit, this.deps.today(), this.deps.language());
  }

  /** Puts a row back as drawn (after a tick that changed nothing). */
  revert(actionId: string): void {
    for (const group of this.groups.values()) {
      const row = group.rows.get(actionId);
      if (!row) continue;
      row.el.removeClass('is-pending');
      const box = row.el.querySelector<HTMLInputElement>('input.grow-checkbox');
      if (box) box.checked = row.action.status !== 'open';
    }
  }
}
