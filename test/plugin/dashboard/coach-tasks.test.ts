/**
 * The coach's own tasks on the dashboard: apart from the clients' actions, in a group of their
 * own after them whatever the grouping, and out of the open and overdue counts (the status bar's
 * counts come from the index, which leaves them out too).
 */
import { describe, expect, it } from 'vitest';
import { ActionIndex } from '../../../src/core/actions/action-index';
import { entryFromRecord } from '../../../src/core/actions/entry';
import { readNote } from '../../../src/core/note/remark-reading';
import { DEFAULT_QUERY, queryActions, recordRows, type ActionQuery } from '../../../src/core/actions/query';
import type { Language } from '../../../src/core/i18n';
import type { SessionRecord } from '../../../src/core/note/session';
import { labelAnswer } from '../../../src/plugin/dashboard/groups';

/** The dashboard's query over records, its groups labelled as the list shows them. */
const runQuery = (records: SessionRecord[], query: ActionQuery, today: string, language: Language) =>
  labelAnswer(queryActions(recordRows(records), query, today), language);

const TODAY = '2026-11-21';
const anna = readNote(
  [
    '---',
    'client: "[[Anna de Vries]]"',
    'date: 2026-11-03',
    '---',
    '## Wil',
    '- [ ] Piet om feedback vragen 📅 2026-11-10',
    '- [ ] De agenda rondsturen 📅 2026-11-25',
    '',
    '### Voor de coach',
    '- [ ] Tussenevaluatie inplannen 📅 2026-11-12',
    '- [x] Artikel sturen ✅ 2026-11-04',
  ].join('\n'),
  'Coaching/Anna de Vries/2026-11-03 sessie 1.md',
);
const bram = readNote(
  '---\nclient: "[[Bram Jansen]]"\ndate: 2026-11-04\n---\n## Wil\n- [ ] Rollenspel voorbereiden [owner:: coach]\n',
  'Coaching/Bram Jansen/2026-11-04 sessie 1.md',
);

describe("the coach's own tasks on the dashboard", () => {
  for (const groupBy of ['client', 'due', 'note'] as const) {
    it(`(by ${groupBy}) stand in their own group after the clients' actions and are not counted`, () => {
      const answer = runQuery([anna, bram], { ...DEFAULT_QUERY, groupBy }, TODAY, 'nl');
      const last = answer.groups[answer.groups.length - 1];
      expect(last?.label).toBe('Voor de coach');
      expect(last?.actions.map((a) => a.text)).toEqual(['Tussenevaluatie inplannen', 'Rollenspel voorbereiden']);
      const others = answer.groups.slice(0, -1).flatMap((g) => g.actions.map((a) => a.text));
      expect(others.sort()).toEqual(['De agenda rondsturen', 'Piet om feedback vragen']);
      expect([answer.open, answer.overdue, answer.total]).toEqual([2, 1, 4]);
    });
  }

  it('follow the client filter and the done switch like any action', () => {
    const bramOnly = runQuery([anna, bram], { ...DEFAULT_QUERY, client: 'Bram Jansen' }, TODAY, 'en');
    expect(bramOnly.groups.map((g) => [g.label, g.actions.length])).toEqual([['For the coach', 1]]);
    expect(bramOnly.open).toBe(0);
    const withDone = runQuery([anna], { ...DEFAULT_QUERY, showDone: true }, TODAY, 'en');
    expect(withDone.groups.find((g) => g.id === 'coach')?.actions.map((a) => a.text)).toEqual(['Tussenevaluatie inplannen', 'Artikel sturen']);
  });

  it("are left out of the index's counts, which the status bar shows", () => {
    const index = new ActionIndex();
    index.set(entryFromRecord(anna, anna.file, 'a'));
    index.set(entryFromRecord(bram, bram.file, 'b'));
    expect(index.counts(TODAY)).toEqual({ open: 2, overdue: 1 });
    expect(
      index
        .sortedActions()
        .filter((r) => r.owner === 'coach')
        .map((r) => r.text),
    ).toEqual(['Tussenevaluatie inplannen', 'Artikel sturen', 'Rollenspel voorbereiden']);
  });
});
