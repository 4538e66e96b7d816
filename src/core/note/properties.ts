/**
 * The frontmatter keys GROW Coach reads: `client`, `date`, `type`, `tags`/`tag`. Read from the
 * `yaml` Document without converting it to a plain object, so keys such as `__proto__` and alias
 * bombs cannot reach anything; invalid YAML gives a warning, never an exception.
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

function scalarText(node: unknown): string | null {
  if (isScalar(node)) {
    const value: unknown = node.value;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  }
  return null;
}

/** A client written unquoted as `[[Name]]` is YAML for a list in a list: read it as the link it meant. */
function clientOf(node: unknown): string | null {
  if (isSeq(node) && node.items.length === 1) {
    const inner = node.items[0];
    if (isSeq(inner) && inner.items.length === 1) {
      const text = scalarText(inner.items[0]);
      return text === null ? null : wikilinkTarget(`[[${text}]]`) || null;
    }
    return clientOf(inner);
  }
  const text = scalarText(node);
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

function dateOf(node: unknown): string | null {
  return dateFromText(scalarText(node));
}

function tagsOf(node: unknown): string[] {
  return tagsFromValue(isSeq(node) ? node.items.map((item) => scalarText(item) ?? '') : (scalarText(node) ?? ''));
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
  const get = (key: string): unknown => contents.get(key, true);
  return {
    client: clientOf(get('client')),
    date: dateOf(get('date')),
    type: scalarText(get('type')),
    tags: [...tagsOf(get('tags')), ...tagsOf(get('tag'))],
    warning: null,
  };
}
