/** The scale and commitment a coach states (issue 3: `grow_scale`, `grow_commitment`). */
import { describe, expect, it } from 'vitest';
import { findCommitment, findScale } from '../../../src/core/note/measures';

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
