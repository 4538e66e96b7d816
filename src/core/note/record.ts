/**
 * Builds a {@link SessionRecord} from a note's lines and its {@link Outline}. Shared by every
 * reader, so that the reference reading and the fast paths can only differ in their outline.
 */
import type { Language } from '../i18n';
import { hasUnclosedFrontmatter } from './frontmatter-range';
import { mayStateMeasure, readMeasures, type MeasureLine, type MeasureProblem } from './measures';
import { actionOwner, coachSectionLines, ownerField, withoutOwnerField } from './owner';
import type { NoteProperties } from './properties';
import type { Outline, OutlineBlock } from './outline';
import { measureWarning, outsideWillWarning, unclosedFrontmatterWarning, type OutsideTask } from './reading-warnings';
import type { Phase, SessionRecord, WillAction } from './session';
import { CHECKBOX_AT_START, checkboxAt, ITEM_MARKER, statusOf, taskAtColumn } from './task-line';
import { headingPhase, vocabulary, type PhaseWords } from './vocabulary';

/** How a note is read: the coach's own phase words, and the language of the warnings. */
export interface ReadOptions {
  /** Words the coach adds per phase (setting, `--phase-words`, `.grow-coach.json`). */
  phaseWords?: PhaseWords;
  /** The language of the warnings; English when not given. */
  language?: Language;
}

/** The phase reader of the options: the built-in words plus the coach's. */
export function phaseReader(options: ReadOptions = {}): (heading: string) => Phase | null {
  const words = vocabulary(options.phaseWords);
  return (heading) => words.phaseOf(heading);
}

/** An inline tag as Obsidian reads it: `#` after white space or at the start, then a tag name. */
const INLINE_TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
/**
 * A cheap first test: a `#` at the start or after white space, followed by something other than
 * white space or `#` (every tag has that; a heading's `## ` has not).
 */
const MAY_HOLD_TAG = /(?:^|\s)#[^\s#]/;

/** For each line (index = line number), the phase of the innermost heading that names one. */
export function phasesByLine(outline: Outline, lineCount: number, phaseOf: (heading: string) => Phase | null = headingPhase): (Phase | null)[] {
  const phases = new Array<Phase | null>(lineCount + 2).fill(null);
  const stack: { level: number; phase: Phase | null }[] = [];
  const headings = [...outline.headings].sort((a, b) => a.line - b.line);
  let next = 0;
  let current: Phase | null = null;
  for (let line = 1; line <= lineCount; line += 1) {
    while (next < headings.length && headings[next]!.line === line) {
      const heading = headings[next]!;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
      stack.push({ level: heading.level, phase: phaseOf(heading.text) });
      current = null;
      for (let i = stack.length - 1; i >= 0 && current === null; i -= 1) current = stack[i]!.phase;
      next += 1;
    }
    phases[line] = current;
  }
  return phases;
}

/** The task on an item's line: its status character and raw text, or null when it is no task. */
export function taskAt(line: string, col: number): { statusChar: string; raw: string } | null {
  const box = checkboxAt(line, col);
  return box === null ? null : { statusChar: box.statusChar, raw: line.slice(box.bodyStart).trim() };
}

/** The Will action a task line holds, or null when the line holds no words and no fields. */
export function actionOf(line: string, col: number, lineNumber: number): WillAction | null {
  const task = taskAtColumn(line, col);
  if (task === null || task.body.trim().length === 0) return null;
  const f = task.fields;
  return {
    line: lineNumber,
    statusChar: task.statusChar,
    status: statusOf(task.statusChar),
    text: task.description,
    due: f.due,
    completed: f.done,
    scheduled: f.scheduled,
    start: f.start,
    created: f.created,
    cancelled: f.cancelled,
    priority: f.priority,
    recurrence: f.recurrence,
    taskId: f.id,
    dependsOn: f.dependsOn,
  };
}

function blockText(lines: readonly string[], block: OutlineBlock): string {
  return lines
    .slice(block.startLine - 1, block.endLine)
    .map((l) => l.trimEnd())
    .join('\n');
}

/** The section's prose: its blocks, without headings, rules, prompts in callouts, or HTML comments. */
function sectionText(lines: readonly string[], blocks: OutlineBlock[]): string | null {
  const text = blocks
    .filter((b) => b.kind !== 'heading' && b.kind !== 'blockquote' && b.kind !== 'html' && b.kind !== 'thematicBreak')
    .map((b) => blockText(lines, b))
    .join('\n\n')
    .trim();
  return text.length > 0 ? text : null;
}

function optionsOf(lines: readonly string[], blocks: OutlineBlock[], outline: Outline, phases: (Phase | null)[]): string[] {
  const items: string[] = [];
  for (const item of outline.items) {
    if (!item.topLevel || phases[item.line] !== 'options') continue;
    const rest = (lines[item.line - 1] ?? '').slice(item.col).replace(ITEM_MARKER, '');
    const text = rest.replace(CHECKBOX_AT_START, '').trim();
    if (text.length > 0) items.push(text);
  }
  if (items.length > 0) return items;
  return blocks.filter((b) => b.kind === 'paragraph').map((b) => blockText(lines, b).trim());
}

/** The inline `#tags` of the note's blocks (code and HTML left out), in order, repeats kept. */
export function inlineTags(lines: readonly string[], blocks: readonly OutlineBlock[]): string[] {
  const tags: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    for (let l = block.startLine; l <= block.endLine; l += 1) {
      const line = lines[l - 1] ?? '';
      if (!line.includes('#') || !MAY_HOLD_TAG.test(line)) continue;
      INLINE_TAG.lastIndex = 0;
      for (let match = INLINE_TAG.exec(line); match !== null; match = INLINE_TAG.exec(line)) if (match[1]) tags.push(match[1]);
    }
  }
  return tags;
}

