/**
 * The text edit that completes or reopens one Will action. Pure: the plugin runs it inside
 * `Vault.process`, so the text it sees is the note as it is at that moment, not as it was when the
 * dashboard was drawn. That is the lesson of the Tasks plugin's "wrong line toggled" bugs: check
 * the line first; when the note changed in between, find the action again by its text within the
 * note's Will section; when that is not certain, change nothing and say why.
 *
 * The line changes as the Tasks plugin changes it (see {@link toggledLines}): its checkbox, its
 * trailing done marker (in the line's own notation) and cancelled date; a recurring action gets
 * its next occurrence on a new line above. No other field moves, no word of the text is touched.
 * Line endings (LF, CRLF, lone CR) and a byte-order mark are kept as they were.
 */
import { dominantEol } from '../note/lines';
import { nextOccurrence } from '../note/recurrence';
import { isIsoDate, readTaskLine, statusTypeOf, type FieldToken, type Notation, type TaskLine } from '../note/task-line';
import type { WillAction } from '../note/session';
import { noteFingerprint } from './fingerprint';

/** Where the dashboard saw the action: its line, its text and its checkbox character then. */
export interface ActionLocation {
  /** 1-based line (a BOM adds no line). */
  line: number;
  /** The action's text as the readers give it (`WillAction.text`: dates removed, trimmed). */
  text: string;
  /** The status character when the action was read. */
  statusChar: string;
  /**
   * {@link noteFingerprint} of the note's text when the action was read. When the note still has
   * that fingerprint, the line is certain even among identical actions; when it changed, a line
   * that holds the same text may hold a copy the coach just typed, so identical texts are refused.
   */
  fingerprint?: string;
}

/** Kept here too for callers of the toggle; the index imports it from `fingerprint.ts`. */
export { noteFingerprint };

export interface ToggleOptions {
  /** True to complete the action (`[x]`), false to reopen it (`[ ]`). */
  done: boolean;
  /** Today as `YYYY-MM-DD`, for the completion marker. */
  today: string;
  /** Append ` ✅ today` when completing (and remove it when reopening, whatever this says). */
  addCompletionDate: boolean;
  /**
   * Another tick for the line (the Tasks plugin's own, with the coach's Tasks settings): the lines
   * that replace it, or null to use GROW Coach's built-in tick, which follows Tasks' defaults.
   */
  rewrite?: (line: string) => string[] | null;
}

export type ToggleResult =
  /**
   * `text` is the whole note with the action's line replaced by `written` (its toggled line, with
   * the next occurrence above it for a recurring action; none for `🏁 delete`); `line` is where
   * the action's own line now stands.
   */
  | { status: 'changed'; text: string; line: number; written: string[] }
  /** The action already has the wanted state: nothing to write. */
  | { status: 'unchanged'; line: number }
  | { status: 'not-found'; reason: NotFoundReason }
  /** More than one action has this text and none can be told apart from the others. */
  | { status: 'ambiguous'; count: number };

/** Why an action was not found; the plugin turns this into a sentence in the coach's language. */
export type NotFoundReason = 'gone' | 'unreadable';

/**
 * Reads the Will actions of a note's current text, or returns null when the note cannot be read
 * reliably (the plugin passes the fast scanner here, which declines notes it cannot read exactly).
 */
export type LocateActions = (text: string) => readonly WillAction[] | null;

function isDone(char: string): boolean {
  return statusTypeOf(char) === 'DONE';
}

interface Span {
  start: number;
  end: number;
  /** The line ending after the line (empty for the last line). */
  eol: string;
}

/** The start and end offsets (end excludes the line ending) of each line of `text`. */
function lineSpans(text: string, from: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
      spans.push({ start, end: i, eol: crlf ? '\r\n' : c === 13 ? '\r' : '\n' });
      if (crlf) i += 1;
      start = i + 1;
    }
  }
  spans.push({ start, end: text.length, eol: '' });
  return spans;
}

/** The task's description on a raw line, or null when the line holds no task item. */
function taskText(line: string): string | null {
  return readTaskLine(line)?.description ?? null;
}

/** A change to a line: replace `[start, end)` with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(line: string, edits: Edit[]): string {
  let out = line;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Removes a field with the white space before it. */
function removal(line: string, token: FieldToken): Edit {
  let start = token.start;
  while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start -= 1;
  return { start, end: token.end, text: '' };
}

