import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

const fixtureVault = path.join(repoRoot, 'test', 'fixtures', 'vault');
const expected: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'vault.actions.json'), 'utf8'));
const temps: string[] = [];
const tempVault = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'grow-vault-'));
  temps.push(dir);
  cpSync(fixtureVault, dir, { recursive: true });
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

interface Row {
  file: string;
  line: number;
  text: string;
  status: string;
  done: boolean;
  due: string | null;
  client: string | null;
  overdue: boolean;
}
const rows = (stdout: string): Row[] => JSON.parse(stdout) as Row[];

describe('grow-coach actions', () => {
  it('prints the open actions of every coaching note as the approved JSON', () => {
    const result = runCli(['actions', fixtureVault, '--json', '--today', '2026-11-21']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
    // The malformed frontmatter is a warning on stderr that names file and line, never on stdout.
    expect(result.stderr).toContain('Coaching/dana.md:3');
  });

  it('sorts by due date with undated last, then file, then line', () => {
    const list = rows(runCli(['actions', fixtureVault, '--json', '--today', '2026-11-21']).stdout);
    const keys = list.map((r) => [r.due ?? '9999', r.file, r.line] as const);
    const sorted = [...keys].sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[2] - b[2]));
    expect(keys).toEqual(sorted);
  });

  it('with --all adds done and cancelled actions; --client filters', () => {
    const all = rows(runCli(['actions', fixtureVault, '--json', '--all', '--today', '2026-11-21']).stdout);
    expect(all.filter((r) => r.status === 'done').map((r) => r.text)).toEqual(expect.arrayContaining(['Agenda opschonen', 'Read the chapter on resistance']));
    expect(all.some((r) => r.status === 'cancelled')).toBe(true);
    expect(all.filter((r) => r.done).every((r) => !r.overdue)).toBe(true);
    const anna = rows(runCli(['actions', fixtureVault, '--json', '--client', 'anna de vries']).stdout);
    expect(anna.length).toBe(3);
    expect(new Set(anna.map((r) => r.client))).toEqual(new Set(['Anna de Vries']));
  });

  it('marks overdue against --today', () => {
    const early = rows(runCli(['actions', fixtureVault, '--json', '--today', '2026-01-01']).stdout);
    expect(early.some((r) => r.overdue)).toBe(false);
    const late = rows(runCli(['actions', fixtureVault, '--json', '--today', '2027-01-01']).stdout);
    expect(late.filter((r) => r.overdue).length).toBe(late.filter((r) => r.due !== null).length);
  });

  it('applies the coaching-note rules from --folder, --type and --tag', () => {
    const onlyTyped = rows(runCli(['actions', fixtureVault, '--json', '--folder', '', '--tag', '']).stdout);
    expect(new Set(onlyTyped.map((r) => r.file))).toEqual(new Set(['Coaching/Anna/2026-11-03 sessie 3.md', 'Elsewhere/bram.md']));
    const elsewhere = rows(runCli(['actions', fixtureVault, '--json', '--folder', 'Elsewhere', '--type', 'none', '--tag', 'none']).stdout);
    expect(new Set(elsewhere.map((r) => r.file))).toEqual(new Set(['Elsewhere/bram.md', 'Elsewhere/inline-tag.md', 'Elsewhere/not-coaching.md']));
  });

  it('prints a readable listing grouped by client, and a markdown checklist with links', () => {
    const text = runCli(['actions', fixtureVault, '--today', '2026-11-21']).stdout;
    expect(text).toMatch(/^Anna de Vries \(3 open, 2 overdue\)$/m);
    expect(text).toContain('(overdue)');
    expect(text.indexOf('Anna de Vries')).toBeLessThan(text.indexOf('Bram Jansen'));
    const markdown = runCli(['actions', fixtureVault, '--markdown', '--today', '2026-11-21']).stdout;
    expect(markdown).toContain('## Anna de Vries');
    expect(markdown).toContain('- [ ] Teamleider Piet vragen om feedback 📅 2026-11-10 ⚠️ overdue ([[Coaching/Anna/2026-11-03 sessie 3]])');
    const dutch = runCli(['actions', fixtureVault, '--today', '2026-11-21', '--lang', 'nl']).stdout;
    expect(dutch).toContain('datum verstreken');
  });

  it('skips a binary note, a note that is not UTF-8 and a broken link, with warnings on stderr only, and exits 1 (incomplete)', () => {
    const vault = tempVault();
    writeFileSync(path.join(vault, 'Coaching', 'binary.md'), Buffer.from([0x23, 0x00, 0x01, 0xff]));
    writeFileSync(path.join(vault, 'Coaching', 'latin1.md'), Buffer.from('## Will\n- [ ] caf\xe9\n', 'latin1'));
    symlinkSync(path.join(vault, 'nowhere.md'), path.join(vault, 'Coaching', 'broken.md'));
    const result = runCli(['actions', vault, '--json', '--today', '2026-11-21']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual(expected);
    expect(result.stderr).toMatch(/Coaching\/binary\.md: holds NUL bytes/);
    expect(result.stderr).toMatch(/Coaching\/latin1\.md: is not valid UTF-8/);
    expect(result.stderr).toMatch(/Coaching\/broken\.md: cannot be read \(it no longer exists, ENOENT\)/);
    expect(result.stderr).toContain('3 notes or folders could not be read');
  });

  it('warns about a tagged note whose broken YAML hides its coaching tag, instead of dropping it silently', () => {
    const vault = tempVault();
    writeFileSync(path.join(vault, 'Elsewhere', 'broken-tag.md'), '---\ntags: [coaching]\nbad: [unclosed\n---\n## Will\n- [ ] Bel Piet\n');
    const result = runCli(['actions', vault, '--json', '--today', '2026-11-21']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Elsewhere\/broken-tag\.md:\d+: the frontmatter is not valid YAML/);
  });

  it('refuses a path that does not exist or an unknown option, with exit code 2 and nothing on stdout; a note given alone is listed', () => {
    const missing = runCli(['actions', path.join(fixtureVault, 'nope'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain(path.join(fixtureVault, 'nope'));
    const one = path.join(fixtureVault, 'Coaching', 'Anna', '2026-11-03 sessie 3.md');
    const file = runCli(['actions', one, '--json', '--today', '2026-11-21']);
    expect(file.code).toBe(0);
    expect(new Set(rows(file.stdout).map((r) => r.file))).toEqual(new Set([one]));
    expect(runCli(['actions', fixtureVault, '--jsn']).code).toBe(2);
    expect(runCli(['actions', fixtureVault, '--today', '2026-02-30']).stderr).toContain('YYYY-MM-DD');
    expect(runCli(['actions']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
  });

  it('lists a note given twice (its folder and the note itself) once, as the live index does', () => {
    const vault = tempVault();
    const one = path.join(vault, 'Coaching', 'Anna', '2026-11-03 sessie 3.md');
    const alone = rows(runCli(['actions', one, '--json', '--today', '2026-11-21']).stdout);
    const both = runCli(['actions', vault, one, '--json', '--today', '2026-11-21']);
    expect(both.code).toBe(0);
    const listed = rows(both.stdout).filter((r) => r.file === one);
    expect(alone.length).toBeGreaterThan(0);
    expect(listed).toEqual(alone);
  });

  it('says what is wrong in Dutch with --lang nl, refuses an unknown language, and answers --help', () => {
    const missing = runCli(['actions', path.join(fixtureVault, 'nope'), '--lang', 'nl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('deze kluismap bestaat niet');
    expect(runCli(['actions', fixtureVault, '--today', '2026-13-01', '--lang', 'nl']).stderr).toContain('JJJJ-MM-DD');
    const german = runCli(['actions', fixtureVault, '--lang', 'de']);
    expect(german.code).toBe(2);
    expect(german.stderr).toContain('--lang must be nl or en');
    const help = runCli(['parse', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('grow-coach parse <vault|file>... --write | --check');
  });

  it('finishes a 1,000-note vault', () => {
    const vault = mkdtempSync(path.join(os.tmpdir(), 'grow-1000-'));
    temps.push(vault);
    for (let i = 0; i < 1000; i += 1) {
      const dir = path.join(vault, 'Coaching', `Client ${i % 37}`);
      mkdirSync(dir, { recursive: true });
      const body = `---\nclient: "[[Client ${i % 37}]]"\ndate: 2026-10-${String((i % 28) + 1).padStart(2, '0')}\n---\n## Doel\nText ${i}\n\n## Wil\n- [ ] Action ${i} a 📅 2026-12-01\n- [x] Action ${i} b\n- [ ] Action ${i} c\n`;
      writeFileSync(path.join(dir, `session ${i}.md`), body);
    }
    const result = runCli(['actions', vault, '--json']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toHaveLength(2000);
  });
});
