/**
 * Quiet badges on a dashboard row for the Tasks plugin's fields that matter to a coach: the
 * priority (`⏫`, `[priority:: high]`) and a recurrence rule (`🔁 every week`). They show the
 * Tasks symbol the coach already knows, with the meaning in words for screen readers and on hover.
 */
import type { ActionRow } from '../../core/actions/action-index';
import type { Language } from '../../core/i18n';
import type { ActionPriority } from '../../core/note/session';

const SYMBOL: Record<ActionPriority, string> = { highest: '🔺', high: '⏫', medium: '🔼', low: '🔽', lowest: '⏬' };
const WORDS: Record<Language, { priority: string; levels: Record<ActionPriority, string>; repeats: string }> = {
  en: { priority: 'Priority', levels: { highest: 'highest', high: 'high', medium: 'medium', low: 'low', lowest: 'lowest' }, repeats: 'Repeats' },
  nl: { priority: 'Prioriteit', levels: { highest: 'hoogste', high: 'hoog', medium: 'normaal', low: 'laag', lowest: 'laagste' }, repeats: 'Herhaalt' },
};

/** Adds the priority and recurrence badges of `action` to a row's meta line. */
export function addTaskBadges(meta: HTMLElement, action: ActionRow, language: Language): void {
  const words = WORDS[language];
  const priority = action.priority ?? null;
  if (priority !== null) {
    const label = `${words.priority}: ${words.levels[priority]}`;
    meta.createSpan({ cls: 'grow-badge grow-priority', text: SYMBOL[priority], attr: { 'aria-label': label, title: label, 'data-priority': priority } });
  }
  const rule = action.recurrence ?? null;
  if (rule !== null) {
    const label = `${words.repeats}: ${rule}`;
    meta.createSpan({ cls: 'grow-badge grow-recurrence', text: `🔁 ${rule}`, attr: { 'aria-label': label, title: label } });
  }
}
