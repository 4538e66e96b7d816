/**
 * Issue 3's promises, over random notes: random bodies (headings in both languages, `---` lines,
 * code fences holding `---`, tasks with due dates, measures) under random user frontmatter
 * (comments, every quoting style, flow and block lists, folded text, trailing comments, stale
 * owned keys), with LF, CRLF or mixed line endings, with or without a BOM. For each:
 * - the body after the frontmatter is byte-for-byte the same;
 * - every frontmatter line that is not an owned key's is the same, in the same order, with the
 *   same line ending (user keys, comments, blank lines);
 * - the owned keys hold what the record says;
 * - a second run writes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { isOwnedKey, ownedProperties, updateProperties } from '../../../src/core/properties/write';
import { readNote } from '../../../src/core/note/remark-reading';

const CHARS = [
  ...'abcdefghij klmnop',
  'é',
  'ß',
  '🎯',
  '日',
  ':',
  '#',
  '-',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '*',
  '&',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  ',',
  '?',
  '\t',
  '\\',
];
const text = (max = 24) => fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: max });
const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 8 });
const date = fc
  .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** One or more body lines (joined with `\n`; the note's line endings are chosen later). */
const bodyBlock: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('## Goal', '## Doel', '## Reality', '## Realiteit', '## Options', '## Opties', '## Will', '## Wil', '# Sessie', '### Notes'),
  text(40),
  fc.constant(''),
  fc.constantFrom('---', '***', '- - -', '--- ', '----'),
  fc.tuple(text(), fc.constantFrom('---', 'grow_goal: x', '# ## Goal')).map(([a, b]) => `\`\`\`\n${a}\n${b}\n\`\`\``),
  fc.tuple(fc.constantFrom(' ', 'x', '-', '/'), text(), fc.option(date)).map(([c, t, d]) => `- [${c}] ${t}${d === null ? '' : ` 📅 ${d}`}`),
  text().map((t) => `- ${t}`),
  fc.tuple(fc.constantFrom('Schaal 1-10:', 'Scale:', 'Commitment:', 'Inzet'), fc.integer({ min: 0, max: 12 })).map(([w, n]) => `${w} ${n}/10`),
  text().map((t) => `> [!question] ${t}`),
);

/** A YAML value written by the yaml package in a chosen style, so it is always valid. */
function scalarText(value: string, style: Scalar.Type): string {
  const doc = new Document(value);
  if (isScalar(doc.contents)) doc.contents.type = style;
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

const STYLES = [Scalar.PLAIN, Scalar.QUOTE_SINGLE, Scalar.QUOTE_DOUBLE] as const;
const comment = fc.option(
  text(12).map((t) => ` # ${t.replace(/\t/g, ' ')}`),
  { nil: '' },
);

/** The text of one user entry for `key` (possibly several lines). */
const userValue: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(text(), fc.constantFrom(...STYLES), comment).map(([v, s, c]) => ` ${scalarText(v, s)}${c}`),
  fc.array(text(8), { minLength: 1, maxLength: 3 }).map((items) => ` [${items.map((i) => scalarText(i, Scalar.QUOTE_DOUBLE)).join(', ')}]`),
  fc
    .tuple(fc.array(text(8), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([items, indent]) => items.map((i) => `\n${indent ? '  ' : ''}- ${scalarText(i, Scalar.QUOTE_SINGLE)}`).join('')),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((lines) => ` >\n${lines.map((l) => `  ${l}`).join('\n')}`),
  fc.integer({ min: -5, max: 500 }).map((n) => ` ${n}`),
  date.map((d) => ` ${d}`),
  fc.constant(''),
  fc.constant(' {a: 1, "b": [2, 3]}'),
);

const OWNED_SAMPLES = ['grow_goal: stale goal', 'grow_open: 9', 'grow_options:\n  - old', "grow_next_due: '2020-01-01'", 'grow_scale: 4 # mine'];

type Entry = { kind: 'user'; key: string; value: string } | { kind: 'comment'; text: string } | { kind: 'blank' } | { kind: 'owned'; text: string };
const entry: fc.Arbitrary<Entry> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('user' as const),
      key: fc.oneof(word, fc.constantFrom('__proto__', 'tags', 'client', 'grow', 'grow_other', 'Datum')),
      value: userValue,
    }),
  },
  { weight: 1, arbitrary: text(20).map((t) => ({ kind: 'comment' as const, text: `# ${t}` })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const }) },
  { weight: 1, arbitrary: fc.constantFrom(...OWNED_SAMPLES).map((t) => ({ kind: 'owned' as const, text: t })) },
);

/** Entries with unique keys (owned and user), as frontmatter lines. */
const frontmatter = fc.array(entry, { maxLength: 8 }).map((entries) => {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of entries) {
    const key = e.kind === 'user' ? e.key : e.kind === 'owned' ? e.text.split(':')[0]! : null;
    if (key !== null && seen.has(key)) continue;
    if (key !== null) seen.add(key);
    if (e.kind === 'user') lines.push(`${e.key}:${e.value}`);
    else if (e.kind === 'comment') lines.push(e.text);
    else if (e.kind === 'blank') lines.push('');
    else lines.push(e.text);
  }
  return lines.join('\n');
});

