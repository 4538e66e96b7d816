/**
 * One coaching trajectory made with `grow-coach new` as a coach makes it, through the built CLI
 * in its own process: intake (its goals filled in as properties), iceberg homework, two GROW
 * sessions, a mid-way evaluation and the closing three-way meeting.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillIn, type Answers } from '../core/templates/fill';
import { runCli } from './run-cli';

const root = mkdtempSync(path.join(tmpdir(), 'grow-coach-trajectory-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GOALS = ['Het teamoverleg voorzitten zonder het gesprek over te nemen, vóór 1 maart', 'Elke maand feedback vragen aan twee collega’s'];

function make(template: string, date: string, answers: Answers = {}): { rel: string; text: string } {
  const result = runCli(['new', root, '--client', 'Anna de Vries', '--template', template, '--lang', 'nl', '--date', date]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const rel = result.stdout.trim();
  const file = path.join(root, ...rel.split('/'));
  const text = fillIn(readFileSync(file, 'utf8'), answers);
  writeFileSync(file, text);
  return { rel, text };
}

describe('a trajectory made with grow-coach new', () => {
  const intake = make('intake', '2026-10-06', {
    goal: 'Rustiger voorzitten',
    coachActions: ['Tussenevaluatie plannen 📅 2026-11-17'],
    properties: {
      coaching_question: 'Hoe geef ik het team meer ruimte?',
      goals: GOALS,
      criteria: ['Het team doet zelf voorstellen'],
      sponsor: 'Karin Mulder',
      scale_start: 4,
      sessions_agreed: 6,
      frequency_weeks: 3,
    },
  });
  const iceberg = make('iceberg-reflection', '2026-10-13');
  const first = make('grow-session', '2026-10-20', { actions: ['Na elke vraag tien tellen stil blijven 📅 2026-11-03'] });
  const second = make('grow-session', '2026-11-10');
  const midway = make('midway-evaluation', '2026-11-17');
  const closing = make('closing-conversation', '2027-01-12');

  it('numbers the GROW sessions 1 and 2; intake, iceberg, mid-way and closing carry their kind and no number', () => {
    expect([intake.rel, iceberg.rel, first.rel, second.rel, midway.rel, closing.rel]).toEqual([
      'Coaching/Anna de Vries/2026-10-06 intake.md',
      'Coaching/Anna de Vries/2026-10-13 ijsbergreflectie.md',
      'Coaching/Anna de Vries/2026-10-20 sessie 1.md',
      'Coaching/Anna de Vries/2026-11-10 sessie 2.md',
      'Coaching/Anna de Vries/2026-11-17 tussenevaluatie.md',
      'Coaching/Anna de Vries/2027-01-12 driegesprek.md',
    ]);
    expect(first.text).toMatch(/^session: 1$/m);
    expect(second.text).toMatch(/^session: 2$/m);
    expect(second.text).toContain('# Sessie 2 van 6 met Anna de Vries');
    for (const [note, kind] of [
      [intake, 'intake'],
      [iceberg, 'iceberg'],
      [midway, 'midway'],
      [closing, 'closing'],
    ] as const) {
      expect(note.text).toMatch(new RegExp(`^kind: ${kind}$`, 'm'));
      expect(note.text).not.toMatch(/^session:/m);
    }
  });

  it("shows the intake's goals in the GROW sessions, the mid-way evaluation and the closing meeting", () => {
    for (const note of [first, second, midway, closing]) for (const goal of GOALS) expect(note.text, note.rel).toContain(`> - ${goal}`);
    expect(midway.text).toContain('**Sessies**: 2 gehouden van de 6 afgesproken, om de 3 weken');
    expect(closing.text).toContain(`| ${GOALS[0]} |  |  |\n| ${GOALS[1]} |  |  |`);
    expect(closing.text).toContain('- Opdrachtgever: Karin Mulder');
  });

  it('plans the next session after the agreed three weeks, and keeps the coach’s task out of the client’s review', () => {
    expect(first.text).toContain('Volgende sessie: dinsdag 10 november 2026');
    const review = second.text.slice(second.text.indexOf('## Terugblik'), second.text.indexOf('## Doel'));
    expect(review).toContain('- Na elke vraag tien tellen stil blijven (uiterlijk 3 november 2026, datum verstreken)');
    expect(review).not.toContain('Tussenevaluatie plannen');
    expect(second.text).toContain('> - Tussenevaluatie plannen (uiterlijk 17 november 2026)');
  });

  it("lists the coach's task apart in `actions`, with owner in --json, and out of the client's counts", () => {
    const json = runCli(['actions', root, '--json', '--today', '2026-11-10']);
    const rows = JSON.parse(json.stdout) as { text: string; owner: string; overdue: boolean }[];
    expect(rows.map((r) => [r.text, r.owner, r.overdue])).toEqual([
      ['Na elke vraag tien tellen stil blijven', 'client', true],
      ['Tussenevaluatie plannen', 'coach', false],
    ]);
    const listing = runCli(['actions', root, '--today', '2026-11-10', '--lang', 'nl']).stdout;
    expect(listing).toContain('Anna de Vries (1 open, 1 verstreken)');
    expect(listing).toMatch(/\nVoor de coach\n {2}\[ \] Tussenevaluatie plannen\n/);
    expect(listing).toContain('1 open, 1 verstreken, in 6 coachingnotities');
  });
});
