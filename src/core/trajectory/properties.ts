/**
 * The frontmatter keys of a trajectory (issue 15): what kind of note it is, the GROW session's
 * number, the intake's coaching question, SMART goals and the sponsor's criteria, and what the
 * hours log needs (`duration` in minutes, `paid`, `group`, `icf_consent`, `contact`). Read from the
 * `yaml` Document node by node, as `note/properties.ts` reads `client` and `date`, so keys such as
 * `__proto__` and alias bombs reach nothing. A value that is there but cannot be read is named in
 * a warning, never guessed.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { OutlineFrontmatter } from '../note/outline';

/** The kinds of note in one trajectory. Only GROW sessions carry a session number. */
export type NoteKind = 'intake' | 'session' | 'midway' | 'closing' | 'reflection';

export const NOTE_KINDS: readonly NoteKind[] = ['intake', 'session', 'midway', 'closing', 'reflection'];

export interface TrajectoryProperties {
  /** `kind`, or null when absent or not one of {@link NOTE_KINDS}. */
  kind: NoteKind | null;
  /** `session`: the GROW session's number (a whole number from 1). */
  session: number | null;
  coachingQuestion: string | null;
  goals: string[];
  criteria: string[];
  /** `duration` in minutes (more than 0). */
  duration: number | null;
  /** `paid`: true, false, or null when absent. */
  paid: boolean | null;
  /** `group`: the number of people coached together (1 or more). */
  group: number | null;
  /** `icf_consent`: false means the client is not to be listed on the ICF log. */
  icfConsent: boolean | null;
  /** `contact` (else `email`, else `phone`): the ICF log's contact information. */
  contact: string | null;
  /** Values that are there but cannot be read, each naming the key and what was found. */
  problems: string[];
}

export const NO_PROPERTIES: TrajectoryProperties = {
  kind: null,
  session: null,
  coachingQuestion: null,
  goals: [],
  criteria: [],
  duration: null,
  paid: null,
  group: null,
  icfConsent: null,
  contact: null,
  problems: [],
};

/** The value of a scalar node (strings, numbers, booleans, dates as `YYYY-MM-DD`), else undefined. */
function scalarValue(node: unknown): string | number | boolean | undefined {
  if (!isScalar(node)) return undefined;
  const value: unknown = node.value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

/** A plain value: a scalar, or a list of scalars. Maps and nested lists are left out. */
export type PlainValue = string | number | boolean | null | undefined | readonly unknown[];

function plainOf(node: unknown): PlainValue {
  if (node === null || node === undefined) return undefined;
  if (isSeq(node)) return node.items.map((item) => scalarValue(item)).filter((v) => v !== undefined);
  if (isScalar(node) && node.value === null) return null;
  return scalarValue(node);
}

const KIND_ALIASES: Readonly<Record<string, NoteKind>> = { 'mid-way': 'midway', mid_way: 'midway' };

function textOf(value: PlainValue): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

function listOf(value: PlainValue): string[] {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '')).filter((v) => v.length > 0);
  const one = textOf(value);
  return one === null ? [] : [one];
}

/** A number written as YAML reads it, or as text with a decimal comma (`52,5`). */
function numberOf(value: PlainValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(value);
  return match?.[1] === undefined ? null : Number(match[1].replace(',', '.'));
}

function booleanOf(value: PlainValue): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (['true', 'yes', 'ja', 'waar'].includes(word)) return true;
  if (['false', 'no', 'nee', 'onwaar'].includes(word)) return false;
  return undefined;
}

/**
 * The trajectory properties from plain values (what the YAML holds, or what Obsidian's metadata
 * cache gives): `get(key)` returns a scalar, a list of scalars, or undefined.
 */
export function trajectoryProperties(get: (key: string) => PlainValue): TrajectoryProperties {
  const problems: string[] = [];
  const present = (key: string): PlainValue => {
    const value = get(key);
    return value === null ? undefined : value;
  };
  const bad = (key: string, value: PlainValue, what: string) => problems.push(`${key}: ${JSON.stringify(value)} is not ${what}`);

  let kind: NoteKind | null = null;
  const rawKind = present('kind');
  if (rawKind !== undefined) {
    const word = String(textOf(rawKind) ?? '').toLowerCase();
    const found = KIND_ALIASES[word] ?? NOTE_KINDS.find((k) => k === word);
    if (found) kind = found;
    else bad('kind', rawKind, `one of ${NOTE_KINDS.join(', ')}`);
  }

  const whole = (key: string, min: number): number | null => {
    const raw = present(key);
    if (raw === undefined) return null;
    const n = numberOf(raw);
    if (n !== null && Number.isInteger(n) && n >= min) return n;
    bad(key, raw, `a whole number from ${min}`);
    return null;
  };
  const flag = (key: string): boolean | null => {
    const raw = present(key);
    if (raw === undefined) return null;
    const b = booleanOf(raw);
    if (b !== undefined && b !== null) return b;
    bad(key, raw, 'true or false');
    return null;
  };

  let duration: number | null = null;
  const rawDuration = present('duration');
  if (rawDuration !== undefined) {
    const n = numberOf(rawDuration);
    if (n !== null && n > 0) duration = n;
    else bad('duration', rawDuration, 'a number of minutes');
  }

  return {
    kind,
    session: whole('session', 1),
    coachingQuestion: textOf(present('coaching_question')),
    goals: listOf(present('goals')),
    criteria: listOf(present('criteria')),
    duration,
    paid: flag('paid'),
    group: whole('group', 1),
    icfConsent: flag('icf_consent'),
    contact: textOf(present('contact')) ?? textOf(present('email')) ?? textOf(present('phone')),
    problems,
  };
}

/** The trajectory properties of the frontmatter between the fences of `lines`. */
export function readTrajectoryProperties(lines: readonly string[], range: OutlineFrontmatter | null): TrajectoryProperties {
  if (range === null) return NO_PROPERTIES;
  const doc = parseDocument(lines.slice(range.startLine, range.endLine - 1).join('\n'), { prettyErrors: false });
  // Invalid YAML: `note/properties.ts` warns about it already; nothing here is read from it.
  if (doc.errors.length > 0) return NO_PROPERTIES;
  const contents: unknown = doc.contents;
  if (!isMap(contents)) return NO_PROPERTIES;
  return trajectoryProperties((key) => plainOf(contents.get(key, true)));
}
