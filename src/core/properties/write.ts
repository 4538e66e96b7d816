/**
 * Writes a session record into the note's frontmatter as the keys GROW Coach owns (issue 3),
 * losslessly: one pure function from the note's text to its new text, shared by the plugin
 * (inside `Vault.process`) and the CLI (read, change, re-check, atomic write).
 *
 * It splices rather than re-serialises. The `yaml` Document tells where each top-level key's
 * lines are; only the lines of owned keys whose value changed are replaced, new keys are inserted
 * as whole lines, and every other byte (user keys, comments, quoting, blank lines, line endings,
 * the BOM, the body) is copied as it was. Re-serialising the whole Document would reformat flow
 * collections and quoting, which the issue forbids.
 *
 * Most notes take a simple path that needs no YAML parser at all (parsing is most of the cost of
 * `parse --check` over a vault): when the frontmatter is plain `key: value` lines and every owned
 * key already stands exactly as GROW Coach writes it, the answer is `unchanged`, or the missing
 * keys are inserted where the parser's path would insert them. Anything else — an owned key to
 * change or remove, comments, blank lines, nesting — goes through the parser.
 *
 * This module must not import `note/remark-reading.ts` (remark is too big for the plugin bundle): the record
 * comes in as a parameter, or a reader function is passed to {@link updateNoteWith}.
 */
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, parseDocument, type Pair, type Range } from 'yaml';
import { findFrontmatter } from '../note/frontmatter-range';
import { simpleLayout } from '../note/properties-fast';
import { dominantEol, linesWithEndings, splitBom, type LineWithEnding } from '../note/lines';
import { isOwnedKey, OWNED_KEYS, ownedProperties, type OwnedKey, type OwnedProperty } from './owned-keys';
import { nodeMatches, renderProperty } from './owned-yaml';
import type { SessionRecord } from '../note/session';

export { ownedProperties, OWNED_KEYS, isOwnedKey } from './owned-keys';
export type { OwnedKey, OwnedProperty, OwnedValue } from './owned-keys';

/** What {@link updateProperties} decided. Only `updated` carries text to write. */
export type UpdateResult = { status: 'updated'; text: string } | { status: 'unchanged' } | { status: 'refused'; reason: string };

const FENCE = /^---[ \t]*$/;

const join = (lines: readonly LineWithEnding[]) => lines.map((l) => l.text + l.eol).join('');

/** An owned key as it stands in the frontmatter: its pair and its lines. */
interface Existing extends Placed {
  pair: Pair;
}

/** A node's `[start, valueEnd, nodeEnd]` offsets in the YAML source, when it has any. */
const rangeOf = (node: unknown): Range | undefined => (isNode(node) ? (node.range ?? undefined) : undefined);

function refuse(reason: string): UpdateResult {
  return { status: 'refused', reason };
}

/** True when the node (or anything in it) carries an anchor another key may refer to. */
function hasAnchor(node: unknown): boolean {
  if (isScalar(node) || isAlias(node) || isCollection(node)) {
    if ('anchor' in node && typeof node.anchor === 'string' && node.anchor.length > 0) return true;
  }
  if (isCollection(node)) return node.items.some((item) => hasAnchor(item));
  if (isPair(node)) return hasAnchor(node.key) || hasAnchor(node.value);
  return false;
}

/**
 * The note's text with its owned keys set to the record's values.
 *
 * - `unchanged` when every owned key already holds its value (compared as YAML values, so style
 *   does not matter) and no stale owned key is left: the caller writes nothing.
 * - `refused` when the frontmatter is not valid YAML, not a block of `key: value` lines, never
 *   closed, or an owned key cannot be rewritten safely; `reason` names the file and line.
 * - `updated` otherwise. The body after the frontmatter is byte-for-byte the same.
 *
 * @param record the reading of exactly this text (`readNote` in the CLI, the fast reader in the plugin)
 * @param file the note's path, for messages
 */
export function updateProperties(text: string, record: SessionRecord, file: string): UpdateResult {
  return update(text, record, file, 'any')!;
}

/** {@link updateProperties} by the YAML parser alone: the reference that the simple path is held to (tests, benchmark). */
export function updatePropertiesByYaml(text: string, record: SessionRecord, file: string): UpdateResult {
  return update(text, record, file, 'yaml')!;
}

/** {@link updateProperties} by the simple path alone, or null where it does not answer (tests). */
export function updatePropertiesSimple(text: string, record: SessionRecord, file: string): UpdateResult | null {
  return update(text, record, file, 'simple');
}

