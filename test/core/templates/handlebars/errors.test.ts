/**
 * Every error names the line to fix: parse errors (from the parser's message), an unclosed block
 * (its opening line), a missing helper or partial and an error thrown inside a helper (the line of
 * the call, which Handlebars does not give), errors inside a partial (the line of `{{> …}}`), and
 * syntax the interpreter does not run.
 */
import { describe, expect, it } from 'vitest';
import { createEnvironment, HandlebarsError } from '../../../../src/core/templates/handlebars/environment';

function env() {
  const e = createEnvironment();
  e.registerHelper('fail', () => {
    throw new RangeError('helper says no');
  });
  e.registerHelper('upper', (...args: unknown[]) => String(args[0]).toUpperCase());
  e.registerPartial('ok', 'fine');
  e.registerPartial('broken', 'one\n{{fail}}\n');
  e.registerPartial('unparsable', 'one\ntwo {{#if x}}\n');
  return e;
}

function errorOf(source: string, context: unknown = {}): HandlebarsError {
  try {
    env().compile(source)(context);
  } catch (error) {
    if (error instanceof HandlebarsError) return error;
    throw error;
  }
  throw new Error('rendered without an error');
}

describe('errors carry the template line', () => {
  it('a parse error, when compiling', () => {
    expect(() => env().compile('a\nb\n{{x')).toThrow(HandlebarsError);
    const error = errorOf('a\nb\n{{x');
    expect([error.line, error.message]).toEqual([3, expect.stringMatching(/^Parse error on line 3:/)]);
  });

  it('an unclosed block: the line that opens it', () => {
    const error = errorOf('a\n{{#each xs}}\n{{! {{#if}} }}\n{{#if y}}{{/if}}\nz\n');
    expect(error.line).toBe(2);
  });

  it('a block closed by another name', () => {
    const error = errorOf('a\n\n{{#if x}}\n{{/each}}');
    expect([error.line, error.message]).toEqual([3, "if doesn't match each - 3:3"]);
  });

  it('a missing helper and a missing partial, in Handlebars words, with the line', () => {
    const helper = errorOf('a\n\n{{nope x}}');
    expect([helper.line, helper.message]).toEqual([3, 'Missing helper: "nope"']);
    const partial = errorOf('a\n{{#if x}}\n  {{> nope}}\n{{/if}}', { x: true });
    expect([partial.line, partial.message]).toEqual([3, 'The partial nope could not be found']);
  });

  it('an error inside a helper: the line of the call, the helper error as cause', () => {
    const error = errorOf('a\n{{upper\n  (fail)}}\n');
    expect([error.line, error.message]).toEqual([3, 'helper says no']);
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it('an error inside a partial: the line of {{> partial}}, and the partial line in the message', () => {
    const error = errorOf('x\n\n{{> broken}}');
    expect([error.line, error.message]).toEqual([3, 'in partial broken (its line 2): helper says no']);
    const parse = errorOf('{{> ok}}\n{{> unparsable}}');
    expect(parse.line).toBe(2);
    expect(parse.message).toMatch(/^in partial unparsable \(its line 2\): Parse error/);
  });

  it('built-in helpers used wrongly', () => {
    expect(errorOf('\n{{#if a b}}x{{/if}}').message).toBe('#if requires exactly one argument');
    expect(errorOf('\n{{#each}}x{{/each}}').line).toBe(2);
    expect(errorOf('{{if a}}').message).toBe('if needs a block: {{#if …}}…{{/if}}');
    expect(errorOf('a\n{{client "x"}}', { client: 'Anna' })).toMatchObject({ line: 2, message: '"client" is not a helper but a value' });
  });

  it('syntax outside Handlebars 4 without decorators: refused at its line', () => {
    const lineAndMessage = (source: string): [number | null, string] => {
      const error = errorOf(source);
      return [error.line, error.message];
    };
    expect(lineAndMessage('a\n{{#> layout}}x{{/layout}}')).toEqual([2, 'partial blocks ({{#> name}}…{{/name}}) are not supported']);
    expect(lineAndMessage('a\nb\n{{#*inline "x"}}y{{/inline}}')).toEqual([3, 'inline partials and decorators ({{#* …}}) are not supported']);
    expect(lineAndMessage('{{upper (a=1)}}')).toEqual([1, 'hash literals ((key=value) as a value) are not supported']);
    expect(errorOf('\n{{(upper a).length}}')).toMatchObject({ line: 2 });
    expect(errorOf('\n\n{{> ok a b}}')).toMatchObject({ line: 3, message: 'Unsupported number of partial arguments: 2' });
  });
});
