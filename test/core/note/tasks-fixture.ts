/**
 * The Tasks plugin's own readings and toggles of task lines (test/fixtures/tasks-plugin/task-lines.json),
 * and how GROW Coach's reading is put in the same shape to compare with them.
 */
import data from '../../fixtures/tasks-plugin/task-lines.json';
import { recurrenceText } from '../../../src/core/note/recurrence';
import { readTaskLine, type TaskLine } from '../../../src/core/note/task-line';

export interface TasksReading {
  statusChar: string;
  statusType: string;
  description: string;
  due: string | null;
  scheduled: string | null;
  start: string | null;
  created: string | null;
  done: string | null;
  cancelled: string | null;
  priority: string | null;
  recurrence: string | null;
  onCompletion: string;
  id: string;
  dependsOn: string[];
  blockLink: string;
  tags: string[];
}
export interface TasksCase {
  source: 'tasks-tests' | 'tasks-docs' | 'grow';
  line: string;
  format: 'tasksPluginEmoji' | 'dataview';
  read: TasksReading;
  today: string;
  toggled: string[];
  toggledRead: (TasksReading | null)[];
}
export const cases = (data as { cases: TasksCase[] }).cases;

/** Our reading in the shape of Tasks' reading (recurrence as rrule writes it, as Tasks stores it). */
export function asTasks(task: TaskLine): Omit<TasksReading, 'statusType' | 'tags'> {
  const f = task.fields;
  return {
    statusChar: task.statusChar,
    description: task.description,
    due: f.due,
    scheduled: f.scheduled,
    start: f.start,
    created: f.created,
    done: f.done,
    cancelled: f.cancelled,
    priority: f.priority,
    recurrence: f.recurrence === null ? null : recurrenceText(f.recurrence),
    onCompletion: f.onCompletion ?? '',
    id: f.id ?? '',
    dependsOn: f.dependsOn,
    blockLink: task.blockId === null ? '' : ` ^${task.blockId}`,
  };
}

/** Tasks' reading without what GROW Coach does not read itself (the status type name and Tasks' tag list). */
export function withoutType(r: TasksReading): Omit<TasksReading, 'statusType' | 'tags'> {
  const { statusType: _type, tags: _tags, ...rest } = r;
  return rest;
}

/**
 * Why GROW Coach reads a line differently from Tasks (with its default settings), or null:
 * - `due-in-sentence`: Dataview reads a due marker inside the sentence; Tasks reads none.
 * - `key-case`: Dataview reads `[Due:: …]` as `due`; Tasks reads lower-case keys only.
 * - `uppercase-x`: `[X]` is done for Obsidian and Dataview; Tasks' default statuses do not know it.
 * - `impossible-date`: `📅 2023-12-32` is no date for GROW Coach, which leaves it as written;
 *   Tasks writes `📅 Invalid date` into the line when it toggles it.
 */
export function deviation(c: TasksCase): 'due-in-sentence' | 'key-case' | 'uppercase-x' | 'impossible-date' | null {
  const ours = readTaskLine(c.line);
  if (c.read.statusChar === 'X') return 'uppercase-x';
  if ([c.read.due, c.read.scheduled, c.read.start].includes('Invalid date')) return 'impossible-date';
  if (/[[(] *[A-Z][A-Za-z]*:: /.test(c.line) && c.read.description.includes('::')) return 'key-case';
  if (ours?.dueInText) return 'due-in-sentence';
  return null;
}
