/**
 * What the file-system fault tests need beyond `runCli`, on any machine, with or without root:
 *
 * - the CLI run as a user whom permissions bar: when the tests run as root (CI), that is `nobody`
 *   via `setpriv` (root reads any folder, so a `chmod 000` would not stop it); as any other user it
 *   is that user, whom a `chmod 000` already stops;
 * - a small tmpfs for a full disk, mounted in a private user and mount namespace (`unshare`, which
 *   needs no root where the kernel allows unprivileged user namespaces, as Debian's does) and
 *   reached through `/proc/<pid>/root`, so the tests and the CLI use it without entering it;
 * - a vault folder of its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, lstatSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, type CliResult } from './run-cli';

export const NOBODY = 65534;
/** True when the tests run as root: then the permission tests run the CLI as `nobody`. */
export const isRoot = process.getuid?.() === 0;
/** The user the permission tests run the CLI as: `nobody` under root, else the user running the tests. */
export const barredUid = isRoot ? NOBODY : (process.getuid?.() ?? NOBODY);
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

/** Runs the CLI as {@link barredUid}: as `nobody` (via `setpriv`) under root, else as this user. */
export function runBarred(args: string[], options: { cwd?: string } = {}): CliResult {
  const command = isRoot
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, cliPathForOthers(), ...args]]
    : [process.execPath, [cliPath, ...args]];
  const result = spawnSync(command[0] as string, command[1] as string[], {
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
const holders: ChildProcess[] = [];

export function tempDir(prefix = 'grow-fault-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** Gives a file or folder, and all in it, to {@link barredUid} (under root; otherwise it is already theirs). */
export function giveToBarred(target: string): void {
  if (!isRoot) return;
  chownSync(target, NOBODY, NOBODY);
  if (lstatSync(target).isDirectory()) for (const name of readdirSync(target)) giveToBarred(path.join(target, name));
}

/** A vault folder that {@link barredUid} owns, so the CLI run by {@link runBarred} can write it. */
export function barredDir(): string {
  const dir = tempDir('grow-barred-');
  giveToBarred(dir);
  return dir;
}

/** A small disk: a tmpfs that only a child process's namespace sees. */
export interface SmallDisk {
  /** Where the tests reach it (`/proc/<pid>/root/<folder>`). */
  seen: string;
  /** Its folder as the CLI, run inside the namespace, names it. */
  folder: string;
  /** Runs the built CLI inside the namespace (`nsenter`), where the folder is the tmpfs. */
  runCli(args: string[]): CliResult;
}

/**
 * A tmpfs of `size` bytes (a full disk on demand), mounted by a child process in its own user and
 * mount namespace; the child lives until `cleanUp` (ten minutes at most, should a test run be killed). Rejects with the reason when the machine
 * allows no user namespaces.
 */
export async function smallDisk(size: number): Promise<SmallDisk> {
  const folder = tempDir('grow-disk-');
  const holder = spawn(
    'unshare',
    [
      '--user',
      '--map-root-user',
      '--mount',
      'sh',
      '-c',
      'mount -t tmpfs -o "size=$1" tmpfs "$2" && echo mounted && exec sleep 600',
      'sh',
      String(size),
      folder,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  holders.push(holder);
  let stderr = '';
  holder.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    holder.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('mounted')) resolve();
    });
    holder.on('error', reject);
    holder.on('exit', (code) =>
      reject(
        new Error(
          `cannot mount a tmpfs for the full-disk test: \`unshare --user --mount\` exited ${code}: ${stderr.trim()} (the kernel must allow unprivileged user namespaces)`,
        ),
      ),
    );
  });
  const pid = String(holder.pid);
  const seen = `/proc/${pid}/root${folder}`;
  if (lstatSync(seen).dev === lstatSync(folder).dev) throw new Error(`the tmpfs for the full-disk test is not mounted at ${seen}`);
  return {
    seen,
    folder,
    runCli(args) {
      const result = spawnSync('nsenter', [`--target=${pid}`, '--user', '--mount', '--preserve-credentials', process.execPath, cliPath, ...args], {
        encoding: 'utf8',
        env: { ...process.env, GROW_COACH_LANG: 'en' },
        timeout: 60_000,
      });
      if (result.error) throw result.error;
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
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

/** Gives the owner back every folder a test closed (`chmod 000`), so that a user, not only root, can remove them. */
function reopen(target: string): void {
  try {
    if (!lstatSync(target).isDirectory()) return;
    chmodSync(target, 0o700);
    for (const name of readdirSync(target)) reopen(path.join(target, name));
  } catch {
    // Not ours, or gone: rmSync says so if it matters.
  }
}

export function cleanUp(): void {
  for (const holder of holders.splice(0)) holder.kill('SIGKILL');
  for (const dir of temps.splice(0)) {
    reopen(dir);
    rmSync(dir, { recursive: true, force: true });
  }
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
