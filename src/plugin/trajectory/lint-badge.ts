/**
 * The dashboard's quiet lint badges (issue 15), one per reason the action lint gives
 * (`core/trajectory/lint.ts`): an open action without a due date whose text holds a vague verb
 * gets a small "vague" label, an open action without an owner in a note where the coach marks
 * owners a "no owner" label; the reason is the tooltip. The dashboard asks {@link lintReasonsOf}
 * through its list deps; the phrases are the built-in ones and the coach's own.
 */
import type { Language } from '../../core/i18n';
import type { IndexEntry } from '../../core/actions/entry';
import { lintReasons, marksOwners, vaguePhrases, type LintReason } from '../../core/trajectory/lint';
import type { WillAction } from '../../core/note/session';
import { ui } from '../i18n';

let memo: { key: string; phrases: string[] } | null = null;
/** Whether a note marks owners, per entry (an entry is replaced, never changed, when its note changes). */
const owners = new WeakMap<IndexEntry, boolean>();

/** The reasons `action` of the note `entry` will be hard to follow up; empty when none. */
export function lintReasonsOf(
  action: Pick<WillAction, 'status' | 'due' | 'text' | 'ownerBy'>,
  extra: readonly string[],
  entry: IndexEntry | null,
): LintReason[] {
  const key = extra.join('\u0000');
  if (memo?.key !== key) memo = { key, phrases: vaguePhrases(extra) };
  let marks = false;
  if (entry !== null) {
    marks = owners.get(entry) ?? marksOwners(entry.actions);
    owners.set(entry, marks);
  }
  return lintReasons(action, memo.phrases, marks);
}

/** The reasons as a key, for a row's signature. */
export function lintKey(reasons: readonly LintReason[]): string {
  return reasons.map((r) => (r.kind === 'vague' ? `v:${r.phrase}` : 'o')).join(',');
}

/** Draws the badges into a row's meta line. */
export function drawLintBadges(meta: HTMLElement, reasons: readonly LintReason[], language: Language): void {
  for (const reason of reasons) {
    const vague = reason.kind === 'vague';
    const tip = vague ? ui('lintTooltip', language, { phrase: reason.phrase }) : ui('lintOwnerTooltip', language);
    meta.createSpan({
      cls: `grow-lint ${vague ? 'grow-lint-vague' : 'grow-lint-owner'}`,
      text: ui(vague ? 'lintBadge' : 'lintOwnerBadge', language),
      attr: { 'aria-label': tip, title: tip },
    });
  }
}
