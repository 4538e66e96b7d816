/**
 * Writing a note without losing anything: the one way the CLI changes an existing note
 * (`parse --write`, and the commands that tick or reopen an action), and the one way it creates one.
 *
 * ```ts
 * const outcome = writeNoteSafely(file, (oldText) => newTextOrNull, { root: vault });
 * // { status: 'written' } | { status: 'unchanged' } | { status: 'refused', refusal }
 * ```
 *
 * `update` gets the note's current text and returns the new text, or null for "nothing to
 * change". It may be called more than once: when the note changes while it is being written (an
 * editor, a sync client), the change is computed again from the newer text, so the other
 * program's save is kept and the update is applied on top of it. `update` must therefore be a pure
 * function of the text. Messages for a refusal: {@link refusalMessage} in `fault-messages.ts`.
 *
 * How a write goes:
 * 1. the note's real path is found (a link is followed, but only to a file inside `root`, the
 *    vault; default the link's own folder), the note is opened (`O_NONBLOCK`, a regular file only)
 *    and kept open; a read-only note (no write bit for its owner) and a note with more than one hard
 *    link are refused (replacing it would split the links, so the other names kept the old text);
 * 2. the new text goes into `.grow-coach-<pid>-<random>.tmp` in the same folder, created `0600`,
 *    then given the note's owner and group (as root; a user who cannot keep the owner is refused)
 *    and mode, and synced to disk;
 * 3. immediately before the rename, the path is checked to still name the same file (device and
 *    inode) with the same size, mtime, ctime and bytes; if not, the temporary file is removed and
 *    the update is computed again from the newer text (step 2);
 * 4. rename over the note (atomic: a crash leaves the old note or the new one), then the old file,
 *    still open, is checked once more: a save written into it in place between the check and the
 *    rename would otherwise be lost with it, so its text is taken as the base, the update computed
 *    again and written over ours (step 2);
 * 5. the folder is synced, so the rename itself is on disk.
 * A note that keeps changing is refused after {@link MAX_ATTEMPTS} tries, with the latest save of
 * the other program in place. The temporary file is removed on every failure path and on SIGINT,
 * SIGTERM and SIGHUP (`temp-files.ts`); one left by a kill is removed by the next run.
 *
 * What POSIX cannot give: a save by rename that lands in the microseconds between the check of
 * step 3 and the rename of step 4 is replaced (there is no compare-and-swap rename to reach from
 * Node); the window is one system call wide. ACLs and extended attributes are not copied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeNote, errorCode, openNote, readAllFrom, type NoteProblem, type OpenNote } from './note-file';
import { dropTemp, releaseTemp, tempPathFor, trackTemp } from './temp-files';

export type WriteRefusal =
  | { kind: 'read-only' }
  | { kind: 'hard-links'; links: number }
  | { kind: 'outside-vault'; target: string }
  | { kind: 'owner'; uid: number; gid: number }
  | { kind: 'kept-changing' }
  | { kind: 'unreadable'; problem: NoteProblem }
  | { kind: 'error'; code: string };

export type WriteOutcome = { status: 'written' } | { status: 'unchanged' } | { status: 'refused'; refusal: WriteRefusal };

export interface SafeWriteOptions {
  /** The vault: a note reached through a link must really lie inside it. Default: the folder of the given path. */
  root?: string;
}

export type NoteUpdate = (oldText: string) => string | null;

/**
 * Points inside a write where the tests put another program's save, to show that each window is
 * covered (test/cli/safe-write.test.ts). Empty in normal use.
 */
export const writeStages: { afterRead?: (file: string) => void; beforeCheck?: (file: string) => void; beforeRename?: (file: string) => void } = {};

/** How many times a write is tried again when the note keeps changing under it. */
export const MAX_ATTEMPTS = 10;

interface Pending {
  real: string;
  dir: string;
  update: NoteUpdate;
  /** The file at `real` as last read, still open. */
  orig: OpenNote;
  /** The text the next version is computed from: the file at `real`, or a save rescued from the file replaced. */
  base: string;
  baseIsOrig: boolean;
  tmp: string | null;
  tmpFd: number | null;
  tmpIno: bigint | null;
  tmpSynced: boolean;
  syncError: string | null;
  attempts: number;
  written: boolean;
  givingBack: boolean;
}

