import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, isCoachingNote } from '../../../src/core/note/coaching-rules';
import { detach, entryFromRecord, entryFromText, mayBeCoaching } from '../../../src/core/actions/entry';
import { readNote, remarkOutline } from '../../../src/core/note/remark-reading';
import type { Outline } from '../../../src/core/note/outline';
import { noteFingerprint } from '../../../src/core/actions/fingerprint';
import { grow, hostile } from '../note/scan.arbitraries';
import { findFrontmatter, hasUnclosedFrontmatter } from '../../../src/core/note/frontmatter-range';
import { splitLines } from '../../../src/core/note/lines';
import { readProperties } from '../../../src/core/note/properties';
import { frontmatterWarnings } from '../../../src/core/note/record';

const note = [
  '---',
  'type: coaching-session',
  'client: "[[Anna de Vries]]"',
  'date: 2026-11-03',
  'tags: [coaching, team]',
  '---',
  '## W — Wil',
  '- [ ] Agenda opschonen 📅 2026-11-10',
  '- [x] Met manager praten ✅ 2026-11-04',
  '',
].join('\n');

const remark = ({ body }: { body: string }): Outline => remarkOutline(body);
const never = (): Outline => {
  throw new Error('the fallback must not be asked');
};
const refuse = (): Outline | null => null;

describe('entryFromText', () => {
  it('reads a coaching note by the scanner: the fields the index needs, as readNote reads them', () => {
    const { entry, usedFallback, warnings } = entryFromText('Coaching/anna.md', note, DEFAULT_RULES, never);
    const record = readNote(note, 'Coaching/anna.md');
    expect(usedFallback).toBe(false);
    expect(warnings).toEqual([]);
    expect(entry).toEqual({
      path: 'Coaching/anna.md',
      client: 'Anna de Vries',
      date: '2026-11-03',
      type: 'coaching-session',
      tags: ['coaching', 'team'],
      fingerprint: noteFingerprint(note),
      actions: record.actions,
      outside: [],
    });
    expect(entry?.actions.map((a) => [a.line, a.status, a.due, a.completed])).toEqual([
      [8, 'open', '2026-11-10', null],
      [9, 'done', null, '2026-11-04'],
    ]);
  });

  it('leaves the fingerprint out when asked (the CLI), and only that', () => {
    const full = entryFromText('Coaching/anna.md', note, DEFAULT_RULES, never);
    const bare = entryFromText('Coaching/anna.md', note, DEFAULT_RULES, never, null, { fingerprint: false });
    expect(bare.entry?.fingerprint).toBe('');
    expect({ ...bare, entry: { ...bare.entry, fingerprint: full.entry?.fingerprint } }).toEqual(full);
  });

  it('gives no entry for a note that is no coaching note', () => {
    const text = '# Boodschappen\n\n## Wil\n- [ ] melk';
    expect(entryFromText('Elders/lijst.md', text, DEFAULT_RULES, never)).toEqual({ entry: null, usedFallback: false, warnings: [] });
  });

  it('finds coaching notes by folder, type and inline tag', () => {
    const body = '## Will\n- [ ] call';
    expect(entryFromText('Coaching/x.md', body, DEFAULT_RULES, never).entry?.actions).toHaveLength(1);
    expect(entryFromText('x.md', `---\ntype: coaching-session\n---\n${body}`, DEFAULT_RULES, never).entry).not.toBeNull();
    expect(entryFromText('x.md', `#coaching/intake\n\n${body}`, DEFAULT_RULES, never).entry?.tags).toEqual(['coaching/intake']);
  });

  it('asks the fallback where the scanner refuses, and says so', () => {
    const text = `${note}\nZie [de site][ref].\n\n[ref]: https://example.org\n`;
    let asked = 0;
    const result = entryFromText('Coaching/anna.md', text, DEFAULT_RULES, (note) => {
      asked += 1;
      return remark(note);
    });
    expect(asked).toBe(1);
    expect(result.usedFallback).toBe(true);
    expect(result.entry?.actions).toEqual(readNote(text, 'Coaching/anna.md').actions);
    expect(result.entry?.fingerprint).toBe(noteFingerprint(text));
  });

  it('refuses a note neither reader can read, with a warning that names it and what to do', () => {
    const text = `[ref]: https://example.org\n\n${note}`;
    const { entry, usedFallback, warnings } = entryFromText('Coaching/lastig.md', text, DEFAULT_RULES, refuse);
    expect(entry).toBeNull();
    expect(usedFallback).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Coaching/lastig.md');
    expect(warnings[0]).toContain('link reference definition');
    expect(warnings[0]).toMatch(/split or simplify the note/);
  });

  it('passes on the record’s warnings (invalid YAML) for a coaching note', () => {
    const text = '---\nclient: [\n---\n## Wil\n- [ ] x';
    const { entry, warnings } = entryFromText('Coaching/kapot.md', text, DEFAULT_RULES, never);
    expect(entry?.client).toBeNull();
    expect(warnings[0]).toMatch(/^Coaching\/kapot\.md:2: the frontmatter is not valid YAML/);
  });

  it('keeps a BOM, CRLF and CR note’s lines as readNote does', () => {
    for (const text of [`\uFEFF${note}`, note.replace(/\n/g, '\r\n'), note.replace(/\n/g, '\r')]) {
      const { entry } = entryFromText('Coaching/a.md', text, DEFAULT_RULES, never);
      expect(entry?.actions).toEqual(readNote(text, 'Coaching/a.md').actions);
    }
  });
});

