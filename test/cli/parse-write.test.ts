/**
 * `grow-coach parse` as a user runs it (the built CLI in its own process): `--write` writes the
 * owned keys and leaves an up-to-date note's file and mtime alone, `--check` writes nothing and
 * exits 1 on stale notes, a path that does not exist exits 2 with a message naming it.
 */
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';
import { isRoot } from './run-as';

const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'grow-parse-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const SESSION = [
  '---',
  '# my comment',
  'type: coaching-session',
  "client: '[[Anna]]'",
  'tags: [coaching]   # flow',
  '---',
  '## Doel',
  'Rust in het overleg.',
  '',
  '## Wil',
  '- [ ] Piet bellen 📅 2026-12-01',
  '- [x] Agenda maken',
  '',
  '```',
  '---',
  '```',
  '',
].join('\n');

/** A small vault: coaching notes in several shapes, a note that is not one, and a dot-folder. */
function makeVault(): string {
  const root = tempDir();
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  write('Coaching/anna.md', SESSION);
  write('Coaching/crlf-bom.md', `\uFEFF${SESSION.replace(/\n/g, '\r\n')}`);
  write('Coaching/empty.md', '');
  write('Notes/not-coaching.md', '## Goal\nNot a coaching note, never touched.\n');
  write('Notes/tagged.md', '#coaching\n## Goal\nTagged inline.\n');
  write('.obsidian/app.json', '{}');
  write('.obsidian/snippet.md', '## Goal\nIn a dot-folder: skipped.\n');
  return root;
}

/** Every file's bytes and mtime, by vault-relative path. */
function snapshot(root: string): Map<string, { bytes: string; mtime: number }> {
  const out = new Map<string, { bytes: string; mtime: number }>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out.set(path.relative(root, abs), { bytes: readFileSync(abs, 'latin1'), mtime: statSync(abs).mtimeMs });
    }
  };
  walk(root);
  return out;
}

/** Sets every file's mtime into the past, so any write is visible whatever the clock's resolution. */
function ageFiles(root: string): void {
  const past = new Date('2020-01-01T00:00:00Z');
  for (const rel of snapshot(root).keys()) utimesSync(path.join(root, rel), past, past);
}

const bodyAfterFrontmatter = (text: string) => text.replace(/^\uFEFF?---\r?\n[^]*?\r?\n---\r?\n/, '');

