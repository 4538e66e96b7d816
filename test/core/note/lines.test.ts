/**
 * The one line splitter: every reader and writer cuts a note into the same lines, at `\r\n`, `\n`
 * or a lone `\r`, and a writer that keeps the endings puts every byte back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyLines, LINE_ENDING, linesWithEndings, splitBom, splitLines } from '../../../src/core/note/lines';

const noteText = fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '- [ ] x', '\uFEFF'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('note/lines', () => {
  it('cuts at CRLF, LF and a lone CR, a lone CR between two LFs included', () => {
    expect(bodyLines('a\r\nb\nc\rd\n\re')).toEqual(['a', 'b', 'c', 'd', '', 'e']);
    expect(bodyLines('')).toEqual(['']);
    expect(splitLines('\uFEFFa\nb')).toEqual(['a', 'b']);
  });

  it('gives the same lines by either path, and keeps every byte with the endings', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const { body } = splitBom(text);
        expect(bodyLines(body)).toEqual(body.split(LINE_ENDING));
        const withEndings = linesWithEndings(body);
        expect(withEndings.map((l) => l.text)).toEqual(bodyLines(body));
        expect(withEndings.map((l) => l.text + l.eol).join('')).toBe(body);
        expect(withEndings[withEndings.length - 1]?.eol).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
