/**
 * What the vault index keeps of one coaching note: the few fields the dashboard and the CLI need,
 * not the whole {@link SessionRecord}. One builder for both shells, {@link entryFromText}: the fast
 * scanner first; where it refuses a note, the outline of the caller's fallback reader (the CLI:
 * remark under a size guard; the plugin: Obsidian's metadata cache). The properties come from the
 * text, or from the caller when it has them already (the plugin: the metadata cache). Strings are
 * copied out of the note's text, so an entry does not keep the text alive.
 */
import { inCoachingFolder, isCoachingNote, type CoachingRules } from '../note/coaching-rules';
import { readPropertiesFast } from '../note/properties-fast';
import { findFrontmatter, hasUnclosedFrontmatter } from '../note/frontmatter-range';
import { bodyLines, splitBom } from '../note/lines';
import { readMeasures } from '../note/measures';
import type { Outline } from '../note/outline';
import type { NoteProperties } from '../note/properties';
import {
  bodyWarnings,
  frontmatterWarnings,
  inlineTags,
  outsideWillTasks,
  phaseReader,
  phasesByLine,
  proseLines,
  willActions,
  type ReadOptions,
} from '../note/record';
import type { OutsideTask } from '../note/reading-warnings';
import { scanOutline, scanRefusal } from '../note/scan';
import type { SessionRecord, WillAction } from '../note/session';
import { noteFingerprint } from './fingerprint';

export interface IndexEntry {
  /** The note's path as given (vault-relative). */
  path: string;
  client: string | null;
  /** Frontmatter `date` as `YYYY-MM-DD`, or null. */
  date: string | null;
  type: string | null;
  tags: string[];
  /** {@link noteFingerprint} of the text the entry was read from; `''` when not asked for ({@link EntryOptions}). */
  fingerprint: string;
  /** The Will actions, in file order. */
  actions: WillAction[];
  /** Task items that are no action because of where they stand (a warning in the dashboard and the CLI). */
  outside?: OutsideTask[];
  /** Set (true) only when the note's `---` first line never closes (read as no frontmatter, with a warning). */
  frontmatterUnclosed?: true;
}

/** The note a fallback reader is given: its path, its text, the text without BOM, and its lines. */
export interface NoteText {
  path: string;
  text: string;
  body: string;
  lines: readonly string[];
}

/**
 * A slower reader of a note's outline, for the notes the scanner refuses; null when it cannot read
 * the note either.
 */
export type FallbackReader = (note: NoteText) => Outline | null;

/** The properties and every tag (frontmatter and inline) of a note, read by the caller already. */
export interface KnownProperties {
  properties: NoteProperties;
  tags: readonly string[];
}

/** How {@link entryFromText} reads: the record's options, and whether the entry needs a fingerprint. */
export interface EntryOptions extends ReadOptions {
  /**
   * False for a reader that never ticks an action from the entry (the CLI re-reads the note when
   * it ticks): the text is not hashed and the entry's fingerprint is `''`. True when not given.
   */
  fingerprint?: boolean;
}

export interface EntryResult {
  /** The entry, or null when the note is no coaching note (or could not be read at all). */
  entry: IndexEntry | null;
  /** True when the scanner refused the note and the fallback was asked. */
  usedFallback: boolean;
  /** Problems to show, each naming the file. */
  warnings: string[];
}

/**
 * A copy of `s` that does not share memory with the text it was cut from (V8 keeps a substring as
 * a slice of its parent, which would keep every indexed note's text alive).
 */
export function detach(s: string): string {
  return s.length < 13 ? s : `\u0000${s}`.slice(1);
}

function detachNullable(s: string | null): string | null {
  return s === null ? null : detach(s);
}

/** The index entry of a record read from a text with the given fingerprint. */
export function entryFromRecord(record: SessionRecord, path: string, fingerprint: string): IndexEntry {
  return {
    path,
    client: detachNullable(record.client),
    date: detachNullable(record.date),
    type: detachNullable(record.type),
    tags: record.tags.map(detach),
    fingerprint,
    actions: record.actions.map(detachAction),
    outside: (record.outside ?? []).map(detachOutside),
  };
}

function detachOutside(t: OutsideTask): OutsideTask {
  return { line: t.line, heading: detachNullable(t.heading), headingLine: t.headingLine, phase: t.phase };
}

/** A detached copy of the action, field by field (a spread would give the copies many shapes). */
function detachAction(a: WillAction): WillAction {
  const copy: WillAction = {
    line: a.line,
    statusChar: detach(a.statusChar),
    status: a.status,
    text: detach(a.text),
    due: detachNullable(a.due),
    completed: detachNullable(a.completed),
    scheduled: detachNullable(a.scheduled ?? null),
    start: detachNullable(a.start ?? null),
    created: detachNullable(a.created ?? null),
    cancelled: detachNullable(a.cancelled ?? null),
    priority: a.priority ?? null,
    recurrence: detachNullable(a.recurrence ?? null),
    taskId: detachNullable(a.taskId ?? null),
    dependsOn: (a.dependsOn ?? []).map(detach),
  };
  if (a.owner !== undefined) copy.owner = a.owner;
  if (a.ownerBy !== undefined) copy.ownerBy = a.ownerBy;
  return copy;
}

