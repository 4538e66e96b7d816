/**
 * The frontmatter keys GROW Coach reads: `client`, `date`, `type`, `tags`/`tag`. Read from the
 * `yaml` Document without converting it to a plain object (only the read keys' values are), so keys
 * such as `__proto__` and alias bombs cannot reach anything; invalid YAML gives a warning, never an exception.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { OutlineFrontmatter } from './outline';

export interface NoteProperties {
  client: string | null;
  date: string | null;
  type: string | null;
  tags: string[];
  /** A message naming the file and the line of the YAML error, when there was one. */
  warning: string | null;
}

const EMPTY: NoteProperties = { client: null, date: null, type: null, tags: [], warning: null };

/** `[[Name]]`, `[[Name|Alias]]`, `[[Folder/Name#Heading]]` → `Name`; plain text stays as it is. */
export function wikilinkTarget(value: string): string {
  const match = /^\s*!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|[^\]]*)?\]\]\s*$/.exec(value);
  const target = match ? (match[1] ?? '') : value;
  const base = match ? (target.split('/').pop() ?? target) : target;
  return base.trim();
}

/** A plain value's text: a string, a number or boolean as written, a date as `YYYY-MM-DD`; else null. */
function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return null;
}

/** A client written unquoted as `[[Name]]` is YAML for a list in a list: read it as the link it meant. */
function clientOf(value: unknown): string | null {
  if (Array.isArray(value) && value.length === 1) {
    const inner: unknown = value[0];
    if (Array.isArray(inner) && inner.length === 1) {
      const text = scalarText(inner[0]);
      return text === null ? null : wikilinkTarget(`[[${text}]]`) || null;
    }
    return clientOf(inner);
  }
  const text = scalarText(value);
  if (text === null) return null;
  return wikilinkTarget(text) || null;
}

/** The `YYYY-MM-DD` a `date` property starts with (a time may follow), or null. */
export function dateFromText(text: string | null): string | null {
  return (text === null ? null : /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text.trim())?.[1]) ?? null;
}

/**
 * Tags as Obsidian reads a `tags` property: a list's items, or one text split on commas and
 * white space (`tags: a, b`), each without a leading `#`; empty ones dropped.
 */
export function tagsFromValue(value: readonly string[] | string): string[] {
  const raw = typeof value === 'string' ? value.split(/[,\s]+/) : value;
  return raw.map((tag) => tag.trim().replace(/^#/, '')).filter((tag) => tag.length > 0);
}

function tagsOf(value: unknown): string[] {
  return tagsFromValue(Array.isArray(value) ? value.map((item) => scalarText(item) ?? '') : (scalarText(value) ?? ''));
}

/**
 * The keys GROW Coach reads, from the frontmatter's plain values (`get` gives a key's value, or
 * undefined): the one reading of `client`, `date`, `type` and `tags`/`tag`, whether the values
 * come from the YAML text ({@link readProperties}) or from Obsidian's metadata cache.
 */
export function propertiesFromValues(get: (key: string) => unknown): NoteProperties {
  return {
    client: clientOf(get('client')),
    date: dateFromText(scalarText(get('date'))),
    type: scalarText(get('type')),
    tags: [...tagsOf(get('tags')), ...tagsOf(get('tag'))],
    warning: null,
  };
}

/**
 * A YAML node as the plain value {@link propertiesFromValues} reads: a scalar's value, a list's
 * items, down to `depth` lists deep (no read key looks deeper); anything else (maps, aliases) as
 * null. Only the read keys' nodes are converted, so `__proto__` keys and alias bombs reach nothing.
 */
function plainValue(node: unknown, depth = 3): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node) && depth > 0) return node.items.map((item) => plainValue(item, depth - 1));
  return null;
}

/** Reads the frontmatter between the fences of `lines` (the note's lines). */
export function readProperties(file: string, lines: readonly string[], range: OutlineFrontmatter | null): NoteProperties {
  if (range === null) return EMPTY;
  const source = lines.slice(range.startLine, range.endLine - 1).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, lineCounter });
  const error = doc.errors[0];
  if (error) {
    const line = range.startLine + lineCounter.linePos(error.pos[0]).line;
    const reason = error.message.split('\n')[0] ?? error.code;
    return { ...EMPTY, warning: `${file}:${line}: the frontmatter is not valid YAML (${reason}); client and date are not read until it is fixed` };
  }
  const contents: Node | null = doc.contents;
  if (!isMap(contents)) return EMPTY;
  return propertiesFromValues((key) => plainValue(contents.get(key, true)));
}
