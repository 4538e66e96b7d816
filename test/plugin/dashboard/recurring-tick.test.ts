/**
 * A dashboard tick of Tasks plugin lines, in the built plugin over a vault on disk: a recurring
 * action gets its next occurrence above it (and a row of its own), the done marker follows the
 * line's notation, the badges show priority and recurrence, and with the Tasks plugin enabled
 * the line goes through its API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../src/core/note/dates';
import type { LoadedPlugin } from '../../harness/load-plugin';
import { cliActions, openDashboard, readNote, rowEl, shownRows, start, tempVault, tick, tearDown, writeNote } from '../helpers';

let loaded: LoadedPlugin | null = null;
let vault = '';
afterEach(async () => {
  ({ loaded, vault } = await tearDown(loaded, vault));
});

const FILE = 'Coaching/piet.md';
const NOTE = [
  '---',
  'client: Piet',
  'date: 2026-03-02',
  'type: coaching',
  '---',
  '## Will',
  '- [ ] Weekly check-in with Piet ⏫ 🔁 every week 📅 2026-03-02 ^w1',
  '- [ ] Offerte nalopen [due:: 2026-03-10]',
  '',
].join('\n');

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('ticking Tasks plugin lines in the dashboard', () => {
  it('writes the next occurrence above a recurring action, and the dashboard and the CLI list it', async () => {
    vault = tempVault();
    writeNote(vault, FILE, NOTE);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const row = rowEl(el, FILE, 7);
    expect(row.querySelector('.grow-priority')?.textContent).toBe('⏫');
    expect(row.querySelector('.grow-priority')?.getAttribute('aria-label')).toBe('Priority: high');
    expect(row.querySelector('.grow-recurrence')?.textContent).toBe('🔁 every week');
    tick(row);
    await loaded.flush();
    const lines = readNote(vault, FILE).split('\n');
    // The due date is a Monday in the past; `every week` moves it one week from that due date.
    expect(lines.slice(6, 8)).toEqual([
      '- [ ] Weekly check-in with Piet ⏫ 🔁 every week 📅 2026-03-09',
      `- [x] Weekly check-in with Piet ⏫ 🔁 every week 📅 2026-03-02 ✅ ${localToday()} ^w1`,
    ]);
    expect(lines[8]).toBe('- [ ] Offerte nalopen [due:: 2026-03-10]');
    const shown = shownRows(el).map((r) => `${r.line} ${r.text}`);
    expect(shown).toEqual(cliActions(vault).map((a) => `${a.line} ${a.text}`));
    expect(shown).toContain('7 Weekly check-in with Piet');
    expect(loaded.notices.map((n) => n.message)).toEqual([]);
  });

  it('writes [completion:: …] on a Dataview line', async () => {
    vault = tempVault();
    writeNote(vault, FILE, NOTE);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    tick(rowEl(el, FILE, 8));
    await loaded.flush();
    expect(readNote(vault, FILE).split('\n')[7]).toBe(`- [x] Offerte nalopen [due:: 2026-03-10]  [completion:: ${localToday()}]`);
  });

  it('hands the line to the Tasks plugin when it is enabled, and falls back when it fails', async () => {
    vault = tempVault();
    writeNote(vault, FILE, NOTE);
    loaded = await start(vault);
    const calls: string[] = [];
    const api = {
      executeToggleTaskDoneCommand: (line: string, path: string): string => {
        calls.push(`${path}|${line}`);
        if (line.includes('Offerte')) throw new Error('Tasks failed');
        return `${line.replace('[ ]', '[ ]').replace('2026-03-02', addDays('2026-03-02', 14))}\n${line.replace('[ ]', '[x]')} ✅ 1999-01-01`;
      },
    };
    Object.assign(loaded.app, { plugins: { enabledPlugins: new Set(['obsidian-tasks-plugin']), plugins: { 'obsidian-tasks-plugin': { apiV1: api } } } });
    const el = await openDashboard(loaded);
    tick(rowEl(el, FILE, 7));
    await loaded.flush();
    let lines = readNote(vault, FILE).split('\n');
    expect(calls).toEqual([`${FILE}|- [ ] Weekly check-in with Piet ⏫ 🔁 every week 📅 2026-03-02 ^w1`]);
    expect(lines.slice(6, 8)).toEqual([
      '- [ ] Weekly check-in with Piet ⏫ 🔁 every week 📅 2026-03-16 ^w1',
      '- [x] Weekly check-in with Piet ⏫ 🔁 every week 📅 2026-03-02 ^w1 ✅ 1999-01-01',
    ]);
    tick(rowEl(el, FILE, 9));
    await loaded.flush();
    lines = readNote(vault, FILE).split('\n');
    expect(calls).toHaveLength(2);
    expect(lines[8]).toBe(`- [x] Offerte nalopen [due:: 2026-03-10]  [completion:: ${localToday()}]`);
  });
});
