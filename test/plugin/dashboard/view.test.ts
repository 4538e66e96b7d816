/**
 * The dashboard's controls, rows, links, keyboard and safety, and the grow-actions code block,
 * through the built main.js in the harness.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../src/core/note/dates';
import type { LoadedPlugin } from '../../harness/load-plugin';
import { cliActions, fixtureVault, openDashboard, readNote, rowEl, shownRows, start, tempVault, tick, writeNote, tearDown } from '../helpers';

let loaded: LoadedPlugin | null = null;
let vault = '';

afterEach(async () => {
  ({ loaded, vault } = await tearDown(loaded, vault));
});

const key = (r: { file: string; line: number; text: string }) => `${r.file}:${r.line} ${r.text}`;

function groupLabels(el: HTMLElement): string[] {
  return Array.from(el.querySelectorAll('.grow-group-label')).map((g) => g.textContent ?? '');
}

async function change(l: LoadedPlugin, input: HTMLInputElement | HTMLSelectElement, value: string | boolean): Promise<void> {
  if (typeof value === 'boolean' && input instanceof HTMLInputElement) input.checked = value;
  else input.value = String(value);
  const Event = (l.window as unknown as { Event: typeof globalThis.Event }).Event;
  input.dispatchEvent(new Event(input.type === 'search' ? 'input' : 'change', { bubbles: true }));
  await l.flush();
}

function control<T extends HTMLElement>(el: HTMLElement, selector: string): T {
  const found = el.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('controls', () => {
  it('groups by client (default), by due date and by session note', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    expect(groupLabels(el)).toEqual(['Anna de Vries', 'Bram Jansen', 'Carla Smit', 'No client']);
    await change(loaded, control(el, 'select.grow-group-by'), 'due');
    const buckets = groupLabels(el);
    expect(buckets[0]).toBe('Overdue');
    expect(buckets[buckets.length - 1]).toBe('No date');
    const overdue = el.querySelector('.grow-group[data-group="due:overdue"]');
    expect(overdue?.querySelectorAll('.grow-row').length).toBe(cliActions(vault).filter((a) => a.overdue).length);
    await change(loaded, control(el, 'select.grow-group-by'), 'note');
    expect(groupLabels(el)).toEqual(['2026-11-03 sessie 3', 'dana', 'bram', 'inline-tag']);
    expect(shownRows(el).map(key).sort()).toEqual(cliActions(vault).map(key).sort());
  });

  it('filters by words, by client, and shows done actions on request', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    await change(loaded, control(el, 'input.grow-filter'), 'teamleider');
    expect(
      shownRows(el)
        .map((r) => r.text)
        .sort(),
    ).toEqual(['Carla belt de teamleider', 'Teamleider Piet vragen om feedback']);
    await change(loaded, control(el, 'input.grow-filter'), '');
    const clients = Array.from(control<HTMLSelectElement>(el, 'select.grow-client-select').options).map((o) => o.text);
    expect(clients).toEqual(['All clients', 'Anna de Vries', 'Bram Jansen', 'Carla Smit']);
    await change(loaded, control(el, 'select.grow-client-select'), 'Bram Jansen');
    expect(shownRows(el).map(key).sort()).toEqual(cliActions(vault, '--client', 'Bram Jansen').map(key).sort());
    await change(loaded, control(el, 'select.grow-client-select'), '');
    await change(loaded, control(el, '.grow-show-done input'), true);
    expect(shownRows(el).map(key).sort()).toEqual(cliActions(vault, '--all').map(key).sort());
  });

  it('unticking a done action reopens it: [ ] and no completion date, that line only', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    await change(loaded, control(el, '.grow-show-done input'), true);
    const done = cliActions(vault, '--all').find((a) => a.status === 'done');
    if (!done) throw new Error('the fixture has a done action');
    const before = readNote(vault, done.file).split('\n');
    tick(rowEl(el, done.file, done.line));
    await loaded.flush();
    const after = readNote(vault, done.file).split('\n');
    expect(after.filter((l, i) => l !== before[i])).toEqual([after[done.line - 1]]);
    expect(after[done.line - 1]).toMatch(/^\s*(?:[-*+]|\d+[.)]) \[ \] /);
    expect(after[done.line - 1]).not.toMatch(/✅/);
    // The same row now shows as open.
    expect(rowEl(el, done.file, done.line).classList.contains('is-done')).toBe(false);
  });
});

describe('rows', () => {
  it('show a due badge (overdue in the error style), the client, the session date and a link to the note', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    await change(loaded, control(el, 'select.grow-group-by'), 'due');
    const row = rowEl(el, 'Coaching/Anna/2026-11-03 sessie 3.md', 29);
    const badge = row.querySelector('.grow-due');
    expect(badge?.textContent).toBe('Overdue: 2026-11-10');
    expect(badge?.classList.contains('is-overdue')).toBe(true);
    expect(row.querySelector('.grow-client')?.textContent).toBe('Anna de Vries');
    expect(row.querySelector('.grow-session-date')?.textContent).toBe('Session 2026-11-03');
    expect(row.querySelector('.grow-note-link')?.textContent).toBe('2026-11-03 sessie 3');
    expect(row.querySelector('input[type=checkbox]')?.getAttribute('aria-label')).toBe('Complete action: Teamleider Piet vragen om feedback');
  });

  it("a click opens the note at the action's line; Mod-click opens it in a new tab; Enter too", async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const row = rowEl(el, 'Elsewhere/bram.md', 20);
    const MouseEvent = (loaded.window as unknown as { MouseEvent: typeof globalThis.MouseEvent }).MouseEvent;
    const KeyboardEvent = (loaded.window as unknown as { KeyboardEvent: typeof globalThis.KeyboardEvent }).KeyboardEvent;
    control(row, '.grow-row-text').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await loaded.flush();
    const dashboardLeaf = loaded.app.workspace.getLeavesOfType('grow-actions')[0];
    expect(dashboardLeaf).toBeDefined();
    const first = loaded.opened[loaded.opened.length - 1];
    expect([first?.path, first?.line]).toEqual(['Elsewhere/bram.md', 19]);
    expect(first?.leafId).not.toBe(dashboardLeaf?.id);
    const leaves = loaded.app.workspace.allLeaves().length;
    control(row, '.grow-note-link').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await loaded.flush();
    expect(loaded.app.workspace.allLeaves().length).toBe(leaves + 1);
    const count = loaded.opened.length;
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await loaded.flush();
    expect(loaded.opened.length).toBe(count + 1);
    expect(loaded.opened[count]?.line).toBe(19);
  });

  it('Space on a focused row completes its action', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const row = rowEl(el, 'Elsewhere/bram.md', 21);
    const rows = Array.from(el.querySelectorAll<HTMLElement>('.grow-row'));
    const next = rows[rows.indexOf(row) + 1];
    expect(next).toBeDefined();
    row.focus();
    const KeyboardEvent = (loaded.window as unknown as { KeyboardEvent: typeof globalThis.KeyboardEvent }).KeyboardEvent;
    row.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    await loaded.flush();
    expect(readNote(vault, 'Elsewhere/bram.md').split('\n')[20]).toBe(`* [x] Book a rehearsal with Sara ✅ ${localToday()}`);
    // The done row left the list: the keyboard goes on from the next row, not from nowhere.
    expect(row.isConnected).toBe(false);
    expect(loaded.window.document.activeElement?.getAttribute('data-id')).toBe(next?.dataset.id);
  });

  it("render an action's markdown safely: links work, raw HTML and javascript: links stay inert", async () => {
    vault = tempVault();
    writeNote(
      vault,
      'Coaching/Eve/s.md',
      [
        '## Will',
        '- [ ] Read **this** and [[Coaching/Eve/notes|the notes]] <img src=x onerror="alert(1)"><script>alert(2)</script>',
        '- [ ] Click [here](javascript:alert(3)) or [site](https://example.com)',
        '- [ ] 1. not a list & <b>not bold</b>',
        '',
      ].join('\n'),
    );
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    const rows = Array.from(el.querySelectorAll<HTMLElement>('.grow-row-text'));
    expect(rows).toHaveLength(3);
    expect(el.querySelector('.grow-row-text img, .grow-row-text script, .grow-row-text b')).toBeNull();
    expect(el.querySelector('.grow-row-text strong')?.textContent).toBe('this');
    expect(el.querySelector('.grow-row-text a.internal-link')?.textContent).toBe('the notes');
    expect(el.querySelector('.grow-row-text a[href^="javascript"]')).toBeNull();
    expect(el.querySelector('.grow-row-text a[href="https://example.com"]')).not.toBeNull();
    expect(rows[0]?.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(rows[2]?.textContent).toBe('1. not a list & <b>not bold</b>');
    expect(loaded.unsafeHtml).toEqual([]);
  });
});

describe('the empty state', () => {
  it('shows how to write a Will action', async () => {
    vault = tempVault();
    writeNote(vault, 'Coaching/x.md', '# Nothing agreed yet\n');
    loaded = await start(vault);
    const el = await openDashboard(loaded);
    expect(el.querySelector('.grow-empty-title')?.textContent).toBe('No open actions');
    expect(el.querySelector('.grow-empty-example')?.textContent).toContain('## Will\n- [ ] ');
    expect(el.querySelector('.grow-dashboard-counts')?.textContent).toBe('0 open · 0 overdue');
  });
});

describe('the grow-actions code block', () => {
  it('renders the same list with options, and stays live', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const block = await loaded.renderCodeBlock('grow-actions', 'client: [[Anna de Vries]]\ndue: overdue\ngroup: due', 'Clients/Anna.md');
    const expected = cliActions(vault, '--client', 'Anna de Vries').filter((a) => a.overdue);
    expect(shownRows(block.el).map(key).sort()).toEqual(expected.map(key).sort());
    expect(groupLabels(block.el)).toEqual(['Overdue']);
    const first = expected[0];
    if (!first) throw new Error('no overdue action for Anna');
    tick(rowEl(block.el, first.file, first.line));
    await loaded.flush();
    expect(shownRows(block.el).map(key)).not.toContain(key(first));
    block.unload();
  });

  it('names an option it does not know', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const block = await loaded.renderCodeBlock('grow-actions', 'colour: red\ndone: true', 'x.md');
    expect(block.el.querySelector('.grow-block-error')?.textContent).toBe('grow-actions: unknown option "colour: red"');
    expect(shownRows(block.el).length).toBe(cliActions(vault, '--all').length);
    block.unload();
  });
});

describe('the status bar item and the completion date setting', () => {
  it('opens the dashboard on a click', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    const item = loaded.window.document.querySelector<HTMLElement>('.grow-status-bar');
    expect(item?.getAttribute('role')).toBe('button');
    item?.click();
    await loaded.flush();
    expect(loaded.app.workspace.getLeavesOfType('grow-actions')).toHaveLength(1);
    item?.click();
    await loaded.flush();
    expect(loaded.app.workspace.getLeavesOfType('grow-actions')).toHaveLength(1);
  });

  it('completes without a date when "Add completion date" is off', async () => {
    vault = tempVault(fixtureVault);
    loaded = await start(vault);
    loaded.openSettings().change('Add completion date', false);
    await loaded.flush();
    const el = await openDashboard(loaded);
    tick(rowEl(el, 'Elsewhere/bram.md', 20));
    await loaded.flush();
    expect(readNote(vault, 'Elsewhere/bram.md').split('\n')[19]).toMatch(/^. \[x\] Write the three key messages 📅 2026-11-20$/);
  });
});
