/**
 * An isolated Handlebars environment: its own helpers and partials, nothing shared with any other
 * (as `Handlebars.create()`), and an API close to Handlebars' own (`registerHelper`,
 * `registerPartial`, `compile`).
 *
 * It renders as Handlebars does with `noEscape: true, preventIndent: true`: a value is inserted as
 * it is, not HTML-escaped (`{{x}}`, `{{{x}}}` and `{{&x}}` are the same), because a note is
 * markdown; and a standalone partial's lines are not indented. It parses with
 * `@handlebars/parser` and interprets the AST (`interpret.ts`): template text never becomes code.
 */
import type { Program } from './ast';
import { BUILT_IN_HELPERS } from './builtins';
import { render, type Helper } from './interpret';
import { parseTemplate } from './parse';

/** A compiled template: renders a context to text. Throws `HandlebarsError` with the line. */
export type Template = (context: unknown) => string;

export interface CompileOptions {
  /** The template's name, kept in the AST's locations. */
  srcName?: string;
}

export interface Environment {
  /** Adds or replaces a helper (the built-in `if`, `each`, … too). */
  registerHelper(name: string, helper: Helper): void;
  /** Adds or replaces a partial, for `{{> name}}`; it is parsed when first used. */
  registerPartial(name: string, source: string): void;
  /**
   * Parses and checks `source` now (unlike Handlebars, which waits for the first render), so a
   * broken template is reported before anything is rendered. Throws `HandlebarsError`.
   */
  compile(source: string, options?: CompileOptions): Template;
}

interface PartialEntry {
  source: string;
  program?: Program;
}

/** A new environment with only the built-in helpers (`if`, `unless`, `each`, `with`, `lookup`, `log`). */
export function createEnvironment(): Environment {
  const helpers = new Map(BUILT_IN_HELPERS);
  const partials = new Map<string, PartialEntry>();
  const runtime = {
    helper: (name: string): Helper | undefined => helpers.get(name),
    partial(name: string): Program | undefined {
      const entry = partials.get(name);
      if (entry === undefined) return undefined;
      entry.program ??= parseTemplate(entry.source, name);
      return entry.program;
    },
  };
  return {
    registerHelper(name, helper) {
      helpers.set(name, helper);
    },
    registerPartial(name, source) {
      partials.set(name, { source });
    },
    compile(source, options = {}) {
      const program = parseTemplate(source, options.srcName);
      return (context) => render(program, context, runtime);
    },
  };
}

export type { Helper, HelperOptions, Block, BlockOptions } from './interpret';
export { HandlebarsError } from './errors';
