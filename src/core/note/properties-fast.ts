/**
 * A fast path for the frontmatter most notes have: `key: value` lines with plain or quoted string
 * values, flow lists `[a, b]` and block lists (`- a`). For such frontmatter it gives exactly what
 * {@link readProperties} gives, without parsing YAML (the YAML parser is most of the cost of
 * reading a small note); for anything else (numbers or booleans where a read key expects text,
 * escapes, nesting, anchors, tabs, duplicate keys, comments after values…) it returns undefined
 * and the caller uses `readProperties`. `test/core/note/properties-fast.test.ts` holds the two equal.
 * Keys it does not read (GROW Coach's own `grow_*` keys among them) only have to be valid YAML of
 * the kinds notes have, block scalars and escaped quotes included, for the fast path to answer.
 */
import { dateFromText, readProperties, tagsFromValue, wikilinkTarget, type NoteProperties } from './properties';
import type { OutlineFrontmatter } from './outline';

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** YAML's core-schema words that are no strings when used as keys. */
const NON_STRING_KEY = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** A plain scalar of ordinary characters (no indicator, no `:`, no `#`, no flow characters). */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} _.,/()+-]*$/u;
const PLAIN_ITEM = /^[\p{L}\p{N}][\p{L}\p{N} _./()+-]*$/u;
const DOUBLE = /^"([^"\\\p{Cc}]*)"$/u;
const SINGLE = /^'([^'\p{Cc}]*)'$/u;
const NULL_WORD = /^(?:null|Null|NULL)$/;
const BOOL_WORD = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const BLOCK_ITEM = /^( *)- +(.*)$/;

/** `text` without the spaces at its end (a pattern `/ +$/` tries every space of a long value). */
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** A value as the fast path reads it; `other` is a number or boolean (fine where it is not read). */
type Value = { kind: 'null' } | { kind: 'string'; text: string } | { kind: 'other' } | { kind: 'list'; items: Value[] };

const NULL: Value = { kind: 'null' };
const OTHER: Value = { kind: 'other' };

function scalar(raw: string, item: boolean): Value | undefined {
  const text = withoutTrailingSpaces(raw);
  if (text.length === 0) return item ? undefined : NULL;
  const c = text.charCodeAt(0);
  if (c === 34) {
    const m = DOUBLE.exec(text);
    return m ? { kind: 'string', text: m[1] ?? '' } : undefined;
  }
  if (c === 39) {
    const m = SINGLE.exec(text);
    return m ? { kind: 'string', text: m[1] ?? '' } : undefined;
  }
  if (!(item ? PLAIN_ITEM : PLAIN).test(text)) return undefined;
  if (NULL_WORD.test(text)) return NULL;
  if (BOOL_WORD.test(text) || NUMBER.test(text)) return OTHER;
  return { kind: 'string', text };
}

function flowList(text: string): Value | undefined {
  const inner = text.slice(1, -1);
  if (inner.trim().length === 0) return { kind: 'list', items: [] };
  const items: Value[] = [];
  for (const piece of inner.split(',')) {
    const v = scalar(piece.trim(), true);
    if (v === undefined) return undefined;
    items.push(v);
  }
  return { kind: 'list', items };
}

