/**
 * What reaches a terminal: `safeText` escapes control characters and bidirectional overrides, and
 * `safeLines` (a whole listing tested at once) gives exactly the lines `safeText` gives, joined.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeLines, safeText } from '../../src/cli/shown';

describe('safeText', () => {
  it('escapes a newline, a carriage return, a tab, an escape sequence, C1 controls and bidi overrides', () => {
    expect(safeText('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(safeText('\u001b[31mred')).toBe('\\u{1b}[31mred');
    expect(safeText('x\u0085y\u202ez')).toBe('x\\u{85}y\\u{202e}z');
    expect(safeText('a\u2028b\u2029c\u061cd')).toBe('a\\u{2028}b\\u{2029}c\\u{61c}d');
    expect(safeText('Chloé — 📅 2026-12-01')).toBe('Chloé — 📅 2026-12-01');
  });
});

describe('safeLines', () => {
  const piece = fc.constantFrom(
    'Anna',
    ' ',
    'é',
    '📅 2026-12-01',
    '\n',
    '\r',
    '\t',
    '\u001b[2J',
    '\u007f',
    '\u0085',
    '\u200e',
    '\u202e',
    '\u2066',
    '\u2028',
    '\u061c',
    '[ ]',
    '',
  );
  const line = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

  it('gives each line as safeText shows it, joined by newlines', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        expect(safeLines(lines)).toBe(lines.map(safeText).join('\n'));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes a newline inside one line of a clean listing, and gives a clean listing as it is', () => {
    expect(safeLines(['Anna (2 open)', '  [ ] Bellen', ''])).toBe('Anna (2 open)\n  [ ] Bellen\n');
    expect(safeLines(['Anna', 'Kop\nOpties', 'Bram'])).toBe('Anna\nKop\\nOpties\nBram');
    expect(safeLines([])).toBe('');
  });
});