const refused = (refusal: WriteRefusal): WriteOutcome => ({ status: 'refused', refusal });

function inside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
}

export function closeQuietly(fd: number | null): void {
  if (fd === null) return;
  try {
    fs.closeSync(fd);
  } catch {
    // already closed
  }
}

/** Opens the file at `p.real` as the new original; a refusal when it may not be written. */
function openOriginal(real: string): OpenNote | WriteRefusal {
  const open = openNote(real, true);
  if ('kind' in open) return open.kind === 'error' ? { kind: 'error', code: open.code } : { kind: 'unreadable', problem: open };
  const mode = Number(open.stat.mode);
  const refusal: WriteRefusal | null =
    (mode & 0o200) === 0 ? { kind: 'read-only' } : open.stat.nlink > 1n ? { kind: 'hard-links', links: Number(open.stat.nlink) } : null;
  if (refusal !== null) {
    closeQuietly(open.fd);
    return refusal;
  }
  return open;
}

function textOf(open: OpenNote): string | WriteRefusal {
  const decoded = decodeNote(open.bytes);
  return 'text' in decoded ? decoded.text : { kind: 'unreadable', problem: decoded };
}

/** Replaces `p.orig` by the file now at the path; a refusal when it may not be written. */
function reopen(p: Pending): WriteRefusal | null {
  closeQuietly(p.orig.fd);
  const open = openOriginal(p.real);
  if ('kind' in open) return open;
  p.orig = open;
  const text = textOf(open);
  if (typeof text !== 'string') return text;
  p.base = text;
  p.baseIsOrig = true;
  return null;
}

export function writeAll(fd: number, bytes: Buffer): void {
  for (let off = 0; off < bytes.length;) off += fs.writeSync(fd, bytes, off, bytes.length - off);
}

/** Writes the temporary file with the note's owner, group and mode; null when done. */
function writeTemp(p: Pending, bytes: Buffer): WriteRefusal | null {
  const tmp = tempPathFor(p.dir);
  trackTemp(tmp);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx', 0o600);
    writeAll(fd, bytes);
    const own = fs.fstatSync(fd, { bigint: true });
    const { uid, gid, mode } = p.orig.stat;
    if (own.uid !== uid || own.gid !== gid) {
      try {
        fs.fchownSync(fd, Number(uid), Number(gid));
      } catch (error) {
        if (errorCode(error) !== 'EPERM') throw error;
        closeQuietly(fd);
        dropTemp(tmp);
        return { kind: 'owner', uid: Number(uid), gid: Number(gid) };
      }
    }
    fs.fchmodSync(fd, Number(mode) & 0o7777);
    p.tmp = tmp;
    p.tmpFd = fd;
    p.tmpIno = own.ino;
    p.tmpSynced = false;
    p.syncError = null;
    return null;
  } catch (error) {
    closeQuietly(fd);
    dropTemp(tmp);
    return { kind: 'error', code: errorCode(error) };
  }
}

/** Computes the next version from `p.base`: 'done' when the note already holds it, else the temporary file is written. */
function compute(p: Pending): 'done' | 'ready' | WriteRefusal {
  const next = p.update(p.base);
  const want = next ?? (p.baseIsOrig ? null : p.base);
  if (want === null) return 'done';
  const bytes = Buffer.from(want, 'utf8');
  if (bytes.equals(p.orig.bytes)) return 'done';
  return writeTemp(p, bytes) ?? 'ready';
}

/** The path still names the file read, with the same size, times and bytes. */
function stillSame(p: Pending): boolean {
  let now: fs.BigIntStats;
  try {
    now = fs.lstatSync(p.real, { bigint: true });
  } catch {
    return false;
  }
  const s = p.orig.stat;
  if (now.dev !== s.dev || now.ino !== s.ino || now.size !== s.size || now.mtimeNs !== s.mtimeNs || now.ctimeNs !== s.ctimeNs) return false;
  return readAllFrom(p.orig.fd, Number(s.size)).equals(p.orig.bytes);
}