/** A block scalar's header: `|` or `>`, with chomping, nothing after it. */
const BLOCK_HEADER = /^[|>][-+]?$/;
/** A double-quoted scalar on one line, with YAML's escapes. */
const ESCAPED_DOUBLE = /^"(?:[^"\\\p{Cc}\uFEFF]|\\[0abtnvfre "/\\N_LP]|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*"$/u;
/** Characters a simple reading leaves to the YAML parser, on a line or inside a block scalar. */
// eslint-disable-next-line no-control-regex -- \p{Cc} (U+0000–U+001F, U+007F–U+009F) and the BOM, spelt out: no Unicode mode needed
const ODD_CHARACTER = /[\u0000-\u001f\u007f-\u009f\ufeff]/;

/**
 * The last line of a block scalar whose header is on line `i` and whose content lines are indented
 * deeper than `parent`; -1 when the parser should judge it (no content, tabs, lines of spaces only,
 * control characters, a line less indented than the first).
 */
function blockScalarEnd(lines: readonly string[], i: number, end: number, parent: number): number {
  let indent = -1;
  let last = -1;
  for (let j = i + 1; j < end; j += 1) {
    const line = lines[j] ?? '';
    if (line.length === 0) continue;
    let width = 0;
    while (line.charCodeAt(width) === 32) width += 1;
    if (width <= parent) break;
    if (width === line.length || ODD_CHARACTER.test(line) || line.length > 1000) return -1;
    if (indent === -1) indent = width;
    else if (width < indent) return -1;
    last = j;
  }
  return last;
}

/** The first character of a plain scalar that cannot be an indicator. */
const PLAIN_START = /^[\p{L}\p{N}(]/u;

/**
 * True for a one-line value that is valid YAML of a simple kind: a quoted scalar (with escapes),
 * a flow list of plain items, or a plain scalar in block context (any text that starts with a
 * letter, digit or `(` and holds no `: ` and no ` #`; brackets and wikilinks are fine there).
 */
function simpleInline(raw: string, item: boolean): boolean {
  if (raw.charCodeAt(0) === 34) return ESCAPED_DOUBLE.test(raw);
  if (raw.charCodeAt(0) === 39) return scalar(raw, item) !== undefined;
  if (!item && raw.charCodeAt(0) === 91) return raw.endsWith(']') && flowList(raw) !== undefined;
  return PLAIN_START.test(raw) && !raw.includes(': ') && !raw.includes(' #') && !raw.endsWith(':') && !ODD_CHARACTER.test(raw);
}

/**
 * The last line of the value of the key on line `i` (whose text after `key:` is `raw`), when the
 * value is valid YAML of the kinds notes have — a plain or quoted scalar, a flow list, a block
 * scalar, a block list of those — or -1 when the YAML parser should judge it. Only validity is
 * decided here: for keys whose value is not read.
 */
function valueEnd(lines: readonly string[], i: number, end: number, raw: string): number {
  if (BLOCK_HEADER.test(raw)) return blockScalarEnd(lines, i, end, 0);
  if (raw.length > 0) return simpleInline(raw, false) ? i : -1;
  let last = i;
  let indent = -1;
  for (let j = i + 1; j < end; j += 1) {
    const item = BLOCK_ITEM.exec(lines[j] ?? '');
    if (item === null) break;
    const width = (item[1] ?? '').length;
    if ((indent !== -1 && width !== indent) || (lines[j] ?? '').includes('\t')) return -1;
    indent = width;
    const text = withoutTrailingSpaces(item[2] ?? '');
    if (BLOCK_HEADER.test(text)) {
      j = blockScalarEnd(lines, j, end, width);
      if (j === -1) return -1;
    } else if (!simpleInline(text, true)) return -1;
    last = j;
  }
  return last;
}

/** The keys the reading reads; every other key's value only has to be valid. */
const READ_KEYS = new Set(['client', 'date', 'type', 'tags', 'tag']);

function stringOf(v: Value | undefined): string | null | undefined {
  if (v === undefined || v.kind === 'null') return null;
  if (v.kind === 'string') return v.text;
  return undefined;
}

function tagsOf(v: Value | undefined): string[] | undefined {
  const raw: string[] = [];
  if (v !== undefined && v.kind === 'list') {
    for (const item of v.items) {
      const text = stringOf(item);
      if (text === undefined) return undefined;
      raw.push(text ?? '');
    }
  } else {
    const text = stringOf(v);
    if (text === undefined) return undefined;
    return tagsFromValue(text ?? '');
  }
  return tagsFromValue(raw);
}

const EMPTY: NoteProperties = { client: null, date: null, type: null, tags: [], warning: null };

/**
 * The note's properties by the fast path, or undefined when the frontmatter is not of the simple
 * kind (then use {@link readProperties}).
 */
export function fastProperties(lines: readonly string[], range: OutlineFrontmatter | null): NoteProperties | undefined {
  if (range === null) return EMPTY;
  const values = new Map<string, Value>();
  let keys = 0;
  const end = range.endLine - 1;
  for (let i = range.startLine; i < end; i += 1) {
    const line = lines[i] ?? '';
    if (line.length === 0 || line.charCodeAt(0) === 35) continue; // blank line, `# comment`
    if (line.includes('\t')) return undefined;
    const m = KEY_LINE.exec(line);
    if (m === null) return undefined;
    const key = m[1] ?? '';
    if (NON_STRING_KEY.test(key) || values.has(key) || line.length > 1000) return undefined;
    keys += 1;
    const raw = withoutTrailingSpaces(m[2] ?? '');
    if (!READ_KEYS.has(key)) {
      const last = valueEnd(lines, i, end, raw);
      if (last === -1) return undefined;
      values.set(key, OTHER);
      i = last;
      continue;
    }
    let value: Value | undefined;
    if (raw.length === 0) {
      // a block list may follow, every item at one indentation
      const items: Value[] = [];
      let indent = -1;
      for (let j = i + 1; j < end; j += 1) {
        const item = BLOCK_ITEM.exec(lines[j] ?? '');
        if (item === null) break;
        const width = (item[1] ?? '').length;
        if (indent !== -1 && width !== indent) return undefined;
        indent = width;
        const v = scalar(item[2] ?? '', true);
        if (v === undefined || (lines[j] ?? '').includes('\t')) return undefined;
        items.push(v);
        i = j;
      }
      value = items.length > 0 ? { kind: 'list', items } : NULL;
    } else if (raw.charCodeAt(0) === 91) {
      if (!raw.endsWith(']')) return undefined;
      value = flowList(raw);
    } else value = scalar(raw, false);
    if (value === undefined) return undefined;
    values.set(key, value);
  }
  if (keys === 0) return EMPTY;

  const client = values.get('client');
  const clientText = client?.kind === 'list' ? undefined : stringOf(client);
  if (clientText === undefined) return undefined;
  const date = values.get('date');
  const dateText = date?.kind === 'list' ? null : stringOf(date);
  if (dateText === undefined) return undefined;
  const type = values.get('type');
  const typeText = type?.kind === 'list' ? null : stringOf(type);
  if (typeText === undefined) return undefined;
  const tags = tagsOf(values.get('tags'));
  const tag = tagsOf(values.get('tag'));
  if (tags === undefined || tag === undefined) return undefined;
  return {
    client: clientText === null ? null : wikilinkTarget(clientText) || null,
    date: dateFromText(dateText),
    type: typeText,
    tags: [...tags, ...tag],
    warning: null,
  };
}

/** A top-level key of the frontmatter and its lines (0-based indexes into the lines given). */
export interface KeyLines {
  key: string;
  first: number;
  last: number;
}

/**
 * The top-level keys of frontmatter of the simple kind (the kind {@link fastProperties} reads,
 * without blank or comment lines), each with its lines; undefined for any other frontmatter.
 * Every key's value must be of the simple kind, except for keys `opaque` names: their lines are
 * the key line and the indented or `- ` lines after it, and the caller judges them itself. When
 * this answers, the YAML of the keys it checked is valid and their lines are theirs alone.
 */
export function simpleLayout(lines: readonly string[], opaque: (key: string) => boolean): KeyLines[] | undefined {
  const out: KeyLines[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.length === 0 || line.length > 1000 || line.includes('\t')) return undefined;
    const m = KEY_LINE.exec(line);
    if (m === null) return undefined;
    const key = m[1] ?? '';
    if (NON_STRING_KEY.test(key) || seen.has(key)) return undefined;
    seen.add(key);
    const raw = withoutTrailingSpaces(m[2] ?? '');
    const first = i;
    if (opaque(key)) {
      // Indented lines, `- ` items, and blank lines between them (a block scalar's paragraphs).
      const items = raw.length === 0;
      for (let j = i + 1; j < lines.length; j += 1) {
        const next = lines[j] ?? '';
        if (next.length === 0) continue;
        if (!(next.startsWith(' ') || (items && next.startsWith('- ')))) break;
        if (next.length > 1000 || next.includes('\t')) return undefined;
        i = j;
      }
    } else {
      const last = valueEnd(lines, i, lines.length, raw);
      if (last === -1) return undefined;
      i = last;
    }
    out.push({ key, first, last: i });
  }
  return out;
}

/** {@link readProperties}, by the fast path where the frontmatter allows it. */
export function readPropertiesFast(file: string, lines: readonly string[], range: OutlineFrontmatter | null): NoteProperties {
  return fastProperties(lines, range) ?? readProperties(file, lines, range);
}
