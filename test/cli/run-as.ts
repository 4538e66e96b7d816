/**
 * What the file-system fault tests need beyond `runCli`: the CLI run as an unprivileged user
 * (`setpriv` to `nobody`: root reads any folder, so permission faults need another user), a small
 * tmpfs for a full disk, and a vault folder of its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, type CliResult } from './run-cli';

export const NOBODY = 65534;
export const cliPath = path.join(repoRoot, 'bin', 'grow-coach.cjs');

let cliForOthers: string | null = null;

/**
 * The built CLI where another user can run it: a fresh clone may sit in a folder only its owner
 * can enter (`mktemp -d` makes it 0700), so the bundle is copied once to a world-readable folder.
 */
function cliPathForOthers(): string {
  if (cliForOthers !== null && existsSync(cliForOthers)) return cliForOthers;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'grow-cli-'));
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'bin'));
  mkdirSync(path.join(dir, 'dist'));
  copyFileSync(cliPath, path.join(dir, 'bin', 'grow-coach.cjs'));
  for (const name of readdirSync(path.join(repoRoot, 'dist')))
    if (name.startsWith('cli')) copyFileSync(path.join(repoRoot, 'dist', name), path.join(dir, 'dist', name));
  for (const sub of ['', 'bin', 'dist']) {
    chmodSync(path.join(dir, sub), 0o755);
    if (sub) for (const name of readdirSync(path.join(dir, sub))) chmodSync(path.join(dir, sub, name), 0o644);
  }
  temps.push(dir);
  cliForOthers = path.join(dir, 'bin', 'grow-coach.cjs');
  return cliForOthers;
}

export function runCliAs(uid: number, args: string[], options: { cwd?: string } = {}): CliResult {
  const result = spawnSync('setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', process.execPath, cliPathForOthers(), ...args], {
    cwd: options.cwd ?? os.tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, GROW_COACH_LANG: 'en' },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI asynchronously (for races and signals). */
export function startCli(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, GROW_COACH_LANG: 'en' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : null), stdout, stderr })));
  return { child, done };
}

const temps: string[] = [];
const mounts: string[] = [];

export function tempDir(prefix = 'grow-fault-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A vault folder owned by `nobody`, so the CLI run as `nobody` can write it. */
export function nobodyDir(): string {
  const dir = tempDir('grow-nobody-');
  chownSync(dir, NOBODY, NOBODY);
  return dir;
}

/** A tmpfs of `size` bytes (a full disk on demand). Throws with the reason when the machine refuses. */
export function smallDisk(size: number): string {
  const dir = tempDir('grow-disk-');
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cannot mount a tmpfs for the full-disk test (run as root): ${result.stderr}`);
  mounts.push(dir);
  return dir;
}

/** Fills a disk until a write fails (ENOSPC). */
export function fill(dir: string): void {
  const filler = path.join(dir, 'filler.bin');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (let i = 0; i < 1_000_000; i += 1) writeFileSync(filler, chunk, { flag: 'a' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

export function write(root: string, rel: string, text: string | Buffer): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

export function cleanUp(): void {
  for (const dir of mounts.splice(0)) spawnSync('umount', [dir]);
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const SESSION = [
  '---',
  'type: coaching-session',
  "client: '[[Anna]]'",
  '---',
  '## Doel',
  'Rust in het overleg.',
  '',
  '## Wil',
  '- [ ] Piet bellen 📅 2026-12-01',
  '- [x] Agenda maken',
  '',
].join('\n');
