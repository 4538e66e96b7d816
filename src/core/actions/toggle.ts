/**
 * The text edit that completes or reopens one Will action. Pure: the plugin runs it inside
 * `Vault.process`, so the text it sees is the note as it is at that moment, not as it was when the
 * dashboard was drawn. That is the lesson of the Tasks plugin's "wrong line toggled" bugs: check
 * the line first; when the note changed in between, find the action again by its text within the
 * note's Will section; when that is not certain, change nothing and say why.
 *
 * Exactly one line changes, and only its checkbox character and its completion marker. Line
 * endings (LF, CRLF, lone CR) and a byte-order mark are kept as they were.
 */
import { completionMarker, readActionText, removeCompletionMarkers } from '../note/dates';
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
}

export type ToggleResult =
  /** `text` is the whole note with the one line changed; `line` is where the action was found. */
  | { status: 'changed'; text: string; line: number }
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

/**
 * A list item's checkbox: container prefixes and indentation, the marker (or several, as in
 * `- - [ ] x`, a list that starts inside an item), `[`, the status, `]`.
 */
const CHECKBOX = /^([ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)+\[)([^\]\r\n])\]/;
/** A block reference at the end of a line (` ^abc-1`), which must stay last. */
const BLOCK_ID = /([ \t]+\^[A-Za-z0-9-]+[ \t]*)$/;

function isDone(char: string): boolean {
  return char === 'x' || char === 'X';
}

/** The start and end offsets (end excludes the line ending) of each line of `text`. */
function lineSpans(text: string, from: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      spans.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
      start = i + 1;
    }
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** The task's text on a raw line, or null when the line holds no task item. */
function taskText(line: string): string | null {
  const match = CHECKBOX.exec(line);
  if (!match) return null;
  const rest = line.slice(match[0].length);
  if (rest.length > 0 && !/^[ \t]/.test(rest)) return null;
  return readActionText(rest).text;
}

/** The line with its checkbox set to `done` and its completion marker added or removed. */
export function toggledLine(line: string, options: ToggleOptions): string {
  const match = CHECKBOX.exec(line);
  if (!match?.[1]) return line;
  const prefix = match[1];
  const rest = line.slice(match[0].length);
  const current = match[2] ?? ' ';
  // Already in the wanted state: leave the line exactly as the coach wrote it.
  if (options.done === isDone(current) && (options.done || current === ' ')) return line;
  if (!options.done) return `${prefix} ]${removeCompletionMarkers(rest)}`;
  let body = rest;
  if (options.addCompletionDate && readActionText(rest).completed === null) {
    const marker = ` ${completionMarker(options.today)}`;
    const blockId = BLOCK_ID.exec(body);
    if (blockId?.[1]) body = `${body.slice(0, blockId.index).trimEnd()}${marker}${blockId[1]}`;
    else {
      // Trailing white space stays after the marker: two spaces there are a hard line break.
      const trailing = /[ \t]*$/.exec(body)?.[0] ?? '';
      body = `${body.slice(0, body.length - trailing.length)}${marker}${trailing}`;
    }
  }
  return `${prefix}x]${body}`;
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
  const actions = locate ? locate(text) : null;
  if (actions !== null) {
    const unchanged = location.fingerprint !== undefined && location.fingerprint === noteFingerprint(text);
    const found = find(actions, location, unchanged);
    if ('failed' in found) return found.failed;
    line = found.line;
  } else {
    const current = lineText(location.line);
    if (current === null || taskText(current) !== location.text) {
      return { status: 'not-found', reason: locate ? 'unreadable' : 'gone' };
    }
    line = location.line;
  }

  const span = spans[line - 1];
  const before = lineText(line);
  if (span === undefined || before === null || taskText(before) !== location.text) {
    return { status: 'not-found', reason: 'gone' };
  }
  const after = toggledLine(before, options);
  if (after === before) return { status: 'unchanged', line };
  return { status: 'changed', text: text.slice(0, span.start) + after + text.slice(span.end), line };
}