let tagCache: { tag: string; pattern: RegExp } | null = null;
/**
 * Finds every spelling whose lower case holds `tag` (ASCII letters, digits, `_/-`, none of them
 * special in a pattern): with `iu`, simple case folding also matches the Kelvin sign (lower-cased
 * to `k`), and matching a little more than needed only sends a note down the full path.
 */
function tagPattern(tag: string): RegExp {
  if (tagCache?.tag !== tag) tagCache = { tag, pattern: new RegExp(tag, 'iu') };
  return tagCache.pattern;
}

/**
 * False only when the note cannot be a coaching note whatever its structure: not in the coaching
 * folder, and its text holds neither the coaching type nor (in any case) the coaching tag. YAML
 * can spell a value without its characters (escapes, folded lines), so frontmatter with a
 * backslash, or a type with white space, or a tag that is not ASCII, always counts as maybe.
 */
export function mayBeCoaching(path: string, text: string, lines: readonly string[] | null, rules: CoachingRules): boolean {
  if (inCoachingFolder(path, rules)) return true;
  const type = rules.type.trim();
  if (type.length > 0 && (text.includes(type) || /\s/.test(type))) return true;
  const tag = rules.tag.replace(/^#/, '').trim().toLowerCase();
  if (tag.length > 0 && (!/^[a-z0-9_/-]*$/.test(tag) || tagPattern(tag).test(text))) return true;
  if (!text.includes('\\')) return false;
  const all = lines ?? bodyLines(splitBom(text).body);
  const fm = findFrontmatter(all);
  if (fm !== null) for (let i = fm.startLine; i < fm.endLine - 1; i += 1) if ((all[i] ?? '').includes('\\')) return true;
  return false;
}

/**
 * Reads one note for the index: the scanner, else `fallback`. A note neither can read is refused
 * with a warning that names it and says what to do; a note that is no coaching note gives no entry.
 * The result equals reading the note with `scanRecord` (or the fallback's outline) and keeping the
 * fields of {@link IndexEntry}, only faster: notes that cannot be coaching notes are not scanned,
 * and for the rest the record's prose (goal, reality, options, scale, commitment) is not built.
 *
 * With `known`, the note's properties and tags are not read from the text: they decide whether it
 * is a coaching note before anything is scanned, and they are what the entry holds.
 */
export function entryFromText(
  path: string,
  text: string,
  rules: CoachingRules,
  fallback: FallbackReader,
  known: KnownProperties | null = null,
  options: EntryOptions = {},
): EntryResult {
  const none: EntryResult = { entry: null, usedFallback: false, warnings: [] };
  if (known === null ? !mayBeCoaching(path, text, null, rules) : !isCoachingNote(path, { type: known.properties.type, tags: known.tags }, rules)) return none;
  const { body } = splitBom(text);
  const lines = bodyLines(body);
  let outline = scanOutline(body, lines);
  const usedFallback = outline === null;
  if (outline === null) {
    outline = fallback({ path, text, body, lines });
    if (outline === null) return refused(path, body);
  }
  // The scanner's frontmatter is findFrontmatter's; a fallback's may differ, so its lines are asked.
  const unclosed = usedFallback ? hasUnclosedFrontmatter(lines) : hasUnclosedFrontmatter(lines, outline.frontmatter);
  let props: NoteProperties;
  let tags: string[];
  if (known === null) {
    // The reference reading's frontmatter, or (where it found none) the fence rule the writer uses.
    props = readPropertiesFast(path, lines, usedFallback ? (outline.frontmatter ?? findFrontmatter(lines)) : outline.frontmatter);
    tags = [...props.tags];
    for (const tag of inlineTags(lines, outline.blocks)) if (!tags.includes(tag)) tags.push(tag);
  } else {
    props = known.properties;
    tags = [...known.tags];
  }
  const language = options.language ?? 'en';
  // Broken or unclosed frontmatter can hide the coaching tag or type: then the warning says why the note is not listed.
  if (known === null && !isCoachingNote(path, { type: props.type, tags }, rules)) {
    return { entry: null, usedFallback, warnings: frontmatterWarnings(path, lines, props, language, unclosed).map(detach) };
  }
  // Headings repeat from note to note (`## Wil`): the vocabulary works each one out once.
  const phases = phasesByLine(outline, lines.length, phaseReader(options));
  const outside = outsideWillTasks(lines, outline, phases);
  const entry: IndexEntry = {
    path,
    client: detachNullable(props.client),
    date: detachNullable(props.date),
    type: detachNullable(props.type),
    tags: tags.map(detach),
    fingerprint: options.fingerprint === false ? '' : noteFingerprint(text),
    actions: willActions(lines, outline, phases).map(detachAction),
    outside: outside.map(detachOutside),
    ...(unclosed ? { frontmatterUnclosed: true as const } : {}),
  };
  // The record's warnings, as the full reading gives them (the scale and commitment are read only for theirs).
  const { problems } = readMeasures(proseLines(lines, outline.blocks));
  const warnings = [...frontmatterWarnings(path, lines, props, language, unclosed), ...bodyWarnings(path, outside, problems, language)];
  return { entry, usedFallback, warnings: warnings.map(detach) };
}

function refused(path: string, body: string): EntryResult {
  const reason = scanRefusal(body) ?? 'an unusual construct';
  return {
    entry: null,
    usedFallback: true,
    warnings: [
      `${path}: not indexed: the fast reader declines this note (it holds ${reason}) and the full reader ` +
        'declines it too (too large or nested too deep to read in bounded time); split or simplify the note, then run this again',
    ],
  };
}
