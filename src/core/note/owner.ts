/**
 * Whose task a Will action is. Most are the client's: the next steps the client agreed to. Some
 * are the coach's own (plan the mid-way evaluation, send the article): they belong in the note,
 * but not among the client's actions and counts. A coach marks one in either of two ways:
 *
 * - an inline field on the task, as Dataview writes fields: `[owner:: coach]` or `(owner:: coach)`
 *   (`client` marks it the client's again, e.g. under a coach heading);
 * - a subheading under Will that names the coach: `### Coach`, `### Voor de coach`,
 *   `### For the coach`, `### Coachtaken`, `### Coach tasks`, `### Taken van de coach`.
 *
 * The field wins over the heading. Pure: the reader passes the lines and the headings.
 */

export type ActionOwner = 'client' | 'coach';

/** `[owner:: coach]` / `(owner:: client)`, any case, with the spaces Dataview allows. */
const OWNER_FIELD = /[[(]\s*owner\s*::\s*(coach|client|klant)\s*[\])]/iu;
const OWNER_FIELD_GLOBAL = /\s*[[(]\s*owner\s*::\s*(?:coach|client|klant)\s*[\])]/giu;

/** Heading texts (lower case, decoration removed) that name the coach's own tasks. */
export const COACH_HEADINGS: readonly string[] = [
  'coach',
  'de coach',
  'voor de coach',
  'for the coach',
  'coachtaken',
  'taken van de coach',
  'taken voor de coach',
  'coach tasks',
  "coach's tasks",
  'tasks for the coach',
];

/** The word every one of {@link COACH_HEADINGS} holds. */
export const COACH_WORD = 'coach';

/** Markup, emoji and trailing punctuation that decorate a heading. */
const DECORATION = /[*_~`=]|\p{Extended_Pictographic}|\ufe0f|\u200d/gu;

/** True when a heading names the coach's own tasks (`### Voor de coach`, `### **Coach:**`). */
export function isCoachHeading(heading: string): boolean {
  // Every coach heading holds the word (a cheap first test: most headings are no coach heading).
  if (!heading.toLowerCase().includes(COACH_WORD)) return false;
  const text = heading
    .replace(DECORATION, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s:.()-]+$/u, '')
    .replace(/^[-–—:\s]+/u, '');
  return COACH_HEADINGS.includes(text);
}

/** The owner a task's own text states, or null when it states none. */
export function ownerField(raw: string): ActionOwner | null {
  const value = OWNER_FIELD.exec(raw)?.[1]?.toLowerCase();
  if (value === undefined) return null;
  return value === 'coach' ? 'coach' : 'client';
}

/** The task text without its owner field, ends trimmed (the field is no part of what to do). */
export function withoutOwnerField(text: string): string {
  return OWNER_FIELD.test(text) ? text.replace(OWNER_FIELD_GLOBAL, '').replace(/\s+$/u, '').replace(/^\s+/u, '') : text;
}

/** A heading as the outline gives it: its 1-based line, level and text. */
export interface HeadingLike {
  line: number;
  level: number;
  text: string;
}

/** The marks of a note without a coach heading: no line is in a coach section. */
const NO_COACH_SECTION: readonly boolean[] = [];

/**
 * For each line (index = line number), true when the innermost headings above it include one
 * that names the coach's tasks (a `### Voor de coach` under `## Wil`, and what lies below it);
 * false or absent elsewhere. Most notes have no coach heading: they get no mark at all.
 */
export function coachSectionLines(headings: readonly HeadingLike[], lineCount: number): readonly boolean[] {
  if (!headings.some((h) => isCoachHeading(h.text))) return NO_COACH_SECTION;
  const marks = new Array<boolean>(lineCount + 2).fill(false);
  const sorted = [...headings].sort((a, b) => a.line - b.line);
  const stack: { level: number; coach: boolean }[] = [];
  let next = 0;
  let current = false;
  for (let line = 1; line <= lineCount; line += 1) {
    while (next < sorted.length && sorted[next]!.line === line) {
      const heading = sorted[next]!;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
      stack.push({ level: heading.level, coach: isCoachHeading(heading.text) });
      current = stack.some((h) => h.coach);
      next += 1;
    }
    marks[line] = current;
  }
  return marks;
}

/** The owner of one task: its field ({@link ownerField}), else the section it stands in. */
export function actionOwner(field: ActionOwner | null, inCoachSection: boolean): ActionOwner {
  return field ?? (inCoachSection ? 'coach' : 'client');
}
