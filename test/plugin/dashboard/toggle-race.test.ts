import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../src/core/note/dates';
import type { LoadedPlugin } from '../../harness/load-plugin';
import { openDashboard, readNote, rowEl, start, tempVault, tick, tearDown, writeNote } from '../helpers';

let loaded: LoadedPlugin | null = null;
let vault = '';

afterEach(async () => {
  ({ loaded, vault } = await tearDown(loaded, vault));
});

/** A vault holding just `note`, the plugin over it, and the dashboard row of `line`. */
async function rowOf(note: string, text: string, line: number): Promise<{ h: LoadedPlugin; el: HTMLElement; row: HTMLElement }> {
  vault = tempVault();
  writeNote(vault, note, text);
  const h = await start(vault);
  loaded = h;
  const el = await openDashboard(h);
  return { h, el, row: rowEl(el, note, line) };
}

describe('ticking while the note changes under the dashboard', () => {
  const NOTE = 'Coaching/Eva/2026-11-01 session 1.md';
  const TEXT = ['---', 'client: Eva', 'date: 2026-11-01', '---', '## Will', '- [ ] Call the team lead', '- [ ] Draft the plan 📅 2026-12-01', ''].join('\n');

  it('completes the right action when an edit moved its line between render and tick', async () => {
    const { h, row } = await rowOf(NOTE, TEXT, 7);
    // Another editor inserts two lines above; the dashboard has not heard of it yet.
    const moved = TEXT.replace('## Will\n', '## Will\nAgreed at the end:\n\n');
    fs.writeFileSync(path.join(vault, NOTE), moved);
    tick(row);
    await h.flush();
    const after = readNote(vault, NOTE).split('\n');
    expect(after[8]).toBe(`- [x] Draft the plan 📅 2026-12-01 ✅ ${localToday()}`);
    expect(after.filter((l, i) => l !== moved.split('\n')[i])).toEqual([after[8]]);
    expect(h.notices).toEqual([]);
  });

  it('changes nothing and tells the coach when the line was deleted first', async () => {
    const { h, el, row } = await rowOf(NOTE, TEXT, 7);
    const without = TEXT.replace('- [ ] Draft the plan 📅 2026-12-01\n', '');
    fs.writeFileSync(path.join(vault, NOTE), without);
    tick(row);
    await h.flush();
    expect(readNote(vault, NOTE)).toBe(without);
    expect(h.notices.map((n) => n.message)).toEqual([`"Draft the plan" is no longer in ${NOTE}. Nothing changed.`]);
    // The checkbox is not left ticked.
    const box = el.querySelector<HTMLInputElement>('.grow-row input.grow-checkbox:checked');
    expect(box).toBeNull();
  });

  it('a tick from a row drawn before an edit never completes the other of two identical actions', async () => {
    const note = 'Coaching/Eva/2026-11-02 session 2.md';
    const text = ['---', 'client: Eva', 'date: 2026-11-02', '---', '## Will', '- [ ] Bel Piet', '- [ ] Mail Anna', '- [ ] Bel Piet', ''].join('\n');
    const { h, el, row } = await rowOf(note, text, 8);
    // Hidden, the view skips redraws: its rows stay as drawn while the index takes the edit.
    el.hidden = true;
    const moved = text.replace('## Will\n', '## Will\nAgreed:\n\n');
    h.app.vault.external.writeFile(note, moved);
    await h.flush();
    // Line 8 now holds the FIRST copy.
    expect(moved.split('\n')[7]).toBe('- [ ] Bel Piet');
    el.hidden = false;
    tick(row);
    await h.flush();
    const after = readNote(vault, note).split('\n');
    expect(after[7]).toBe('- [ ] Bel Piet');
    if (after.join('\n') === moved) expect(h.notices).toHaveLength(1);
    else expect(after[9]).toMatch(/^- \[x\] Bel Piet/);
  });
});
