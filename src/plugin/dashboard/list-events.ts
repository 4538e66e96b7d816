/**
 * The action list's events, delegated: three listeners on the list element (click, keydown,
 * change) serve every group header, "Show more" button, row, checkbox and link in it, however
 * many rows are drawn and redrawn.
 */
import type { ListAction, ListDeps } from './list-types';

/** What the events need from the list: its groups and rows by element, and what to do with them. */
export interface ListTargets<G> {
  readonly el: HTMLElement;
  readonly deps: ListDeps;
  /** The group whose element holds `target`. */
  groupOf(target: EventTarget | null): G | null;
  /** The row (its drawn action and element) that holds `target`. */
  rowOf(target: EventTarget | null): { action: ListAction; el: HTMLElement } | null;
  toggleGroup(group: G): void;
  showMore(group: G): void;
}

/** Listens on `list.el` for every row and group in it. */
export function listenToList<G>(list: ListTargets<G>): void {
  list.el.addEventListener('click', (evt) => onClick(list, evt));
  list.el.addEventListener('keydown', (evt) => onKeyDown(list, evt));
  list.el.addEventListener('change', (evt) => onChange(list, evt));
}

function onClick<G>(list: ListTargets<G>, evt: MouseEvent): void {
  const target = evt.target;
  if (!(target instanceof Element)) return;
  if (target.instanceOf(HTMLInputElement) && target.type === 'checkbox') return;
  const group = list.groupOf(target);
  if (group && target.closest('.grow-group-header')) {
    list.toggleGroup(group);
    return;
  }
  if (group && target.closest('.grow-more')) {
    list.showMore(group);
    return;
  }
  const hit = list.rowOf(target);
  if (!hit) return;
  const link = target.closest('a');
  if (link && !link.hasClass('grow-note-link')) {
    // A link inside the action's text: an external one opens as links do anywhere in
    // Obsidian; an internal one is resolved from the action's note.
    if (!link.hasClass('internal-link')) return;
    evt.preventDefault();
    const href = link.getAttribute('data-href') ?? link.getAttribute('href') ?? '';
    list.deps.followLink(href, hit.action.path, list.deps.isNewTab(evt));
    return;
  }
  evt.preventDefault();
  list.deps.open(hit.action, list.deps.isNewTab(evt));
}

function onChange<G>(list: ListTargets<G>, evt: Event): void {
  const target = evt.target;
  if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
  const hit = list.rowOf(target);
  if (!hit) return;
  hit.el.addClass('is-pending');
  list.deps.toggle(hit.action, target.checked);
}

function onKeyDown<G>(list: ListTargets<G>, evt: KeyboardEvent): void {
  const target = evt.target;
  if (!(target instanceof HTMLElement)) return;
  if (target.hasClass('grow-group-header') && (evt.key === 'Enter' || evt.key === ' ')) {
    evt.preventDefault();
    const group = list.groupOf(target);
    if (group) list.toggleGroup(group);
    return;
  }
  if (!target.hasClass('grow-row')) {
    // From a row's checkbox or link, the arrows still move between rows.
    if ((evt.key === 'ArrowDown' || evt.key === 'ArrowUp') && target.closest('.grow-row')) moveFocus(list.el, target.closest<HTMLElement>('.grow-row'), evt);
    return;
  }
  const hit = list.rowOf(target);
  if (!hit) return;
  if (evt.key === 'Enter') {
    evt.preventDefault();
    list.deps.open(hit.action, list.deps.isNewTab(evt));
  } else if (evt.key === ' ') {
    evt.preventDefault();
    const box = target.querySelector<HTMLInputElement>('input.grow-checkbox');
    if (box) {
      box.checked = !box.checked;
      target.addClass('is-pending');
      list.deps.toggle(hit.action, box.checked);
    }
  } else if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
    moveFocus(list.el, target, evt);
  }
}

/** Moves the focus to the next or previous row or group header. */
function moveFocus(listEl: HTMLElement, from: HTMLElement | null, evt: KeyboardEvent): void {
  if (!from) return;
  const rows = Array.from(listEl.querySelectorAll<HTMLElement>('.grow-row, .grow-group-header'));
  const index = rows.indexOf(from);
  const next = rows[index + (evt.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    evt.preventDefault();
    next.focus();
  }
}
