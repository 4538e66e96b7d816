/**
 * The temporary files the CLI writes next to a note before it replaces the note. Their name holds
 * the process id (`.grow-coach-<pid>-<random>.tmp`), so that:
 * - on SIGINT, SIGTERM or SIGHUP this process removes the ones it has open, then dies of the signal;
 * - a later run removes the ones a killed run left behind (its process is gone), and never those of
 *   a run still going (its process is alive).
 * A leftover is usually a full copy of a confidential note, which sync clients and backups would
 * otherwise pick up.
 */
import { flushOut } from './io';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const CURRENT = /^\.grow-coach-(\d+)-[0-9a-f]+\.tmp$/;
/** Earlier versions named them without a process id: removed once they are clearly abandoned. */
const EARLIER = /^\.grow-coach-[0-9a-f]{12}\.tmp$/;
const EARLIER_AGE_MS = 10 * 60 * 1000;

const live = new Set<string>();

export function tempPathFor(dir: string): string {
  return path.join(dir, `.grow-coach-${process.pid}-${randomBytes(5).toString('hex')}.tmp`);
}

export function trackTemp(file: string): void {
  installCleanup();
  live.add(file);
}

/** Removes a temporary file this process made (ignoring one already gone). */
export function dropTemp(file: string): void {
  live.delete(file);
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

/** The temporary file became the note: no longer ours to remove. */
export function releaseTemp(file: string): void {
  live.delete(file);
}

export function liveTemps(): number {
  return live.size;
}

function removeLive(): void {
  for (const file of [...live]) dropTemp(file);
}

let installed = false;
function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeLive);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      removeLive();
      // Node emits no 'exit' when a signal ends the process: the results held back go out here.
      flushOut();
      process.off(signal, onSignal);
      // Die of the signal, as without a handler (exit status 128 + n for the shell).
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** Installed at the start of every run, so a signal between notes also ends the run cleanly. */
export function installSignalCleanup(): void {
  installCleanup();
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `name` is one of ours. */
export function isTempName(name: string): boolean {
  return CURRENT.test(name) || EARLIER.test(name);
}

/**
 * Removes `dir/name` when it is a temporary file of a run that is no longer going; true when it
 * was removed.
 */
export function removeIfStale(dir: string, name: string): boolean {
  const file = path.join(dir, name);
  const current = CURRENT.exec(name);
  try {
    if (current !== null) {
      if (processAlive(Number(current[1]))) return false;
    } else if (EARLIER.test(name)) {
      if (Date.now() - fs.lstatSync(file).mtimeMs < EARLIER_AGE_MS) return false;
    } else return false;
    if (!fs.lstatSync(file).isFile()) return false;
    fs.unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}
