/**
 * `new`'s write: a note created atomically, never over an existing file (see {@link createNoteSafely}).
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from './note-file';
import { closeQuietly, syncFolder, writeAll, type WriteRefusal } from './safe-write';
import { dropTemp, releaseTemp, tempPathFor, trackTemp } from './temp-files';

/**
 * Creates a new note atomically and never over an existing file: the text goes into a temporary
 * file in the folder, is synced, and is then hard-linked to its name (which fails when the name
 * exists). A full disk or any other failure leaves no note and no temporary file. On a file
 * system without hard links, an exclusive create of the name and a rename over it.
 */
export function createNoteSafely(file: string, text: string): { status: 'created' } | { status: 'exists' } | { status: 'refused'; refusal: WriteRefusal } {
  const dir = path.dirname(file);
  const tmp = tempPathFor(dir);
  let fd: number | null = null;
  try {
    fs.mkdirSync(dir, { recursive: true });
    trackTemp(tmp);
    fd = fs.openSync(tmp, 'wx', 0o666);
    writeAll(fd, Buffer.from(text, 'utf8'));
    if (process.getuid?.() === 0) {
      // As root in someone's vault: the note belongs to the owner of its folder.
      const owner = fs.statSync(dir);
      fs.fchownSync(fd, owner.uid, owner.gid);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    try {
      fs.linkSync(tmp, file);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') return { status: 'exists' };
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS', 'EXDEV'].includes(code)) throw error;
      fs.closeSync(fs.openSync(file, 'wx'));
      try {
        fs.renameSync(tmp, file);
      } catch (renameError) {
        fs.rmSync(file, { force: true });
        throw renameError;
      }
      releaseTemp(tmp);
    }
    syncFolder(dir);
    return { status: 'created' };
  } catch (error) {
    const code = errorCode(error);
    return code === 'EEXIST' ? { status: 'exists' } : { status: 'refused', refusal: { kind: 'error', code } };
  } finally {
    closeQuietly(fd);
    dropTemp(tmp);
  }
}
