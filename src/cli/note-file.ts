/**
 * Reading a note from disk so that it cannot hang or flood: only a regular file is read (a FIFO, a
 * device such as `/dev/zero`, a socket or a folder named `*.md` is refused by its type), it is
 * opened with `O_NONBLOCK` so opening a FIFO never waits for a writer, and it is read up to
 * {@link MAX_NOTE_BYTES}. Synchronous on purpose: for many small files, plain sync reads are the
 * fastest way through the file system (no thread-pool round trip per call), and every read is
 * bounded.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';

/** The largest note read (far above any real session note; a bigger `.md` is skipped). */
export const MAX_NOTE_BYTES = 16 * 1024 * 1024;

const OPEN_READ = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY;

/** Why a `.md` file is not read as a note. */
export type NoteProblem =
  | { kind: 'not-regular'; what: 'fifo' | 'device' | 'socket' | 'folder' | 'other' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'utf16' }
  | { kind: 'nul' }
  | { kind: 'not-utf8' }
  | { kind: 'error'; code: string };

export interface OpenNote {
  fd: number;
  stat: fs.BigIntStats;
  bytes: Buffer;
}

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : String(error);
}

function kindOf(stat: fs.BigIntStats | fs.Stats): NoteProblem | null {
  if (stat.isFile()) return null;
  const what = stat.isFIFO()
    ? 'fifo'
    : stat.isCharacterDevice() || stat.isBlockDevice()
      ? 'device'
      : stat.isSocket()
        ? 'socket'
        : stat.isDirectory()
          ? 'folder'
          : 'other';
  return { kind: 'not-regular', what };
}

/** Why an open file of this type and size is not read as a note, or null (both readers ask it). */
function statProblem(stat: fs.BigIntStats | fs.Stats): NoteProblem | null {
  const size = Number(stat.size);
  return kindOf(stat) ?? (size > MAX_NOTE_BYTES ? { kind: 'too-large', bytes: size } : null);
}

/**
 * Every byte of an open file from the start, up to `limit` + 1 bytes (so growth past it shows):
 * read into `into` when given (the answer is then a view of it unless the file outgrew it).
 */
export function readAllFrom(fd: number, hint: number, limit = MAX_NOTE_BYTES, into?: Buffer): Buffer {
  let buffer = into ?? Buffer.allocUnsafe(Math.min(Math.max(hint, 0), limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = fs.readSync(fd, buffer, length, buffer.length - length, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** Why opening a note failed (a socket fails with ENXIO: it is named as what it is). */
function openProblem(error: unknown): NoteProblem {
  const code = errorCode(error);
  return code === 'ENXIO' ? { kind: 'not-regular', what: 'socket' } : { kind: 'error', code };
}

/**
 * Opens a note and reads it, keeping it open (the safe writer checks the same file again later).
 * `noFollow`: refuse a symbolic link (the writer opens the resolved path and a link appearing
 * there meanwhile means the note changed).
 */
export function openNote(file: string, noFollow = false): OpenNote | NoteProblem {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_READ | (noFollow ? fs.constants.O_NOFOLLOW : 0));
  } catch (error) {
    return openProblem(error);
  }
  let problem: NoteProblem | null;
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    problem = statProblem(stat);
    if (problem === null) {
      const bytes = readAllFrom(fd, Number(stat.size));
      if (bytes.length <= MAX_NOTE_BYTES) return { fd, stat, bytes };
      problem = { kind: 'too-large', bytes: bytes.length };
    }
  } catch (error) {
    problem = { kind: 'error', code: errorCode(error) };
  }
  fs.closeSync(fd);
  return problem;
}

/** A note's text, or why its bytes are not a UTF-8 text note (a UTF-16 BOM is named as such). */
export function decodeNote(bytes: Uint8Array): { text: string } | NoteProblem {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return { kind: 'utf16' };
  if (bytes.includes(0)) return { kind: 'nul' };
  // Checked strictly first (simdutf), then decoded; a BOM stays in the text, so a writer gives it back byte for byte.
  if (!isUtf8(bytes)) return { kind: 'not-utf8' };
  return { text: (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('utf8') };
}

/** Notes smaller than this are read into one buffer kept for the next note; a larger one gets its own. */
const SCRATCH_BYTES = 256 * 1024;
let scratch: Buffer | null = null;

/**
 * Reads a note's text (and closes it), or says why it is not read: the checks of {@link openNote},
 * made for reading only. A vault holds thousands of notes, so each is read into one buffer used
 * again for the next (the text is decoded out of it at once), and its size and type come from a
 * plain `fstat` (the writer's exact times and inode are not needed here).
 */
export function readNoteFile(file: string): { text: string } | NoteProblem {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_READ);
  } catch (error) {
    return openProblem(error);
  }
  try {
    const stat = fs.fstatSync(fd);
    const problem = statProblem(stat);
    if (problem !== null) return problem;
    // A note that grew past the reused buffer since fstat is read on into a larger one.
    const bytes = readAllFrom(fd, stat.size, MAX_NOTE_BYTES, stat.size < SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)) : undefined);
    if (bytes.length > MAX_NOTE_BYTES) return { kind: 'too-large', bytes: bytes.length };
    return decodeNote(bytes);
  } catch (error) {
    return { kind: 'error', code: errorCode(error) };
  } finally {
    fs.closeSync(fd);
  }
}
