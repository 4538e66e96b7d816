/**
 * The one reading of a task line for the whole code base: what sits before the checkbox, the
 * status character and its type, and the fields the Tasks plugin and Dataview put on the line.
 *
 * The rules follow the Tasks plugin with its default settings, reading both its notations at once
 * (its emoji format and its Dataview format), because a coach's vault often holds both:
 * - fields are read from the END of the line only, one after the other in any order, until none is
 *   left; a field inside the sentence is part of the sentence (`Celebrate the ✅ 2026-02-01
 *   milestone` has no completion date). Hashtags and other Dataview inline fields (`[owner:: coach]`)
 *   between the fields do not stop the reading; they stay in the description, as Tasks keeps tags.
 * - a block id (` ^abc-1`) at the very end is read first and is no part of the description.
 * - Dataview reads a `due` anywhere in the line; when no trailing field gives one, a due marker
 *   inside the sentence is read too (and stays in the description, where it is written).
 * - Dataview keys are read in any case (`[Due:: …]`), with spaces allowed inside the brackets.
 *
 * Reading never changes the line: every field carries its span, so a writer can change one field
 * and leave every other byte where it was.
 */
import type { ActionStatus } from './session';

/** The status types of the Tasks plugin. */
export type StatusType = 'TODO' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

/**
 * The type of a status character, as the Tasks plugin's default statuses read it: ` ` to do,
 * `x` done, `/` in progress, `-` cancelled. `X` is done too, as Obsidian, Dataview and the
 * Tasks plugin's "Core statuses" read it. Every other character (`>` forwarded, `<` scheduled,
 * `?` question, `!` important, …) is a status Tasks does not know by default and reads as to do:
 * the action is open.
 */
export function statusTypeOf(char: string): StatusType {
  if (char === 'x' || char === 'X') return 'DONE';
  if (char === '-') return 'CANCELLED';
  if (char === '/') return 'IN_PROGRESS';
  return 'TODO';
}

/** Where an action stands, from its status type: done, cancelled, or open (to do and in progress). */
export function statusOf(char: string): ActionStatus {
  const type = statusTypeOf(char);
  return type === 'DONE' ? 'done' : type === 'CANCELLED' ? 'cancelled' : 'open';
}

export type Priority = 'highest' | 'high' | 'medium' | 'low' | 'lowest';

/** How the line writes its fields: Tasks' emoji, or Dataview inline fields in brackets or parentheses. */
export type Notation = 'emoji' | 'dataview-brackets' | 'dataview-parentheses';

export type FieldKind = 'priority' | 'due' | 'scheduled' | 'start' | 'created' | 'done' | 'cancelled' | 'recurrence' | 'onCompletion' | 'id' | 'dependsOn';

/** One field found on the line, with its place (offsets into the whole line). */
export interface FieldToken {
  kind: FieldKind | 'tag' | 'inline';
  notation: Notation;
  /** Offset of the field's first character in the line (white space before it not included). */
  start: number;
  end: number;
  /** The value as written (a date, a rule text, an id list, a priority word or emoji). */
  value: string;
  /** For `inline`: the Dataview key as written. */
  key?: string;
}

export interface TaskFields {
  due: string | null;
  scheduled: string | null;
  start: string | null;
  created: string | null;
  done: string | null;
  cancelled: string | null;
  priority: Priority | null;
  recurrence: string | null;
  onCompletion: 'keep' | 'delete' | null;
  id: string | null;
  dependsOn: string[];
}

export interface TaskLine {
  /** Everything before `[`: indentation, quote or callout markers, list marker(s) and white space. */
  prefix: string;
  /** The character between the brackets. */
  statusChar: string;
  statusType: StatusType;
  /** Offset in the line just after `]`. */
  bodyStart: number;
  /** The text after the checkbox, as written (leading white space and trailing white space included). */
  body: string;
  /** The description as Tasks reads it: trailing fields and block id taken out, tags and other inline fields kept. */
  description: string;
  fields: TaskFields;
  /** Dataview inline fields that are no Tasks field (`[owner:: coach]`), key lower-cased, in line order. */
  inlineFields: Record<string, string>;
  /** True when `fields.due` comes from a due marker inside the sentence (Dataview's reading; Tasks reads none). */
  dueInText: boolean;
  /** ` ^abc` at the end, without the space, or null. */
  blockId: string | null;
  /** Offset of the white space before the block id (the line's end when there is none). */
  blockIdStart: number;
  /** Every field read from the end, right to left. */
  tokens: FieldToken[];
  notation: Notation;
}