function update(text: string, record: SessionRecord, file: string, by: 'any' | 'yaml' | 'simple'): UpdateResult | null {
  const wanted = ownedProperties(record);
  const { bom, body } = splitBom(text);
  const lines = linesWithEndings(body);
  const range = findFrontmatter(lines.map((l) => l.text));
  if (range === null) {
    if (wanted.length === 0) return { status: 'unchanged' };
    if (FENCE.test(lines[0]?.text ?? '')) {
      return refuse(
        `${file}:1: the note starts with "---" but no second "---" line closes the frontmatter; close it (or remove the line) and parse again. The note was left untouched.`,
      );
    }
    const eol = dominantEol(body);
    const block = ['---', ...wanted.flatMap((p) => renderProperty(p, '')), '---'].map((l) => l + eol).join('');
    return { status: 'updated', text: bom + block + body };
  }
  const close = range.endLine - 1;
  const yamlLines = lines.slice(1, close);
  const eol = dominantEol(join(lines.slice(0, close + 1)));
  const simple = by === 'yaml' ? null : editSimpleYaml(yamlLines, wanted, eol);
  if (simple === null && by === 'simple') return null;
  const edited = simple ?? editYaml(yamlLines, wanted, file, eol);
  if (edited === 'unchanged') return { status: 'unchanged' };
  if ('reason' in edited) return refuse(edited.reason);
  return { status: 'updated', text: bom + join([lines[0]!, ...edited.lines, ...lines.slice(close)]) };
}

/**
 * Like {@link updateProperties}, reading the record from the text itself: for `Vault.process`,
 * where the text handed in may be newer than the one the caller read.
 */
export function updateNoteWith(text: string, file: string, read: (text: string, file: string) => SessionRecord): UpdateResult {
  return updateProperties(text, read(text, file), file);
}

/** Where a key stands among the lines: its first and last line (0-based, in the YAML). */
interface Placed {
  key: OwnedKey;
  first: number;
  last: number;
}

/** Line index → the new keys inserted before it: each after the owned key before it in {@link OWNED_KEYS} order, else before the one after it, else at the end. */
function placeNewKeys(
  existing: readonly Placed[],
  wanted: readonly OwnedProperty[],
  end: number,
  indent: string,
): Map<number, { order: number; lines: string[] }[]> {
  const order = (key: OwnedKey) => OWNED_KEYS.indexOf(key);
  const present = new Set(existing.map((e) => e.key));
  const inserts = new Map<number, { order: number; lines: string[] }[]>();
  for (const want of wanted) {
    if (present.has(want.key)) continue;
    const before = existing.filter((e) => order(e.key) < order(want.key)).sort((a, b) => order(b.key) - order(a.key))[0];
    const after = existing.filter((e) => order(e.key) > order(want.key)).sort((a, b) => order(a.key) - order(b.key))[0];
    const at = before ? before.last + 1 : after ? after.first : end;
    const list = inserts.get(at) ?? [];
    list.push({ order: order(want.key), lines: renderProperty(want, indent) });
    inserts.set(at, list);
  }
  return inserts;
}

/** The YAML lines with the inserts made and the replaced ranges swapped. */
function assemble(
  yamlLines: readonly LineWithEnding[],
  inserts: ReadonlyMap<number, { order: number; lines: string[] }[]>,
  replace: ReadonlyMap<number, { last: number; lines: string[] }>,
  eol: string,
): LineWithEnding[] {
  const out: LineWithEnding[] = [];
  const added = (text: string): LineWithEnding => ({ text, eol });
  for (let i = 0; i <= yamlLines.length; i += 1) {
    for (const insert of (inserts.get(i) ?? []).sort((a, b) => a.order - b.order)) out.push(...insert.lines.map(added));
    if (i === yamlLines.length) break;
    const swap = replace.get(i);
    if (swap) {
      out.push(...swap.lines.map(added));
      i = swap.last;
    } else out.push(yamlLines[i]!);
  }
  return out;
}

/**
 * {@link editYaml} without the YAML parser, for the frontmatter most notes have: simple
 * `key: value` lines (`simpleLayout`), every owned key already written exactly as GROW Coach
 * writes it, and at most new owned keys to add. Null for anything else (a changed or stale owned
 * key, comments, blank lines, nesting…), which {@link editYaml} decides. Where it answers, it
 * answers as `editYaml` would, line for line; `test/core/properties/write-fast.test.ts` holds the
 * two equal.
 */
function editSimpleYaml(yamlLines: readonly LineWithEnding[], wanted: readonly OwnedProperty[], eol: string): { lines: LineWithEnding[] } | 'unchanged' | null {
  const texts = yamlLines.map((l) => l.text);
  const layout = simpleLayout(texts, isOwnedKey);
  if (layout === undefined) return null;
  const wantedBy = new Map(wanted.map((p) => [p.key, p]));
  const existing: Placed[] = [];
  for (const entry of layout) {
    if (!isOwnedKey(entry.key)) continue;
    const want = wantedBy.get(entry.key);
    if (want === undefined) return null; // a stale key to remove: editYaml checks it first
    const rendered = renderProperty(want, '');
    if (rendered.length !== entry.last - entry.first + 1 || rendered.some((line, k) => line !== texts[entry.first + k])) return null;
    existing.push({ key: entry.key, first: entry.first, last: entry.last });
  }
  if (existing.length === wanted.length) return 'unchanged';
  return { lines: assemble(yamlLines, placeNewKeys(existing, wanted, yamlLines.length, ''), new Map(), eol) };
}

