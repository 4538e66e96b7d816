/**
 * The task-line reading against the Tasks plugin itself: each line of
 * test/fixtures/tasks-plugin/task-lines.json (lines from the Tasks plugin's tests and docs, and
 * lines written as coaches write them) with what Tasks read from it. Where GROW Coach reads a line
 * differently on purpose, the case names the reason (see `deviation`) and the test checks that
 * difference instead.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIELD_RULES, lastSymbol, lastSymbols, readTaskLine, statusTypeOf } from '../../../src/core/note/task-line';
import { asTasks, cases, deviation, withoutType } from './tasks-fixture';

describe('reading task lines as the Tasks plugin reads them', () => {
  it('has at least 80 lines from the Tasks plugin itself', () => {
    expect(cases.filter((c) => c.source !== 'grow').length).toBeGreaterThanOrEqual(80);
  });

  for (const c of cases) {
    it(`${c.source}: ${c.line}`, () => {
      const ours = readTaskLine(c.line);
      expect(ours).not.toBeNull();
      const mine = asTasks(ours!);
      const theirs = withoutType(c.read);
      switch (deviation(c)) {
        case 'due-in-sentence':
          // The sentence is the same; only the due date is read from it.
          expect({ ...mine, due: null }).toEqual(theirs);
          expect(c.read.description).toMatch(/(📅|📆|🗓|due::)/u);
          return;
        case 'key-case':
          expect(mine.due ?? mine.done ?? mine.scheduled).not.toBeNull();
          return;
        case 'uppercase-x':
          expect(mine).toEqual(theirs);
          expect(ours!.statusType).toBe('DONE');
          return;
        case 'impossible-date':
          expect({ ...mine, due: theirs.due, recurrence: theirs.recurrence }).toEqual(theirs);
          return;
        default:
          expect(mine).toEqual(theirs);
          if (c.read.statusType !== 'NON_TASK') expect(ours!.statusType).toBe(c.read.statusType);
      }
    });
  }
});

describe('status types as the Tasks plugin defaults read them', () => {
  it('reads space, x, /, - as its four default statuses, X as done, every other character as to do', () => {
    expect([' ', 'x', 'X', '/', '-'].map(statusTypeOf)).toEqual(['TODO', 'DONE', 'DONE', 'IN_PROGRESS', 'CANCELLED']);
    // Forwarded, scheduled, question, important: statuses Tasks does not know by default (open).
    expect(['>', '<', '?', '!', 'h'].map(statusTypeOf)).toEqual(['TODO', 'TODO', 'TODO', 'TODO', 'TODO']);
  });
});

describe('reading never changes the line and keeps the fields in place', () => {
  it('gives spans that point at each field as written', () => {
    const line = '> 1. [/] Bel Piet [owner:: coach] 🔁 every week ⏳ 2026-03-01 📅 2026-03-02 ^abc  ';
    const task = readTaskLine(line)!;
    expect(task.prefix).toBe('> 1. ');
    expect(task.description).toBe('Bel Piet [owner:: coach]');
    expect(task.inlineFields).toEqual({ owner: 'coach' });
    expect(task.blockId).toBe('abc');
    for (const token of task.tokens) expect(line.slice(token.start, token.end)).toContain(token.value);
  });
  it('reads a line of fields and no words, and a priority alone', () => {
    expect(readTaskLine('- [ ] 📅 2026-03-10')?.fields.due).toBe('2026-03-10');
    expect(readTaskLine('- [ ] ⏫')).toMatchObject({ description: '', fields: { priority: 'high' } });
  });
  it('reads only the trailing done marker as the completion date', () => {
    const task = readTaskLine('- [x] Celebrate the ✅ 2026-02-01 milestone with Piet ✅ 2026-02-03')!;
    expect(task.description).toBe('Celebrate the ✅ 2026-02-01 milestone with Piet');
    expect(task.fields.done).toBe('2026-02-03');
  });
  it('reads the Dataview notations with spaces inside and keys in any case', () => {
    expect(readTaskLine('- [ ] a [ due:: 2026-03-10 ]')?.fields.due).toBe('2026-03-10');
    expect(readTaskLine('- [ ] a (Due:: 2026-03-10)')?.fields.due).toBe('2026-03-10');
    expect(readTaskLine('- [x] a (completion:: 2026-03-10)')?.fields.done).toBe('2026-03-10');
    expect(readTaskLine('- [ ] a [PRIORITY:: High]')?.fields.priority).toBe('high');
  });
  it('is no task line without a list marker and a checkbox', () => {
    expect(readTaskLine('[ ] a')).toBeNull();
    expect(readTaskLine('- [ ]a')).toBeNull();
    expect(readTaskLine('- [] a')).toBeNull();
  });
});

describe('the emoji patterns are tried from their last symbol only', () => {
  // What can follow a field's symbol, and every symbol: a match can only start at the last symbol.
  const symbols = FIELD_RULES.flatMap((rule) => [...(rule.symbols ?? [])]);
  const values = ['2026-03-10', 'every week', 'keep', 'a1', 'a1, b2'];
  const piece = fc.oneof(
    fc.constantFrom(...symbols, '\uFE0F', ' ', ',', ', ', '!', '-', '_', '#', ...values),
    // A symbol with a value after it (sometimes the wrong kind of value), so every rule matches somewhere.
    fc.tuple(fc.constantFrom(...symbols), fc.constantFrom('', ' ', '\uFE0F '), fc.constantFrom(...values)).map((t) => t.join('')),
    fc.stringMatching(/^[0-9a-zA-Z -]{0,6}$/),
  );
  it('finds, at the symbol, what the pattern finds over the whole text (fast-check)', () => {
    const matched = new Set<string>();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(4), fc.nat(6), (pieces, lead, cut) => {
        const body = pieces.join('');
        const from = Math.min(lead, body.length);
        const end = Math.max(from, body.length - cut);
        for (const rule of FIELD_RULES) {
          const whole = rule.patterns[0]!.exec(body.slice(from, end));
          const at = lastSymbol(body, rule, from, end);
          const short = at === -1 ? null : rule.patterns[0]!.exec(body.slice(at, end));
          // The match starts right at the symbol found (not somewhere after it).
          if (short !== null) expect(short.index).toBe(0);
          expect(short === null ? null : [at, short[0]], `${rule.kind} in ${JSON.stringify(body.slice(from, end))}`).toEqual(
            whole === null ? null : [from + whole.index, whole[0]],
          );
          if (whole !== null) matched.add(rule.kind);
        }
      }),
      { numRuns: 3000, seed: 13 },
    );
    // Every rule matched somewhere, so no rule compared only "no match" with "no match".
    expect([...matched].sort()).toEqual(FIELD_RULES.map((r) => r.kind).sort());
  });
  it("finds every rule's last symbol in one pass where a search per symbol finds it (fast-check)", () => {
    // Lone and split surrogates too: a symbol is found only whole and inside from–end.
    const odd = fc.constantFrom('\uD83D', '\uDCC5', '\uD83D\uD83D', 'é', '\u2300', '\u231A');
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, odd), { maxLength: 12 }), fc.nat(4), fc.nat(6), (pieces, lead, cut) => {
        const body = pieces.join('');
        const from = Math.min(lead, body.length);
        const end = Math.max(from, body.length - cut);
        const each = FIELD_RULES.map((rule) => lastSymbol(body, rule, from, end));
        expect(lastSymbols(body, from, end), JSON.stringify(body.slice(from, end))).toEqual(each);
        found += each.filter((at) => at !== -1).length;
      }),
      { numRuns: 3000, seed: 17 },
    );
    expect(found).toBeGreaterThan(1000);
  });
});