describe('entryFromText with properties the caller has (the plugin: the metadata cache)', () => {
  const known = (type: string | null, tags: string[]) => ({
    properties: { client: 'Anna de Vries', date: '2026-11-03', type, tags, warning: null },
    tags,
  });
  const body = '## Wil\n- [ ] Agenda opschonen 📅 2026-11-10\n';

  it('decides by them, before anything is read: a note whose text names no coaching type or tag', () => {
    const { entry, usedFallback } = entryFromText('Elders/x.md', body, DEFAULT_RULES, never, known('coaching-session', ['team']));
    expect(usedFallback).toBe(false);
    expect(entry).toMatchObject({ client: 'Anna de Vries', date: '2026-11-03', type: 'coaching-session', tags: ['team'] });
    expect(entry?.actions.map((a) => [a.line, a.text, a.due])).toEqual([[2, 'Agenda opschonen', '2026-11-10']]);
  });

  it('gives no entry, and asks no reader, when they say it is no coaching note', () => {
    expect(entryFromText('Elders/x.md', note, DEFAULT_RULES, never, known('iets anders', ['team']))).toEqual({
      entry: null,
      usedFallback: false,
      warnings: [],
    });
  });

  it('keeps them over the text’s frontmatter, and asks the fallback for the outline where the scanner refuses', () => {
    const text = `${note}\nZie [de site][ref].\n\n[ref]: https://example.org\n`;
    const result = entryFromText('Coaching/anna.md', text, DEFAULT_RULES, remark, known(null, ['coaching/intake']));
    expect(result.usedFallback).toBe(true);
    expect(result.entry?.type).toBeNull();
    expect(result.entry?.tags).toEqual(['coaching/intake']);
    expect(result.entry?.actions).toEqual(readNote(text, 'Coaching/anna.md').actions);
  });
});

describe('detach', () => {
  it('returns an equal string', () => {
    for (const s of ['', 'a', 'kort', 'een langere tekst van een actie 📅', 'x'.repeat(10_000)]) expect(detach(s)).toBe(s);
  });
});

