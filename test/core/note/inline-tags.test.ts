/**
 * Inline tags as Obsidian reads them (`#` at the start or after white space, then a tag name), and
 * the cheap first test that keeps heading lines (`## Wil`) out of the full pattern: it must never
 * hide a tag the full pattern finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineTags } from '../../../src/core/note/record';

/** The full pattern on every line, without the first test. */
function everyTag(lines: readonly string[]): string[] {
  const pattern = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
  const tags: string[] = [];
  for (const line of lines) for (const m of line.matchAll(pattern)) if (m[1]) tags.push(m[1]);
  return tags;
}

const paragraph = (lines: readonly string[]) => [{ kind: 'paragraph' as const, startLine: 1, endLine: lines.length }];

describe('inlineTags', () => {
  it('finds tags after white space and at the start, not in a heading’s hashes or inside a word', () => {
    const lines = ['## Wil', '### Kop #coaching', '#klant/anna en #2026', 'tekst#nee', '\u00a0#ja', '##x', 'C# en #_a'];
    expect(inlineTags(lines, paragraph(lines))).toEqual(['coaching', 'klant/anna', 'ja', '_a']);
  });

  it('finds a tag after every character JavaScript counts as white space', () => {
    for (let c = 0; c <= 0xffff; c += 1) {
      const space = String.fromCharCode(c);
      if (!/\s/.test(space) || space === '\n' || space === '\r') continue;
      const lines = [`woord${space}#tag`];
      expect(inlineTags(lines, paragraph(lines))).toEqual(['tag']);
    }
  });

  it('finds what the full pattern finds on every line', () => {
    const piece = fc.constantFrom('#', '##', ' ', '\t', '\u00a0', '\u2028', '\u202f', '\ufeff', '\v', 'a', 'é', '_', '/', '-', '1', '𝒜', 'Wil', '\u3000');
    const line = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        expect(inlineTags(lines, paragraph(lines))).toEqual(everyTag(lines));
      }),
      { numRuns: 3000 },
    );
  });
});
