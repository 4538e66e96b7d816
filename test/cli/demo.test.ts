/**
 * The demo a coach believes, on any day: its notes are made from the built-in templates with
 * dates relative to the day it runs, so two different days give the same plausible week (a few
 * actions overdue, most not, the done ones ticked, the coach's own tasks apart).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoVault } from '../../scripts/demo-vault.mjs';
import { runCli } from './run-cli';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

interface Row {
  file: string;
  text: string;
  status: string;
  due: string | null;
  completed: string | null;
  overdue: boolean;
  owner: string;
}

const days = (from: string, to: string | null): number | null => (to === null ? null : Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));

function demoOn(today: string): { files: string[]; rows: Row[]; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'grow-demo-'));
  temps.push(dir);
  const files = writeDemoVault(dir, today);
  const result = runCli(['actions', dir, '--json', '--all', '--today', today]);
  expect(result.stderr).toBe('');
  return { files, rows: JSON.parse(result.stdout) as Row[], dir };
}

describe('the demo', () => {
  it('shows the same plausible week on two different days', () => {
    const a = demoOn('2026-12-01');
    const b = demoOn('2027-06-15');
    for (const [today, demo] of [
      ['2026-12-01', a],
      ['2027-06-15', b],
    ] as const) {
      const client = demo.rows.filter((r) => r.owner === 'client');
      const open = client.filter((r) => r.status === 'open');
      const overdue = open.filter((r) => r.overdue);
      // A few overdue, most not.
      expect(overdue.length).toBe(2);
      expect(open.length).toBe(8);
      // The done actions the notes describe are ticked, each done on or before today.
      const done = demo.rows.filter((r) => r.status === 'done');
      expect(done.length).toBe(6);
      for (const r of done) expect(r.completed !== null && r.completed <= today).toBe(true);
      // The coach's own tasks are marked as the coach's and are not the client's.
      expect(demo.rows.filter((r) => r.owner === 'coach' && r.status === 'open').map((r) => r.text)).toEqual([
        'Tussenevaluatie met Anna inplannen',
        'Rollenspel voor de volgende sessie voorbereiden',
        'Book the three-way meeting with Tom',
      ]);
    }
    // Every date is relative to the day the demo runs: the same offsets, the same actions.
    const shape = (rows: Row[], today: string) => rows.map((r) => [r.text, r.status, r.owner, days(today, r.due), days(today, r.completed)]);
    expect(shape(b.rows, '2027-06-15')).toEqual(shape(a.rows, '2026-12-01'));
    expect(a.files.length).toBe(11);
    expect(b.files.map((f) => f.replace(/\d{4}-\d{2}-\d{2}/, 'D'))).toEqual(a.files.map((f) => f.replace(/\d{4}-\d{2}-\d{2}/, 'D')));
  });

  it('makes its notes with the templates: GROW sessions numbered, the intake goals shown, the mid-way not days after session 1', () => {
    const { dir, files } = demoOn('2026-12-01');
    const read = (rel: string) => readFileSync(path.join(dir, ...rel.split('/')), 'utf8');
    const anna2 = files.find((f) => f.includes('Anna de Vries') && f.endsWith('sessie 2.md')) ?? '';
    expect(read(anna2)).toContain('# Sessie 2 van 6 met Anna de Vries');
    expect(read(anna2)).toContain('> - Het wekelijkse teamoverleg voorzitten zonder het gesprek over te nemen, binnen drie maanden');
    // The review of session 2 lists what was still open, not what had been done before it.
    const review = read(anna2).slice(read(anna2).indexOf('## Terugblik'), read(anna2).indexOf('## Doel'));
    expect(review).toContain('Piet vragen om feedback');
    expect(review).not.toContain('tien tellen stil blijven (');
    const claire = files.filter((f) => f.includes('Claire Morgan'));
    const dateOf = (f: string) => /\d{4}-\d{2}-\d{2}/.exec(f)?.[0] ?? '';
    const first = claire.find((f) => f.endsWith('session 2.md')) ?? '';
    const midway = claire.find((f) => f.endsWith('mid-way evaluation.md')) ?? '';
    expect(days(dateOf(first), dateOf(midway))).toBeGreaterThanOrEqual(14);
    expect(read(midway)).toContain('**Sessions**: 2 held of the 4 agreed, every 2 weeks');
  });
});