const LIST_MARKER = '(?:[-*+]|\\d{1,9}[.)])[ \\t]+';
const BOX = '\\[([^\\]\\r\\n])\\](?=[ \\t]|$)';
/**
 * A task item's start: container prefixes and indentation, the list marker (or several, as in
 * `- - [ ] x`, a list that starts inside an item), `[`, one status character, `]`, then white space
 * or the end of the line. Tabs are white space as in CommonMark (and Obsidian).
 */
export const TASK_START = new RegExp(`^([ \\t>]*(?:${LIST_MARKER})+)${BOX}`, 'u');
/** One item's list marker at the start of the text (white space before it allowed). */
export const ITEM_MARKER = new RegExp(`^[ \\t]*${LIST_MARKER}`, 'u');
/** A checkbox right at the start of an item's text (after its list marker). */
export const CHECKBOX_AT_START = new RegExp(`^${BOX}`, 'u');

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const ID = '[a-zA-Z0-9-_]+';
const IDS = `${ID}(?: *, *${ID} *)*`;

function emoji(symbols: string, value: string | null): RegExp {
  return new RegExp(`(?:${symbols})\\uFE0F?${value === null ? '' : ` *${value}`}$`, 'u');
}
/** A Dataview inline field ending the text: `[key:: value]` or `(key:: value)`, spaces inside allowed. */
function dataview(key: string, value: string): RegExp {
  return new RegExp(`(?:\\[ *${key}:: *${value} *\\]|\\( *${key}:: *${value} *\\))(?: *,)?$`, 'iu');
}

export interface FieldRule {
  kind: FieldKind;
  patterns: RegExp[];
  /** The symbols the emoji pattern needs (it is not tried on a line without one of them). */
  symbols?: string[];
}

/** In the order Tasks tries them on each pass. */
const RULES: FieldRule[] = [
  { kind: 'priority', patterns: [emoji('🔺|⏫|🔼|🔽|⏬', null), dataview('priority', '(highest|high|medium|low|lowest)')] },
  { kind: 'done', patterns: [emoji('✅', DATE), dataview('completion', DATE)] },
  { kind: 'cancelled', patterns: [emoji('❌', DATE), dataview('cancelled', DATE)] },
  { kind: 'due', patterns: [emoji('📅|📆|🗓', DATE), dataview('due', DATE)] },
  { kind: 'scheduled', patterns: [emoji('⏳|⌛', DATE), dataview('scheduled', DATE)] },
  { kind: 'start', patterns: [emoji('🛫', DATE), dataview('start', DATE)] },
  { kind: 'created', patterns: [emoji('➕', DATE), dataview('created', DATE)] },
  { kind: 'recurrence', patterns: [emoji('🔁', '([a-zA-Z0-9, !]+)'), dataview('repeat', '([a-zA-Z0-9, !]+?)')] },
  { kind: 'onCompletion', patterns: [emoji('🏁', '([a-zA-Z]+)'), dataview('onCompletion', '([a-zA-Z]+)')] },
  { kind: 'id', patterns: [emoji('🆔', `(${ID})`), dataview('id', `(${ID})`)] },
  { kind: 'dependsOn', patterns: [emoji('⛔', `(${IDS})`), dataview('dependsOn', `(${IDS})`)] },
];
for (const rule of RULES) rule.symbols = /^\(\?:([^)]*)\)/.exec(rule.patterns[0]!.source)?.[1]?.split('|') ?? [];
/** The longest symbol of each rule, in UTF-16 code units. */
const SYMBOL_LENGTH = RULES.map((rule) => Math.max(0, ...(rule.symbols ?? []).map((symbol) => symbol.length)));
/** The field rules, for the test that holds {@link lastSymbol}'s shortcut to the patterns. */
export const FIELD_RULES: readonly Readonly<FieldRule>[] = RULES;
const TAG_AT_END = /(?:^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$/u;
/** Any other Dataview inline field at the end: `[key:: value]` / `(key:: value)`. */
const INLINE_AT_END = /(?:\[ *([^\][():]+?):: *([^\]]*?) *\]|\( *([^\][():]+?):: *([^)]*?) *\))$/u;
const BLOCK_ID = /[ \t]+\^([a-zA-Z0-9-]+)[ \t]*$/u;
const EMOJI_PRIORITY: Record<string, Priority> = { '🔺': 'highest', '⏫': 'high', '🔼': 'medium', '🔽': 'low', '⏬': 'lowest' };
/** A due marker anywhere in the text, in any notation (Dataview reads these inside the sentence). */
const DUE_ANYWHERE = [/(?:📅|📆|🗓)\uFE0F? *(\d{4}-\d{2}-\d{2})/u, /\[ *due:: *(\d{4}-\d{2}-\d{2}) *\]/iu, /\( *due:: *(\d{4}-\d{2}-\d{2}) *\)/iu];

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

