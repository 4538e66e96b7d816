/**
 * How the plugin reads a coaching note: the fast scanner first; where it declines a note, the
 * outline Obsidian's metadata cache gives (only when that cache belongs to the same text). Both
 * end in `buildRecord`, so the plugin and the CLI differ at most in the outline.
 */
import type { CachedMetadata } from 'obsidian';
import { findFrontmatter } from '../core/frontmatter-range';
import { splitBom, splitLines } from '../core/lines';
import { readProperties } from '../core/note-properties';
import type { Outline } from '../core/outline';
import { buildRecord } from '../core/record';
import { scanOutline } from '../core/scan';
import type { SessionRecord, WillAction } from '../core/session';
import { cacheOutline } from './cache-outline';

function outlineOf(body: string, lines: readonly string[], cache: CachedMetadata | null): Outline | null {
  return scanOutline(body, lines) ?? (cache === null ? null : cacheOutline(cache, lines));
}

function recordOf(path: string, lines: readonly string[], outline: Outline): SessionRecord {
  return buildRecord(path, lines, outline, readProperties(path, lines, outline.frontmatter ?? findFrontmatter(lines)));
}

/**
 * The index's fallback reader, for a note the scanner declined: the outline of Obsidian's metadata
 * cache of this text (null without one).
 */
export function readFromCache(text: string, path: string, cache: CachedMetadata | null): SessionRecord | null {
  if (cache === null) return null;
  const lines = splitLines(splitBom(text).body);
  return recordOf(path, lines, cacheOutline(cache, lines));
}

/**
 * The Will actions of a note's current text, or null when they cannot be read for sure: the
 * scanner declined and no cache of exactly this text was given.
 */
export function readWillActions(text: string, path: string, cacheOfThisText: CachedMetadata | null): readonly WillAction[] | null {
  const { body } = splitBom(text);
  const lines = splitLines(body);
  const outline = outlineOf(body, lines, cacheOfThisText);
  return outline === null ? null : recordOf(path, lines, outline).actions;
}

/** The record of exactly this text, or null when it cannot be read for sure (for writes). */
export function readRecordExactly(text: string, path: string, cacheOfThisText: CachedMetadata | null): SessionRecord | null {
  const { body } = splitBom(text);
  const lines = splitLines(body);
  const outline = outlineOf(body, lines, cacheOfThisText);
  return outline === null ? null : recordOf(path, lines, outline);
}
