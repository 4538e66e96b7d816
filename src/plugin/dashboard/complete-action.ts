/**
 * Completes or reopens an action from the dashboard: `Vault.process` hands the note's text as it
 * is at that moment to `toggleAction` with the fingerprint of the text the row was read from (not
 * the index's newest), which checks the line, finds the action again if it moved,
 * and otherwise changes nothing; the coach is told why in a notice. The metadata cache's change
 * event then updates the index, and the row redraws itself (a recurring action's next occurrence
 * is a new line, so a new row).
 *
 * When the Tasks plugin is enabled, the line itself is handed to its public API
 * (`apiV1.executeToggleTaskDoneCommand`), so the coach's own Tasks settings apply; when it is not
 * there, fails, or answers in the other direction, GROW Coach's own tick (Tasks' defaults) is used.
 */
import { Notice, TFile } from 'obsidian';
import { localToday } from '../../core/note/dates';
import { ui } from '../i18n';
import { toggleAction, type ToggleResult } from '../../core/actions/toggle';
import type { ListAction } from './list-types';
import type { GrowCoachHost } from '../host';

interface TasksApiV1 {
  executeToggleTaskDoneCommand(line: string, path: string): string;
}

/** The Tasks plugin's API when that plugin is enabled, else null. */
export function tasksApi(app: unknown): TasksApiV1 | null {
  const plugins = (app as { plugins?: { enabledPlugins?: Set<string>; plugins?: Record<string, { apiV1?: Partial<TasksApiV1> } | undefined> } }).plugins;
  if (plugins?.enabledPlugins?.has('obsidian-tasks-plugin') !== true) return null;
  const api = plugins.plugins?.['obsidian-tasks-plugin']?.apiV1;
  return typeof api?.executeToggleTaskDoneCommand === 'function' ? (api as TasksApiV1) : null;
}

/** The lines the Tasks plugin writes for `line`, or null when it cannot say. */
function tasksRewrite(api: TasksApiV1 | null, path: string): ((line: string) => string[] | null) | undefined {
  if (api === null) return undefined;
  return (line) => {
    try {
      const out = api.executeToggleTaskDoneCommand(line, path);
      return typeof out === 'string' && out !== line ? out.split(/\r\n|\r|\n/) : null;
    } catch {
      return null;
    }
  };
}

/** What happened: `changed` wrote the line; the others wrote nothing. */
export type CompleteOutcome = ToggleResult['status'] | 'no-file' | 'error';

export async function completeAction(host: GrowCoachHost, action: ListAction, done: boolean): Promise<CompleteOutcome> {
  const language = host.language();
  const file = host.app.vault.getAbstractFileByPath(action.path);
  const name = action.path;
  if (!(file instanceof TFile)) {
    new Notice(ui('toggleNoFile', language, { file: name }));
    return 'no-file';
  }
  const location = { line: action.line, text: action.text, statusChar: action.statusChar, fingerprint: action.fingerprint };
  const options = { done, today: localToday(), addCompletionDate: host.settings.addCompletionDate, rewrite: tasksRewrite(tasksApi(host.app), action.path) };
  const locate = host.index.locate(action.path);
  let result: ToggleResult = { status: 'not-found', reason: 'gone' };
  try {
    await host.app.vault.process(file, (text) => {
      result = toggleAction(text, location, options, locate);
      return result.status === 'changed' ? result.text : text;
    });
  } catch (error) {
    new Notice(ui('toggleFailed', language, { file: name, error: error instanceof Error ? error.message : String(error) }));
    return 'error';
  }
  const outcome = result as ToggleResult;
  if (outcome.status === 'not-found') {
    const key = outcome.reason === 'unreadable' ? 'toggleUnreadable' : 'toggleGone';
    new Notice(ui(key, language, { file: name, text: action.text, line: action.line }));
  } else if (outcome.status === 'ambiguous') {
    new Notice(ui('toggleAmbiguous', language, { file: name, text: action.text, count: outcome.count }));
  }
  return outcome.status;
}
