/**
 * Connects the Obsidian-free action list (`action-list.ts`) to Obsidian: the markdown
 * renderer, opening notes and links, completing actions.
 */
import { Keymap, MarkdownRenderer, TFile, type Component } from 'obsidian';
import { localToday } from '../../core/note/dates';
import { completeAction } from './complete-action';
import type { ActionList } from './action-list';
import type { ListAction, ListDeps } from './list-types';
import type { GrowCoachHost } from '../host';
import { disarmLinks, inertMarkdown, isPlainText } from './safe-markdown';
import { VIEW_TYPE_ACTIONS } from './view-type';
import { lintReasonsOf } from '../trajectory/lint-badge';

/** Opens the note at the action's line (0-based in `eState`), in a new tab when asked. */
export async function openAction(host: GrowCoachHost, action: ListAction, newTab: boolean): Promise<void> {
  const file = host.app.vault.getAbstractFileByPath(action.path);
  if (!(file instanceof TFile)) return;
  let leaf = host.app.workspace.getLeaf(newTab ? 'tab' : false);
  // Never replace the dashboard with the note: open it next to it.
  if (leaf.view.getViewType() === VIEW_TYPE_ACTIONS) leaf = host.app.workspace.getLeaf('tab');
  await leaf.openFile(file, { active: true, eState: { line: action.line - 1 } });
}

/** Draws an action's text: plain text as is, anything else through the markdown renderer, inert. */
export function renderActionText(host: GrowCoachHost, component: Component, text: string, el: HTMLElement, sourcePath: string): void {
  if (isPlainText(text)) {
    el.setText(text);
    return;
  }
  void MarkdownRenderer.render(host.app, inertMarkdown(text), el, sourcePath, component).then(() => disarmLinks(el));
}

export function listDeps(host: GrowCoachHost, component: Component, list: () => ActionList | null): ListDeps {
  return {
    language: () => host.language(),
    today: () => localToday(),
    renderText: (text, el, sourcePath) => renderActionText(host, component, text, el, sourcePath),
    toggle: (action, done) => {
      void completeAction(host, action, done).then((outcome) => {
        if (outcome !== 'changed') list()?.revert(action.id);
      });
    },
    open: (action, newTab) => void openAction(host, action, newTab),
    followLink: (href, sourcePath, newTab) => void host.app.workspace.openLinkText(href, sourcePath, newTab),
    isNewTab: (evt) => Keymap.isModEvent(evt) !== false,
    lint: (action) => lintReasonsOf(action, host.settings.vaguePhrases, host.index.entry(action.path)),
  };
}