describe('grow-coach parse --write / --check', () => {
  it('--check lists the stale coaching notes, writes nothing and exits 1', () => {
    const root = makeVault();
    ageFiles(root);
    const before = snapshot(root);
    const result = runCli(['parse', root, '--check']);
    expect(result.code).toBe(1);
    expect(
      result.stdout
        .split('\n')
        .filter((l) => l.startsWith('stale: '))
        .sort(),
    ).toEqual(['stale: Coaching/anna.md', 'stale: Coaching/crlf-bom.md', 'stale: Notes/tagged.md']);
    expect(result.stdout).toContain('stale 3, up to date 1, refused 0');
    expect(snapshot(root)).toEqual(before);
  });

  it('--write updates them; the second run writes nothing (bytes and mtimes stay); --check then passes', () => {
    const root = makeVault();
    const first = runCli(['parse', root, '--write']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('updated 3, unchanged 1, refused 0');

    const anna = readFileSync(path.join(root, 'Coaching/anna.md'), 'utf8');
    expect(anna).toBe(
      [
        '---',
        '# my comment',
        'type: coaching-session',
        "client: '[[Anna]]'",
        'tags: [coaching]   # flow',
        'grow_goal: Rust in het overleg.',
        'grow_actions:',
        '  - Piet bellen',
        'grow_open: 1',
        'grow_done: 1',
        'grow_next_due: 2026-12-01',
        '---',
        '',
      ].join('\n') + bodyAfterFrontmatter(SESSION),
    );
    const crlf = readFileSync(path.join(root, 'Coaching/crlf-bom.md'), 'utf8');
    expect(crlf.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
    expect(bodyAfterFrontmatter(crlf)).toBe(bodyAfterFrontmatter(SESSION).replace(/\n/g, '\r\n'));
    expect(readFileSync(path.join(root, 'Notes/not-coaching.md'), 'utf8')).toBe('## Goal\nNot a coaching note, never touched.\n');
    expect(readFileSync(path.join(root, '.obsidian/snippet.md'), 'utf8')).toBe('## Goal\nIn a dot-folder: skipped.\n');
    // No temporary files are left behind.
    expect([...snapshot(root).keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);

    ageFiles(root);
    const before = snapshot(root);
    const second = runCli(['parse', root, '--write']);
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe('updated 0, unchanged 4, refused 0');
    expect(snapshot(root)).toEqual(before);

    const check = runCli(['parse', root, '--check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('stale 0, up to date 4, refused 0');
  });

  it('--check catches a note edited after the last write', () => {
    const root = makeVault();
    expect(runCli(['parse', root, '--write']).code).toBe(0);
    const file = path.join(root, 'Coaching/anna.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- [ ] Piet bellen', '- [x] Piet bellen'));
    const check = runCli(['parse', root, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('stale: Coaching/anna.md');
  });

  it('refuses a note with malformed YAML, names file and line, and leaves it as it was', () => {
    const root = tempDir();
    cpSync(path.join(repoRoot, 'test', 'fixtures', 'vault'), root, { recursive: true });
    const dana = readFileSync(path.join(root, 'Coaching/dana.md'), 'latin1');
    const result = runCli(['parse', root, '--write']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^refused: Coaching\/dana\.md:\d+: the frontmatter is not valid YAML/m);
    expect(result.stdout).toMatch(/refused 1$/m);
    expect(readFileSync(path.join(root, 'Coaching/dana.md'), 'latin1')).toBe(dana);
  });

  it('writes one file when given one, even outside the coaching rules; a link stays a link', () => {
    const root = makeVault();
    const target = path.join(root, 'Notes/not-coaching.md');
    const link = path.join(root, 'Notes/link.md');
    symlinkSync(target, link);
    const result = runCli(['parse', link, '--write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('updated 1, unchanged 0, refused 0');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('---\ngrow_goal: Not a coaching note, never touched.\n---\n## Goal\nNot a coaching note, never touched.\n');
  });

  it('parse <file> --json prints the record; the folder rule sees the vault-relative path', () => {
    const root = makeVault();
    const result = runCli(['parse', path.join(root, 'Coaching/anna.md'), '--json', '--type', '', '--tag', '']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['file', 'coaching', 'client', 'date', 'goal', 'reality', 'options', 'actions', 'scale', 'commitment', 'warnings']);
    expect(json).toMatchObject({ coaching: true, client: 'Anna', goal: 'Rust in het overleg.', reality: null });
    const other = JSON.parse(runCli(['parse', path.join(root, 'Notes/not-coaching.md'), '--json']).stdout) as { coaching: boolean };
    expect(other.coaching).toBe(false);
  });

  it('parse <file> without options prints a short summary and writes nothing', () => {
    const root = makeVault();
    const file = path.join(root, 'Coaching/anna.md');
    const result = runCli(['parse', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Actions: 1 open, 1 done, 0 cancelled; next due 2026-12-01');
    expect(result.stdout).toContain('Properties: stale (run with --write to update)');
    expect(readFileSync(file, 'utf8')).toBe(SESSION);
  });

  it('exits 2 with a message naming the path when it does not exist or the options do not fit', () => {
    const missing = path.join(tempDir(), 'no-such-vault');
    const result = runCli(['parse', missing, '--write']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(missing);
    const root = makeVault();
    expect(runCli(['parse', root]).code).toBe(2);
    expect(runCli(['parse', root, '--write', '--check']).code).toBe(2);
    expect(runCli(['parse', path.join(root, 'Coaching/anna.md'), '--json', '--write']).code).toBe(2);
    expect(runCli(['parse']).code).toBe(2);
  });
});

describe('parse over a vault: what goes wrong in one note stays in that note', () => {
  it('a note that cannot be written is refused with its name and reason, and the rest is still written', () => {
    const vault = tempDir();
    const locked = path.join(vault, 'Coaching', 'A locked');
    mkdirSync(locked, { recursive: true });
    mkdirSync(path.join(vault, 'Coaching', 'B open'), { recursive: true });
    writeFileSync(path.join(locked, 'sessie.md'), SESSION);
    writeFileSync(path.join(vault, 'Coaching', 'B open', 'sessie.md'), SESSION);
    // A folder where no temporary file can be made: immutable for root (who ignores modes), read-only for a user.
    if (isRoot) {
      const lock = spawnSync('chattr', ['+i', locked]);
      expect(lock.status, `chattr: ${String(lock.stderr)}`).toBe(0);
    } else chmodSync(locked, 0o555);
    try {
      const result = runCli(['parse', vault, '--write']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/Coaching\/A locked\/sessie\.md: cannot be written \([a-z ]+, E[A-Z]+\); nothing was changed/);
      expect(result.stdout).toContain('updated: Coaching/B open/sessie.md');
      expect(readFileSync(path.join(locked, 'sessie.md'), 'utf8')).toBe(SESSION);
      expect(readdirSync(locked)).toEqual(['sessie.md']);
    } finally {
      if (isRoot) spawnSync('chattr', ['-i', locked]);
      else chmodSync(locked, 0o755);
    }
  });

  it('a large note that is no coaching note does not fail --check, and is not read by remark', () => {
    const vault = tempDir();
    mkdirSync(path.join(vault, 'Coaching'), { recursive: true });
    writeFileSync(path.join(vault, 'Coaching', 'sessie.md'), SESSION);
    runCli(['parse', vault, '--write']);
    const article = `# Article\n\n[ref]: https://example.org\n\n${'Some prose about something else entirely. '.repeat(8000)}\n`;
    writeFileSync(path.join(vault, 'Article.md'), article);
    const result = runCli(['parse', vault, '--check']);
    expect(result.stdout).not.toContain('Article.md');
    expect(result.code).toBe(0);
  });

  it('a tagged note with broken YAML is reported, not skipped without a word', () => {
    const vault = tempDir();
    mkdirSync(path.join(vault, 'Notes'), { recursive: true });
    writeFileSync(path.join(vault, 'Notes', 's.md'), '---\ntags: [coaching]\nclient: Anna\nbad: [unclosed\n---\n## Will\n- [ ] Bel Piet\n');
    const check = runCli(['parse', vault, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/Notes\/s\.md:\d+: the frontmatter is not valid YAML/);
  });
});
