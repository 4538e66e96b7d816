/**
 * What the action list (`action-list.ts`), its rows (`row.ts`) and its events (`list-events.ts`)
 * share: the actions and groups it shows, and what it needs from its host.
 */
import type { Language } from '../../core/i18n';
import type { ActionRow } from '../../core/actions/action-index';
import type { GroupBy } from '../../core/actions/query';
import type { LintReason } from '../../core/trajectory/lint';

/** One action as the list shows it: the index's row and a key that stays while it keeps its line. */
export interface ListAction extends ActionRow {
  /** `path` and `line`. */
  id: string;
}

/** A group of actions under one heading. */
export interface ListGroup {
  id: string;
  label: string;
  /** `overdue` draws the heading in the error colour. */
  tone?: 'overdue';
  actions: readonly ListAction[];
}

export interface ListDeps {
  language(): Language;
  /** Today as `YYYY-MM-DD` (local time). */
  today(): string;
  /** Draws an action's text into `el` as safe markdown (see `safe-markdown.ts`). */
  renderText(text: string, el: HTMLElement, sourcePath: string): void;
  /** Called when a row's checkbox changes. */
  toggle(action: ListAction, done: boolean): void;
  /** Opens the note at the action's line; `newTab` for Mod-click / Mod-Enter. */
  open(action: ListAction, newTab: boolean): void;
  /** Follows a link inside an action's text. */
  followLink(href: string, sourcePath: string, newTab: boolean): void;
  /** True when the event asks for a new tab (Mod-click). */
  isNewTab(evt: MouseEvent | KeyboardEvent): boolean;
  /** Why an action will be hard to follow up (action lint: a vague phrase, no owner); empty when nothing. */
  lint?(action: ListAction): readonly LintReason[];
}

export interface ListOptions {
  /** What the groups are: the client is then not repeated on each row, and so on. */
  groupBy: GroupBy;
  /** Rows shown per group before "Show more". */
  pageSize?: number;
  /** Rows drawn across all groups before further groups start collapsed. */
  rowBudget?: number;
}
