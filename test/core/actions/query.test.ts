/**
 * The one query (dashboard, code block, CLI listing): filters, label-free groups in their order,
 * counts. Checked against a slow, obvious restatement of the same rules on generated actions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionRow } from '../../../src/core/actions/action-index';
import { compareActions } from '../../../src/core/actions/action-index';
import { BUCKETS, DEFAULT_QUERY, dueBucket, endOfWeek, noteName, queryActions, recordRows, type ActionQuery } from '../../../src/core/actions/query';
import type { ActionStatus } from '../../../src/core/note/session';

const TODAY = '2026-11-18'; // a Wednesday

function row(path: string, line: number, over: Partial<ActionRow> = {}): ActionRow {
  return {
    id: `${path}\u0000${line}`,
    path,
    line,
    text: `actie ${line}`,
    statusChar: ' ',
    status: 'open',
    due: null,
    completed: null,
    client: null,
    date: null,
    fingerprint: '',
    ...over,
  };
}

describe('queryActions', () => {
  const rows = [
    row('Coaching/b.md', 3, { client: 'Bram', due: '2026-11-01' }),
    row('Coaching/a.md', 5, { client: 'anna', due: TODAY }),
    row('Coaching/a.md', 6, { client: 'anna', due: '2026-11-22' }),
    row('Coaching/c.md', 2, { client: null, due: '2026-12-30' }),
    row('Coaching/c.md', 4, { client: null, status: 'done', statusChar: 'x' }),
    row('Coaching/Ämber.md', 1, { client: 'Ämber', text: 'Feedback vragen aan HR' }),
  ].sort(compareActions);

  it('groups by client: names in locale order, no client last; groups carry keys, not labels', () => {
    const answer = queryActions(rows, DEFAULT_QUERY, TODAY);
    expect(answer.groups.map((g) => g.key)).toEqual([
      { by: 'client', client: 'Ämber' },
      { by: 'client', client: 'anna' },
      { by: 'client', client: 'Bram' },
      { by: 'client', client: null },
    ]);
    expect(answer.groups.map((g) => g.id)).toEqual(['client:Ämber', 'client:anna', 'client:Bram', 'client:']);
    expect(answer).toMatchObject({ open: 5, overdue: 1, total: 5 });
    // The flat list is the groups' actions in the sorted order.
    expect(answer.actions).toEqual(rows.filter((r) => r.status === 'open'));
  });

  it('groups by due bucket in time order, and by note in path order', () => {
    const due = queryActions(rows, { ...DEFAULT_QUERY, groupBy: 'due' }, TODAY);
    expect(due.groups.map((g) => [g.key, g.actions.length])).toEqual([
      [{ by: 'due', bucket: 'overdue' }, 1],
      [{ by: 'due', bucket: 'today' }, 1],
      [{ by: 'due', bucket: 'week' }, 1],
      [{ by: 'due', bucket: 'later' }, 1],
      [{ by: 'due', bucket: 'none' }, 1],
    ]);
    const notes = queryActions(rows, { ...DEFAULT_QUERY, groupBy: 'note' }, TODAY);
    expect(notes.groups.map((g) => g.id)).toEqual(['note:Coaching/a.md', 'note:Coaching/b.md', 'note:Coaching/c.md', 'note:Coaching/Ämber.md']);
  });

  it('filters by client (case-insensitive), words (text, client, note name), done, and due', () => {
    expect(queryActions(rows, { ...DEFAULT_QUERY, client: ' ANNA ' }, TODAY).total).toBe(2);
    expect(queryActions(rows, { ...DEFAULT_QUERY, filter: 'hr feedback' }, TODAY).actions.map((a) => a.line)).toEqual([1]);
    expect(queryActions(rows, { ...DEFAULT_QUERY, filter: 'ämber' }, TODAY).total).toBe(1);
    expect(queryActions(rows, { ...DEFAULT_QUERY, showDone: true }, TODAY).total).toBe(6);
    expect(queryActions(rows, { ...DEFAULT_QUERY, due: 'overdue' }, TODAY).actions.map((a) => a.path)).toEqual(['Coaching/b.md']);
    // This week: due up to Sunday, overdue included, undated not.
    expect(queryActions(rows, { ...DEFAULT_QUERY, due: 'week' }, TODAY).total).toBe(3);
  });

  it('equals the rules restated, on generated actions and queries', () => {
    const status = fc.constantFrom<ActionStatus>('open', 'open', 'done', 'cancelled');
    const day = fc.integer({ min: 1, max: 30 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
    const rowArb = fc.record({
      path: fc.constantFrom('A/x.md', 'A/y.md', 'B/z.md'),
      line: fc.integer({ min: 1, max: 40 }),
      client: fc.constantFrom(null, 'Anna', 'anna', 'Bram', 'Élise'),
      due: fc.option(day, { nil: null }),
      status,
      text: fc.constantFrom('bel Piet', 'lees hoofdstuk', 'plan sessie'),
    });
    const queryArb = fc.record<ActionQuery>({
      groupBy: fc.constantFrom('client', 'due', 'note'),
      filter: fc.constantFrom('', 'piet', 'x', 'anna sessie'),
      client: fc.constantFrom(null, 'anna', 'BRAM', 'niemand'),
      showDone: fc.boolean(),
      due: fc.constantFrom('all', 'overdue', 'week'),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), queryArb, (specs, query) => {
        const unique = new Map(specs.map((s) => [`${s.path}:${s.line}`, row(s.path, s.line, s)]));
        const sorted = [...unique.values()].sort(compareActions);
        const answer = queryActions(sorted, query, TODAY);
        const passes = (a: ActionRow) =>
          (query.client === null || (a.client ?? '').toLowerCase() === query.client.toLowerCase()) &&
          query.filter
            .toLowerCase()
            .split(/\s+/)
            .filter(Boolean)
            .every((w) => `${a.text}\n${a.client ?? ''}\n${noteName(a.path)}`.toLowerCase().includes(w));
        const late = (a: ActionRow) => a.status === 'open' && a.due !== null && a.due < TODAY;
        const shown = sorted.filter(
          (a) =>
            passes(a) &&
            (query.showDone || a.status === 'open') &&
            (query.due !== 'overdue' || late(a)) &&
            (query.due !== 'week' || (a.due !== null && a.due <= endOfWeek(TODAY))),
        );
        expect(answer.actions).toEqual(shown);
        expect(answer.open).toBe(sorted.filter((a) => passes(a) && a.status === 'open').length);
        expect(answer.overdue).toBe(sorted.filter((a) => passes(a) && late(a)).length);
        // Every shown action is in exactly one group, under its own key, in the sorted order.
        expect(answer.groups.flatMap((g) => g.actions).length).toBe(shown.length);
        for (const g of answer.groups) {
          const ordered = [...g.actions].sort(compareActions);
          expect(g.actions).toEqual(ordered);
          for (const a of g.actions) {
            if (g.key.by === 'client') expect(a.client).toBe(g.key.client);
            else if (g.key.by === 'note') expect(a.path).toBe(g.key.path);
            else if (g.key.by === 'due') expect(dueBucket(a.due, TODAY)).toBe(g.key.bucket);
            else expect(a.owner).toBe('coach');
          }
        }
        const buckets = answer.groups.map((g) => (g.key.by === 'due' ? BUCKETS.indexOf(g.key.bucket) : -1));
        if (query.groupBy === 'due') expect(buckets).toEqual([...buckets].sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });

  it('reads session records through the index rows (recordRows), sorted', () => {
    const rows = recordRows([
      {
        file: 'Coaching/a.md',
        client: 'Anna',
        date: '2026-11-03',
        type: 'coaching-session',
        tags: [],
        goal: null,
        reality: null,
        options: [],
        actions: [
          { line: 9, statusChar: ' ', status: 'open', text: 'b', due: null, completed: null },
          { line: 8, statusChar: ' ', status: 'open', text: 'a', due: '2026-11-20', completed: null },
        ],
        scale: null,
        commitment: null,
        warnings: [],
      },
    ]);
    expect(rows.map((r) => [r.id, r.client, r.date, r.line])).toEqual([
      ['Coaching/a.md\u00008', 'Anna', '2026-11-03', 8],
      ['Coaching/a.md\u00009', 'Anna', '2026-11-03', 9],
    ]);
  });
});
