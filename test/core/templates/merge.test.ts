import { describe, expect, it } from 'vitest';
import { mergeTemplateIntoNote } from '../../../src/core/templates/merge';

const rendered = '---\ntype: coaching-session\nclient: "[[Anna]]"\ntags: [coaching, intake]\n---\n# Intake\n';

describe('mergeTemplateIntoNote', () => {
  it('keeps the note’s keys and values, adds missing keys, never a second frontmatter block', () => {
    const note = '---\nclient: "[[Bram]]" # the real client\ntags:\n  - eigen\n---\nMijn notities\n';
    const merged = mergeTemplateIntoNote(note, note.length, rendered);
    expect(merged).toBe('---\nclient: "[[Bram]]" # the real client\ntags:\n  - eigen\ntype: coaching-session\n---\nMijn notities\n\n# Intake\n');
  });

  it('adds the frontmatter to a note without one, and inserts the body at the cursor', () => {
    const note = 'eerste regel\n\ntweede regel\n';
    const merged = mergeTemplateIntoNote(note, note.indexOf('tweede'), rendered);
    expect(merged).toBe('---\ntype: coaching-session\nclient: "[[Anna]]"\ntags: [coaching, intake]\n---\neerste regel\n\n# Intake\n\ntweede regel\n');
  });

  it('moves a cursor inside the frontmatter to the start of the body', () => {
    const note = '---\ntype: x\n---\nbody\n';
    expect(mergeTemplateIntoNote(note, 5, '> [!question] Q\n> - a?\n')).toBe('---\ntype: x\n---\n\n> [!question] Q\n> - a?\n\nbody\n');
  });

  it('puts a block inserted mid-line on lines of its own, apart from the text around it', () => {
    const note = 'abc def\n';
    expect(mergeTemplateIntoNote(note, 3, '> q\n')).toBe('abc\n\n> q\n\n def\n');
  });

  it('keeps CRLF line endings and a BOM', () => {
    const note = '\uFEFF---\r\ndate: 2026-11-03\r\n---\r\ntext\r\n';
    const merged = mergeTemplateIntoNote(note, note.length, '---\ndate: 2020-01-01\nsession: 2\n---\n## Doel\n');
    expect(merged).toBe('\uFEFF---\r\ndate: 2026-11-03\r\nsession: 2\r\n---\r\ntext\r\n\r\n## Doel\r\n');
  });

  it('leaves a frontmatter that is not valid YAML untouched, and still inserts the body', () => {
    const note = '---\nclient: [[[\n---\nx\n';
    expect(mergeTemplateIntoNote(note, note.length, rendered)).toBe('---\nclient: [[[\n---\nx\n\n# Intake\n');
  });

  it('fills an empty frontmatter', () => {
    expect(mergeTemplateIntoNote('---\n---\n', 8, '---\nsession: 1\n---\n')).toBe('---\nsession: 1\n---\n');
  });
});
