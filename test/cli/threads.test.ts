/**
 * Reading on several threads (`threads.ts`) changes nothing a user sees: over a vault of a few
 * hundred notes (several chunks) with odd files among them, `actions` (JSON and text), `parse
 * --check` and `lint` print the same bytes on stdout and stderr and exit with the same code with
 * one thread and with three, in English and in Dutch; and small vaults are read on one thread.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { threadCount } from '../../src/cli/threads';
import { coachingNote, otherNote, prng, roughCoachingNote } from '../bench/generate';
import { repoRoot, runCli, type CliResult } from './run-cli';
import { cleanUp, isRoot, tempDir, write } from './run-as';

afterAll(cleanUp);

function vault(): string {
  const root = tempDir('grow-threads-');
  const r = prng(5);
  for (let i = 0; i < 180; i += 1) {
    for (const note of [coachingNote(r, i), roughCoachingNote(r, i + 1000), otherNote(r, i)]) write(root, note.path, note.text);
  }
  cpSync(path.join(repoRoot, 'examples', 'sample-vault'), path.join(root, 'Sample'), { recursive: true });
  // Odd files between the notes: each must be named in its place, whichever thread reads it.
  execFileSync('mkfifo', [path.join(root, 'Coaching', 'fifo.md')]);
  write(root, 'Coaching/utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('## Wil\n- [ ] Bellen\n', 'utf16le')]));
  write(root, 'Coaching/latin1.md', Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
  const locked = write(root, 'Coaching/locked.md', '## Wil\n- [ ] Geheim\n');
  chmodSync(locked, 0o000);
  writeFileSync(path.join(root, 'Coaching', 'broken.md'), '---\ntype: coaching-session\nbad: [unclosed\n---\n## Wil\n- [ ] Bel Piet\n');
  return root;
}

const run = (args: string[], threads: number): CliResult => runCli(args, { env: { GROW_COACH_THREADS: String(threads) } });

describe('one thread or three: the same output', () => {
  const root = vault();
  const commands: string[][] = [
    ['actions', root, '--json', '--today', '2026-06-01'],
    ['actions', root, '--today', '2026-06-01', '--lang', 'nl'],
    ['actions', root, '--markdown', '--all', '--today', '2026-06-01'],
    ['parse', root, '--check'],
    ['parse', root, '--check', '--lang', 'nl'],
  ];
  for (const args of commands) {
    it(args.slice(2).join(' '), () => {
      const one = run(args, 1);
      const three = run(args, 3);
      expect(three.code).toBe(one.code);
      expect(three.stdout).toBe(one.stdout);
      expect(three.stderr).toBe(one.stderr);
      // The comparison is not empty: the odd files are named and the notes are read.
      expect(one.stderr).toContain('Coaching/fifo.md: ');
      expect(one.stderr).toContain('Coaching/utf16.md: ');
      if (!isRoot) expect(one.stderr).toContain('Coaching/locked.md: ');
      expect(one.stdout.length).toBeGreaterThan(1000);
    });
  }
});

describe('parse --write judges on several threads and writes the same', () => {
  it('the same output and, note for note, the same files', () => {
    const one = vault();
    const three = vault();
    const a = run(['parse', one, '--write'], 1);
    const b = run(['parse', three, '--write'], 3);
    expect(b.code).toBe(a.code);
    expect(b.stdout.replaceAll(three, one)).toBe(a.stdout);
    expect(b.stderr.replaceAll(three, one)).toBe(a.stderr);
    expect(a.stdout).toMatch(/updated: Coaching\//);
    const files = (root: string): string =>
      execFileSync('bash', ['-c', `cd "${root}" && find . -name '*.md' -type f -readable | LC_ALL=C sort | xargs -d '\\n' sha1sum`], { encoding: 'utf8' });
    expect(files(three)).toBe(files(one));
    // Nothing left to write: a second run writes nothing, on any number of threads.
    expect(run(['parse', three, '--write'], 3).stdout).toMatch(/^updated 0, unchanged \d+, refused \d+$/m);
  });
});

describe('the workers do read', () => {
  it('with three threads, more than one thread reads notes; with one, one', () => {
    const root = vault();
    const perThread = (threads: number): number[] => {
      const result = runCli(['actions', root, '--json'], { env: { GROW_COACH_THREADS: String(threads), GROW_COACH_THREADS_REPORT: '1' } });
      const line = /notes read per thread: ([\d ]+)/.exec(result.stderr)?.[1] ?? '';
      return line.split(' ').map(Number);
    };
    const three = perThread(3);
    expect(three).toHaveLength(3);
    expect(three.reduce((a, b) => a + b, 0)).toBe(perThread(1)[0]);
    expect(three.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});

describe('how many threads', () => {
  it('one for a small vault, more for a large one where the machine has cores, and what GROW_COACH_THREADS says', () => {
    expect(threadCount(10, {})).toBe(1);
    expect(threadCount(1499, {})).toBe(1);
    expect(threadCount(20_000, {})).toBeGreaterThanOrEqual(1);
    expect(threadCount(20_000, {})).toBeLessThanOrEqual(4);
    expect(threadCount(10, { GROW_COACH_THREADS: '3' })).toBe(3);
    expect(threadCount(20_000, { GROW_COACH_THREADS: '1' })).toBe(1);
    expect(threadCount(20_000, { GROW_COACH_THREADS: 'many' })).toBe(threadCount(20_000, {}));
  });
});
