/**
 * The CLI under real conditions, run as a user runs it (its own process, real files): odd files
 * never hang or crash it, environment problems are one-line warnings that name the path and the
 * rest goes on, names reach the terminal escaped, several paths are taken, wrong arguments are
 * refused with exit 2, and a closed stdout ends quietly.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { SESSION, barredDir, cleanUp, cliPath, giveToBarred, isRoot, runBarred, tempDir, write } from './run-as';

afterAll(cleanUp);

const vaultWithOneSession = (): string => {
  const root = tempDir();
  write(root, 'Coaching/anna.md', SESSION);
  return root;
};

describe('reading cannot hang: only regular files are read', () => {
  it('a FIFO, /dev/zero and a socket named .md are skipped with a warning by actions, --check and --write', async () => {
    const root = vaultWithOneSession();
    execFileSync('mkfifo', [path.join(root, 'Coaching', 'fifo.md')]);
    symlinkSync('/dev/zero', path.join(root, 'Coaching', 'zero.md'));
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, 'Coaching', 'socket.md'), resolve));
    try {
      for (const args of [
        ['actions', root, '--json'],
        ['parse', root, '--check'],
        ['parse', root, '--write'],
      ]) {
        const result = runCli(args, { timeoutMs: 20_000 });
        expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(1);
        expect(result.stderr).toContain('Coaching/fifo.md: is not a regular file (a FIFO); skipped');
        // --write refuses the link before reading it: it points out of the vault.
        expect(`${result.stderr}${result.stdout}`).toMatch(
          /Coaching\/zero\.md: (is not a regular file \(a device\); skipped|is a link to \/dev\/zero, outside the vault)/,
        );
        expect(result.stderr).toContain('Coaching/socket.md: is not a regular file (a socket); skipped');
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
      expect(readFileSync(path.join(root, 'Coaching', 'anna.md'), 'utf8')).toContain('grow_open: 1');
    } finally {
      server.close();
    }
  });

  it('names UTF-16 notes as such, and says to save them as UTF-8', () => {
    const root = vaultWithOneSession();
    write(root, 'Coaching/utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('## Wil\n- [ ] Bellen\n', 'utf16le')]));
    write(root, 'Coaching/utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('## Wil\n', 'utf16le').swap16()]));
    const result = runCli(['parse', root, '--check']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Coaching/utf16le.md: is UTF-16 text; save it as UTF-8 to include it; skipped');
    expect(result.stderr).toContain('Coaching/utf16be.md: is UTF-16 text; save it as UTF-8');
    const dutch = runCli(['actions', root, '--lang', 'nl']);
    expect(dutch.stderr).toContain('Coaching/utf16le.md: is UTF-16-tekst; sla de notitie op als UTF-8');
  });
});

describe('environment problems: one line naming the path, and the rest goes on', () => {
  it('a folder it cannot enter: a warning, the other notes listed, exit 1', () => {
    const root = barredDir();
    write(root, 'Coaching/anna.md', SESSION);
    write(root, 'Coaching/Locked/bram.md', SESSION.replace('Anna', 'Bram'));
    giveToBarred(root);
    chmodSync(path.join(root, 'Coaching', 'Locked'), 0o000);
    const result = runBarred(['actions', root, '--json', '--today', '2026-11-01']);
    expect(result.stderr).toContain('warning: Coaching/Locked: folder cannot be opened (permission denied, EACCES); the notes in it were skipped');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { client: string }[]).map((r) => r.client)).toEqual(['Anna']);
    const check = runBarred(['parse', root, '--write']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('updated: Coaching/anna.md');
  });

  it('a vault it cannot enter: actions does not say "No open Will actions" and exits 1; --check fails', () => {
    const root = barredDir();
    write(root, 'Coaching/anna.md', SESSION);
    chmodSync(root, 0o000);
    const listing = runBarred(['actions', root]);
    expect(listing.code).toBe(1);
    expect(listing.stdout).not.toContain('No open Will actions');
    expect(listing.stdout).toContain('1 note or folder could not be read');
    expect(listing.stderr).toContain('folder cannot be opened (permission denied, EACCES)');
    const check = runBarred(['parse', root, '--check']);
    expect(check.code).toBe(1);
  });

  it('--check fails when a note could not be read', () => {
    const root = barredDir();
    write(root, 'Coaching/anna.md', SESSION);
    if (isRoot) {
      expect(runBarred(['parse', root, '--write']).code).toBe(1); // nobody cannot write: root owns the note
      giveToBarred(root);
    }
    expect(runBarred(['parse', root, '--write']).code).toBe(0);
    write(root, 'Coaching/secret.md', SESSION);
    chmodSync(path.join(root, 'Coaching', 'secret.md'), 0o000);
    const check = runBarred(['parse', root, '--check']);
    expect(check.stderr).toContain('Coaching/secret.md: cannot be read (permission denied, EACCES); skipped');
    expect(check.stdout).toContain('stale 0, up to date 1, refused 0');
    expect(check.code).toBe(1);
  });

  it('a path longer than the system allows: a warning naming the folder, the rest goes on', () => {
    const root = vaultWithOneSession();
    // Nest folders of 200 characters past PATH_MAX (4096), one step at a time as a shell would.
    const name = 'd'.repeat(200);
    spawnSync('bash', [
      '-c',
      `cd "${root}/Coaching" && for i in $(seq 1 22); do mkdir ${name} && cd ${name}; done && printf '## Wil\\n- [ ] Diep\\n' > deep.md`,
    ]);
    const result = runCli(['actions', root, '--json']);
    expect(result.stderr).toMatch(/folder cannot be opened \(the path is longer than the system allows, ENAMETOOLONG\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(1);
    spawnSync('bash', [
      '-c',
      `cd "${root}/Coaching" && for i in $(seq 1 22); do cd ${name}; done; rm -f deep.md; for i in $(seq 1 22); do cd .. && rm -rf ${name}; done`,
    ]);
  });
});

describe('names reach the terminal safely', () => {
  it('a name that is not UTF-8 is named with escapes and skipped; control characters in names are escaped', () => {
    const root = vaultWithOneSession();
    const dir = path.join(root, 'Coaching');
    // caf\xe9.md in Latin-1: not UTF-8.
    spawnSync('bash', ['-c', `printf '## Wil\\n- [ ] x\\n' > "${dir}/caf"$'\\xe9'".md"`]);
    writeFileSync(path.join(dir, 'evil\n\u001b[31mred.md'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    writeFileSync(path.join(dir, 'tab\tname.md'), SESSION.replace('- [ ] Piet bellen', '- [ ] \u001b[2JWis scherm'));
    const result = runCli(['actions', root, '--today', '2026-11-01']);
    expect(result.stderr).toContain('Coaching/caf\\xe9.md: has a name that is not valid UTF-8; skipped');
    expect(result.stderr).toContain('Coaching/evil\\n\\u{1b}[31mred.md: is UTF-16 text');
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stdout).toContain('Coaching/tab\\tname.md:9');
    expect(result.stdout).toContain('\\u{1b}[2JWis scherm');
    expect(result.stdout).not.toContain('\u001b');
    // JSON keeps the real name (JSON escapes it itself).
    const json = runCli(['actions', root, '--json']);
    expect((JSON.parse(json.stdout) as { file: string }[]).map((r) => r.file)).toContain('Coaching/tab\tname.md');
  });
});

describe('several paths, and arguments checked', () => {
  it('parse a.md b.md --check checks every note given (a pre-commit hook), and --write writes each', () => {
    const root = tempDir();
    write(root, '.obsidian/app.json', '{}');
    const a = write(root, 'Coaching/a.md', SESSION);
    expect(runCli(['parse', a, '--write']).code).toBe(0);
    const b = write(root, 'Coaching/b.md', SESSION);
    const check = runCli(['parse', a, b, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`stale: ${b}`);
    expect(check.stdout).toContain('stale 1, up to date 1, refused 0');
    const other = tempDir();
    write(other, 'Coaching/c.md', SESSION);
    const both = runCli(['parse', b, other, '--write']);
    expect(both.code).toBe(0);
    expect(both.stdout).toContain(`updated: ${b}`);
    expect(both.stdout).toContain(`updated: ${other}/Coaching/c.md`);
    const listing = runCli(['actions', path.join(root, 'Coaching'), other, '--json']);
    expect(new Set((JSON.parse(listing.stdout) as { file: string }[]).map((r) => r.file))).toEqual(
      new Set([`${path.join(root, 'Coaching')}/a.md`, `${path.join(root, 'Coaching')}/b.md`, `${other}/Coaching/c.md`]),
    );
  });

  it('unknown flags (long or short), values on flags and extra arguments are refused with exit 2', () => {
    const root = vaultWithOneSession();
    for (const args of [
      ['actions', root, '-x'],
      ['actions', root, '--jsn'],
      ['parse', root, '--check', '-w'],
      ['parse', root, '--check=yes'],
      ['parse', path.join(root, 'Coaching/anna.md'), path.join(root, 'Coaching/anna.md')],
      ['new', root, 'extra', '--client', 'Anna'],
      ['new', root, '--client', '--lang'],
      ['templates', root, 'extra'],
    ]) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(runCli(['actions', root, '-x']).stderr).toContain('unknown option -x');
    expect(runCli(['actions', root, '-x', '--lang', 'nl']).stderr).toContain('onbekende optie -x');
    expect(runCli(['parse', root, '--check=yes']).stderr).toContain('--check takes no value');
  });
});

describe('a closed stdout (… | head -1)', () => {
  const many = (): string => {
    const root = tempDir();
    for (let i = 0; i < 300; i += 1) write(root, `Coaching/s${String(i).padStart(3, '0')}.md`, SESSION);
    return root;
  };
  it('actions ends quietly (no stack trace) with exit 0', () => {
    const root = many();
    const errFile = path.join(tempDir(), 'stderr.txt');
    const result = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${cliPath}" actions "${root}" 2>"${errFile}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
        env: { ...process.env, GROW_COACH_LANG: 'en' },
      },
    );
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(errFile, 'utf8')).toBe('');
  });

  it('parse --write goes on writing every note after the reader went away (the decision: writes continue)', () => {
    const root = many();
    const errFile = path.join(tempDir(), 'stderr.txt');
    const result = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${cliPath}" parse "${root}" --write 2>"${errFile}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
        env: { ...process.env, GROW_COACH_LANG: 'en' },
      },
    );
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(errFile, 'utf8')).toBe('');
    const notes = readdirSync(path.join(root, 'Coaching'));
    expect(notes.length).toBe(300);
    for (const note of notes) expect(readFileSync(path.join(root, 'Coaching', note), 'utf8')).toContain('grow_open: 1');
    expect(runCli(['parse', root, '--check']).code).toBe(0);
  });
});

describe('results to a pipe or file (written in blocks)', () => {
  it('come out whole: a listing far over one block ends with its summary, every action in it', () => {
    const root = tempDir();
    for (let i = 0; i < 1000; i += 1) write(root, `Coaching/s${String(i).padStart(4, '0')}.md`, SESSION);
    const json = runCli(['actions', root, '--json']);
    const rows = JSON.parse(json.stdout) as unknown[];
    const text = runCli(['actions', root]);
    expect(text.stdout.length).toBeGreaterThan(64 * 1024);
    const lines = text.stdout.split('\n');
    expect(lines.filter((l) => /^[⚠ ] \[.\] /u.test(l))).toHaveLength(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toContain('1000');
  });

  it('reach a slow reader whole: the process ends only after both pipes took everything', () => {
    // Each note gives a warning (a task under a heading that names no phase), so stderr is large too.
    const note = SESSION.replace('## Wil', '## Huiswerk\n\n- [ ] Lezen 📅 2026-02-01\n\n## Wil');
    const root = tempDir();
    for (let i = 0; i < 400; i += 1) write(root, `Coaching/s${String(i).padStart(4, '0')}.md`, note);
    const dir = tempDir();
    const out = path.join(dir, 'out.json');
    const err = path.join(dir, 'err.txt');
    // Both readers wait before reading: the pipes fill, and the last writes wait in the process.
    const result = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${cliPath}" actions "${root}" --json 2> >(sleep 1; cat >"${err}") | (sleep 1; cat >"${out}"); echo "\${PIPESTATUS[0]}"; wait`,
      ],
      { encoding: 'utf8', env: { ...process.env, GROW_COACH_LANG: 'en' } },
    );
    expect(result.stdout.trim()).toBe('0');
    const rows = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(128 * 1024);
    const warnings = readFileSync(err, 'utf8').trimEnd().split('\n');
    expect(warnings).toHaveLength(400);
    expect(warnings.at(-1)).toContain('Coaching/s0399.md');
  });

  it('keep their order with the warnings when both share one pipe (2>&1)', () => {
    const root = tempDir();
    write(root, 'Coaching/a.md', SESSION);
    write(root, 'Coaching/b.md', SESSION);
    writeFileSync(path.join(root, 'Coaching', 'bad.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" parse "${root}" --check 2>&1`], {
      encoding: 'utf8',
      env: { ...process.env, GROW_COACH_LANG: 'en' },
    });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('Coaching/bad.md: is not valid UTF-8');
    expect(lines.slice(1, 3)).toEqual(['stale: Coaching/a.md', 'stale: Coaching/b.md']);
    expect(lines.at(-1)).toContain('could not be read');
  });
});
