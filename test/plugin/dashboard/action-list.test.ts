/**
 * The action list on its own, in happy-dom with Obsidian's DOM helpers: what it draws for 5,000
 * actions (issue 6: only what can be seen), and that an update redraws only the rows that changed.
 * The time limit that matters (50 ms) is checked in a real browser (test/browser); here the time
 * is only reported.
 */
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, queryActions, recordRows, type ActionQuery } from '../../../src/core/actions/query';
import { labelAnswer } from '../../../src/plugin/dashboard/groups';
import { ActionList, type ListDeps } from '../../../src/plugin/dashboard/action-list';
import type { SessionRecord } from '../../../src/core/note/session';
import { installObsidianDom } from '../../harness/dom';

/** The dashboard's answer for records, as the plugin labels it. */
const runQuery = (data: readonly SessionRecord[], query: ActionQuery, today: string, language: 'en' | 'nl') =>
  labelAnswer(queryActions(recordRows(data), query, today), language);

let win: Window;
let uninstall: () => void;

beforeAll(() => {
  win = new Window();
  uninstall = installObsidianDom(win as unknown as globalThis.Window);
});

afterAll(async () => {
  uninstall();
  await win.happyDOM.abort();
  win.close();
});

const TODAY = '2026-11-21';

/** `notes` session notes of `clients` clients, `per` open actions each (every 4th one overdue). */
function records(notes: number, per: number, clients: number): SessionRecord[] {
  return Array.from({ length: notes }, (_, n) => ({
    file: `Coaching/Client ${n % clients}/2026-10-${String((n % 28) + 1).padStart(2, '0')} session ${n}.md`,
    client: `Client ${String(n % clients).padStart(3, '0')}`,
    date: `2026-10-${String((n % 28) + 1).padStart(2, '0')}`,
    type: 'coaching-session',
    tags: [],
    goal: null,
    reality: null,
    options: [],
    actions: Array.from({ length: per }, (_, a) => ({
      line: 10 + a,
      statusChar: ' ',
      status: 'open' as const,
      text: `Action ${a} of session ${n}`,
      due: a % 4 === 0 ? '2026-11-01' : a % 4 === 1 ? null : `2026-12-${String((a % 28) + 1).padStart(2, '0')}`,
      completed: null,
    })),
    scale: null,
    commitment: null,
    warnings: [],
  }));
}

function deps(): ListDeps {
  return {
    language: () => 'en',
    today: () => TODAY,
    renderText: (text, el) => el.setText(text),
    toggle: () => undefined,
    open: () => undefined,
    followLink: () => undefined,
    isNewTab: () => false,
  };
}

function newList(groupBy: 'client' | 'due' | 'note'): ActionList {
  const host = (win.document.body as unknown as HTMLElement).createDiv();
  return new ActionList(host, deps(), { groupBy });
}

describe('the action list with 5,000 open actions', () => {
  const data = records(500, 10, 50);

  for (const groupBy of ['client', 'due', 'note'] as const) {
    it(`draws only a first page when grouped by ${groupBy}`, () => {
      const list = newList(groupBy);
      const answer = runQuery(data, { ...DEFAULT_QUERY, groupBy }, TODAY, 'en');
      expect(answer.total).toBe(5000);
      const start = performance.now();
      list.setGroups(answer.groups);
      const ms = performance.now() - start;
      const rows = list.el.querySelectorAll('.grow-row').length;
      expect(rows).toBe(list.drawnRows);
      expect(rows).toBeLessThanOrEqual(200);
      expect(rows).toBeGreaterThan(0);
      // Every group has its header and count, collapsed or not.
      expect(list.el.querySelectorAll('.grow-group').length).toBe(answer.groups.length);
      console.info(`grouped by ${groupBy}: ${answer.groups.length} groups, ${rows} rows drawn in ${ms.toFixed(1)} ms (happy-dom)`);
    });
  }

  it('redraws one row when one action changes, and nothing when nothing changed', () => {
    const list = newList('client');
    const query = { ...DEFAULT_QUERY, showDone: true };
    list.setGroups(runQuery(data, query, TODAY, 'en').groups);
    const before = list.rowRenders;
    list.setGroups(runQuery(data, query, TODAY, 'en').groups);
    expect(list.rowRenders).toBe(before);
    const rows = list.el.querySelectorAll<HTMLElement>('.grow-row');
    const target = rows[3]?.dataset.id;
    const ticked = data.map((r) => ({
      ...r,
      actions: r.actions.map((a) => (`${r.file}\u0000${a.line}` === target ? { ...a, statusChar: 'x', status: 'done' as const } : a)),
    }));
    const firstRow = rows[0];
    list.setGroups(runQuery(ticked, query, TODAY, 'en').groups);
    expect(list.rowRenders).toBe(before + 1);
    // The other rows are the same elements as before, in the same place.
    expect(list.el.querySelector('.grow-row')).toBe(firstRow);
    expect(list.el.querySelectorAll<HTMLElement>('.grow-row')[3]?.dataset.id).toBe(target);
    expect(list.el.querySelectorAll('.grow-row')[3]?.classList.contains('is-done')).toBe(true);
  });

  it('removes the row of an action that was completed (open list), drawing at most the one that moves up', () => {
    const list = newList('client');
    list.setGroups(runQuery(data, DEFAULT_QUERY, TODAY, 'en').groups);
    const before = list.rowRenders;
    const rowsBefore = list.el.querySelectorAll('.grow-row').length;
    const target = list.el.querySelector<HTMLElement>('.grow-row');
    const ticked = data.map((r) => ({
      ...r,
      actions: r.actions.map((a) => (`${r.file}\u0000${a.line}` === target?.dataset.id ? { ...a, statusChar: 'x', status: 'done' as const } : a)),
    }));
    list.setGroups(runQuery(ticked, DEFAULT_QUERY, TODAY, 'en').groups);
    expect(list.rowRenders - before).toBeLessThanOrEqual(1);
    expect(target?.isConnected).toBe(false);
    expect(list.el.querySelectorAll('.grow-row').length).toBe(rowsBefore);
  });
});