const eolStyle = fc.constantFrom('lf', 'crlf', 'mixed');
function withEols(lines: string[], style: string, seed: number): string {
  return lines.map((l, i) => l + (style === 'lf' ? '\n' : style === 'crlf' ? '\r\n' : (seed >> (i % 30)) & 1 ? '\r\n' : '\n')).join('');
}

const note = fc
  .record({
    fm: fc.option(frontmatter, { nil: null }),
    body: fc.array(bodyBlock, { maxLength: 14 }).map((blocks) => blocks.join('\n')),
    eol: eolStyle,
    seed: fc.nat(),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map(({ fm, body, eol, seed, bom, finalEol }) => {
    const fmLines = fm === null ? [] : ['---', ...(fm === '' ? [] : fm.split('\n')), '---'];
    const bodyLines = body.split('\n');
    let all = withEols([...fmLines, ...bodyLines], eol, seed);
    if (!finalEol) all = all.replace(/\r?\n$/, '');
    return (bom ? '\uFEFF' : '') + all;
  });

interface Split {
  bom: string;
  fm: string[] | null;
  body: string;
}

/** Splits a note by the fence rule, keeping each frontmatter line's ending. */
function split(text: string): Split {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rest = text.slice(bom.length);
  const lines = rest.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g)!.filter((l, i, all) => l !== '' || i < all.length - 1);
  if (!/^---[ \t]*(?:\r\n|\r|\n|$)/.test(lines[0] ?? '')) return { bom, fm: null, body: rest };
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*(?:\r\n|\r|\n|$)/.test(l));
  if (close === -1) return { bom, fm: null, body: rest };
  return { bom, fm: lines.slice(1, close), body: lines.slice(close + 1).join('') };
}

/** The frontmatter lines that do not belong to an owned key (by the yaml package's ranges). */
function userLines(fm: string[]): string[] {
  const source = fm.map((l) => l.replace(/\r?\n|\r$/, '\n')).join('');
  const doc = parseDocument(source);
  expect(doc.errors).toEqual([]);
  const owned = new Set<number>();
  const starts: number[] = [];
  let at = 0;
  for (const line of fm) {
    starts.push(at);
    at += line.replace(/\r?\n|\r$/, '\n').length;
  }
  const lineOf = (offset: number) => starts.filter((s) => s <= offset).length - 1;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !isOwnedKey(pair.key.value)) continue;
      const keyRange = pair.key.range ?? [0, 0, 0];
      const end = Math.max(keyRange[2], (pair.value as { range?: number[] } | null)?.range?.[2] ?? 0);
      for (let l = lineOf(keyRange[0]); l <= lineOf(end - 1); l += 1) owned.add(l);
    }
  }
  return fm.filter((_, i) => !owned.has(i));
}

describe('updateProperties over random notes', () => {
  it('keeps the body and every user line byte for byte, writes the record, and is idempotent', () => {
    fc.assert(
      fc.property(note, (input) => {
        const before = split(input);
        if (before.fm !== null) {
          // Only a valid map of properties is in scope here (a body that starts with `---` can make
          // one that is not); malformed YAML is refused, as the fixture tests show.
          const doc = parseDocument(before.fm.join('').replace(/\r\n?/g, '\n'));
          fc.pre(doc.errors.length === 0 && (doc.contents === null || (isMap(doc.contents) && !doc.contents.flow)));
        }
        const record = readNote(input, 'note.md');
        const result = updateProperties(input, record, 'note.md');
        if (before.fm === null && /^---[ \t]*(?:\r\n|\r|\n|$)/.test(before.body) && ownedProperties(record).length > 0) {
          // A first `---` that nothing closes may be a half-written frontmatter: refused, untouched.
          expect(result).toMatchObject({ status: 'refused' });
          return;
        }
        expect(result.status).not.toBe('refused');
        const output = result.status === 'updated' ? result.text : input;
        const after = split(output);

        expect(after.bom).toBe(before.bom);
        if (before.fm === null && result.status === 'updated') expect(after.body).toBe(input.slice(before.bom.length));
        else expect(after.body).toBe(before.body);
        if (before.fm !== null) expect(userLines(after.fm ?? [])).toEqual(userLines(before.fm));

        const reread = readNote(output, 'note.md');
        expect(ownedProperties(reread)).toEqual(ownedProperties(record));
        const doc = parseDocument((after.fm ?? []).join('').replace(/\r\n?/g, '\n'));
        for (const prop of ownedProperties(record)) {
          const value = (doc.toJS() as Record<string, unknown>)[prop.key];
          expect(value).toEqual(prop.value.value);
        }
        expect(updateProperties(output, reread, 'note.md')).toEqual({ status: 'unchanged' });
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, whatever the frontmatter holds (refusing is fine)', () => {
    const anyFm = fc.array(fc.oneof(text(30), fc.constantFrom('a: [', 'b: {', '- x', '? k', '&a x: *a', 'k: !!binary x', '%YAML 1.2', '...', 'a: 1\na: 2')), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(anyFm, fc.array(bodyBlock, { maxLength: 6 }), (fm, body) => {
        const input = `---\n${fm.join('\n')}\n---\n${body.join('\n')}\n`;
        const result = updateProperties(input, readNote(input, 'n.md'), 'n.md');
        if (result.status === 'refused') expect(result.reason).toMatch(/^n\.md(?::\d+)?: /);
        if (result.status === 'updated') expect(split(result.text).body).toBe(split(input).body);
      }),
      { numRuns: 400 },
    );
  });
});