describe('entryFromText equals the full reading (fast-check)', () => {
  const rulesArb = fc.constantFrom(
    DEFAULT_RULES,
    { type: 'coaching-session', tag: 'Coaching', folder: '' },
    { type: '', tag: 'sessie', folder: 'Sessies' },
    { type: 'intake gesprek', tag: 'cöaching', folder: '' },
  );
  const pathArb = fc.constantFrom('Coaching/Anna/s1.md', 'Sessies/x.md', 'Elders/y.md', 'z.md');
  const fmArb = fc.constantFrom(
    '',
    '---\ntype: coaching-session\nclient: "[[Anna]]"\ndate: 2026-11-03\n---\n',
    '---\ntags: [Coaching/intake, team]\n---\n',
    '---\ntags:\n  - sessie\n---\n',
    '---\ntype: "coaching\\x2Dsession"\n---\n',
    '---\ntype: intake\n  gesprek\n---\n',
    '---\nclient: [\n---\n',
    '---\ntype: 1.0\ntags: 2024\n---\n',
  );
  const bodyArb = fc.oneof(
    grow,
    hostile,
    fc.constantFrom('# x\n\n#coaching\n## Wil\n- [ ] a', '```\n#coaching\n```\n## Wil\n- [ ] a', '## Wil\n- [ ] a #COACHING'),
  );

  it('on generated notes, paths and rules', () => {
    fc.assert(
      fc.property(rulesArb, pathArb, fmArb, bodyArb, (rules, path, fm, body) => {
        const text = body.startsWith('---') || body.startsWith('\uFEFF') ? body : fm + body;
        const record = readNote(text, path);
        const coaching = isCoachingNote(path, record, rules);
        const got = entryFromText(path, text, rules, remark);
        // The record cannot say that its frontmatter never closed; the entry (read from the text) does.
        const unclosed = hasUnclosedFrontmatter(splitLines(text)) ? { frontmatterUnclosed: true } : {};
        expect(got.entry, JSON.stringify(text)).toEqual(coaching ? { ...entryFromRecord(record, path, noteFingerprint(text)), ...unclosed } : null);
        // A coaching note keeps its reading's warnings; a note that may be one keeps those about its
        // frontmatter (broken or unclosed frontmatter can hide the tag), not those about its body.
        const lines = splitLines(text);
        const frontmatter = frontmatterWarnings(path, lines, readProperties(path, lines, findFrontmatter(lines)), 'en');
        expect(got.warnings).toEqual(coaching ? record.warnings : mayBeCoaching(path, text, null, rules) ? frontmatter : []);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('mayBeCoaching', () => {
  const lines = (text: string): string[] => text.split('\n');
  it('is true whenever the note could be a coaching note', () => {
    const cases: [string, string][] = [
      ['Coaching/a.md', 'niets'],
      ['a.md', '#COACHING'],
      ['a.md', '---\ntype: coaching-session\n---'],
      ['a.md', '---\ntags: "co\\x61ching"\n---'],
    ];
    for (const [path, text] of cases) expect(mayBeCoaching(path, text, lines(text), DEFAULT_RULES), text).toBe(true);
    expect(mayBeCoaching('a.md', '#kick', lines('#kick'), { ...DEFAULT_RULES, tag: 'kick' })).toBe(true);
    expect(mayBeCoaching('a.md', '#\u212Aick', lines('#\u212Aick'), { ...DEFAULT_RULES, tag: 'kick' })).toBe(true);
    expect(mayBeCoaching('a.md', 'x', lines('x'), { ...DEFAULT_RULES, tag: 'cöaching' })).toBe(true);
    expect(mayBeCoaching('a.md', 'x', lines('x'), { ...DEFAULT_RULES, type: 'intake gesprek' })).toBe(true);
  });
  it('is false for a note that mentions neither', () => {
    expect(mayBeCoaching('Notes/a.md', '# Boodschappen\n- [ ] melk #lijst', lines('# Boodschappen\n- [ ] melk #lijst'), DEFAULT_RULES)).toBe(false);
  });
});
