/**
 * The values a template is rendered with. A session starts where the last one ended, so the
 * context carries the client's session number and the actions still open from that client's
 * earlier sessions, each with the note and line it was agreed in. A trajectory hangs together,
 * so it also carries what the client's intake recorded (coaching question, SMART goals, the
 * sponsor's criteria, the agreed number and frequency of sessions): the GROW session shows the
 * trajectory's goal, the mid-way evaluation and the closing three-way meeting show the goals,
 * and the next session date follows the agreed frequency. Only GROW sessions are numbered.
 */
import { addOffset } from './date-format';
import { safeFileName } from './file-names';
import { intakeInfo, noteKind, type FrontmatterValues, type IntakeInfo } from './note-kinds';
import type { Language } from '../i18n';
import type { ActionOwner } from '../note/owner';
import type { ActionStatus } from '../note/session';

export type { IntakeInfo } from './note-kinds';

/** Weeks between sessions when the intake agreed none. */
export const DEFAULT_FREQUENCY_WEEKS = 2;

/** An open action from an earlier session, as the review at the top of a new session lists it. */
export interface OpenActionRef {
  text: string;
  /** `YYYY-MM-DD` or null. */
  due: string | null;
  /** True when the due date lies before the session date. */
  overdue: boolean;
  /** Vault-relative path of the note the action was agreed in. */
  file: string;
  /** 1-based line of the task in that note. */
  line: number;
  /** The date of that note, or null. */
  sessionDate: string | null;
}

/** What `{{…}}` can refer to in a template. */
export interface TemplateContext {
  /** The client's name as the coach wrote it, on one line. */
  client: string;
  /**
   * The client's note name: the target of the `client` link in frontmatter and the client's
   * folder. The link target of the client's latest earlier note when there is one (so `anna`
   * continues in `Anna`'s folder), else the name made safe for a file.
   */
  clientNote: string;
  /** The session date, `YYYY-MM-DD`. */
  date: string;
  /** The time the note was made, `HH:mm`. */
  time: string;
  /** That client's earlier GROW sessions plus one (intake, mid-way, closing and iceberg notes are not counted). */
  sessionNumber: number;
  /** How many GROW sessions that client had before this note. */
  sessionsHeld: number;
  /** The client's latest intake before this note (what it recorded), or null. */
  intake: IntakeInfo | null;
  /** The next session's date, `YYYY-MM-DD`: the agreed frequency on (two weeks without one). */
  nextSession: string;
  /** Whether sessions are paid, as the intake says (false when it says nothing). */
  paid: boolean;
  /** The coach's own open tasks from that client's earlier notes (`[owner:: coach]`, `### Voor de coach`). */
  coachTasks: OpenActionRef[];
  /** The coach's name (a setting), possibly empty. */
  coach: string;
  language: Language;
  openActions: OpenActionRef[];
}

/** The part of a Will action the context needs (a `WillAction` fits). */
export interface ActionLike {
  line: number;
  text: string;
  status: ActionStatus;
  due: string | null;
  /** Absent: the client's. */
  owner?: ActionOwner;
}

/** The part of a coaching note the context needs (a `SessionRecord` fits). */
export interface SessionNoteLike {
  file: string;
  client: string | null;
  date: string | null;
  actions: readonly ActionLike[];
  /**
   * The note's frontmatter as plain values (its `kind`, and an intake's `goals`, `criteria`, …;
   * see `note-kinds.ts`), or absent when the caller has none: then the note counts as a GROW
   * session. Only the client's own notes need it.
   */
  properties?: FrontmatterValues | null;
}

export interface TemplateContextInput {
  client: string;
  date: string;
  time?: string;
  coach?: string;
  language: Language;
  /** The vault's coaching notes (every client: this function picks the client's own). */
  sessionNotes: readonly SessionNoteLike[];
  /** A note to leave out, e.g. the open note a block is inserted into. */
  excludeFile?: string;
}

/** Line breaks and control characters would let a value start a heading or a task: make them spaces. */
export function singleLine(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function clientKey(name: string): string {
  return singleLine(name).normalize('NFC').toLowerCase();
}

/**
 * True when a note's `client` (a link target, as the reader gives it) names this client: the name
 * as written, or its safe note name (what GROW Coach writes in the link). Case-insensitive, as
 * Obsidian's links are.
 */
export function isSameClient(noteClient: string | null, client: string): boolean {
  if (noteClient === null) return false;
  const key = clientKey(noteClient);
  return key === clientKey(client) || key === clientKey(safeFileName(singleLine(client)));
}

/**
 * A note counts as earlier when its date is on or before the session date; a note without a date
 * counts too (it exists, so it came first). The note being written does not exist yet.
 */
function isEarlier(note: SessionNoteLike, date: string): boolean {
  return note.date === null || note.date <= date;
}

function byDateThenFile(a: SessionNoteLike, b: SessionNoteLike): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Builds the context for one new note or block. Pure: the caller gathers the notes. */
export function buildTemplateContext(input: TemplateContextInput): TemplateContext {
  const client = singleLine(input.client);
  const earlier = input.sessionNotes
    .filter((note) => note.file !== input.excludeFile && isSameClient(note.client, client) && isEarlier(note, input.date))
    .sort(byDateThenFile);
  const openActions: OpenActionRef[] = [];
  const coachTasks: OpenActionRef[] = [];
  let sessionsHeld = 0;
  let intake: IntakeInfo | null = null;
  for (const note of earlier) {
    const kind = noteKind(note.properties);
    if (kind === 'session') sessionsHeld += 1;
    if (kind === 'intake' && note.properties) intake = intakeInfo(note.file, note.date, note.properties);
    for (const action of [...note.actions].sort((a, b) => a.line - b.line)) {
      if (action.status !== 'open') continue;
      const ref: OpenActionRef = {
        text: action.text,
        due: action.due,
        overdue: action.due !== null && action.due < input.date,
        file: note.file,
        line: action.line,
        sessionDate: note.date,
      };
      (action.owner === 'coach' ? coachTasks : openActions).push(ref);
    }
  }
  const latest = earlier[earlier.length - 1]?.client ?? null;
  const weeks = intake?.frequencyWeeks ?? DEFAULT_FREQUENCY_WEEKS;
  return {
    client,
    clientNote: safeFileName(latest ?? client),
    date: input.date,
    time: input.time ?? '',
    sessionNumber: sessionsHeld + 1,
    sessionsHeld,
    intake,
    nextSession: addOffset(input.date, `${Math.max(1, Math.round(weeks * 7))}d`),
    paid: intake?.paid === true,
    coachTasks,
    coach: singleLine(input.coach ?? ''),
    language: input.language,
    openActions,
  };
}
