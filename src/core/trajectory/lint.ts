/**
 * Action lint (issue 15): open Will actions that will be hard to follow up, named with the reason.
 *
 * **Vague** (`kind: 'vague'`): no due date, and the text holds a vague verb ("nadenken over",
 * "proberen", "think about", "look into", …) as whole words, in any case. A concrete step with a
 * vague word in it ("Bel Jan om te kijken naar de planning") is named too when it has no date: a
 * date is the cheapest fix. The list is in both languages and the coach can add phrases (the
 * plugin's settings, the CLI's `--vague`).
 *
 * **No owner** (`kind: 'owner'`), only in a note where the coach marks owners. Most coaches let
 * the client be the owner by default and mark only their own tasks, with `[owner:: coach]` or
 * under a coach subheading of Will (`### Voor de coach`): then every action has an owner and
 * nothing is named. A note *marks owners* when one of its Will actions (open or not) carries the
 * field `[owner:: client]` / `(owner:: klant)` — a mark only a coach who writes every owner
 * writes, since the client is the default — and none of its actions stands under a coach
 * subheading without a field of its own (a coach subheading sorts the tasks by place: what stands
 * under it is the coach's, the rest the client's, and `[owner:: client]` under it is the
 * documented way back). In such a note an open action without an owner field is named "no owner".
 * The reader says how each owner was stated (`WillAction.ownerBy`). An action can be named for
 * both reasons: one finding each.
 *
 * Lint only reads: it never changes a note.
 */
import type { WillAction } from '../note/session';

/** Vague verbs and phrases, lower case, Dutch first, then English. */
export const VAGUE_PHRASES: readonly string[] = [
  'nadenken over',
  'denk na over',
  'denken over',
  'proberen',
  'probeer',
  'probeer te',
  'kijken naar',
  'kijk naar',
  'kijken of',
  'bezig zijn met',
  'bezig met',
  'bezighouden met',
  'werken aan',
  'werk aan',
  'aan de slag met',
  'overwegen',
  'overweeg',
  'verkennen',
  'oriënteren',
  'meer aandacht voor',
  'think about',
  'think over',
  'try to',
  'try and',
  'look into',
  'look at',
  'work on',
  'consider',
  'explore',
  'reflect on',
  'focus on',
  'be more',
  'get better at',
];

/** Why an action will be hard to follow up. */
export type LintReason = { kind: 'vague'; phrase: string } | { kind: 'owner' };

export interface LintFinding {
  file: string;
  line: number;
  text: string;
  /** `vague` (a vague phrase and no due date) or `owner` (no owner where the coach marks owners). */
  kind: LintReason['kind'];
  /** The vague phrase found; null for `owner`. */
  phrase: string | null;
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** The phrases to look for: the built-in ones and the coach's own (trimmed, lower case, no duplicates). */
export function vaguePhrases(extra: readonly string[] = []): string[] {
  const all = [...VAGUE_PHRASES, ...extra.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0)];
  // Longest first, so that "probeer te" is named rather than "probeer".
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

const cache = new Map<string, RegExp>();

function patternOf(phrase: string): RegExp {
  let re = cache.get(phrase);
  if (re === undefined) {
    re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'iu');
    if (cache.size > 512) cache.clear();
    cache.set(phrase, re);
  }
  return re;
}

/** The first vague phrase in `text`, or null. */
export function vaguePhraseIn(text: string, phrases: readonly string[]): string | null {
  for (const phrase of phrases) if (patternOf(phrase).test(text)) return phrase;
  return null;
}

/** The vague phrase that makes an action hard to follow up, or null: open, no due date and a vague phrase. */
export function lintAction(action: Pick<WillAction, 'status' | 'due' | 'text'>, phrases: readonly string[]): string | null {
  if (action.status !== 'open' || action.due !== null) return null;
  return vaguePhraseIn(action.text, phrases);
}

type OwnerFacts = Pick<WillAction, 'owner' | 'ownerBy'>;

/** True when the coach marks owners in a note with these actions (see the module comment). */
export function marksOwners(actions: readonly OwnerFacts[]): boolean {
  let clientField = false;
  for (const a of actions) {
    if (a.ownerBy === 'heading') return false;
    if (a.ownerBy === 'field' && a.owner !== 'coach') clientField = true;
  }
  return clientField;
}

/** True when an action has no owner in a note that marks owners (`marksOwners` of its note). */
export function lacksOwner(action: Pick<WillAction, 'status' | 'ownerBy'>, noteMarksOwners: boolean): boolean {
  return noteMarksOwners && action.status === 'open' && action.ownerBy === undefined;
}

/** Every reason an action of a note will be hard to follow up, vague first; empty when none. */
export function lintReasons(
  action: Pick<WillAction, 'status' | 'due' | 'text' | 'ownerBy'>,
  phrases: readonly string[],
  noteMarksOwners: boolean,
): LintReason[] {
  const reasons: LintReason[] = [];
  const phrase = lintAction(action, phrases);
  if (phrase !== null) reasons.push({ kind: 'vague', phrase });
  if (lacksOwner(action, noteMarksOwners)) reasons.push({ kind: 'owner' });
  return reasons;
}

/** Every finding among the notes' actions, in note then line order (for one action: vague, then owner). */
export function lintNotes(notes: readonly { path: string; actions: readonly WillAction[] }[], phrases: readonly string[]): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const note of [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const owners = marksOwners(note.actions);
    for (const action of note.actions) {
      for (const reason of lintReasons(action, phrases, owners))
        findings.push({ file: note.path, line: action.line, text: action.text, kind: reason.kind, phrase: reason.kind === 'vague' ? reason.phrase : null });
    }
  }
  return findings;
}

/** How many actions the findings name (an action named for two reasons counts once). */
export function lintedActions(findings: readonly LintFinding[]): number {
  return new Set(findings.map((f) => `${f.file}\u0000${f.line}`)).size;
}
