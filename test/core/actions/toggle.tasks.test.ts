/**
 * Ticking as the Tasks plugin ticks: every line of test/fixtures/tasks-plugin/task-lines.json is
 * toggled by GROW Coach on the day Tasks toggled it, and each line written is compared with the
 * line Tasks wrote, as Tasks reads them both: the same status, description, dates (the next
 * occurrence's moved by the rule), priority, rule, id and dependencies, in the same order of lines.
 * Tasks rewrites every field in its own order and spacing; GROW Coach leaves the fields where
 * the coach put them, so the comparison is up to the order of fields.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toggledLines } from '../../../src/core/actions/toggle';
import { readTaskLine } from '../../../src/core/note/task-line';
import { asTasks, cases, deviation, withoutType } from '../note/tasks-fixture';

describe('toggling task lines as the Tasks plugin toggles them', () => {
  for (const c of cases) {
    it(`${c.source}: ${c.line}`, () => {
      // Tasks moves a done or cancelled task to to-do, and any other to done.
      const done = c.read.statusType !== 'DONE' && c.read.statusType !== 'CANCELLED';
      const ours = toggledLines(c.line, { done, today: c.today, addCompletionDate: true });
      const reason = deviation(c);
      if (reason === 'uppercase-x') {
        // Done for GROW Coach: completing it again changes nothing.
        expect(ours).toEqual([c.line]);
        return;
      }
      if (reason === 'impossible-date') {
        // Tasks writes `Invalid date`; GROW Coach keeps the date as written and adds no occurrence.
        expect(ours).toHaveLength(1);
        expect(ours[0]).toContain(/(?:📅|⏳|🛫) +(\d{4}-\d{2}-\d{2})/u.exec(c.line)?.[0] ?? '');
        return;
      }
      expect(ours).toHaveLength(c.toggled.length);
      ours.forEach((line, i) => {
        const theirs = c.toggledRead[i];
        expect(theirs).not.toBeNull();
        const mine = asTasks(readTaskLine(line)!);
        if (reason === 'due-in-sentence') mine.due = null;
        if (reason === 'key-case') {
          expect(mine.statusChar).toBe(theirs!.statusChar);
          return;
        }
        expect(mine).toEqual(withoutType(theirs!));
      });
    });
  }
});

describe('toggling never loses a word or moves a field', () => {
  it('keeps the description of every line exactly as it was', () => {
    for (const c of cases) {
      const before = readTaskLine(c.line)!;
      const done = before.statusType !== 'DONE';
      for (const line of toggledLines(c.line, { done, today: c.today, addCompletionDate: true })) {
        expect(readTaskLine(line)!.description).toBe(before.description);
      }
    }
  });
});

/** A word of a description: letters, digits, punctuation, an emoji or a `#tag`. */
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-zÀ-ÿ0-9.,!?'"()-]{1,8}$/),
  fc.constantFrom('#werk', '#coach/anna', '📅', '✅', '[[Piet]]', '*nadruk*', '`code`', '2026-02-01', '⏫'),
);
const date = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Fields that are no done marker, cancelled date, recurrence or `🏁 delete`. */
const field = fc.oneof(
  date.map((d) => `📅 ${d}`),
  date.map((d) => `📆 ${d}`),
  date.map((d) => `⏳ ${d}`),
  date.map((d) => `🛫 ${d}`),
  date.map((d) => `➕ ${d}`),
  date.map((d) => `[due:: ${d}]`),
  date.map((d) => `(due:: ${d})`),
  date.map((d) => `[ scheduled:: ${d} ]`),
  fc.constantFrom('⏫', '🔼', '🔽', '⏬', '🔺', '[priority:: high]', '🆔 abc1', '⛔ x1,y2', '🏁 keep', '[owner:: coach]', '#tag'),
);
const line = fc
  .record({
    prefix: fc.constantFrom('- ', '* ', '+ ', '1. ', '12) ', '  - ', '\t- ', '> - ', '> > 1. ', '- - '),
    words: fc.array(word, { maxLength: 6 }),
    fields: fc.array(field, { maxLength: 4 }),
    blockId: fc.option(fc.stringMatching(/^[a-z0-9-]{1,6}$/), { nil: undefined }),
    tail: fc.constantFrom('', '  ', '\t', ' '),
    gap: fc.constantFrom(' ', '  ', '\t'),
  })
  .map(({ prefix, words, fields, blockId, tail, gap }) => {
    const body = [...words, ...fields].join(gap);
    return `${prefix}[ ] ${body}${blockId === undefined ? '' : ` ^${blockId}`}${tail}`;
  })
  .filter((l) => {
    const task = readTaskLine(l);
    return (
      task !== null && task.fields.recurrence === null && task.fields.done === null && task.fields.cancelled === null && task.fields.onCompletion !== 'delete'
    );
  });

describe('tick then untick', () => {
  it('gives back the original line for every open action that does not recur', () => {
    fc.assert(
      fc.property(line, date, (original, today) => {
        const [done] = toggledLines(original, { done: true, today, addCompletionDate: true });
        expect(done).not.toBe(original);
        expect(readTaskLine(done!)!.fields.done).toBe(today);
        expect(toggledLines(done!, { done: false, today, addCompletionDate: true })).toEqual([original]);
      }),
      { numRuns: 500 },
    );
  });
});