/** The replaced file still holds what was read (its ctime moves with the rename itself). */
function untouchedSince(p: Pending): boolean {
  const now = fs.fstatSync(p.orig.fd, { bigint: true });
  const s = p.orig.stat;
  if (now.size !== s.size || now.mtimeNs !== s.mtimeNs) return false;
  return readAllFrom(p.orig.fd, Number(s.size)).equals(p.orig.bytes);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * The bytes of a file another program is saving in place: read until two reads 2 ms apart agree
 * (an editor truncates, then writes), at most 50 ms.
 */
function settled(fd: number): Buffer {
  let bytes = readAllFrom(fd, 0);
  for (let i = 0; i < 25; i += 1) {
    Atomics.wait(pause, 0, 0, 2);
    const again = readAllFrom(fd, bytes.length);
    if (again.equals(bytes)) return bytes;
    bytes = again;
  }
  return bytes;
}

export function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems cannot sync a folder (EINVAL); the rename is still atomic.
  } finally {
    closeQuietly(fd);
  }
}

/** {@link syncFolder} on the thread pool, so the folders of a batch are synced together. */
async function syncFolderAsync(dir: string): Promise<void> {
  const fd = await new Promise<number | null>((resolve) => fs.open(dir, 'r', (error, opened) => resolve(error ? null : opened)));
  if (fd === null) return;
  await new Promise<void>((resolve) => fs.fsync(fd, () => resolve()));
  closeQuietly(fd);
}

function done(p: Pending): WriteOutcome {
  closeQuietly(p.orig.fd);
  return p.written ? { status: 'written' } : { status: 'unchanged' };
}

function fail(p: Pending, refusal: WriteRefusal): WriteOutcome {
  closeQuietly(p.orig.fd);
  closeQuietly(p.tmpFd);
  p.tmpFd = null;
  if (p.tmp !== null) dropTemp(p.tmp);
  p.tmp = null;
  return refused(refusal);
}

const rootMemo = new Map<string, string>();
/** The real path of a folder (asked once per run: folders do not move during one). */
function realRoot(root: string): string {
  let real = rootMemo.get(root);
  if (real === undefined) {
    real = fs.realpathSync.native(root);
    rootMemo.set(root, real);
  }
  return real;
}

/** Steps 1–2: reads the note and writes the temporary file (not yet synced); an outcome when there is nothing to write. */
function prepare(file: string, update: NoteUpdate, options: SafeWriteOptions): Pending | WriteOutcome {
  let real: string;
  try {
    // The folder's real path is asked once per folder; the note's own only when it is a link.
    const abs = path.resolve(file);
    real = fs.lstatSync(abs).isSymbolicLink() ? fs.realpathSync.native(abs) : path.join(realRoot(path.dirname(abs)), path.basename(abs));
    const root = realRoot(options.root ?? path.dirname(abs));
    if (!inside(real, root)) return refused({ kind: 'outside-vault', target: real });
  } catch (error) {
    return refused({ kind: 'error', code: errorCode(error) });
  }
  const open = openOriginal(real);
  if ('kind' in open) return refused(open);
  writeStages.afterRead?.(real);
  const text = textOf(open);
  const p: Pending = {
    real,
    dir: path.dirname(real),
    update,
    orig: open,
    base: typeof text === 'string' ? text : '',
    baseIsOrig: true,
    tmp: null,
    tmpFd: null,
    tmpIno: null,
    tmpSynced: false,
    syncError: null,
    attempts: 0,
    written: false,
    givingBack: false,
  };
  if (typeof text !== 'string') return fail(p, text);
  try {
    const c = compute(p);
    if (c === 'done') return done(p);
    if (c !== 'ready') return fail(p, c);
    return p;
  } catch (error) {
    fail(p, { kind: 'error', code: errorCode(error) });
    throw error;
  }
}

