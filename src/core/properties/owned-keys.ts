/**
 * The frontmatter keys GROW Coach owns (issue 3): flat, Properties-friendly values derived from a
 * {@link SessionRecord}, the same whichever shell (plugin or CLI) wrote them. A key whose section
 * or value is missing is absent, so a note never carries an empty `grow_*` key.
 */
import type { SessionRecord } from '../note/session';

/** Every owned key, in the order GROW Coach writes new ones. */
export const OWNED_KEYS = [
  'grow_goal',
  'grow_reality',
  'grow_options',
  'grow_actions',
  'grow_open',
  'grow_done',
  'grow_next_due',
  'grow_scale',
  'grow_commitment',
] as const;

export type OwnedKey = (typeof OWNED_KEYS)[number];

/**
 * The value of an owned key: text (`string`, written as a block scalar when it has several lines),
 * a list of text, a number, or a date (`YYYY-MM-DD`, written plain so Properties reads a date).
 */
export type OwnedValue =
  { kind: 'text'; value: string } | { kind: 'list'; value: string[] } | { kind: 'number'; value: number } | { kind: 'date'; value: string };

export interface OwnedProperty {
  key: OwnedKey;
  value: OwnedValue;
}

const OWNED = new Set<string>(OWNED_KEYS);

/** True for a key GROW Coach owns (and may rewrite or remove). */
export function isOwnedKey(key: string): key is OwnedKey {
  return OWNED.has(key);
}

/**
 * The owned keys of a record, in {@link OWNED_KEYS} order, each only when it has a value.
 * `grow_open`/`grow_done` are present when the Will section holds at least one action (so a
 * note whose actions are all done says `grow_open: 0`); `grow_actions` lists the open ones.
 */
export function ownedProperties(record: SessionRecord): OwnedProperty[] {
  const out: OwnedProperty[] = [];
  const text = (key: OwnedKey, value: string | null) => {
    if (value !== null && value.trim().length > 0) out.push({ key, value: { kind: 'text', value } });
  };
  const list = (key: OwnedKey, value: string[]) => {
    if (value.length > 0) out.push({ key, value: { kind: 'list', value: [...value] } });
  };
  const open = record.actions.filter((a) => a.status === 'open');
  const done = record.actions.filter((a) => a.status === 'done');
  text('grow_goal', record.goal);
  text('grow_reality', record.reality);
  list('grow_options', record.options);
  list(
    'grow_actions',
    open.map((a) => a.text),
  );
  if (record.actions.length > 0) {
    out.push({ key: 'grow_open', value: { kind: 'number', value: open.length } });
    out.push({ key: 'grow_done', value: { kind: 'number', value: done.length } });
  }
  const dues = open
    .map((a) => a.due)
    .filter((d): d is string => d !== null)
    .sort();
  if (dues[0] !== undefined) out.push({ key: 'grow_next_due', value: { kind: 'date', value: dues[0] } });
  if (record.scale !== null) out.push({ key: 'grow_scale', value: { kind: 'number', value: record.scale } });
  if (record.commitment !== null) out.push({ key: 'grow_commitment', value: { kind: 'number', value: record.commitment } });
  return out;
}
