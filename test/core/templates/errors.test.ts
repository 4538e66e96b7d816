import { describe, expect, it } from 'vitest';
import { buildTemplateContext } from '../../../src/core/templates/context';
import { checkTemplate, renderTemplate, TemplateError } from '../../../src/core/templates/render';

const context = buildTemplateContext({ client: 'Anna', date: '2026-11-03', language: 'nl', sessionNotes: [] });
const file = 'Templates/GROW Coach/grow-session.hbs';

function errorOf(source: string): TemplateError {
  try {
    renderTemplate({ file, source }, context);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('the template rendered');
}

describe('template errors name the file and the line', () => {
  it('an unclosed mustache', () => {
    const error = errorOf('---\ntype: coaching-session\n---\n# {{client\n');
    expect([error.file, error.line]).toEqual([file, 4]);
    expect(error.message).toMatch(/^Templates\/GROW Coach\/grow-session\.hbs:4: template error on line 4: /);
    expect(error.message).toContain('Fix the template');
  });

  it('a block never closed: the line that opens it', () => {
    const error = errorOf('---\ntype: x\n---\n{{#each openActions}}\n- {{text}}\n{{! a comment {{#if}} }}\n\nend\n');
    expect(error.line).toBe(4);
    expect(error.reason).toContain('never closed');
  });

  it('a block closed by the wrong name', () => {
    const error = errorOf('a\nb\n{{#if client}}\nx\n{{/each}}\n');
    expect(error.line).toBe(3);
    expect(error.reason).toContain("if doesn't match each");
  });

  it('an unknown helper, a missing partial, an unknown phrase and a bad offset', () => {
    expect(errorOf('one\ntwo\n{{shout client}}\n').line).toBe(3);
    expect(errorOf('one\n\n{{> nope}}\n').line).toBe(3);
    const phrase = errorOf('{{t "questions"}}\n{{t "nope"}}\n');
    expect([phrase.line, phrase.reason]).toEqual([2, expect.stringContaining('unknown phrase "nope"')]);
    const offset = errorOf('{{date offset="2w"}}\n\n{{date offset="soon"}}\n');
    expect([offset.line, offset.reason]).toEqual([3, expect.stringContaining('offset "soon"')]);
  });

  it('checkTemplate finds syntax errors without rendering', () => {
    expect(() => checkTemplate({ file, source: '{{#each openActions}}\n' })).toThrow(TemplateError);
    expect(() => checkTemplate({ file, source: '{{#each openActions}}{{text}}{{/each}}' })).not.toThrow();
  });
});
