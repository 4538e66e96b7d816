/**
 * `readNoteFile` reads every note of a vault into one buffer used again for the next note: a note
 * read after a longer one must not show the longer one's bytes, a note larger than that buffer is
 * read whole, and the checks (type, size, encoding) hold as before.
 */
import fs, { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readNoteFile } from '../../src/cli/note-file';

const dir = mkdtempSync(path.join(os.tmpdir(), 'grow-note-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function note(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('readNoteFile', () => {
  it('reads a short note after a long one without the long one’s bytes', () => {
    const long = `${'- [ ] lange regel met een actie 📅 2026-12-01\n'.repeat(2000)}einde`;
    const short = '# Wil\n\n- [ ] kort';
    expect(readNoteFile(note('long.md', long))).toEqual({ text: long });
    expect(readNoteFile(note('short.md', short))).toEqual({ text: short });
    expect(readNoteFile(note('empty.md', ''))).toEqual({ text: '' });
    expect(readNoteFile(note('short-again.md', 'ab'))).toEqual({ text: 'ab' });
  });

  it('reads notes around the reused buffer’s size whole (smaller ones into it, the others on their own)', () => {
    for (const size of [256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 700 * 1024]) {
      const text = 'é'.repeat(Math.floor(size / 2)) + (size % 2 === 1 ? 'x' : '');
      expect(Buffer.byteLength(text)).toBe(size);
      const read = readNoteFile(note(`big-${size}.md`, text));
      expect('text' in read && read.text === text).toBe(true);
    }
    expect(readNoteFile(note('after-big.md', 'klein'))).toEqual({ text: 'klein' });
  });

  it('reads a note whole that grew past the buffer after its size was asked', () => {
    const text = `${'Een notitie die groeit terwijl ze gelezen wordt. '.repeat(7000)}einde`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(300 * 1024);
    const file = note('growing.md', text);
    // fstat saw the note while it was still small; the bytes read are the note as it is now.
    const real = fs.statSync(file);
    vi.spyOn(fs, 'fstatSync').mockReturnValue(Object.assign(real, { size: 1000 }));
    const read = readNoteFile(file);
    expect('text' in read && read.text === text).toBe(true);
    expect(readNoteFile(note('small-after-growing.md', 'klein'))).toEqual({ text: 'klein' });
  });

  it('keeps a BOM, and refuses UTF-16, NUL bytes, invalid UTF-8, a folder and a missing file', () => {
    expect(readNoteFile(note('bom.md', '\uFEFF# Wil'))).toEqual({ text: '\uFEFF# Wil' });
    expect(readNoteFile(note('utf16.md', Buffer.from('\uFEFF# Wil', 'utf16le')))).toEqual({ kind: 'utf16' });
    expect(readNoteFile(note('nul.md', Buffer.from([0x23, 0x00, 0x41])))).toEqual({ kind: 'nul' });
    expect(readNoteFile(note('latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9])))).toEqual({ kind: 'not-utf8' });
    expect(readNoteFile(dir)).toEqual({ kind: 'not-regular', what: 'folder' });
    expect(readNoteFile(path.join(dir, 'missing.md'))).toEqual({ kind: 'error', code: 'ENOENT' });
  });
});
