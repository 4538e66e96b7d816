/** `client`, `sponsor`, `hours` and `lint` over the trajectory fixture, run as a user runs them. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import {
  ANNA,
  ANNA_CRITERIA,
  ANNA_FOLLOW_THROUGH,
  ANNA_GOALS,
  EMCC_LINE,
  HOURS_CSV,
  LEFT_OFF_LINE,
  LINT,
  MISSING_DURATION,
  SECRET,
  annaSessionsAsRead,
  asRead,
} from '../fixtures/trajectory/expected';

const vault = path.resolve(__dirname, '..', 'fixtures', 'trajectory');
const lineOf = (file: string, text: string) =>
  readFileSync(path.join(vault, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

describe('grow-coach client', () => {
  it('--json gives the trajectory in the shape of issue 15: the notes in date order, the scales, commitments and the exact follow-through', () => {
    const r = runCli(['client', vault, '--client', ANNA, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['client', 'goals', 'criteria', 'sessions', 'followThrough', 'scale']);
    expect(json).toEqual({
      client: ANNA,
      goals: ANNA_GOALS,
      criteria: ANNA_CRITERIA,
      sessions: annaSessionsAsRead(),
      followThrough: ANNA_FOLLOW_THROUGH,
      scale: { first: 4, last: asRead(7.5) },
    });
  });

  it('finds the client in any case, and writes a readable summary in Dutch', () => {
    const r = runCli(['client', vault, '--client', 'anna DE vries', '--lang', 'nl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Traject van Anna de Vries');
    expect(r.stdout).toContain('Coachvraag: Hoe word ik een teamleider die richting geeft zonder alles zelf te doen?');
    expect(r.stdout).toContain('Opvolging: 4 van 9 afgesproken acties gedaan (44%)');
    expect(r.stdout).toMatch(/sessie 1 · schaal 5(,5)? · commitment 8 · 3 afgesproken, 2 gedaan, 1 open, 1 vervallen · opvolging 67%/);
    expect(r.stdout).toContain(
      `- [ ] Nadenken over mijn rol in het MT · Coaching/Anna de Vries/2026-09-29 sessie 2.md:${lineOf('Coaching/Anna de Vries/2026-09-29 sessie 2.md', 'Nadenken over')}`,
    );
    // The done and the cancelled actions are no open actions.
    expect(r.stdout).not.toContain('Het overleg naar dinsdag verplaatsen');
  });

  it('names a client it does not know, and asks for --client', () => {
    const unknown = runCli(['client', vault, '--client', 'Niemand']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No coaching notes of "Niemand"');
    const missing = runCli(['client', vault]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--client NAME');
    const typo = runCli(['client', vault, '--client', ANNA, '--jsno']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown option --jsno');
  });
});

describe('grow-coach sponsor', () => {
  it('holds the goals, the criteria, the meetings, the scale trend and the shared passages, and not one word of Reality', () => {
    const r = runCli(['sponsor', vault, '--client', ANNA, '--lang', 'nl', '--today', '2026-12-01']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    for (const goal of [...ANNA_GOALS, ...ANNA_CRITERIA]) expect(out).toContain(`- ${goal}`);
    expect(out).toContain('5 gesprekken, van 2026-09-01 tot 2026-10-27:');
    expect(out).toContain('- 2026-10-13: tussenevaluatie');
    expect(out).not.toContain('reflectie');
    expect(out).toContain(`Van 4 (2026-09-01) naar ${asRead(7.5) === 7.5 ? '7,5' : '7'} (2026-10-27)`);
    expect(out).toContain('Twee van de drie afspraken uit de intake liggen op koers.');
    expect(out).toContain('Anna zit het teamoverleg sinds oktober zelf voor');
    // Never Reality, Options, action texts, observations, the coach's reflection or prompts.
    for (const hidden of [
      SECRET,
      'Rijkswaterstaat',
      'bang is dat Marco',
      'Een tijdbewaker aanwijzen',
      'Agenda voor maandag rondsturen',
      'Nadenken over mijn rol',
      'ineengedoken',
      'Ik gaf te snel een tip',
      'Vraag naar de energie',
      'Lees dit samen met Anna',
      'onder de waterlijn',
    ])
      expect(out).not.toContain(hidden);
  });
});

describe('grow-coach hours', () => {
  it('--csv gives the ICF log with the paid and pro bono hours counted by hand, RFC 4180 quoted, CRLF', () => {
    const r = runCli(['hours', vault, '--csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(HOURS_CSV.map((l) => `${l}\r\n`).join(''));
    const notes = r.stderr.split('\n');
    expect(notes).toContain('Total: 4.75 paid hours, 3.25 pro bono hours.');
    expect(notes).toContain(EMCC_LINE);
    expect(notes).toContain(LEFT_OFF_LINE);
    expect(r.stderr).toContain(`${MISSING_DURATION}: no duration`);
    // The client without consent is not on the log at all.
    expect(r.stdout).not.toContain('Bram');
  });

  it('--from and --to keep the sessions of that period', () => {
    const r = runCli(['hours', vault, '--csv', '--from', '2026-10-01', '--to', '2026-10-31']);
    expect(r.code).toBe(0);
    // Anna's mid-way evaluation (45 paid) and session 3 (75 pro bono); Bram's 50 left off.
    expect(r.stdout).toBe(
      [HOURS_CSV[0], 'Anna de Vries,"Anna ""AdV"" de Vries <anna@example.com>",Individual,,2026-10-13,2026-10-27,0.75,1.25', 'Total,,,,,,0.75,1.25']
        .map((l) => `${l}\r\n`)
        .join(''),
    );
    expect(r.stderr).toContain('EMCC: 2.83 client hours, 2 clients.');
    const bad = runCli(['hours', vault, '--from', '2026-10-31', '--to', '2026-10-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('swap them');
    expect(runCli(['hours', vault, '--from', '31-10-2026']).stderr).toContain('YYYY-MM-DD');
  });

  it('without --csv, a markdown table with the totals and the EMCC counts, in Dutch', () => {
    const r = runCli(['hours', vault, '--lang', 'nl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Anna de Vries | Anna "AdV" de Vries <anna@example.com> | Individual |  | 2026-09-01 | 2026-10-27 | 3.75 | 1.25 |');
    expect(r.stdout).toContain('Totaal: 4,75 betaalde uren, 3,25 pro-bono-uren.');
    expect(r.stdout).toContain('EMCC: 8,83 klanturen, 3 klanten.');
    expect(r.stdout).toContain('0,83 uur van 1 klant staat niet op het ICF-logboek');
    expect(r.stdout).toContain(`${MISSING_DURATION}: geen duur`);
  });
});

describe('grow-coach lint', () => {
  it('names the vague undated actions with the reason and no concrete one; exit 1', () => {
    const r = runCli(['lint', vault]);
    expect(r.code).toBe(1);
    const named = r.stdout.split('\n').filter((l) => l.includes(' — '));
    expect(named).toEqual(
      LINT.map((f) => `${f.file}:${lineOf(f.file, f.text)}: ${f.text} — vague verb "${f.phrase}" and no due date: make it concrete (what exactly, by when)`),
    );
    expect(r.stdout).toContain('4 actions will be hard to follow up.');
  });

  it('--vague adds phrases; a vault without findings exits 0; the notes are never changed', () => {
    const before = readFileSync(path.join(vault, 'Coaching/Anna de Vries/2026-10-27 sessie 3.md'), 'utf8');
    const r = runCli(['lint', vault, '--json', '--vague', 'opstellen']);
    const findings = JSON.parse(r.stdout) as { text: string }[];
    expect(findings.map((f) => f.text)).toContain('Agenda van het teamoverleg opstellen');
    expect(findings).toHaveLength(5);
    expect(readFileSync(path.join(vault, 'Coaching/Anna de Vries/2026-10-27 sessie 3.md'), 'utf8')).toBe(before);
    const clean = runCli(['lint', path.join(vault, 'Klanten')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('No actions that will be hard to follow up.');
  });

  const owners = path.resolve(__dirname, '..', 'fixtures', 'lint-owners');
  const ownerFile = (name: string) => `Coaching/${name}`;
  const noteLine = (file: string, words: string) =>
    readFileSync(path.join(owners, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(words)) + 1;

  it('names "no owner" only in the notes where the coach marks owners, beside the vague ones, in English and Dutch', () => {
    const anna = ownerFile('2026-11-06 sessie 2 Anna.md');
    const sam = ownerFile('2026-11-10 session 3 Sam.md');
    const claire = ownerFile('2026-11-13 session 2 Claire.md');
    const bram = ownerFile('2026-11-12 sessie 1 Bram.md');
    const before = readFileSync(path.join(owners, anna), 'utf8');
    const noOwner = 'no owner, where the coach marks owners: say whose action it is ([owner:: client] or [owner:: coach])';
    const r = runCli(['lint', owners]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes(' — '))).toEqual([
      `${anna}:${noteLine(anna, 'Met Joris')}: Met Joris de verdeling van de taken bespreken — ${noOwner}`,
      `${anna}:${noteLine(anna, 'Nadenken')}: Nadenken over mijn rol in het MT — vague verb "nadenken over" and no due date: make it concrete (what exactly, by when)`,
      `${anna}:${noteLine(anna, 'Nadenken')}: Nadenken over mijn rol in het MT — ${noOwner}`,
      `${sam}:${noteLine(sam, 'Try to')}: Try to say no once a week — vague verb "try to" and no due date: make it concrete (what exactly, by when)`,
      `${claire}:${noteLine(claire, 'Book a meeting')}: Book a meeting with HR about the budget — ${noOwner}`,
    ]);
    // Four actions, one of them named twice; nothing from Bram's note, whose coach heading sorts the owners.
    expect(r.stdout).toContain('4 actions will be hard to follow up.');
    expect(r.stdout).not.toContain(bram);

    const json = JSON.parse(runCli(['lint', owners, '--json']).stdout) as { file: string; line: number; kind: string; phrase: string | null; reason: string }[];
    expect(json.map((f) => f.kind)).toEqual(['owner', 'vague', 'owner', 'vague', 'owner']);
    expect(json[0]).toEqual({
      file: anna,
      line: noteLine(anna, 'Met Joris'),
      text: 'Met Joris de verdeling van de taken bespreken',
      kind: 'owner',
      phrase: null,
      reason: noOwner,
    });

    const nl = runCli(['lint', owners, '--lang', 'nl']);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toContain(
      `${claire}:${noteLine(claire, 'Book a meeting')}: Book a meeting with HR about the budget — geen eigenaar, waar de coach eigenaren noteert: schrijf erbij van wie de actie is ([owner:: klant] of [owner:: coach])`,
    );
    expect(nl.stdout).toContain('4 acties zijn lastig op te volgen.');

    // One action: said in the singular.
    const alone = mkdtempSync(path.join(os.tmpdir(), 'grow-lint-'));
    try {
      copyFileSync(path.join(owners, claire), path.join(alone, 'Claire.md'));
      const one = runCli(['lint', alone]);
      expect(one.code).toBe(1);
      expect(one.stdout).toContain('\n1 action will be hard to follow up.');
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
    // Lint only reads.
    expect(readFileSync(path.join(owners, anna), 'utf8')).toBe(before);
  });
});
