/**
 * Action lint's two reasons over notes written the way coaches write them (test/fixtures/lint-owners):
 * a vague verb without a due date, and no owner where the coach marks owners.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNote } from '../../../src/core/note/remark-reading';
import { scanRecord } from '../../../src/core/note/scan';
import { lintedActions, lintNotes, marksOwners, vaguePhrases } from '../../../src/core/trajectory/lint';

const vault = path.resolve(__dirname, '..', '..', 'fixtures', 'lint-owners', 'Coaching');
const files = readdirSync(vault).sort();
const text = (file: string) => readFileSync(path.join(vault, file), 'utf8');
const lineOf = (file: string, words: string) =>
  text(file)
    .split('\n')
    .findIndex((l) => l.includes(words)) + 1;

const ANNA = '2026-11-06 sessie 2 Anna.md';
const SAM = '2026-11-10 session 3 Sam.md';
const BRAM = '2026-11-12 sessie 1 Bram.md';
const CLAIRE = '2026-11-13 session 2 Claire.md';

/** Both readers: the fast scanner and the remark reference. */
const readers = {
  scanner: (file: string) => scanRecord(text(file), file)!,
  remark: (file: string) => readNote(text(file), file),
};

describe('the reader keeps how an owner was stated', () => {
  for (const [name, read] of Object.entries(readers)) {
    it(`(${name}) a field, a coach heading, or nothing (the client by default)`, () => {
      expect(read(BRAM).actions.map((a) => [a.text, a.owner ?? 'client', a.ownerBy ?? 'default'])).toEqual([
        ['Teamleider bellen over de planning', 'client', 'default'],
        ['Leesrooster maken voor december', 'client', 'default'],
        ['Tussenevaluatie plannen', 'coach', 'heading'],
        ['Bram stuurt mij zijn cv vóór de volgende sessie', 'client', 'field'],
      ]);
      expect(read(CLAIRE).actions.map((a) => [a.owner ?? 'client', a.ownerBy ?? 'default'])).toEqual([
        ['client', 'field'],
        ['client', 'default'],
        ['coach', 'field'],
      ]);
    });
  }
});

describe('no owner, where the coach marks owners', () => {
  it('a note marks owners when an action carries [owner:: client] and no coach heading sorts the tasks by place', () => {
    const marks = (file: string) => marksOwners(readers.scanner(file).actions);
    // Anna: every owner written as a field (klant, client, coach).
    expect(marks(ANNA)).toBe(true);
    // Sam: only the coach's own task marked, the client implied for the rest — the documented shorthand.
    expect(marks(SAM)).toBe(false);
    // Bram: a coach heading, with [owner:: klant] under it as the way back: owners by place.
    expect(marks(BRAM)).toBe(false);
    // Claire: a field on the client's task and on the coach's task under its heading.
    expect(marks(CLAIRE)).toBe(true);
    expect(marksOwners([])).toBe(false);
  });

  for (const [name, read] of Object.entries(readers)) {
    it(`(${name}) names the open unowned actions of such notes and the vague undated ones, with the reason`, () => {
      const notes = files.map((file) => ({ path: file, actions: read(file).actions }));
      const findings = lintNotes(notes, vaguePhrases());
      expect(findings.map((f) => [f.file, f.line, f.text, f.kind, f.phrase])).toEqual([
        [ANNA, lineOf(ANNA, 'Met Joris'), 'Met Joris de verdeling van de taken bespreken', 'owner', null],
        [ANNA, lineOf(ANNA, 'Nadenken over'), 'Nadenken over mijn rol in het MT', 'vague', 'nadenken over'],
        [ANNA, lineOf(ANNA, 'Nadenken over'), 'Nadenken over mijn rol in het MT', 'owner', null],
        [SAM, lineOf(SAM, 'Try to'), 'Try to say no once a week', 'vague', 'try to'],
        [CLAIRE, lineOf(CLAIRE, 'Book a meeting'), 'Book a meeting with HR about the budget', 'owner', null],
      ]);
      // An action named for both reasons counts once.
      expect(lintedActions(findings)).toBe(4);
    });
  }

  it('a done or cancelled action is never named; a dated one can still lack an owner', () => {
    const actions = readers.scanner(ANNA).actions;
    const named = new Set(lintNotes([{ path: ANNA, actions }], vaguePhrases()).map((f) => f.text));
    expect(named.has('Cursus timemanagement zoeken')).toBe(false);
    expect(named.has('Agenda van het teamoverleg rondsturen')).toBe(false);
    expect(actions.find((a) => a.text.startsWith('Met Joris'))?.due).toBe('2026-11-27');
  });

  it('marking one more owner takes the finding away; removing the last client field takes every owner finding away', () => {
    const owned = text(CLAIRE).replace('Book a meeting with HR about the budget', 'Book a meeting with HR about the budget [owner:: client]');
    expect(lintNotes([{ path: CLAIRE, actions: scanRecord(owned, CLAIRE)!.actions }], vaguePhrases())).toEqual([]);
    const shorthand = text(CLAIRE).replace(' (owner:: client)', '');
    expect(lintNotes([{ path: CLAIRE, actions: scanRecord(shorthand, CLAIRE)!.actions }], vaguePhrases())).toEqual([]);
  });
});
