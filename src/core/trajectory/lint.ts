/**
 * Action lint (issue 15): open Will actions that will be hard to follow up, named with the reason.
 * An action is vague when it has no due date and its text holds a vague verb ("nadenken over",
 * "proberen", "think about", "look into", …) as whole words, in any case. A concrete step with a
 * vague word in it ("Bel Jan om te kijken naar de planning") is named too when it has no date: a
 * date is the cheapest fix. The list is in both languages and the coach can add phrases (the
 * plugin's settings, the CLI's `--vague`). Lint only reads: it never changes a note.
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

export interface LintFinding {
  file: string;
  line: number;
  text: string;
  /** The vague phrase found. */
  phrase: string;
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

/** Why an action will be hard to follow up, or null: open, no due date and a vague phrase. */
export function lintAction(action: Pick<WillAction, 'status' | 'due' | 'text'>, phrases: readonly string[]): string | null {
  if (action.status !== 'open' || action.due !== null) return null;
  return vaguePhraseIn(action.text, phrases);
}

/** Every finding among the notes' actions, in note then line order. */
export function lintNotes(notes: readonly { path: string; actions: readonly WillAction[] }[], phrases: readonly string[]): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const note of [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    for (const action of note.actions) {
      const phrase = lintAction(action, phrases);
      if (phrase !== null) findings.push({ file: note.path, line: action.line, text: action.text, phrase });
    }
  }
  return findings;
}
