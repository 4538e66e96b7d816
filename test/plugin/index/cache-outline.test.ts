import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FrontMatterCache } from 'obsidian';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findFrontmatter } from '../../../src/core/note/frontmatter-range';
import { splitBom, splitLines } from '../../../src/core/note/lines';
import { readProperties } from '../../../src/core/note/properties';
import { readNote } from '../../../src/core/note/remark-reading';
import { buildRecord } from '../../../src/core/note/record';
import { cacheMayHaveTasks, cacheOutline, cacheProperties, cacheTags } from '../../../src/plugin/index/cache-outline';
import { computeCachedMetadata } from '../../harness/metadata';

const fixtures = path.resolve(__dirname, '../../fixtures');

function notes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return notes(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

// reading/ and unclosed/ (issue 11): coaches' headings, and frontmatter that never closes, which
// Obsidian's cache reads as no frontmatter with the note's tasks listed.
const files = [...['notes', 'vault', 'reading', 'unclosed'].flatMap((dir) => notes(path.join(fixtures, dir)))];

function viaCache(text: string, file: string) {
  const { body } = splitBom(text);
  const lines = splitLines(body);
  const cache = computeCachedMetadata(body);
  const outline = cacheOutline(cache, lines);
  return { cache, record: buildRecord(file, lines, outline, readProperties(file, lines, outline.frontmatter ?? findFrontmatter(lines))) };
}

describe('cacheOutline', () => {
  it.each(files.map((f) => [path.relative(fixtures, f), f]))('reads the same Will actions as remark: %s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const reference = readNote(text, 'n.md');
    const { record } = viaCache(text, 'n.md');
    // `%%` comments hide list items from Obsidian's cache; no fixture puts an action in one.
    expect(record.actions).toEqual(reference.actions);
  });

  it.each(files.map((f) => [path.relative(fixtures, f), f]))('reads the same properties from the cache: %s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const reference = readNote(text, 'n.md');
    const { cache } = viaCache(text, 'n.md');
    if (reference.warnings.some((w) => w.includes('YAML'))) return; // invalid YAML: the cache has no frontmatter either
    const props = cacheProperties(cache.frontmatter);
    expect({ client: props.client, date: props.date, type: props.type }).toEqual({ client: reference.client, date: reference.date, type: reference.type });
    expect(new Set(cacheTags(cache))).toEqual(new Set(reference.tags));
  });

  it('finds marker columns of nested and quoted items, and top-level items only in top-level lists', () => {
    const text = ['## Will', '- [ ] a', '    - [ ] b', '> - [ ] c', '', '1. [ ] d', ''].join('\n');
    const outline = cacheOutline(computeCachedMetadata(text), splitLines(text));
    expect(outline.items.map((i) => [i.line, i.col, i.topLevel, i.paragraphFirst])).toEqual([
      [2, 0, true, true],
      [3, 4, false, true],
      [4, 2, false, true],
      [6, 0, true, true],
    ]);
  });

  it('says a note without task items need not be read, unless a %% comment may hide one', () => {
    expect(cacheMayHaveTasks(computeCachedMetadata('## Will\n- plain\n'))).toBe(false);
    expect(cacheMayHaveTasks(computeCachedMetadata('## Will\n- [ ] task\n'))).toBe(true);
    expect(cacheMayHaveTasks(computeCachedMetadata('## Will\n%%\n- [ ] hidden\n%%\n'))).toBe(true);
  });
});

describe('cacheProperties', () => {
  it('reads an unquoted wikilink client, dates, and tags in every shape', () => {
    expect(cacheProperties({ client: [['Anna de Vries']], date: '2026-11-03', tags: 'coaching, team' })).toEqual({
      client: 'Anna de Vries',
      date: '2026-11-03',
      type: null,
      tags: ['coaching', 'team'],
      warning: null,
    });
    expect(cacheProperties({ client: '[[Clients/Bram|Bram]]', date: '2026-11-03T10:00', tag: ['#coaching/intake'], type: 'coaching-session' })).toMatchObject({
      client: 'Bram',
      date: '2026-11-03',
      type: 'coaching-session',
      tags: ['coaching/intake'],
    });
    expect(cacheProperties(undefined).client).toBeNull();
  });
});

describe('one reading of the read keys', () => {
  it('gives the same properties from the YAML text as from the plain values Obsidian caches', () => {
    const cases = [
      'client: [[Anna de Vries]]\ndate: 2026-11-03T10:00\ntype: coaching-session\ntags: [coaching, "#team"]',
      'client: "[[Mappen/Bram|Bram J.]]"\ndate: 2026-11-03\ntag: coaching/intake',
      'client: 42\ntype: true\ntags:\n  - a\n  - [b]\n  - c',
      'client: [[[Diep]]]\ndate: [2026-11-03]\ntags: a, b c',
      'client:\ndate: null\ntags:',
    ];
    for (const yaml of cases) {
      const lines = ['---', ...yaml.split('\n'), '---', ''];
      const fromText = readProperties('x.md', lines, { startLine: 1, endLine: lines.length - 1 });
      const fromCache = cacheProperties(parse(yaml) as FrontMatterCache);
      expect(fromCache, yaml).toEqual(fromText);
    }
  });
});
