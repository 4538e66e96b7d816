/**
 * The trajectory of one client (issue 15): every conversation note in date order with its kind,
 * number, scale, commitment and action counts; the intake's coaching question, SMART goals and the
 * sponsor's criteria; and the follow-through of the client's actions agreed in GROW sessions.
 *
 * Counting, one rule everywhere: the coach's own tasks (`owner: 'coach'`) are no client action and
 * are counted nowhere. `agreed` is the client's actions that still stand (`done` + `open`); a
 * cancelled action is counted as `cancelled` only, in neither `agreed` nor `done`. So a session's
 * follow-through is `done / agreed`, and the overall one adds up the GROW sessions (kind
 * `session`) only: the intake, the mid-way evaluation and the closing meeting agree no homework
 * to follow through on in the same sense.
 */
import type { WillAction } from '../note/session';
import { actionOwner, type TrajectoryNote } from './note';
import type { NoteKind } from './properties';

export interface ActionCounts {
  agreed: number;
  done: number;
  cancelled: number;
  open: number;
}

export interface TrajectorySession {
  file: string;
  date: string | null;
  kind: NoteKind;
  number: number | null;
  scale: number | null;
  commitment: number | null;
  actions: ActionCounts;
}

export interface FollowThrough {
  agreed: number;
  done: number;
  /** `done / agreed`, or null when nothing was agreed. */
  rate: number | null;
}

export interface OpenAction {
  file: string;
  line: number;
  text: string;
  due: string | null;
  date: string | null;
}

export interface Trajectory {
  client: string;
  coachingQuestion: string | null;
  goals: string[];
  criteria: string[];
  sessions: TrajectorySession[];
  followThrough: FollowThrough;
  /** The first and the last scale stated, in date order. */
  scale: { first: number | null; last: number | null };
  /** The client's open actions, oldest note first. */
  openActions: OpenAction[];
  /** The notes behind the sessions, in the same order (for the sponsor summary and the hours log). */
  notes: TrajectoryNote[];
  warnings: string[];
}

/** Client names compare as the CLI's `--client` and the dashboard do: trimmed, in any case. */
export function sameClient(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Date order (undated notes last), then session number, then file. */
export function compareNotes(a: TrajectoryNote, b: TrajectoryNote): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.number !== b.number) return (a.number ?? Infinity) - (b.number ?? Infinity);
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export function countActions(actions: readonly WillAction[]): ActionCounts {
  const mine = actions.filter((a) => actionOwner(a) === 'client');
  const done = mine.filter((a) => a.status === 'done').length;
  const open = mine.filter((a) => a.status === 'open').length;
  const cancelled = mine.filter((a) => a.status === 'cancelled').length;
  return { agreed: done + open, done, cancelled, open };
}

export function rateOf(done: number, agreed: number): number | null {
  return agreed === 0 ? null : done / agreed;
}

/** The trajectory of `client` from any notes (those of other clients and no conversation notes are left out). */
export function buildTrajectory(client: string, all: readonly TrajectoryNote[]): Trajectory {
  const notes = all.filter((n) => n.kind !== null && sameClient(n.client, client)).sort(compareNotes);
  const sessions: TrajectorySession[] = notes.map((n) => ({
    file: n.file,
    date: n.date,
    kind: n.kind as NoteKind,
    number: n.number,
    scale: n.scale,
    commitment: n.commitment,
    actions: countActions(n.actions),
  }));
  const grow = sessions.filter((s) => s.kind === 'session');
  const agreed = grow.reduce((sum, s) => sum + s.actions.agreed, 0);
  const done = grow.reduce((sum, s) => sum + s.actions.done, 0);
  const scales = notes.map((n) => n.scale).filter((s): s is number => s !== null);
  const intake = notes.find((n) => n.kind === 'intake');
  const warnings = notes.flatMap((n) => n.warnings);
  const intakes = notes.filter((n) => n.kind === 'intake');
  if (intakes.length > 1)
    warnings.push(`${client}: ${intakes.length} intake notes (${intakes.map((n) => n.file).join(', ')}); the goals come from ${intakes[0]?.file}`);
  const openActions: OpenAction[] = notes.flatMap((n) =>
    n.actions
      .filter((a) => a.status === 'open' && actionOwner(a) === 'client')
      .map((a) => ({ file: n.file, line: a.line, text: a.text, due: a.due, date: n.date })),
  );
  return {
    client: notes[0]?.client ?? client,
    coachingQuestion: intake?.properties.coachingQuestion ?? null,
    goals: intake?.properties.goals ?? [],
    criteria: intake?.properties.criteria ?? [],
    sessions,
    followThrough: { agreed, done, rate: rateOf(done, agreed) },
    scale: { first: scales[0] ?? null, last: scales[scales.length - 1] ?? null },
    openActions,
    notes,
    warnings,
  };
}

/** `client --json`: exactly the shape issue 15 gives. */
export function trajectoryJson(t: Trajectory): unknown {
  return {
    client: t.client,
    goals: t.goals,
    criteria: t.criteria,
    sessions: t.sessions.map((s) => ({
      file: s.file,
      date: s.date,
      kind: s.kind,
      number: s.number,
      scale: s.scale,
      commitment: s.commitment,
      actions: { agreed: s.actions.agreed, done: s.actions.done, cancelled: s.actions.cancelled, open: s.actions.open },
    })),
    followThrough: t.followThrough,
    scale: t.scale,
  };
}