/** The tokens that are Tasks fields (not tags or other inline fields), nearest the end first. */
function fieldTokens(task: TaskLine, kind: FieldToken['kind']): FieldToken[] {
  return task.tokens.filter((t) => t.kind === kind);
}

/** The done marker in the line's own notation: `✅ date`, `[completion:: date]` or `(completion:: date)`. */
export function doneMarker(notation: Notation, date: string): string {
  if (notation === 'dataview-brackets') return `  [completion:: ${date}]`;
  if (notation === 'dataview-parentheses') return ` (completion:: ${date})`;
  return ` \u2705 ${date}`;
}

/** An insertion of `marker` before the block id, else before the line's trailing white space (a hard break stays last). */
function append(line: string, task: TaskLine, marker: string): Edit {
  let at = task.blockIdStart;
  while (at > task.bodyStart && (line[at - 1] === ' ' || line[at - 1] === '\t')) at -= 1;
  return { start: at, end: at, text: marker };
}

function setStatus(task: TaskLine, char: string): Edit {
  return { start: task.prefix.length + 1, end: task.prefix.length + 1 + task.statusChar.length, text: char };
}

/** The next occurrence of a recurring action's line, or null when it does not recur (any more). */
function nextOccurrenceLine(line: string, task: TaskLine, today: string): string | null {
  const rule = task.fields.recurrence;
  if (rule === null) return null;
  const dates = task.tokens.filter((t) => t.kind === 'due' || t.kind === 'scheduled' || t.kind === 'start');
  // Tasks reads an impossible date as a date it cannot compute with, and writes no next occurrence.
  if (dates.some((t) => !isIsoDate(t.value))) return null;
  // A due date inside the sentence is Dataview's reading; Tasks computes without it.
  const next = nextOccurrence(rule, { ...task.fields, due: task.dueInText ? null : task.fields.due }, today);
  if (next === null) return null;
  const edits: Edit[] = [setStatus(task, ' ')];
  // As Tasks: a new occurrence has no done, cancelled or created date (Tasks' default adds no
  // created date), no id, no dependencies and no block id; its dates move by the rule.
  for (const token of task.tokens) {
    if (token.kind === 'done' || token.kind === 'cancelled' || token.kind === 'created' || token.kind === 'id' || token.kind === 'dependsOn')
      edits.push(removal(line, token));
    if (token.kind === 'due' || token.kind === 'scheduled' || token.kind === 'start') {
      const moved = next[token.kind];
      if (moved !== null && token === fieldTokens(task, token.kind)[0]) {
        edits.push({ start: token.start, end: token.end, text: line.slice(token.start, token.end).replace(/\d{4}-\d{2}-\d{2}/, moved) });
      }
    }
  }
  if (task.blockId !== null) {
    const tail = /[ \t]*$/.exec(line.slice(task.blockIdStart))?.[0] ?? '';
    edits.push({ start: task.blockIdStart, end: line.length - tail.length, text: '' });
  }
  return applyEdits(line, edits);
}

/**
 * The lines that replace a task line when it is completed (`done: true`) or reopened, as the Tasks
 * plugin writes them with its default settings: the next occurrence above the done line for a
 * recurring action, the done line left out for `🏁 delete`. The line itself is returned alone when
 * it already has the wanted state, and unchanged when it is no task line.
 */
export function toggledLines(line: string, options: ToggleOptions): string[] {
  const task = readTaskLine(line);
  if (task === null) return [line];
  const current = task.statusChar;
  // Already in the wanted state: leave the line exactly as the coach wrote it.
  if (options.done === isDone(current) && (options.done || current === ' ')) return [line];
  const done = fieldTokens(task, 'done')[0];
  const cancelled = fieldTokens(task, 'cancelled')[0];
  const edits: Edit[] = [setStatus(task, options.done ? 'x' : ' ')];
  if (cancelled) edits.push(removal(line, cancelled));
  if (!options.done) {
    if (done) edits.push(removal(line, done));
    return [applyEdits(line, edits)];
  }
  if (done && options.addCompletionDate) {
    // A done marker left on an open line is stale: today's replaces it where it stands.
    edits.push({ start: done.start, end: done.end, text: line.slice(done.start, done.end).replace(/\d{4}-\d{2}-\d{2}/, options.today) });
  } else if (done) edits.push(removal(line, done));
  else if (options.addCompletionDate) edits.push(append(line, task, doneMarker(task.notation, options.today)));
  const doneLine = applyEdits(line, edits);
  const next = nextOccurrenceLine(line, task, options.today);
  const out = next === null ? [doneLine] : [next, doneLine];
  // `🏁 delete`: the completed occurrence goes, the next one (if any) stays.
  return task.fields.onCompletion === 'delete' ? out.slice(0, -1) : out;
}