/** Steps 3–5 (and the retries): from a written temporary file to the note replaced. */
function commit(p: Pending, syncDir: boolean): WriteOutcome {
  try {
    for (;;) {
      if (p.tmp === null || p.tmpFd === null) throw new Error('commit without a temporary file');
      if (p.syncError === null && !p.tmpSynced) {
        try {
          fs.fsyncSync(p.tmpFd);
        } catch (error) {
          p.syncError = errorCode(error);
        }
      }
      closeQuietly(p.tmpFd);
      p.tmpFd = null;
      if (p.syncError !== null) return fail(p, { kind: 'error', code: p.syncError });
      writeStages.beforeCheck?.(p.real);
      if (!stillSame(p)) {
        // Someone saved since the note was read: compute again from their text.
        dropTemp(p.tmp);
        p.tmp = null;
        if (!nextAttempt(p)) return fail(p, { kind: 'kept-changing' });
        const refusal = reopen(p);
        if (refusal !== null) return fail(p, refusal);
      } else {
        const ours = p.tmpIno;
        writeStages.beforeRename?.(p.real);
        try {
          fs.renameSync(p.tmp, p.real);
        } catch (error) {
          return fail(p, { kind: 'error', code: errorCode(error) });
        }
        releaseTemp(p.tmp);
        p.tmp = null;
        p.written = true;
        if (untouchedSince(p)) {
          if (syncDir) syncFolder(p.dir);
          return done(p);
        }
        // A save went into the old file in place after the check: it must not be lost with it.
        const latest = decodeNote(settled(p.orig.fd));
        if (!nextAttempt(p)) return fail(p, { kind: 'kept-changing' });
        const refusal = reopen(p);
        if (refusal !== null) return fail(p, refusal);
        if (p.orig.stat.ino === ours && 'text' in latest) {
          p.base = latest.text;
          p.baseIsOrig = false;
        }
      }
      const c = compute(p);
      if (c === 'done') {
        if (syncDir && p.written) syncFolder(p.dir);
        return done(p);
      }
      if (c !== 'ready') return fail(p, c);
    }
  } catch (error) {
    fail(p, { kind: 'error', code: errorCode(error) });
    throw error;
  }
}

/** Counts a try; past the limit with a rescued save pending, that save is put back as it is. */
function nextAttempt(p: Pending): boolean {
  p.attempts += 1;
  if (p.attempts < MAX_ATTEMPTS) return true;
  if (!p.baseIsOrig && !p.givingBack) {
    p.givingBack = true;
    p.update = () => null;
    p.attempts = MAX_ATTEMPTS - 3;
    return true;
  }
  return false;
}

/** Applies `update` to the note at `file` safely (see the module comment). Synchronous. */
export function writeNoteSafely(file: string, update: NoteUpdate, options: SafeWriteOptions = {}): WriteOutcome {
  const p = prepare(file, update, options);
  return 'status' in p ? p : commit(p, true);
}

export interface WriteJob {
  file: string;
  update: NoteUpdate;
  options?: SafeWriteOptions;
}

/**
 * {@link writeNoteSafely} for many notes, with the same guarantees per note but the disk syncs
 * batched: the temporary files of up to `batch` notes are written, synced together (the file
 * system commits them in one go), then each note is checked and replaced in turn, and each folder
 * is synced once. `onOutcome` hears every job, in order. Signals are handled between batches.
 */
export async function writeNotesSafely(jobs: readonly WriteJob[], onOutcome: (job: WriteJob, outcome: WriteOutcome) => void, batch = 128): Promise<void> {
  for (let start = 0; start < jobs.length; start += batch) {
    const slice = jobs.slice(start, start + batch);
    const prepared = slice.map((job) => prepare(job.file, job.update, job.options ?? {}));
    await Promise.all(
      prepared.map(async (p) => {
        if ('status' in p || p.tmpFd === null) return;
        try {
          await new Promise<void>((resolve, reject) => fs.fsync(p.tmpFd!, (error) => (error ? reject(error) : resolve())));
          p.tmpSynced = true;
        } catch (error) {
          p.syncError = errorCode(error);
        }
      }),
    );
    const folders = new Set<string>();
    slice.forEach((job, i) => {
      const p = prepared[i]!;
      let outcome: WriteOutcome;
      if ('status' in p) outcome = p;
      else {
        outcome = commit(p, false);
        if (outcome.status === 'written') folders.add(p.dir);
      }
      onOutcome(job, outcome);
    });
    await Promise.all([...folders].map(syncFolderAsync));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