/**
 * The lines outside frontmatter, code and HTML where a coach may state scale and commitment (a
 * cheap test leaves out the lines that certainly state neither).
 */
export function proseLines(lines: readonly string[], blocks: OutlineBlock[]): MeasureLine[] {
  const out: MeasureLine[] = [];
  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    for (let l = block.startLine; l <= block.endLine; l += 1) {
      const text = lines[l - 1] ?? '';
      if (mayStateMeasure(text)) out.push({ line: l, text });
    }
  }
  return out;
}

/** The Will actions of a note: task items with text, first in their item, under a Will heading. */
export function willActions(lines: readonly string[], outline: Outline, phases: readonly (Phase | null)[] = phasesByLine(outline, lines.length)): WillAction[] {
  const actions: WillAction[] = [];
  let coachLines: readonly boolean[] | null = null;
  for (const item of outline.items) {
    if (!item.paragraphFirst || phases[item.line] !== 'will') continue;
    const action = actionOf(lines[item.line - 1] ?? '', item.col, item.line);
    if (action === null) continue;
    coachLines ??= coachSectionLines(outline.headings, lines.length);
    const raw = lines[item.line - 1] ?? '';
    const inCoachSection = coachLines[item.line] === true;
    const field = ownerField(raw);
    const owner = actionOwner(field, inCoachSection);
    const ownerBy = field !== null ? 'field' : inCoachSection ? 'heading' : null;
    action.text = withoutOwnerField(action.text);
    // Only the coach's own tasks carry `owner`: absent is the client's (see `WillAction.owner`).
    // Set on the action `actionOf` made (no spread: every action keeps one shape, which the sort and the listing read fast).
    if (owner === 'coach') action.owner = owner;
    if (ownerBy !== null) action.ownerBy = ownerBy;
    actions.push(action);
  }
  actions.sort((a, b) => a.line - b.line);
  return actions;
}

/**
 * The task items with text that are no Will action because of where they stand: under no heading,
 * under a heading that names no phase (`## Huiswerk`), or in a Goal or Reality section. A task in
 * Options is read as an option (an option ticked as chosen), so it is not left out. Tasks in code,
 * HTML comments or frontmatter are no list items in the outline, so they are never counted.
 */
export function outsideWillTasks(lines: readonly string[], outline: Outline, phases: readonly (Phase | null)[]): OutsideTask[] {
  const headings = [...outline.headings].sort((a, b) => a.line - b.line);
  const tasks: OutsideTask[] = [];
  for (const item of outline.items) {
    const phase = phases[item.line] ?? null;
    if (!item.paragraphFirst || phase === 'will' || phase === 'options') continue;
    const task = taskAt(lines[item.line - 1] ?? '', item.col);
    if (task === null || task.raw.length === 0) continue;
    let heading: (typeof headings)[number] | undefined;
    for (const h of headings) {
      if (h.line > item.line) break;
      heading = h;
    }
    tasks.push({
      line: item.line,
      heading: heading === undefined ? null : `${'#'.repeat(heading.level)} ${heading.text.trim()}`,
      headingLine: heading?.line ?? null,
      phase,
    });
  }
  tasks.sort((a, b) => a.line - b.line);
  return tasks;
}

/** The warnings about a note's frontmatter: invalid YAML, or a `---` first line that never closes. */
export function frontmatterWarnings(
  file: string,
  lines: readonly string[],
  props: NoteProperties,
  language: Language,
  unclosed = hasUnclosedFrontmatter(lines),
): string[] {
  const warnings = props.warning === null ? [] : [props.warning];
  if (unclosed) warnings.push(unclosedFrontmatterWarning(file, language));
  return warnings;
}

/** The warnings about a note's body: tasks outside Will, a scale or commitment out of range. */
export function bodyWarnings(file: string, outside: readonly OutsideTask[], problems: readonly MeasureProblem[], language: Language): string[] {
  const warnings: string[] = [];
  if (outside.length > 0) warnings.push(outsideWillWarning(file, outside, language));
  for (const problem of problems) warnings.push(measureWarning(file, problem, language));
  return warnings;
}

/** The record of one note, from its lines (BOM stripped), its outline and its frontmatter. */
export function buildRecord(file: string, lines: readonly string[], outline: Outline, props: NoteProperties, options: ReadOptions = {}): SessionRecord {
  const language = options.language ?? 'en';
  const phases = phasesByLine(outline, lines.length, phaseReader(options));
  const inPhase = (phase: Phase) => outline.blocks.filter((b) => phases[b.startLine] === phase);
  const actions = willActions(lines, outline, phases);
  const outside = outsideWillTasks(lines, outline, phases);
  const measures = readMeasures(proseLines(lines, outline.blocks));
  const tags = [...props.tags];
  for (const tag of inlineTags(lines, outline.blocks)) if (!tags.includes(tag)) tags.push(tag);
  return {
    file,
    client: props.client,
    date: props.date,
    type: props.type,
    tags,
    goal: sectionText(lines, inPhase('goal')),
    reality: sectionText(lines, inPhase('reality')),
    options: optionsOf(lines, inPhase('options'), outline, phases),
    actions,
    outside,
    scale: measures.scale,
    commitment: measures.commitment,
    warnings: [...frontmatterWarnings(file, lines, props, language), ...bodyWarnings(file, outside, measures.problems, language)],
  };
}