/** The new YAML lines, `unchanged`, or a reason to refuse. */
function editYaml(
  yamlLines: readonly LineWithEnding[],
  wanted: readonly OwnedProperty[],
  file: string,
  eol: string,
): { lines: LineWithEnding[] } | { reason: string } | 'unchanged' {
  const starts: number[] = [];
  let source = '';
  for (const line of yamlLines) {
    starts.push(source.length);
    source += `${line.text}\n`;
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = 2 + lineOf(Math.min(error.pos[0], source.length - 1));
    const message = (error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '');
    return { reason: `${file}:${line}: the frontmatter is not valid YAML (${message}); the note was left untouched. Fix the YAML and parse again.` };
  }
  const contents = doc.contents;
  if (contents !== null && !(isMap(contents) && !contents.flow)) {
    return { reason: `${file}:2: the frontmatter is not a list of "key: value" lines (Obsidian's properties); the note was left untouched.` };
  }
  const pairs = contents === null ? [] : contents.items;
  let indent = '';
  const existing: Existing[] = [];
  let userKeys = 0;
  for (let i = 0; i < pairs.length; i += 1) {
    const pair = pairs[i]!;
    const name = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : null;
    const keyRange = rangeOf(pair.key);
    const valueRange = rangeOf(pair.value);
    if (i === 0 && keyRange) indent = source.slice(starts[lineOf(keyRange[0])] ?? 0, keyRange[0]);
    if (name === null || !isOwnedKey(name)) {
      userKeys += 1;
      continue;
    }
    const at = keyRange ? 2 + lineOf(keyRange[0]) : 2;
    if (!keyRange) return { reason: `${file}:${at}: cannot locate "${name}" in the frontmatter; the note was left untouched.` };
    const first = lineOf(keyRange[0]);
    const end = Math.max(keyRange[2], valueRange?.[2] ?? 0);
    const last = lineOf(end - 1);
    const next = rangeOf(pairs[i + 1]?.key);
    const nextFirst = next ? lineOf(next[0]) : Infinity;
    if (source.slice(starts[first] ?? 0, keyRange[0]).trim().length > 0 || nextFirst <= last) {
      return {
        reason: `${file}:${at}: "${name}" is not written as a plain "key: value" line, so GROW Coach cannot rewrite it safely; write it as "${name}: …" and parse again. The note was left untouched.`,
      };
    }
    existing.push({ key: name, pair, first, last });
  }

  const wantedBy = new Map(wanted.map((p) => [p.key, p]));
  /** Line index → the lines that replace the range starting there (none: remove). */
  const replace = new Map<number, { last: number; lines: string[] }>();
  for (const old of existing) {
    const want = wantedBy.get(old.key);
    if (want && nodeMatches(old.pair.value, want.value)) continue;
    if (hasAnchor(old.pair.key) || hasAnchor(old.pair.value)) {
      return {
        reason: `${file}:${2 + old.first}: "${old.key}" carries a YAML anchor (&…) that other keys may refer to; remove the anchor and parse again. The note was left untouched.`,
      };
    }
    let rendered = want ? renderProperty(want, indent) : [];
    const value = rangeOf(old.pair.value);
    if (rendered.length === 1 && old.first === old.last && isScalar(old.pair.value) && value) {
      // A comment on the key's own line (`grow_scale: 4 # before the break`) stays.
      const rest = source.slice(value[1], starts[old.first]! + yamlLines[old.first]!.text.length);
      if (/^[ \t]+#/.test(rest)) rendered = [rendered[0]! + rest];
    }
    replace.set(old.first, { last: old.last, lines: rendered });
  }
  const inserts = placeNewKeys(existing, wanted, yamlLines.length, indent);
  if (replace.size === 0 && inserts.size === 0) return 'unchanged';
  const out = assemble(yamlLines, inserts, replace, eol);
  return verify(out, wanted, userKeys, file);
}

/** Reads the new YAML back: it must be valid and hold exactly the wanted owned values. */
function verify(lines: LineWithEnding[], wanted: readonly OwnedProperty[], userKeys: number, file: string): { lines: LineWithEnding[] } | { reason: string } {
  const doc = parseDocument(lines.map((l) => `${l.text}\n`).join(''), { prettyErrors: false, uniqueKeys: true });
  const contents = doc.contents;
  const items = isMap(contents) ? contents.items : [];
  const ok =
    doc.errors.length === 0 &&
    (wanted.length === 0 ? contents === null || isMap(contents) : isMap(contents)) &&
    items.length === userKeys + wanted.length &&
    wanted.every((w) => nodeMatches(isMap(contents) ? contents.get(w.key, true) : undefined, w.value));
  if (ok) return { lines };
  return {
    reason: `${file}: GROW Coach could not write its properties without changing other frontmatter; the note was left untouched. Please report this with the note's frontmatter.`,
  };
}
