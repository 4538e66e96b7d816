/**
 * How the plugin reads a coaching note: the fast scanner first; where it declines a note, the
 * outline Obsidian's metadata cache gives (only when that cache belongs to the same text). Both
 * end in `buildRecord`, so the plugin and the CLI differ at most in the outline.
 */
import type { CachedMetadata } from 'obsidian';
import { findFrontmatter, hasUnclosedFrontmatter } from '../../core/note/frontmatter-range';
import { splitBom, splitLines } from '../../core/note/lines';
import { detach, type IndexEntry } from '../../core/actions/entry';
import { readProperties, type NoteProperties } from '../../core/note/properties';
import type { Outline } from '../../core/note/outline';
import { buildRecord, inlineTags, outsideWillTasks, phaseReader, phasesByLine, willActions, type ReadOptions } from '../../core/note/record';
import { scanOutline } from '../../core/note/scan';
import type { SessionRecord, WillAction } from '../../core/note/session';
import { noteFingerprint } from '../../core/actions/toggle';
import { cacheOutline, cacheProperties, cacheTags } from './cache-outline';

function outlineOf(body: string, lines: readonly string[], cache: CachedMetadata | null): Outline | null {
  return scanOutline(body, lines) ?? (cache === null ? null : cacheOutline(cache, lines));
}

function recordOf(path: string, lines: readonly string[], outline: Outline, options: ReadOptions): SessionRecord {
  return buildRecord(path, lines, outline, readProperties(path, lines, outline.frontmatter ?? findFrontmatter(lines)), options);
}

/**
 * The index's entry of a note: Will actions by the scanner, else from the outline of `cache` (the
 * metadata of exactly this text); properties and tags from `cache`, else from the text. Null when
 * neither reader can read the note. Strings are copied out of the text (`detach`), so the index
 * does not keep every note's text alive.
 */
export function noteEntry(path: string, text: string, cache: CachedMetadata | null, options: ReadOptions = {}): IndexEntry | null {
  const { body } = splitBom(text);
  const lines = splitLines(body);
  const outline = outlineOf(body, lines, cache);
  if (outline === null) return null;
  let props: NoteProperties;
  let tags: string[];
  if (cache === null) {
    props = readProperties(path, lines, outline.frontmatter ?? findFrontmatter(lines));
    tags = [...props.tags];
    for (const tag of inlineTags(lines, outline.blocks)) if (!tags.includes(tag)) tags.push(tag);
  } else {
    props = cacheProperties(cache.frontmatter);
    tags = cacheTags(cache);
  }
  const copy = (s: string | null) => (s === null ? null : detach(s));
  const phases = phasesByLine(outline, lines.length, phaseReader(options));
  return {
    path,
    client: copy(props.client),
    date: copy(props.date),
    type: copy(props.type),
    tags: tags.map(detach),
    fingerprint: noteFingerprint(text),
    actions: willActions(lines, outline, phases).map((a) => ({ ...a, text: detach(a.text), due: copy(a.due), completed: copy(a.completed) })),
    outside: outsideWillTasks(lines, outline, phases).map((t) => ({ ...t, heading: copy(t.heading) })),
    ...(hasUnclosedFrontmatter(lines) ? { frontmatterUnclosed: true as const } : {}),
  };
}

/**
 * The Will actions of a note's current text, or null when they cannot be read for sure: the
 * scanner declined and no cache of exactly this text was given.
 */
export function readWillActions(text: string, path: string, cacheOfThisText: CachedMetadata | null, options: ReadOptions = {}): readonly WillAction[] | null {
  const { body } = splitBom(text);
  const lines = splitLines(body);
  const outline = outlineOf(body, lines, cacheOfThisText);
  return outline === null ? null : recordOf(path, lines, outline, options).actions;
}

/** The record of exactly this text, or null when it cannot be read for sure (for writes). */
export function readRecordExactly(text: string, path: string, cacheOfThisText: CachedMetadata | null, options: ReadOptions = {}): SessionRecord | null {
  const { body } = splitBom(text);
  const lines = splitLines(body);
  const outline = outlineOf(body, lines, cacheOfThisText);
  return outline === null ? null : recordOf(path, lines, outline, options);
}
