/**
 * The simple path of `updateProperties` (no YAML parser: `simpleLayout`, `renderPropertyFast`)
 * answers exactly as the YAML parser's path does, wherever it answers: the same status, the same
 * text, byte for byte. Held over random notes of the shape coaches' notes have (simple frontmatter,
 * owned keys as GROW Coach wrote them, actions ticked between runs), over every note in the repo's
 * fixtures and sample vault, and over the benchmark's generated vaults. Each suite also checks that
 * the simple path does answer for most of its notes, so the comparison is not empty.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPropertyFast, renderPropertyWithYaml } from '../../../src/core/properties/owned-yaml';
import { updateProperties, updatePropertiesByYaml, updatePropertiesSimple, type UpdateResult } from '../../../src/core/properties/write';
import type { OwnedProperty } from '../../../src/core/properties/owned-keys';
import { readNote } from '../../../src/core/note/remark-reading';
import { coachingNote, prng, roughCoachingNote } from '../../bench/generate';

const root = path.resolve(__dirname, '..', '..', '..');

/** Compares the two paths on `text`; true when the simple path answered. */
function agree(text: string, file = 'note.md'): boolean {
  const record = readNote(text, file);
  const simple = updatePropertiesSimple(text, record, file);
  const yaml = updatePropertiesByYaml(text, record, file);
  expect(updateProperties(text, record, file)).toEqual(yaml);
  if (simple === null) return false;
  expect(simple, file).toEqual(yaml);
  return true;
}

/** The note after an update (or as it was). */
const applied = (text: string, result: UpdateResult): string => (result.status === 'updated' ? result.text : text);

/** Agreement on the note, on the note once written, and on the written note with its first open action ticked. */
function agreeThroughEdits(text: string, file: string): number {
  let answered = agree(text, file) ? 1 : 0;
  const written = applied(text, updatePropertiesByYaml(text, readNote(text, file), file));
  answered += agree(written, file) ? 1 : 0;
  const ticked = written.replace('- [ ] ', '- [x] ');
  answered += agree(ticked, file) ? 1 : 0;
  return answered;
}

const LETTERS = [...'abcdefghijklmnoprstuvwyz', 'é', 'ë', 'ü', 'ñ', 'ß', 'ø'];
const word = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 9 });
/** Action and answer texts: mostly plain sentences, some with what needs quoting (`:`, `#`, quotes, a leading digit). */
const phrase = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 6 }),
    fc.constantFrom('', '.', '?', '!', ' (HR)', ': vóór vrijdag', ' #focus', " 'mijn' plan", ' 100%', ' en/of', ' – snel'),
    fc.boolean(),
  )
  .map(([ws, end, cap]) => {
    const s = ws.join(' ') + end;
    return cap ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  });
const date = fc
  .tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const userKey = fc.constantFrom(
  'type: coaching-session',
  'client: "[[Anna de Vries]]"',
  "client: '[[Bram]]'",
  'session: 3',
  'kind: session',
  'duration: 60',
  'paid: true',
);
const userLine = fc.oneof(
  userKey,
  date.map((d) => `date: ${d}`),
  fc.constantFrom('tags: [coaching, sessie]', 'tags:\n  - coaching', 'tags:\n- coaching\n- gesprek', 'aliases: []', 'coach: Sanne'),
);
const action = fc
  .tuple(fc.constantFrom(' ', ' ', 'x', '-', '/'), phrase, fc.option(date, { nil: null }))
  .map(([c, t, d]) => `- [${c}] ${t}${d === null ? '' : ` 📅 ${d}`}`);

const simpleNote = fc
  .record({
    user: fc.uniqueArray(userLine, { maxLength: 6, selector: (l) => l.split(':')[0] }),
    frontmatter: fc.boolean(),
    goal: phrase,
    reality: fc.array(phrase, { minLength: 1, maxLength: 2 }),
    options: fc.array(phrase, { maxLength: 3 }),
    actions: fc.array(action, { maxLength: 5 }),
    scale: fc.option(fc.constantFrom('6', '7,5', '8.5', '10'), { nil: null }),
    crlf: fc.boolean(),
  })
  .map(({ user, frontmatter, goal, reality, options, actions, scale, crlf }) => {
    const lines = [
      ...(frontmatter ? ['---', ...user, '---'] : []),
      '# Sessie',
      '## Doel',
      goal,
      '## Realiteit',
      ...reality,
      ...(scale === null ? [] : [`Schaal: ${scale}`]),
      '## Opties',
      ...options.map((o) => `- ${o}`),
      '## Wil',
      ...actions,
      '',
    ];
    return lines.join(crlf ? '\r\n' : '\n');
  });

describe('the simple path answers as the YAML path does', () => {
  it('over random notes of the usual shape, as generated, once written, and after a tick', () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(simpleNote, (text) => {
        runs += 3;
        answered += agreeThroughEdits(text, 'note.md');
      }),
      { numRuns: 300 },
    );
    expect(answered / runs).toBeGreaterThan(0.5);
  });

  it("over every note in the repo's fixtures and sample vault", () => {
    const notes: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.md')) notes.push(full);
      }
    };
    walk(path.join(root, 'test', 'fixtures'));
    walk(path.join(root, 'examples'));
    let answered = 0;
    for (const file of notes) answered += agreeThroughEdits(readFileSync(file, 'utf8'), path.relative(root, file));
    expect(notes.length).toBeGreaterThan(40);
    expect(answered).toBeGreaterThan(notes.length);
  });

  it("over the benchmark's generated coaching notes (both shapes)", () => {
    const r = prng(11);
    let answered = 0;
    const n = 60;
    for (let i = 0; i < n; i += 1) {
      const kind = coachingNote(r, i);
      const rough = roughCoachingNote(r, i);
      answered += agreeThroughEdits(kind.text, kind.path) + agreeThroughEdits(rough.text, rough.path);
    }
    expect(answered / (n * 6)).toBeGreaterThan(0.5);
  });
});

describe('renderPropertyFast writes what the yaml package writes', () => {
  const texts = fc.oneof(
    phrase,
    fc.string({ unit: fc.constantFrom(...LETTERS, ' ', '.', ',', ';', '!', '?', '(', ')', '/', '+', '&', '%', '€', "'", '’', '-', '1', '0'), maxLength: 14 }),
    fc.constantFrom('yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'Null', 'a  b', 'a ', 'Émile bellen', 'Ĳsselmeer', 'e', 'x&y'),
  );
  it('for text, lists and numbers, wherever it writes at all', () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(texts, texts, fc.oneof(fc.integer({ min: -20, max: 1000 }), fc.double({ noNaN: true, min: -100, max: 100 })), (a, b, n) => {
        const props: OwnedProperty[] = [
          { key: 'grow_goal', value: { kind: 'text', value: a } },
          { key: 'grow_actions', value: { kind: 'list', value: [a, b] } },
          { key: 'grow_scale', value: { kind: 'number', value: n } },
          { key: 'grow_next_due', value: { kind: 'date', value: '2026-12-01' } },
        ];
        for (const prop of props) {
          runs += 1;
          const rendered = renderPropertyFast(prop, '');
          if (rendered === null) continue;
          fast += 1;
          expect(rendered).toEqual(renderPropertyWithYaml(prop, ''));
        }
      }),
      { numRuns: 2000 },
    );
    expect(fast / runs).toBeGreaterThan(0.4);
  });
});
