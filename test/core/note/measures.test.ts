/** The scale and commitment a coach states (issue 3: `grow_scale`, `grow_commitment`). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMMITMENT_LABELS, SCALE_LABELS, findCommitment, findScale, readMeasures } from '../../../src/core/note/measures';

describe('findScale', () => {
  it.each([
    ['Schaal 1-10: 4', 4],
    ['Scale: 7/10', 7],
    ['[scale:: 4]', 4],
    ['**Schaal (1-10):** 6', 6],
    ['Schaal: 6 / 10', 6],
    ['Op een schaal van 1 tot 10: 7', 7],
    ['Scale (0-10): 0', 0],
    ['- Schaal 1-10: 10', 10],
    ['Schaal 1-10: ', null],
    ['Schaal: 1-10', null],
    ['Scale: 11', null],
  ])('%j → %j', (line, value) => {
    expect(findScale([line])).toBe(value);
  });
});

describe('findCommitment', () => {
  it.each([
    ['Commitment: 8', 8],
    ['Commitment 8/10', 8],
    ['[commitment:: 8]', 8],
    ['Inzet: 8', 8],
    ['Inzet 8/10', 8],
    ['Hoe zeker ben je dat je dit gaat doen (1-10): 9', 9],
    ['Hoe zeker ben je dat je dit gaat doen (1-10)? 8', 8],
    ['**Commitment (1-10):** 7', 7],
    ['Commitment (1-10): ', null],
    ['Commitment: 1-10', null],
    ['Commitment: 1 – 10', null],
    ['Commitment: 0', null],
  ])('%j → %j', (line, value) => {
    expect(findCommitment([line])).toBe(value);
  });

  it('takes the first statement in the note', () => {
    expect(findCommitment(['Commitment: 1-10', 'Commitment: 6', 'Commitment: 9'])).toBe(6);
  });
});

describe('scales and commitments as coaches write them (issue 11)', () => {
  it.each([
    ['Schaal: 7,5', 7.5],
    ['Schaal: 7.5', 7.5],
    ['Schaal: 6½', 6.5],
    ['Cijfer: 6', 6],
    ['Cijfer 6/10', 6],
    ['Schaalvraag: 6 / 10', 6],
    ['**Schaal:** 6,5', 6.5],
    ['[scale:: 6]', 6],
    ['Schaal:: 7,5', 7.5],
    ['Waar sta je nu, op een schaal van 1 tot 10? 6', 6],
    ['Schaal: 7.', 7],
    ['Datum 2026-11-03', null],
    ['Schaal 1-10', null],
  ])('scale %j → %j', (line, value) => {
    expect(findScale([line])).toBe(value);
  });

  it.each([
    ['Zekerheid: 8', 8],
    ['Motivatie: 7', 7],
    ['(commitment:: 8)', 8],
    ['Commitment 8', 8],
    ['Inzet: 7,5', 7.5],
    ['How sure are you that you will do it? 9', 9],
    ['Motivatie: 80%', null],
    // one value, two labels: the commitment question owns it, not the "schaal" inside it
    ['Hoe zeker ben je, op een schaal van 1 tot 10, dat je dit gaat doen? 8', 8],
  ])('commitment %j → %j', (line, value) => {
    expect(findCommitment([line])).toBe(value);
  });

  it('the commitment question with "schaal" in it gives no scale', () => {
    expect(findScale(['Hoe zeker ben je, op een schaal van 1 tot 10, dat je dit gaat doen? 8'])).toBeNull();
  });

  it('a value out of range is no value and a problem naming its line; a later statement counts', () => {
    const read = readMeasures([
      { line: 12, text: 'Schaal 1-10: 11' },
      { line: 13, text: 'Inzet: 0' },
      { line: 14, text: 'Schaal: 75' },
      { line: 20, text: 'Schaal: 6' },
      { line: 21, text: 'Commitment: 1-10' },
    ]);
    expect([read.scale, read.commitment]).toEqual([6, null]);
    expect(read.problems).toEqual([
      { kind: 'scale', line: 12, written: '11' },
      { kind: 'commitment', line: 13, written: '0' },
      { kind: 'scale', line: 14, written: '75' },
    ]);
  });

  it('leaves unfilled template lines alone: no value, no problem', () => {
    const read = readMeasures(
      [
        'Schaal 1-10: ',
        'Hoe zeker ben je dat je dit gaat doen (1-10): ',
        'Scale 1-10: ',
        '> - Hoe zeker ben je, op een schaal van 1 tot 10, dat je dit gaat doen?',
      ].map((text, i) => ({ line: i + 1, text })),
    );
    expect(read).toEqual({ scale: null, commitment: null, problems: [] });
  });
});

describe('lines of ASCII characters read as every other line', () => {
  // The patterns for a line of ASCII characters only are a cheaper spelling of the Unicode ones:
  // a line must read the same with a non-ASCII prefix (which only moves every position along).
  const token = fc.oneof(
    fc
      .constantFrom(...SCALE_LABELS, ...COMMITMENT_LABELS)
      .chain((label) => fc.boolean().map((upper) => (upper ? label.toUpperCase() : label[0]!.toUpperCase() + label.slice(1)))),
    fc.constantFrom('7', '7,5', '7.5', '10', '11', '0', '1-10', '6/10', '8 /10', '1 - 10', '50%', '2026-11-03', '123'),
    fc.constantFrom(' ', ' ', ':', '::', '?', '**', '_', '[', ']', '(', ')', '/', '-', '.', ',', '%', '\t', 'x', 'Q9', 'en', 'op een', 'van 1 tot 10'),
  );
  const line = fc.array(token, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

  it('gives the same scale, commitment and problems with or without a non-ASCII prefix', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(readMeasures([{ line: 3, text: `é ${text}` }])).toEqual(readMeasures([{ line: 3, text }]));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['Schaal 1-10: 6', '**Commitment:** 8/10', '[scale:: 4]', 'Hoe zeker ben je? 9', 'CIJFER 11', 'inzet 7,5', 'Xschaal: 6', 'schaalX: 6'])(
    '"%s" reads the same as ASCII and after a non-ASCII prefix',
    (text) => {
      expect(readMeasures([{ line: 1, text: `é ${text}` }])).toEqual(readMeasures([{ line: 1, text }]));
    },
  );
});
