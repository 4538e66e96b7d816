/**
 * One row of the action list: its checkbox, its text, and its meta line (the badges, the client,
 * the session date, the link to the note). Drawn whole and put in place by the list's patcher;
 * redrawn only when its {@link rowSignature} changes.
 */
import type { Language } from '../../core/i18n';
import { noteName, type GroupBy } from '../../core/actions/query';
import { ui } from '../i18n';
import type { LintReason } from '../../core/trajectory/lint';
import { drawLintBadges, lintKey } from '../trajectory/lint-badge';
import { addTaskBadges } from './badges';
import type { ListAction } from './list-types';

/** What a row needs besides its action. */
export interface RowContext {
  today: string;
  language: Language;
  /** The list's grouping: the client is not repeated on each row when the rows are grouped by it, and so on. */
  groupBy: GroupBy;
  /** Draws an action's text into `el` as safe markdown (see `safe-markdown.ts`). */
  renderText(text: string, el: HTMLElement, sourcePath: string): void;
  /** Why the action lint finds this action hard to follow up (a quiet badge each); empty or absent when nothing. */
  lint?: readonly LintReason[];
}

/** The helpers Obsidian installs on every window (obsidian.d.ts declares them as globals only). */
interface ObsidianWindow {
  createFragment(): DocumentFragment;
}

/**
 * A row's content in one string: when it is unchanged, the row is not redrawn. Every field of the
 * action counts (but the fingerprint, which no row shows), so a field added to the action for a
 * new badge redraws its row without a change here.
 */
export function rowSignature(a: ListAction, today: string, language: Language, lint: readonly LintReason[] = []): string {
  const parts: unknown[] = [a.due !== null && a.due < today ? 'o' : a.due === today ? 't' : '', language, lintKey(lint)];
  for (const [key, value] of Object.entries(a)) if (key !== 'fingerprint') parts.push(value);
  return parts.join('\u0001');
}

/** The due date: in the error colour when overdue, marked when due today. */
function dueBadge(meta: HTMLElement, action: ListAction, { today, language }: RowContext): void {
  if (action.due === null) return;
  const overdue = action.status === 'open' && action.due < today;
  const isToday = action.due === today;
  const key = overdue ? 'dueOverdue' : isToday ? 'dueToday' : 'due';
  const badge = meta.createSpan({ cls: 'grow-due', text: ui(key, language, { date: action.due }) });
  badge.toggleClass('is-overdue', overdue);
  badge.toggleClass('is-today', isToday && !overdue);
}

/**
 * The row's badges, first on its meta line: one call per badge, in the order shown. A new badge
 * (priority, recurrence) is one more line here, drawing into `meta` with `createSpan`; its field
 * reaches the row through `WillAction` and `entryRows` (`core/actions/action-index.ts`), and the
 * row's signature counts it without a change.
 */
export function drawBadges(meta: HTMLElement, action: ListAction, context: RowContext): void {
  dueBadge(meta, action, context);
  addTaskBadges(meta, action, context.language);
  if (context.lint !== undefined) drawLintBadges(meta, context.lint, context.language);
}

/** Draws a row in a fragment of `list`'s window, not yet in the document: the caller puts it in place with one DOM change. */
export function drawRow(list: HTMLElement, action: ListAction, context: RowContext): HTMLElement {
  const { language, groupBy } = context;
  const done = action.status !== 'open';
  // Made in a fragment of the list's own window (Obsidian gives every window `createFragment`;
  // popouts and the benchmark have their own), so that putting it in place is the one change.
  const row = (list.win as unknown as ObsidianWindow)
    .createFragment()
    .createDiv({ cls: 'grow-row', attr: { role: 'listitem', tabindex: '0', 'data-id': action.id, 'data-file': action.path, 'data-line': action.line } });
  row.toggleClass('is-done', action.status === 'done');
  row.toggleClass('is-cancelled', action.status === 'cancelled');
  const label = ui(done ? 'reopenAction' : 'completeAction', language, { text: action.text });
  const box = row.createEl('input', {
    cls: 'task-list-item-checkbox grow-checkbox',
    type: 'checkbox',
    attr: { 'aria-label': label, 'data-task': action.statusChar },
  });
  box.checked = done;
  const main = row.createDiv({ cls: 'grow-row-main' });
  const text = main.createDiv({ cls: 'grow-row-text' });
  context.renderText(action.text, text, action.path);
  const meta = main.createDiv({ cls: 'grow-row-meta' });
  drawBadges(meta, action, context);
  // A coach's own task stands in a group of its own, so it always names its client.
  if (groupBy !== 'client' || action.owner === 'coach') meta.createSpan({ cls: 'grow-client', text: action.client ?? ui('noClient', language) });
  if (action.date !== null) meta.createSpan({ cls: 'grow-session-date', text: ui('session', language, { date: action.date }) });
  if (groupBy !== 'note') {
    meta.createEl('a', {
      cls: 'grow-note-link',
      text: noteName(action.path),
      attr: { href: '#', 'data-file': action.path, 'aria-label': `${ui('openNote', language)}: ${noteName(action.path)}` },
    });
  }
  return row;
}
