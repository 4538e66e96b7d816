/**
 * `grow-coach complete` / `reopen`, and the Tasks plugin's lines in `actions`, run as a user runs
 * them: the built CLI in its own process over a vault folder on disk.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const NOTE = [
  '---',
  'client: Piet',
  'date: 2026-03-02',
  'type: coaching',
  '---',
  '## Wat ga je doen?',
  '## Will',
  '- [ ] Weekly check-in with Piet 🔁 every week 📅 2026-03-02 ^w1',
  '- [/] Offerte nalopen [ due:: 2026-03-10 ] [priority:: high]',
  '- [>] Doorgeschoven naar volgende sessie 🗓️ 2026-02-20',
  '- [ ] 📆 2026-03-12',
  '- [x] Celebrate the ✅ 2026-02-01 milestone with Piet ✅ 2026-02-03',
  '- [-] Workshop afzeggen 📅 2026-02-10 ❌ 2026-02-08',
  '1. [ ] Maandrapport ⏫ 🔁 every month on the 1st ⏳ 2026-02-27 📅 2026-03-01 🆔 r1 ⛔ a1',
  '- [ ] Eenmalig formulier invullen 🏁 delete',
  '',
].join('\r\n');

function vault(): { dir: string; note: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'grow-complete-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'Coaching'));
  const note = path.join(dir, 'Coaching', 'piet.md');
  writeFileSync(note, NOTE);
  return { dir, note };
}
const lines = (file: string) => readFileSync(file, 'utf8').split('\r\n');

describe('grow-coach actions on the Tasks plugin lines', () => {
  it('gives each action its status character, its Tasks fields, and its description as Tasks reads it', () => {
    const { dir } = vault();
    const result = runCli(['actions', dir, '--json', '--all', '--today', '2026-03-04']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    const at = (line: number) => rows.find((r) => r.line === line);
    expect(at(8)).toMatchObject({ statusChar: ' ', status: 'open', text: 'Weekly check-in with Piet', due: '2026-03-02', recurrence: 'every week' });
    expect(at(9)).toMatchObject({ statusChar: '/', status: 'open', text: 'Offerte nalopen', due: '2026-03-10', priority: 'high' });
    expect(at(10)).toMatchObject({ statusChar: '>', status: 'open', due: '2026-02-20', overdue: true });
    expect(at(11)).toMatchObject({ statusChar: ' ', text: '', due: '2026-03-12' });
    expect(at(12)).toMatchObject({ statusChar: 'x', status: 'done', text: 'Celebrate the ✅ 2026-02-01 milestone with Piet', completed: '2026-02-03' });
    expect(at(13)).toMatchObject({ statusChar: '-', status: 'cancelled', cancelled: '2026-02-08' });
    expect(at(14)).toMatchObject({ text: 'Maandrapport', priority: 'high', scheduled: '2026-02-27', id: 'r1', dependsOn: ['a1'] });
  });

  it('shows the real status character in the listing and the checklist, and marks overdue outside the box', () => {
    const { dir } = vault();
    const listing = runCli(['actions', dir, '--today', '2026-03-04']).stdout;
    expect(listing).toContain('  [/] Offerte nalopen');
    expect(listing).toContain('⚠ [>] Doorgeschoven naar volgende sessie\n');
    expect(listing).not.toContain('[!]');
    const markdown = runCli(['actions', dir, '--markdown', '--today', '2026-03-04']).stdout;
    expect(markdown).toContain('- [/] Offerte nalopen 📅 2026-03-10');
    expect(markdown).toContain('- [>] Doorgeschoven');
  });
});

describe('grow-coach complete / reopen', () => {
  it('completes a recurring action as Tasks does: the next occurrence above, no block id, id or dependency copied', () => {
    const { note } = vault();
    const mode = 0o640;
    chmodSync(note, mode);
    const result = runCli(['complete', `${note}:14`, '--today', '2026-03-04']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lines(note).slice(13, 15)).toEqual([
      '1. [ ] Maandrapport ⏫ 🔁 every month on the 1st ⏳ 2026-03-30 📅 2026-04-01',
      '1. [x] Maandrapport ⏫ 🔁 every month on the 1st ⏳ 2026-02-27 📅 2026-03-01 🆔 r1 ⛔ a1 ✅ 2026-03-04',
    ]);
    expect(result.stdout.trim().split('\n')).toEqual([`${note}:14: ${lines(note)[13]}`, `${note}:15: ${lines(note)[14]}`]);
    expect(statSync(note).mode & 0o777).toBe(mode);

    runCli(['complete', `${note}:8`, '--today', '2026-03-04']);
    expect(lines(note).slice(7, 9)).toEqual([
      '- [ ] Weekly check-in with Piet 🔁 every week 📅 2026-03-09',
      '- [x] Weekly check-in with Piet 🔁 every week 📅 2026-03-02 ✅ 2026-03-04 ^w1',
    ]);
  });

  it('writes the done marker in the line’s own notation, and reopening takes out only that marker', () => {
    const { note } = vault();
    expect(runCli(['complete', `${note}:9`, '--today', '2026-03-04']).code).toBe(0);
    expect(lines(note)[8]).toBe('- [x] Offerte nalopen [ due:: 2026-03-10 ] [priority:: high]  [completion:: 2026-03-04]');
    expect(runCli(['reopen', `${note}:9`]).code).toBe(0);
    expect(lines(note)[8]).toBe('- [ ] Offerte nalopen [ due:: 2026-03-10 ] [priority:: high]');
    expect(runCli(['reopen', `${note}:12`]).code).toBe(0);
    expect(lines(note)[11]).toBe('- [ ] Celebrate the ✅ 2026-02-01 milestone with Piet');
    expect(runCli(['reopen', `${note}:13`]).code).toBe(0);
    expect(lines(note)[12]).toBe('- [ ] Workshop afzeggen 📅 2026-02-10');
  });

  it('removes the line of a completed action with 🏁 delete, as Tasks does', () => {
    const { note } = vault();
    const before = lines(note);
    const result = runCli(['complete', `${note}:15`, '--lang', 'nl']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${note}:15: afgerond en verwijderd`);
    expect(lines(note)).toEqual([...before.slice(0, 14), ...before.slice(15)]);
  });

  it('says so, changes nothing and exits 0 when the action already has that state', () => {
    const { note } = vault();
    const before = readFileSync(note, 'utf8');
    const result = runCli(['complete', `${note}:12`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${note}:12: already done`);
    expect(readFileSync(note, 'utf8')).toBe(before);
  });

  it('exits 1 naming the note and the line when that line holds no action, in Dutch and English', () => {
    const { note } = vault();
    const before = readFileSync(note, 'utf8');
    const en = runCli(['complete', `${note}:6`]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`${note}:6: this line holds no Will action`);
    const nl = runCli(['reopen', `${note}:99`, '--lang', 'nl']);
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain(`${note}:99: de notitie heeft 16 regels`);
    expect(readFileSync(note, 'utf8')).toBe(before);
  });

  it('refuses a target without a line, and a bad date, as usage errors', () => {
    const { note } = vault();
    expect(runCli(['complete', note]).code).toBe(2);
    expect(runCli(['complete', `${note}:3`, '--today', '2026-02-30']).code).toBe(2);
    expect(runCli(['complete']).stderr).toContain('grow-coach complete');
  });
});