/** The done (or reopened) line of {@link toggledLines}: the one that was the action's own line. */
export function toggledLine(line: string, options: ToggleOptions): string {
  const lines = toggledLines(line, options);
  return lines[lines.length - 1] ?? '';
}

/** Picks the action the coach meant among the note's current actions, or says why it cannot. */
function find(actions: readonly WillAction[], location: ActionLocation, unchanged: boolean): { line: number } | { failed: ToggleResult } {
  const sameText = actions.filter((a) => a.text === location.text);
  if (sameText.length === 1 && sameText[0]) return { line: sameText[0].line };
  if (sameText.length === 0) return { failed: { status: 'not-found', reason: 'gone' } };
  // Several actions with this text: the line the coach saw is certain only if the note is as it was.
  const atLine = sameText.find((a) => a.line === location.line);
  if (atLine && unchanged) return { line: atLine.line };
  // Not even the status the coach saw tells them apart: the one ticked a moment ago has changed
  // status too, so "the open one" may well be the other action.
  return { failed: { status: 'ambiguous', count: sameText.length } };
}

/**
 * Completes (`done: true`) or reopens one action in a note's text. `locate` reads the note's
 * current Will actions; without it (or when it cannot read the note) only the line the dashboard
 * saw is trusted, and only when it still holds a task with the same text.
 */
export function toggleAction(text: string, location: ActionLocation, options: ToggleOptions, locate?: LocateActions): ToggleResult {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const spans = lineSpans(text, bom);
  const lineText = (n: number): string | null => {
    const span = spans[n - 1];
    return span === undefined ? null : text.slice(span.start, span.end);
  };

  let line: number;
  const unchanged = location.fingerprint !== undefined && location.fingerprint === noteFingerprint(text);
  const seen = lineText(location.line);
  // The note is as it was read: the line is certain, and no reading of the whole note is needed.
  const actions = unchanged && seen !== null && taskText(seen) === location.text ? null : locate ? locate(text) : null;
  if (actions !== null) {
    const found = find(actions, location, unchanged);
    if ('failed' in found) return found.failed;
    line = found.line;
  } else {
    if (seen === null || taskText(seen) !== location.text) {
      return { status: 'not-found', reason: locate ? 'unreadable' : 'gone' };
    }
    line = location.line;
  }

  const span = spans[line - 1];
  const before = lineText(line);
  if (span === undefined || before === null || taskText(before) !== location.text) {
    return { status: 'not-found', reason: 'gone' };
  }
  const builtIn = toggledLines(before, options);
  // Another tick is asked only for a real change, and only its answer in the same direction counts.
  const other = builtIn.length === 1 && builtIn[0] === before ? null : (options.rewrite?.(before) ?? null);
  const written = other !== null && other.some((l) => readTaskLine(l)?.statusType === (options.done ? 'DONE' : 'TODO')) ? other : builtIn;
  if (written.length === 1 && written[0] === before) return { status: 'unchanged', line };
  // A new occurrence goes above, ended as the line itself ends (or as the note mostly ends its lines).
  const eol = span.eol || dominantEol(text);
  // The action's own line: the toggled one (the other is its next occurrence, above or below it).
  const own =
    written.length <= 1
      ? 0
      : Math.max(
          0,
          written.findIndex((l) => readTaskLine(l)?.statusType === (options.done ? 'DONE' : 'TODO')),
        );
  const doneLine = line + own;
  const replaced = written.length === 0 ? '' : written.join(eol);
  let after: string;
  if (written.length > 0) after = text.slice(0, span.start) + replaced + text.slice(span.end);
  else if (span.eol !== '') after = text.slice(0, span.start) + text.slice(span.end + span.eol.length);
  else {
    // The last line goes with the line ending before it.
    const previous = spans[line - 2];
    after = previous === undefined ? text.slice(0, span.start) : text.slice(0, previous.end);
  }
  return { status: 'changed', text: after, line: doneLine, written };
}
