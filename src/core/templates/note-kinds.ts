/**
 * The kinds of note in one coaching trajectory, and what the intake records about it, as GROW
 * Coach's templates write them into frontmatter:
 *
 * ```yaml
 * kind: intake                  # session | intake | midway | closing | iceberg
 * coaching_question: Rustiger voorzitten
 * goals:                        # the SMART goals, one a line
 *   - Voorzitten zonder het gesprek over te nemen, vóór 1 maart
 * criteria:                     # the sponsor's criteria for a green light
 *   - Het team komt in het overleg zelf met voorstellen
 * sponsor: Karin Mulder
 * scale_start: 4                # 0–10, where the client stands at the start
 * sessions_agreed: 6
 * frequency_weeks: 2
 * duration: 60                  # minutes (every session-like note)
 * paid: false                   # (every session-like note)
 * ```
 *
 * Only GROW sessions (`kind: session`) are numbered. The values are read from a note's
 * frontmatter as plain values (Obsidian's metadata cache gives them so; the CLI reads them with
 * {@link frontmatterValues}). Pure.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { findFrontmatter } from '../note/frontmatter-range';
import { splitLines } from '../note/lines';
import { tagsFromValue } from '../note/properties';

/** The kinds of note a trajectory holds; only `session` (a GROW session) is numbered. */
export const NOTE_KINDS = ['session', 'intake', 'midway', 'closing', 'iceberg'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The frontmatter keys of the trajectory, as documented in docs/templates.md. */
export const TRAJECTORY_KEYS = [
  'kind',
  'coaching_question',
  'goals',
  'criteria',
  'sponsor',
  'scale_start',
  'sessions_agreed',
  'frequency_weeks',
  'duration',
  'paid',
  'tags',
] as const;

/** A note's frontmatter as plain values: strings, numbers, booleans, lists of them. */
export type FrontmatterValues = Readonly<Record<string, unknown>>;

/** Tags the earlier templates (without `kind`) gave each kind of note. */
const KIND_TAGS: Readonly<Record<string, NoteKind>> = {
  intake: 'intake',
  intakegesprek: 'intake',
  tussenevaluatie: 'midway',
  'mid-way-evaluation': 'midway',
  midway: 'midway',
  driegesprek: 'closing',
  'closing-conversation': 'closing',
  'three-way-meeting': 'closing',
  ijsberg: 'iceberg',
  iceberg: 'iceberg',
};

function isNoteKind(value: unknown): value is NoteKind {
  return typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value);
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A list property: its items as one-line texts (a single text counts as a list of one). */
export function textList(value: unknown): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items.map(textOf).filter((t): t is string => t !== null && t !== '');
}

/** A number property: a number, or a text holding one (`"2"`, `7,5`); null otherwise. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d{1,4}(?:[.,]\d+)?)\s*$/.exec(value);
  return match?.[1] === undefined ? null : Number(match[1].replace(',', '.'));
}

/** A true/false property (`true`, `ja`, `yes`); null when it says neither. */
export function booleanOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (['true', 'ja', 'yes', 'j', 'y'].includes(text)) return true;
  if (['false', 'nee', 'no', 'n'].includes(text)) return false;
  return null;
}

/**
 * The kind of a note: its `kind` property, else the tag an earlier template gave it, else a GROW
 * session (a coaching note of no other kind is a conversation along GROW).
 */
export function noteKind(values: FrontmatterValues | null | undefined): NoteKind {
  if (!values) return 'session';
  const kind = typeof values.kind === 'string' ? values.kind.trim().toLowerCase() : values.kind;
  if (isNoteKind(kind)) return kind;
  const tags = values.tags;
  for (const tag of typeof tags === 'string' ? tagsFromValue(tags) : tagsFromValue(textList(tags))) {
    const found = KIND_TAGS[tag.replace(/^#/, '').toLowerCase()];
    if (found !== undefined) return found;
  }
  return 'session';
}

/** What an intake note records about the trajectory. */
export interface IntakeInfo {
  /** Vault path of the intake note. */
  file: string;
  date: string | null;
  coachingQuestion: string;
  goals: string[];
  criteria: string[];
  sponsor: string;
  /** Where the client stood at the start, 0–10, or null. */
  scaleStart: number | null;
  sessionsAgreed: number | null;
  frequencyWeeks: number | null;
  paid: boolean | null;
}

/** The trajectory an intake note's frontmatter records. */
export function intakeInfo(file: string, date: string | null, values: FrontmatterValues): IntakeInfo {
  const scale = numberOf(values.scale_start);
  const sessions = numberOf(values.sessions_agreed);
  const weeks = numberOf(values.frequency_weeks);
  return {
    file,
    date,
    coachingQuestion: textOf(values.coaching_question) ?? '',
    goals: textList(values.goals),
    criteria: textList(values.criteria),
    sponsor: textOf(values.sponsor) ?? '',
    scaleStart: scale !== null && scale >= 0 && scale <= 10 ? scale : null,
    sessionsAgreed: sessions !== null && sessions >= 1 ? Math.round(sessions) : null,
    frequencyWeeks: weeks !== null && weeks > 0 && weeks <= 52 ? weeks : null,
    paid: booleanOf(values.paid),
  };
}

function plain(node: unknown): unknown {
  if (isScalar(node)) {
    const value: unknown = node.value;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
  }
  if (isSeq(node)) return node.items.map((item) => (isScalar(item) ? plain(item) : null)).filter((v) => v !== null);
  return null;
}

/**
 * The trajectory keys of a note's frontmatter ({@link TRAJECTORY_KEYS}) as plain values, read
 * from the YAML document key by key (so `__proto__` or an alias bomb reaches nothing). A note
 * without frontmatter, or with frontmatter that is not valid YAML, gives an empty object.
 */
export function frontmatterValues(text: string): FrontmatterValues {
  const lines = splitLines(text);
  const range = findFrontmatter(lines);
  if (range === null) return {};
  const doc = parseDocument(lines.slice(range.startLine, range.endLine - 1).join('\n'), { prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return {};
  const values: Record<string, unknown> = {};
  for (const key of TRAJECTORY_KEYS) {
    const value = plain(doc.contents.get(key, true));
    if (value !== null && value !== undefined) values[key] = value;
  }
  return values;
}
