import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActionIndex, compareActions, entryRows, inFileOrder, sortActionRows, sortedRowsOf } from '../../../src/core/actions/action-index';
import type { IndexEntry } from '../../../src/core/actions/entry';
import type { WillAction } from '../../../src/core/note/session';

const action = (line: number, text: string, statusChar = ' '): WillAction => ({
  line,
  statusChar,
  status: statusChar === 'x' ? 'done' : statusChar === '-' ? 'cancelled' : 'open',
  text,
  due: line % 2 === 0 ? '2026-12-01' : null,
  completed: statusChar === 'x' ? '2026-11-01' : null,
});

const entry = (path: string, ...actions: WillAction[]): IndexEntry => ({
  path,
  client: `client of ${path}`,
  date: '2026-11-03',
  type: 'coaching-session',
  tags: ['coaching'],
  fingerprint: `fp:${path}`,
  actions,
});

describe('ActionIndex', () => {
  it('sets, replaces, gets and deletes entries, bumping the revision on every change', () => {
    const index = new ActionIndex();
    expect(index.revision).toBe(0);
    index.set(entry('a.md', action(3, 'bellen')));
    index.set(entry('b.md', action(5, 'mailen'), action(6, 'plannen', 'x')));
    expect(index.revision).toBe(2);
    expect(index.size).toBe(2);
    expect(index.actionCount).toBe(3);
    index.set(entry('a.md'));
    expect(index.revision).toBe(3);
    expect(index.actionCount).toBe(2);
    expect(index.get('a.md')?.actions).toEqual([]);
    expect(index.delete('a.md')).toBe(true);
    expect(index.delete('a.md')).toBe(false);
    expect(index.revision).toBe(4);
    expect(index.get('a.md')).toBeUndefined();
    expect([...index.entries()].map((e) => e.path)).toEqual(['b.md']);
  });

  it('renames an entry, path included, replacing what was at the new path', () => {
    const index = new ActionIndex();
    index.set(entry('old.md', action(1, 'x')));
    index.set(entry('new.md', action(1, 'y'), action(2, 'z')));
    const seen: string[][] = [];
    index.onChange((paths) => seen.push([...paths]));
    expect(index.rename('old.md', 'new.md')).toBe(true);
    expect(index.get('old.md')).toBeUndefined();
    expect(index.get('new.md')?.path).toBe('new.md');
    expect(index.get('new.md')?.actions.map((a) => a.text)).toEqual(['x']);
    expect(index.actionCount).toBe(1);
    expect(index.rename('missing.md', 'elsewhere.md')).toBe(false);
    expect(seen).toEqual([['old.md', 'new.md']]);
    expect(index.allActions().map((r) => r.path)).toEqual(['new.md']);
  });

  it('tells listeners the changed paths until they unsubscribe', () => {
    const index = new ActionIndex();
    const seen: (readonly string[])[] = [];
    const off = index.onChange((paths) => seen.push(paths));
    index.set(entry('a.md'));
    index.delete('nothing.md');
    index.delete('a.md');
    off();
    index.set(entry('b.md'));
    expect(seen).toEqual([['a.md'], ['a.md']]);
  });

  it('a listener may unsubscribe while being called', () => {
    const index = new ActionIndex();
    let calls = 0;
    const off = index.onChange(() => {
      calls += 1;
      off();
    });
    index.onChange(() => {
      calls += 10;
    });
    index.set(entry('a.md'));
    index.set(entry('b.md'));
    expect(calls).toBe(21);
  });

  it('flattens every action with its note’s path, client and date, once per revision', () => {
    const index = new ActionIndex();
    index.set(entry('a.md', action(3, 'bellen'), action(4, 'mailen', 'x')));
    index.set(entry('b.md', action(8, 'plannen', '-')));
    const rows = index.allActions();
    expect(rows).toEqual([
      {
        id: 'a.md\u00003',
        path: 'a.md',
        line: 3,
        text: 'bellen',
        statusChar: ' ',
        status: 'open',
        due: null,
        completed: null,
        client: 'client of a.md',
        date: '2026-11-03',
        fingerprint: 'fp:a.md',
      },
      {
        id: 'a.md\u00004',
        path: 'a.md',
        line: 4,
        text: 'mailen',
        statusChar: 'x',
        status: 'done',
        due: '2026-12-01',
        completed: '2026-11-01',
        client: 'client of a.md',
        date: '2026-11-03',
        fingerprint: 'fp:a.md',
      },
      {
        id: 'b.md\u00008',
        path: 'b.md',
        line: 8,
        text: 'plannen',
        statusChar: '-',
        status: 'cancelled',
        due: '2026-12-01',
        completed: null,
        client: 'client of b.md',
        date: '2026-11-03',
        fingerprint: 'fp:b.md',
      },
    ]);
    expect(index.allActions()).toBe(rows);
    index.delete('b.md');
    expect(index.allActions()).not.toBe(rows);
    expect(index.allActions()).toHaveLength(2);
  });

  it('clear drops everything in one change', () => {
    const index = new ActionIndex();
    index.set(entry('a.md', action(1, 'x')));
    index.set(entry('b.md'));
    const seen: (readonly string[])[] = [];
    index.onChange((paths) => seen.push(paths));
    index.clear();
    index.clear();
    expect(seen).toEqual([['a.md', 'b.md']]);
    expect(index.size).toBe(0);
    expect(index.allActions()).toEqual([]);
  });

  it('a note saved with the same actions and properties is no change, but its rows get the new fingerprint', () => {
    const index = new ActionIndex();
    index.set(entry('a.md', action(3, 'bellen'), action(4, 'bellen')));
    const rows = index.sortedActions();
    const seen: (readonly string[])[] = [];
    index.onChange((paths) => seen.push(paths));
    const revision = index.revision;
    index.set({ ...entry('a.md', action(3, 'bellen'), action(4, 'bellen')), fingerprint: 'fp:typed' });
    expect(index.revision).toBe(revision);
    expect(seen).toEqual([]);
    expect(index.sortedActions()).toBe(rows);
    expect(rows.map((r) => r.fingerprint)).toEqual(['fp:typed', 'fp:typed']);
    expect(index.get('a.md')?.fingerprint).toBe('fp:typed');
    index.set({ ...entry('a.md', action(3, 'bellen'), action(5, 'bellen')), fingerprint: 'fp:moved' });
    expect(index.revision).toBe(revision + 1);
    expect(seen).toEqual([['a.md']]);
    // The rows drawn before keep the fingerprint of the text they were read from.
    expect(rows.map((r) => r.fingerprint)).toEqual(['fp:typed', 'fp:typed']);
    index.set({ ...entry('a.md', action(3, 'bellen'), action(5, 'bellen')), client: 'other' });
    expect(index.revision).toBe(revision + 2);
  });

  it('keeps the sorted rows and the counts equal to a full sort and a full count after any changes', () => {
    const path = fc.constantFrom('a.md', 'b.md', 'c.md', 'd/e.md', 'f.md');
    const act = fc.record({
      line: fc.integer({ min: 1, max: 30 }),
      status: fc.constantFrom(' ', 'x', '-'),
      due: fc.option(fc.constantFrom('2026-11-01', '2026-11-15', '2026-12-01'), { nil: null }),
    });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), path, actions: fc.uniqueArray(act, { selector: (a) => a.line, maxLength: 6 }) }),
      fc.record({ kind: fc.constant('delete' as const), path }),
      fc.record({ kind: fc.constant('rename' as const), path, to: path }),
      fc.record({ kind: fc.constant('look' as const), today: fc.constantFrom('2026-11-10', '2026-11-20', '2026-12-05') }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const index = new ActionIndex();
        let today = '2026-11-10';
        for (const o of ops) {
          if (o.kind === 'set') index.set(entry(o.path, ...o.actions.map((a) => ({ ...action(a.line, `t${a.line}`, a.status), due: a.due }))));
          else if (o.kind === 'delete') index.delete(o.path);
          else if (o.kind === 'rename') index.rename(o.path, o.to);
          else today = o.today;
          const all = index.allActions();
          expect(index.sortedActions()).toEqual([...all].sort(compareActions));
          const open = all.filter((r) => r.status === 'open');
          expect(index.counts(today)).toEqual({ open: open.length, overdue: open.filter((r) => r.due !== null && r.due < today).length });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sorts rows as the full sort does, by the shortcut for rows in file order and without it', () => {
    const row = fc.record({
      path: fc.constantFrom('a.md', 'B.md', 'b.md', 'd/e.md', 'é.md', 'f.md', 'Z.md'),
      line: fc.integer({ min: 1, max: 40 }),
      due: fc.option(fc.constantFrom('2026-11-01', '2026-11-15', '2026-12-01', '2027-01-01'), { nil: null }),
    });
    type Picked = { path: string; line: number; due: string | null };
    const byLine = (a: Picked, b: Picked): number => a.line - b.line;
    // The CLI's case (notes in path order by UTF-16 code units, each note's actions in line
    // order), and orders that only look like it: by locale, by line alone, as generated.
    const orders: Record<string, (a: Picked, b: Picked) => number> = {
      file: (a, b) => (a.path === b.path ? byLine(a, b) : a.path < b.path ? -1 : 1),
      locale: (a, b) => a.path.localeCompare(b.path) || byLine(a, b),
      line: byLine,
    };
    const seen = { file: 0, shortcut: 0 };
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => `${r.path}:${r.line}`, maxLength: 40 }),
        fc.constantFrom('file', 'locale', 'line', 'as generated'),
        (picked, order) => {
          const ordered = order in orders ? [...picked].sort(orders[order]) : picked;
          const rows = ordered.flatMap((r) => entryRows(entry(r.path, { ...action(r.line, `t${r.line}`), due: r.due })));
          const full = [...rows].sort(compareActions);
          if (order === 'file') {
            seen.file += 1;
            expect(inFileOrder(rows)).toBe(true);
          }
          if (inFileOrder(rows)) seen.shortcut += 1;
          // Rows out of file order must not take the shortcut (it would keep their order for equal dates).
          else expect(rows.some((r, i) => i > 0 && compareActions({ ...rows[i - 1]!, due: null }, { ...r, due: null }) > 0)).toBe(true);
          expect(sortActionRows(rows)).toEqual(full);
          expect(sortActionRows(rows).map((r) => r.id)).toEqual(full.map((r) => r.id));
        },
      ),
      { numRuns: 800 },
    );
    expect(seen.file).toBeGreaterThan(100);
    expect(seen.shortcut).toBeGreaterThanOrEqual(seen.file);
  });
});

describe('sortedRowsOf', () => {
  it('gives the rows an index holding the same entries gives: a path set twice counts once, with its last entry, where it first came', () => {
    const entries = [
      entry('b.md', action(2, 'eerst')),
      entry('a.md', action(4, 'bellen'), action(1, 'mailen')),
      entry('c.md', action(3, 'plannen', 'x')),
      entry('b.md', action(2, 'later'), action(5, 'nog een')),
    ];
    const index = new ActionIndex();
    for (const e of entries) index.set(e);
    const rows = sortedRowsOf(entries);
    expect(rows).toEqual(index.sortedActions());
    expect(rows.map((r) => r.text)).toEqual(['bellen', 'later', 'mailen', 'nog een', 'plannen']);
  });
});
