/**
 * The dashboard's quiet lint badge (issue 15): an open action without a due date whose text holds
 * a vague verb gets a small "vague" label with the reason as its tooltip. The dashboard asks
 * {@link lintReason} through its list deps; the phrases are the built-in ones and the coach's own.
 */
import type { Language } from '../../core/i18n';
import { lintAction, vaguePhrases } from '../../core/trajectory/lint';
import type { WillAction } from '../../core/note/session';
import { ui } from '../i18n';

let memo: { key: string; phrases: string[] } | null = null;

/** The vague phrase that makes `action` hard to follow up, or null. */
export function lintReason(action: Pick<WillAction, 'status' | 'due' | 'text'>, extra: readonly string[]): string | null {
  const key = extra.join('\u0000');
  if (memo?.key !== key) memo = { key, phrases: vaguePhrases(extra) };
  return lintAction(action, memo.phrases);
}

/** Draws the badge into a row's meta line. */
export function drawLintBadge(meta: HTMLElement, phrase: string, language: Language): void {
  const tip = ui('lintTooltip', language, { phrase });
  meta.createSpan({ cls: 'grow-lint', text: ui('lintBadge', language), attr: { 'aria-label': tip, title: tip } });
}
