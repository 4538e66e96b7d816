/**
 * A template describes itself in a Handlebars comment at its very start, written as YAML:
 *
 * ```handlebars
 * {{!--
 * title: GROW-sessie
 * kind: session
 * description: Een coachgesprek langs Goal, Reality, Options en Will.
 * noteName: "{{date}} {{t 'session'}} {{sessionNumber}}"
 * --}}
 * ```
 *
 * The comment renders to nothing, so a template stays one plain `.hbs` file that a coach can copy
 * and edit. Every field is optional: a coach's own template without a header is listed under its
 * file name.
 */
import { isMap, isScalar, parseDocument } from 'yaml';

/** `session` creates a new note; `block` is inserted at the cursor of the open note. */
export type TemplateKind = 'session' | 'block';

export interface TemplateHeader {
  title: string | null;
  kind: TemplateKind | null;
  description: string | null;
  /**
   * The new note's file name (without `.md`), itself a Handlebars template rendered with the
   * same context, e.g. `{{date}} intake`. The result is made safe with `safeFileName`.
   */
  noteName: string | null;
}

const EMPTY: TemplateHeader = { title: null, kind: null, description: null, noteName: null };

/** The header comment: `{{!--` … `--}}` before anything else but white space. */
const HEADER = /^\uFEFF?\s*\{\{~?!--([\s\S]*?)--~?\}\}/;

function field(map: ReturnType<typeof parseDocument>['contents'], key: string): string | null {
  if (!isMap(map)) return null;
  const node = map.get(key, true);
  if (!isScalar(node)) return null;
  const value: unknown = node.value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/**
 * A coach's header need not be valid YAML (`description: Start: de coachvraag` is not): then
 * each `key: value` line is read as it stands, quotes around the value removed.
 */
function lineField(comment: string, key: string): string | null {
  const match = new RegExp(`^[ \\t]*${key}[ \\t]*:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(comment);
  const raw = match?.[1] ?? '';
  const unquoted = /^(["'])(.*)\1$/.exec(raw)?.[2] ?? raw;
  return unquoted === '' ? null : unquoted;
}

/** Reads the header of a template's source; a missing header gives empty fields. */
export function readTemplateHeader(source: string): TemplateHeader {
  const match = HEADER.exec(source);
  const comment = match?.[1];
  if (comment === undefined) return EMPTY;
  const doc = parseDocument(comment, { prettyErrors: false });
  const yaml = doc.errors.length === 0 && isMap(doc.contents);
  const get = (key: string): string | null => (yaml ? field(doc.contents, key) : lineField(comment, key));
  const kind = get('kind');
  return {
    title: get('title'),
    kind: kind === 'session' || kind === 'block' ? kind : null,
    description: get('description'),
    noteName: get('noteName'),
  };
}

/** A template without a `kind` creates a note when it starts with frontmatter, else it is a block. */
export function guessKind(source: string): TemplateKind {
  const body = source.replace(HEADER, '').replace(/^\s*\n/, '');
  return /^---[ \t]*\r?\n/.test(body) ? 'session' : 'block';
}
