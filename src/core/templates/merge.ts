/**
 * Inserting a rendered template into a note that exists already, e.g. the reflective questions
 * at the cursor, or a session template into a note the coach started by hand. A note has at most
 * one frontmatter block, so the template's frontmatter is merged into the note's: keys the note
 * has keep their values (the coach's or the plugin's), missing keys are added after them, and the
 * rest of the frontmatter stays byte for byte as it was. The note's body is not touched except at
 * the insertion point.
 */
import { Document, isMap, parseDocument, YAMLMap, type Pair } from 'yaml';
import { findFrontmatter } from '../note/frontmatter-range';
import { bodyLines, dominantEol, LINE_ENDINGS, linesWithEndings, splitBom } from '../note/lines';

interface Split {
  /** The YAML between the fences, or null when there is no frontmatter. */
  yaml: string | null;
  /** Offset (in the text without BOM) where the closing fence line starts. */
  closeAt: number;
  /** Offset (in the text without BOM) where the body starts. */
  bodyAt: number;
}

/** Where the frontmatter of `text` (BOM removed) is, by the fence rule the reader uses. */
function splitFrontmatter(text: string): Split {
  const lines = linesWithEndings(text);
  const range = findFrontmatter(lines.map((l) => l.text));
  if (range === null) return { yaml: null, closeAt: 0, bodyAt: 0 };
  let offset = 0;
  let closeAt = 0;
  for (let line = 1; line <= range.endLine; line += 1) {
    if (line === range.endLine) closeAt = offset;
    const { text: content, eol } = lines[line - 1] ?? { text: '', eol: '' };
    offset += content.length + eol.length;
  }
  const yaml = lines
    .slice(range.startLine, range.endLine - 1)
    .map((l) => l.text)
    .join('\n');
  return { yaml, closeAt, bodyAt: offset };
}

/** The template's frontmatter pairs whose keys the note lacks, as YAML text ('' for none), or null when the note's frontmatter is broken. */
function missingPairs(noteYaml: string, templateYaml: string, eol: string): string | null {
  const note = parseDocument(noteYaml, { prettyErrors: false });
  const template = parseDocument(templateYaml, { prettyErrors: false });
  // A note whose frontmatter does not parse, or is not a map, is left for the coach to repair.
  if (note.errors.length > 0 || (note.contents !== null && !isMap(note.contents))) return null;
  if (template.errors.length > 0 || !isMap(template.contents)) return '';
  const missing = template.contents.items.filter((pair: Pair) => !note.has(pair.key));
  if (missing.length === 0) return '';
  const addition = new Document();
  const map = new YAMLMap();
  for (const pair of missing) map.items.push(pair.clone());
  addition.contents = map;
  return addition.toString({ lineWidth: 0 }).replace(/\n/g, eol);
}

/** The text before `at` on its line, and the line before that. */
function before(note: string, at: number): { line: string; previous: string } {
  const lines = bodyLines(note.slice(0, at));
  return { line: lines[lines.length - 1] ?? '', previous: lines[lines.length - 2] ?? '' };
}

/**
 * The inserted block on lines of its own, with a blank line between it and text around it: a
 * paragraph right after a callout would otherwise continue the callout (a lazy continuation
 * line in CommonMark), and text right before a heading or list would run into it.
 */
function separated(note: string, at: number, insert: string, eol: string): string {
  let out = insert.endsWith(eol) ? insert : `${insert}${eol}`;
  const { line, previous } = before(note, at);
  if (line !== '') out = `${eol}${eol}${out}`;
  else if (at > 0 && previous.trim() !== '') out = `${eol}${out}`;
  const rest = note.slice(at);
  const nextLine = /^[^\r\n]*/.exec(rest)?.[0] ?? '';
  if (rest.length > 0 && nextLine.trim() !== '') out = `${out}${eol}`;
  return out;
}

/**
 * The note with `rendered` inserted at `cursorOffset` (an offset into `noteText`). A cursor inside
 * the frontmatter inserts at the start of the body; the block goes on lines of its own, set apart
 * by blank lines. The rendered text takes the note's line endings. Pure: use it inside
 * `Vault.process`.
 */
export function mergeTemplateIntoNote(noteText: string, cursorOffset: number, rendered: string): string {
  const { bom, body: note } = splitBom(noteText);
  const eol = dominantEol(note.length > 0 ? note : rendered);
  const template = splitFrontmatter(splitBom(rendered).body);
  let insert = splitBom(rendered).body.slice(template.bodyAt).replace(LINE_ENDINGS, eol);

  const target = splitFrontmatter(note);
  let at = Math.min(Math.max(cursorOffset - bom.length, 0), note.length);
  if (target.yaml !== null && at < target.bodyAt) at = target.bodyAt;
  insert = insert.trim() === '' ? '' : separated(note, at, insert, eol);
  const withBody = `${note.slice(0, at)}${insert}${note.slice(at)}`;

  if (template.yaml === null) return `${bom}${withBody}`;
  if (target.yaml === null) {
    const yaml = template.yaml.replace(LINE_ENDINGS, eol);
    return `${bom}---${eol}${yaml}${yaml === '' ? '' : eol}---${eol}${withBody}`;
  }
  const addition = missingPairs(target.yaml, template.yaml, eol);
  if (addition === null || addition === '') return `${bom}${withBody}`;
  return `${bom}${withBody.slice(0, target.closeAt)}${addition}${withBody.slice(target.closeAt)}`;
}
