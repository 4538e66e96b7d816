/**
 * How the plugin reads a coaching note: the fast scanner first; where it declines a note, the
 * outline Obsidian's metadata cache gives (only when that cache belongs to the same text). The
 * index entry comes from the core's builder and the record from `buildRecord`, as in the CLI, so
 * the plugin and the CLI differ at most in the outline.
 */
import type { CachedMetadata } from 'obsidian';
import { findFrontmatter } from '../../core/note/frontmatter-range';
import { bodyLines, splitBom } from '../../core/note/lines';
import { entryFromText, type EntryResult } from '../../core/actions/entry';
import type { CoachingRules } from '../../core/note/coaching-rules';
import { readProperties } from '../../core/note/properties';
import type { Outline } from '../../core/note/outline';
import { buildRecord, type ReadOptions } from '../../core/note/record';
import { scanOutline } from '../../core/note/scan';
import type { SessionRecord, WillAction } from '../../core/note/session';
import { cacheKnown, cacheOutline } from './cache-outline';

function outlineOf(body: string, lines: readonly string[], cache: CachedMetadata | null): Outline | null {
  return scanOutline(body, lines) ?? (cache === null ? null : cacheOutline(cache, lines));
}

function recordOf(path: string, lines: readonly string[], outline: Outline, options: ReadOptions): SessionRecord {
  return buildRecord(path, lines, outline, readProperties(path, lines, outline.frontmatter ?? findFrontmatter(lines)), options);
}

/**
 * The index's entry of a note, by the core's one entry builder: Will actions by the scanner, else
 * from the outline of `cache` (the metadata of exactly this text); properties and tags from
 * `cache`, else from the text. The caller decided that the note is a coaching note.
 */
export function noteEntry(path: string, text: string, cache: CachedMetadata | null, rules: CoachingRules, options: ReadOptions = {}): EntryResult {
  if (cache === null) return entryFromText(path, text, rules, () => null, null, options);
  return entryFromText(path, text, rules, ({ lines }) => cacheOutline(cache, lines), cacheKnown(cache), options);
}

/**
 * The Will actions of a note's current text, or null when they cannot be read for sure: the
 * scanner declined and no cache of exactly this text was given.
 */
export function readWillActions(text: string, path: string, cacheOfThisText: CachedMetadata | null, options: ReadOptions = {}): readonly WillAction[] | null {
  const { body } = splitBom(text);
  const lines = bodyLines(body);
  const outline = outlineOf(body, lines, cacheOfThisText);
  return outline === null ? null : recordOf(path, lines, outline, options).actions;
}

/** The record of exactly this text, or null when it cannot be read for sure (for writes). */
export function readRecordExactly(text: string, path: string, cacheOfThisText: CachedMetadata | null, options: ReadOptions = {}): SessionRecord | null {
  const { body } = splitBom(text);
  const lines = bodyLines(body);
  const outline = outlineOf(body, lines, cacheOfThisText);
  return outline === null ? null : recordOf(path, lines, outline, options);
}
