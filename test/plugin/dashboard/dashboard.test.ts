import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../src/core/note/dates';
import type { LoadedPlugin } from '../../harness/load-plugin';
import { cliActions, fixtureVault, openDashboard, readNote, rowEl, shownRows, start, tempVault, tick, tearDown } from '../helpers';

let loaded: LoadedPlugin | null = null;
let vault = '';

afterEach(async () => {
  ({ loaded, vault } = await tearDown(loaded, vault));
});

const key = (r: { file: string; line: number; text: string }) => `${r.file}:${r.line} ${r.text}`;

describe('the dashboard over the fixture vault', () => {
  it('shows exactly the actions `grow-coach actions --json` gives', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const expected = cliActions(vault).map(key).sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(shownRows(el).map(key).sort()).toEqual(expected);
    expect(loaded.errors).toEqual([]);
  });

  it('shows the open and overdue counts the CLI gives', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const cli = cliActions(vault);
    const counts = el.querySelector('.grow-dashboard-counts')?.textContent;
    expect(counts).toBe(`${cli.length} open · ${cli.filter((a) => a.overdue).length} overdue`);
    const status = loaded.window.document.querySelector('.grow-status-bar')?.textContent;
    expect(status).toBe(`${cli.length} open · ${cli.filter((a) => a.overdue).length} overdue`);
  });

  it('ticking a row changes exactly that line on disk', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const [first] = cliActions(vault);
    if (!first) throw new Error('no action');
    const before = readNote(vault, first.file);
    tick(rowEl(el, first.file, first.line));
    await loaded.flush();
    const after = readNote(vault, first.file);
    const a = before.split('\n');
    const b = after.split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
    expect(changed).toEqual([first.line]);
    expect(b[first.line - 1]).toBe(a[first.line - 1]?.replace('[ ]', '[x]') + ` ✅ ${localToday()}`);
    // The row is gone from the open list; the CLI agrees.
    expect(shownRows(el).map(key)).not.toContain(key(first));
    expect(shownRows(el).map(key).sort()).toEqual(cliActions(vault).map(key).sort());
    expect(loaded.notices.map((n) => n.message)).toEqual([]);
  });

  it('an edit on disk shows up in the view', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const file = 'Coaching/dana.md';
    const text = readNote(vault, file);
    loaded.app.vault.external.writeFile(file, `${text.trimEnd()}\n- [ ] A brand new action from disk\n`);
    await loaded.flush();
    const expected = cliActions(vault).map(key).sort();
    expect(expected.some((k) => k.includes('A brand new action from disk'))).toBe(true);
    expect(shownRows(el).map(key).sort()).toEqual(expected);
  });
});