function emptyFields(): TaskFields {
  return {
    due: null,
    scheduled: null,
    start: null,
    created: null,
    done: null,
    cancelled: null,
    priority: null,
    recurrence: null,
    onCompletion: null,
    id: null,
    dependsOn: [],
  };
}

function setField(fields: TaskFields, kind: FieldKind, value: string): void {
  switch (kind) {
    case 'priority':
      fields.priority = EMOJI_PRIORITY[value] ?? (value.toLowerCase() as Priority);
      return;
    case 'recurrence':
      fields.recurrence = value.trim();
      return;
    case 'onCompletion': {
      const v = value.trim().toLowerCase();
      fields.onCompletion = v === 'keep' || v === 'delete' ? v : null;
      return;
    }
    case 'id':
      fields.id = value;
      return;
    case 'dependsOn':
      fields.dependsOn = value
        .replace(/ /g, '')
        .split(',')
        .filter((s) => s !== '');
      return;
    default:
      // Tasks reads an impossible date as no date, and still takes the field out of the description.
      fields[kind] = isIsoDate(value) ? value : null;
  }
}

const WHITE = /\s/u;
/** A character other than a tab or printable ASCII (every emoji of a Tasks field is one). */
const NOT_PLAIN_ASCII = /[^\t -~]/;
/** The end of `text` without trailing white space. */
function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && WHITE.test(text[e - 1] ?? '')) e -= 1;
  return e;
}

/**
 * Where a rule's emoji pattern can match in `body` from `from` to `end`: at the last of its
 * symbols there, or nowhere (-1). The pattern starts with a symbol and ends the text, and what
 * follows the symbol (a date, an id, a rule such as `every week`) holds none of them, so a match
 * can only start at the last one; the pattern then reads a few characters, not the whole line.
 */
export function lastSymbol(body: string, rule: Readonly<FieldRule>, from: number, end: number): number {
  let at = -1;
  for (const symbol of rule.symbols ?? []) {
    // lastIndexOf reads a negative start as 0: a symbol that does not fit before `end` is none.
    if (end - symbol.length < from) continue;
    const i = body.lastIndexOf(symbol, end - symbol.length);
    if (i >= from && i > at) at = i;
  }
  return at;
}

/** Which rule each symbol belongs to, by its code point (every symbol is one code point). */
const RULE_OF_SYMBOL = new Map<number, number>();
RULES.forEach((rule, r) => {
  for (const symbol of rule.symbols ?? []) {
    const cp = symbol.codePointAt(0)!;
    // lastSymbols reads one code point per symbol, each of one rule.
    if ([...symbol].length !== 1 || RULE_OF_SYMBOL.has(cp)) throw new Error(`field symbol ${symbol}: one code point, of one rule`);
    RULE_OF_SYMBOL.set(cp, r);
  }
});
/** The smallest code unit a symbol of one unit starts with (two-unit symbols end in a low surrogate). */
const FIRST_SYMBOL_UNIT = Math.min(...[...RULE_OF_SYMBOL.keys()].filter((cp) => cp <= 0xffff));

