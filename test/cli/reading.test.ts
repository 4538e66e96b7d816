/**
 * Issue 11 through the spawned CLI: a vault of notes written as coaches write them. Every Will
 * action is listed, tasks outside Will are named on stderr, the coach's own words (option and
 * `.grow-coach.json`) make them actions, the note whose frontmatter never closes shows its actions
 * and is never written, and `actions --json` and `parse --json` agree.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

const fixtures = path.join(repoRoot, 'test', 'fixtures');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const NOTES = {
  'Coaching/Sanne/gesprek 4.md': 'reading/nl-coach-headings.md',
  'Coaching/Omar/session 2.md': 'reading/en-coach-headings.md',
  'Coaching/Mark/sessie 1.md': 'reading/nl-scales.md',
  'Coaching/Anna/open frontmatter.md': 'unclosed/no-closing.md',
  'Coaching/Anna/crlf.md': 'unclosed/crlf.md',
};

function vault(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'grow-reading-'));
  temps.push(dir);
  for (const [rel, from] of Object.entries(NOTES)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    cpSync(path.join(fixtures, from), path.join(dir, rel));
  }
  return dir;
}

interface Row {
  file: string;
  line: number;
  text: string;
  due: string | null;
  client: string | null;
}

const actions = (dir: string, ...args: string[]) => runCli(['actions', dir, '--json', '--all', '--today', '2026-11-15', ...args]);
const rows = (stdout: string) => (JSON.parse(stdout) as Row[]).map((r) => `${r.file}:${r.line} ${r.text}`).sort();

describe('a vault written as coaches write', () => {
  it('lists every Will action, and names the tasks outside Will and the unclosed frontmatter on stderr', () => {
    const dir = vault();
    const result = actions(dir);
    expect(result.code).toBe(0);
    const list = rows(result.stdout);
    expect(list).toEqual(
      expect.arrayContaining([
        'Coaching/Sanne/gesprek 4.md:22 Focusochtend op dinsdag in de agenda blokken',
        'Coaching/Sanne/gesprek 4.md:29 Drie terugkerende overleggen opzeggen',
        'Coaching/Sanne/gesprek 4.md:32 Volgende sessie plannen in week 49',
        'Coaching/Sanne/gesprek 4.md:35 Lijstje meenemen van overleggen die ze heeft afgezegd',
        'Coaching/Omar/session 2.md:20 Book thirty minutes with the director',
        'Coaching/Anna/open frontmatter.md:6 Teamleider bellen',
        'Coaching/Anna/crlf.md:7 In een citaat',
      ]),
    );
    expect(list.some((r) => r.includes('Een week lang bijhouden'))).toBe(false);
    // The unclosed frontmatter gives no client, as in Obsidian.
    const open = (JSON.parse(result.stdout) as Row[]).filter((r) => r.file === 'Coaching/Anna/open frontmatter.md');
    expect(open.map((r) => r.client)).toEqual([null, null]);
    expect(result.stderr).toContain('warning: Coaching/Sanne/gesprek 4.md:25: 3 tasks are outside a Will section');
    expect(result.stderr).toContain('2 under "## Huiswerk" (line 24)');
    expect(result.stderr).toContain('warning: Coaching/Omar/session 2.md:29: 1 task is outside a Will section');
    expect(result.stderr).toContain('warning: Coaching/Anna/open frontmatter.md:1: the note starts with "---" but no second "---" line closes the properties');
    expect(result.stdout).not.toContain('warning');
  });

  it('says it in Dutch with --lang nl', () => {
    const result = actions(vault(), '--lang', 'nl');
    expect(result.stderr).toContain('Coaching/Sanne/gesprek 4.md:25: 3 taken staan buiten een Wil-sectie');
    expect(result.stderr).toContain('2 onder "## Huiswerk" (regel 24)');
  });

  it('agrees with parse --json, note by note, on actions, lines and warnings', () => {
    const dir = vault();
    const listed = JSON.parse(actions(dir).stdout) as Row[];
    for (const rel of Object.keys(NOTES)) {
      const parsed = runCli(['parse', path.join(dir, rel), '--json']);
      expect(parsed.code, parsed.stderr).toBe(0);
      const json = JSON.parse(parsed.stdout) as { actions: { line: number; text: string; due: string | null }[]; warnings: string[]; scale: number | null };
      expect(
        json.actions.map((a) => `${a.line} ${a.text} ${a.due}`),
        rel,
      ).toEqual(listed.filter((r) => r.file === rel).map((r) => `${r.line} ${r.text} ${r.due}`));
      for (const warning of json.warnings) expect(parsed.stderr).toContain(warning);
    }
    const sanne = JSON.parse(runCli(['parse', path.join(dir, 'Coaching/Sanne/gesprek 4.md'), '--json']).stdout) as {
      warnings: string[];
      scale: number;
      commitment: number;
    };
    expect(sanne.warnings.some((w) => w.includes('3 tasks are outside a Will section'))).toBe(true);
    expect([sanne.scale, sanne.commitment]).toEqual([4.5, 7.5]);
    const mark = JSON.parse(runCli(['parse', path.join(dir, 'Coaching/Mark/sessie 1.md'), '--json']).stdout) as {
      warnings: string[];
      scale: number;
      commitment: number;
    };
    expect([mark.scale, mark.commitment]).toEqual([7.5, 8]);
    expect(mark.warnings).toEqual([expect.stringContaining(':16: commitment 11 is outside 1–10')]);
  });

  it('--phase-words (repeated) makes the coach’s headings phases: Huiswerk becomes Will, the warning goes', () => {
    const dir = vault();
    const result = actions(dir, '--phase-words', 'will=huiswerk', '--phase-words=wil=homework,klusjes');
    expect(result.code).toBe(0);
    const list = rows(result.stdout);
    expect(list).toContain('Coaching/Sanne/gesprek 4.md:25 Een week lang bijhouden welke overleggen echt nodig waren');
    expect(list).toContain('Coaching/Omar/session 2.md:29 Read the article on negotiation');
    expect(result.stderr).not.toContain('Coaching/Omar/session 2.md:29');
    // Doelgroep is still no phase: one task left outside.
    expect(result.stderr).toContain('Coaching/Sanne/gesprek 4.md:40: 1 task is outside a Will section');
    const parsed = JSON.parse(runCli(['parse', path.join(dir, 'Coaching/Sanne/gesprek 4.md'), '--json', '--phase-words', 'will=huiswerk']).stdout) as {
      actions: unknown[];
    };
    expect(parsed.actions).toHaveLength(6);
  });

  it('reads the words of .grow-coach.json in the vault folder, for actions and parse alike', () => {
    const dir = vault();
    writeFileSync(path.join(dir, '.grow-coach.json'), JSON.stringify({ phaseWords: { wil: ['huiswerk'], goal: 'doelgroep' } }));
    mkdirSync(path.join(dir, '.obsidian'));
    writeFileSync(path.join(dir, '.obsidian', 'app.json'), '{}');
    const result = actions(dir);
    expect(rows(result.stdout)).toContain('Coaching/Sanne/gesprek 4.md:26 Het hoofdstuk over grenzen lezen');
    // "Doelgroep" is now Goal: a task in Goal is still outside Will, and says so.
    expect(result.stderr).toContain('1 under "## Doelgroep van het project" (Goal) (line 39)');
    const parsed = JSON.parse(runCli(['parse', path.join(dir, 'Coaching/Sanne/gesprek 4.md'), '--json']).stdout) as { actions: unknown[] };
    expect(parsed.actions).toHaveLength(6);
  });

  it('refuses a bad --phase-words or .grow-coach.json with a message that says what to write', () => {
    const dir = vault();
    const bad = actions(dir, '--phase-words', 'huiswerk');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--phase-words expects PHASE=WORD,WORD');
    const phase = actions(dir, '--phase-words', 'plan=huiswerk');
    expect(phase.code).toBe(2);
    expect(phase.stderr).toContain('unknown phase "plan"');
    writeFileSync(path.join(dir, '.grow-coach.json'), '{ "phaseWords": { "will": [huiswerk] } }');
    const json = actions(dir);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain(`${path.join(dir, '.grow-coach.json')}: not valid JSON`);
  });

  it('parse --write writes nothing into the note whose frontmatter never closes, and says why and what to do', () => {
    const dir = vault();
    const file = path.join(dir, 'Coaching/Anna/open frontmatter.md');
    const before = readFileSync(file);
    const result = runCli(['parse', dir, '--write']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('refused: Coaching/Anna/open frontmatter.md:1: the note starts with "---" but no second "---" line closes the frontmatter');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readFileSync(path.join(dir, 'Coaching/Anna/crlf.md')).equals(readFileSync(path.join(fixtures, 'unclosed/crlf.md')))).toBe(true);
    // The other notes are written, and their warnings are on stderr.
    expect(result.stdout).toContain('updated: Coaching/Sanne/gesprek 4.md');
    expect(result.stderr).toContain('Coaching/Sanne/gesprek 4.md:25: 3 tasks are outside a Will section');
    expect(readFileSync(path.join(dir, 'Coaching/Mark/sessie 1.md'), 'utf8')).toMatch(/\ngrow_scale: 7\.5\n/);
  });
});