/**
 * {@link lastSymbol} for every rule at once (index = rule, in {@link FIELD_RULES} order): one pass
 * from `end` back to `from` (0 ≤ `from` ≤ `end`) instead of one search per symbol.
 */
export function lastSymbols(body: string, from: number, end: number): number[] {
  const at = new Array<number>(RULES.length).fill(-1);
  for (let i = end - 1; i >= from; i -= 1) {
    const c = body.charCodeAt(i);
    let start = i;
    let cp = c;
    if (c >= 0xdc00 && c <= 0xdfff) {
      const high = body.charCodeAt(i - 1);
      if (i - 1 < from || high < 0xd800 || high > 0xdbff) continue;
      start = i - 1;
      cp = (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
    } else if (c < FIRST_SYMBOL_UNIT) continue;
    const r = RULE_OF_SYMBOL.get(cp);
    if (r !== undefined && at[r] === -1) at[r] = start;
    i = start;
  }
  return at;
}

/**
 * Reads the fields at the end of `body`, right to left, as Tasks does. Returns the tokens (offsets
 * into `body`) and the end of what remains.
 */
function readFields(body: string, from: number, to: number): { tokens: FieldToken[]; end: number } {
  const tokens: FieldToken[] = [];
  let end = trimmedEnd(body, to);
  // Most lines hold no field at all: a pattern is tried only where its symbol or `::` occurs.
  const segment = body.slice(from, end);
  const inlineFields = segment.includes('::');
  const hasTag = segment.includes('#');
  // Every emoji is outside ASCII: a line of ASCII text (most are) tries no emoji pattern.
  const emoji = NOT_PLAIN_ASCII.test(segment);
  if (!emoji && !inlineFields && !hasTag) return { tokens, end };
  // Each rule's last symbol before `end`, found once: it stays the last one as long as `end`,
  // moving left, stays past it, and is looked for again only once a field taken included it.
  const symbolAt = emoji ? lastSymbols(body, from, end) : null;
  for (let runs = 0; runs <= 20; runs += 1) {
    let matched = false;
    for (let r = 0; r < RULES.length; r += 1) {
      const rule = RULES[r]!;
      for (let p = 0; p < rule.patterns.length; p += 1) {
        // The emoji pattern (0) is tried from its symbol on, the Dataview pattern (1) where `::` occurs.
        let at = p === 0 ? (symbolAt?.[r] ?? -1) : inlineFields ? from : -1;
        // A symbol that does not end before `end` was part of a field taken since: look again.
        if (p === 0 && at !== -1 && at + SYMBOL_LENGTH[r]! > end) at = symbolAt![r] = lastSymbol(body, rule, from, end);
        if (at === -1) continue;
        const match = rule.patterns[p]!.exec(body.slice(at, end));
        if (!match) continue;
        // The brackets form and the parentheses form each have their own group.
        const value = match.slice(1).find((g) => g !== undefined) ?? match[0];
        const notation: Notation = p === 0 ? 'emoji' : match[0].trimStart().startsWith('(') ? 'dataview-parentheses' : 'dataview-brackets';
        const start = at + match.index;
        tokens.push({
          kind: rule.kind,
          notation,
          start,
          end: start + match[0].length,
          value: rule.kind === 'priority' && p === 0 ? match[0].replace('\uFE0F', '') : value,
        });
        end = trimmedEnd(body, start);
        matched = true;
      }
    }
    const text = body.slice(from, end);
    const tag = hasTag ? TAG_AT_END.exec(text) : null;
    if (tag) {
      const start = from + tag.index + (tag[0].length - tag[0].trimStart().length);
      tokens.push({ kind: 'tag', notation: 'emoji', start, end, value: body.slice(start, end) });
      end = trimmedEnd(body, start);
      matched = true;
    } else if (!matched && inlineFields) {
      // Another inline field only when no Tasks field ends the text: `[due:: …]` is a field.
      const inline = INLINE_AT_END.exec(text);
      if (inline) {
        const start = from + inline.index;
        const key = (inline[1] ?? inline[3] ?? '').trim();
        const value = (inline[2] ?? inline[4] ?? '').trim();
        const notation: Notation = inline[1] !== undefined ? 'dataview-brackets' : 'dataview-parentheses';
        tokens.push({ kind: 'inline', notation, start, end, value, key });
        end = trimmedEnd(body, start);
        matched = true;
      }
    }
    if (!matched) break;
  }
  return { tokens, end };
}

/**
 * Reads a line as a task line, or returns null when it is none (no list marker and checkbox).
 * Offsets in the result are offsets into `line`.
 */
export function readTaskLine(line: string): TaskLine | null {
  const start = TASK_START.exec(line);
  if (!start) return null;
  return readTaskBody(line, start[1] ?? '', start[2] ?? ' ', start[0].length);
}

/**
 * The checkbox of a list item's line whose marker starts at column `col` (as the outline gives
 * it): its status character and where the text after `]` starts; null when the item has no
 * checkbox. What {@link taskAtColumn} reads first, without reading the fields.
 */
export function checkboxAt(line: string, col: number): { statusChar: string; prefixEnd: number; bodyStart: number } | null {
  const rest = line.slice(col);
  const marker = ITEM_MARKER.exec(rest);
  if (!marker) return null;
  const box = CHECKBOX_AT_START.exec(rest.slice(marker[0].length));
  if (!box?.[1]) return null;
  const prefixEnd = col + marker[0].length;
  return { statusChar: box[1], prefixEnd, bodyStart: prefixEnd + box[0].length };
}

/**
 * The task on a list item's line whose marker starts at column `col` (as the outline gives it),
 * or null when the item has no checkbox.
 */
export function taskAtColumn(line: string, col: number): TaskLine | null {
  const box = checkboxAt(line, col);
  return box === null ? null : readTaskBody(line, line.slice(0, box.prefixEnd), box.statusChar, box.bodyStart);
}

/** Reads the part of a task line after its checkbox (`bodyStart` is the offset just after `]`). */
export function readTaskBody(line: string, prefix: string, statusChar: string, bodyStart: number): TaskLine {
  const body = line.slice(bodyStart);
  let to = line.length;
  let blockId: string | null = null;
  const block = body.includes('^') ? BLOCK_ID.exec(body) : null;
  if (block?.[1] !== undefined) {
    blockId = block[1];
    to = bodyStart + block.index;
  }
  const blockIdStart = to;
  const { tokens, end } = readFields(line, bodyStart, to);
  const fields = emptyFields();
  const inlineFields: Record<string, string> = {};
  const kept: FieldToken[] = [];
  // Right to left: the field nearest the end is the one Tasks keeps when a field repeats.
  for (const token of tokens) {
    if (token.kind === 'tag' || token.kind === 'inline') {
      kept.unshift(token);
      continue;
    }
    if (token.kind === 'dependsOn' ? fields.dependsOn.length === 0 : fields[token.kind] === null) setField(fields, token.kind, token.value);
  }
  for (const token of kept) if (token.kind === 'inline' && token.key) inlineFields[token.key.toLowerCase()] = token.value;
  const head = line.slice(bodyStart, end).trim();
  const description = [head, ...kept.map((t) => line.slice(t.start, t.end))].filter((s) => s.length > 0).join(' ');
  let dueInText = false;
  if (fields.due === null && (head.includes('::') || /[\u{1F4C5}\u{1F4C6}\u{1F5D3}]/u.test(head))) {
    for (const pattern of DUE_ANYWHERE) {
      const match = pattern.exec(head);
      if (match?.[1] !== undefined && isIsoDate(match[1])) {
        fields.due = match[1];
        dueInText = true;
        break;
      }
    }
  }
  const taskField = tokens.find((t) => t.kind !== 'tag' && t.kind !== 'inline');
  const notation: Notation = taskField?.notation ?? 'emoji';
  return {
    prefix,
    statusChar,
    statusType: statusTypeOf(statusChar),
    bodyStart,
    body,
    description,
    fields,
    inlineFields,
    dueInText,
    blockId,
    blockIdStart,
    tokens,
    notation,
  };
}
