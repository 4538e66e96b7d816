/**
 * Both engines set up alike, for the differential tests: real Handlebars (a devDependency, the
 * oracle) in `Handlebars.create()` with `noEscape` and `preventIndent`, as GROW Coach compiled
 * templates before, and our interpreter's environment; the same test helpers and partials in both.
 *
 * One Handlebars bug is taken out of the oracle: with `noEscape`, the values at the start of a
 * block are joined with JavaScript's `+`, so `{{a}}{{b}}` with 1 and 2 renders `3` (and a block of
 * one `{{n}}` returns the number itself). `stringConcatenation` makes every appended value text
 * first, through Handlebars' documented `JavaScriptCompiler` extension point; `interpret.test.ts`
 * shows the bug and that our interpreter does not have it.
 */
import Handlebars from 'handlebars';
import { createEnvironment, type Environment, type HelperOptions } from '../../../../src/core/templates/handlebars/environment';

export type Outcome = { ok: true; text: string } | { ok: false; error: string };

function outcome(render: () => string): Outcome {
  try {
    return { ok: true, text: render() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** A value as the test helpers print it: JSON for objects, so hash order and nesting show. */
function show(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

/** Helpers written against the common API (`options.hash`, `fn`, `inverse`, `data`). */
export const TEST_HELPERS: Record<string, (this: unknown, ...args: unknown[]) => unknown> = {
  /** Upper-cases a string; any other value comes back as it is (so rendering of raw values shows). */
  upper(...args) {
    const [value] = split(args).params;
    return typeof value === 'string' ? value.toUpperCase() : value;
  },
  /** Prints its arguments and hash. */
  join(...args) {
    const { params, options } = split(args);
    const hash = Object.keys(options.hash).length > 0 ? ` ${JSON.stringify(options.hash)}` : '';
    return `${params.map(show).join('|')}${hash}`;
  },
  /** A block helper: the body, then the inverse, on the same context. */
  twice(this: unknown, ...args) {
    const { options } = split(args);
    return `${options.fn?.(this) ?? ''}/${options.inverse?.(this) ?? ''}`;
  },
  /** A block helper with a new context, a child data frame (`@extra`) and block parameters. */
  scope(...args) {
    const { params, options } = split(args);
    const data = { ...options.data, extra: 'E', _parent: options.data };
    return options.fn?.({ inner: params[0], a: 'scoped' }, { data, blockParams: [params[0], 'k'] }) ?? '';
  },
};

export const TEST_PARTIALS: Record<string, string> = {
  p1: '[{{this}}|{{a}}|{{@index}}|{{../a}}|{{k}}]\n',
  p2: '{{#each this}}{{@key}}={{.}};{{/each}}',
  P1: 'P1:{{a}}{{@root.a}}',
  p3: '<{{> p1}}>\n  {{> P1}}\n',
};

interface Engine {
  render(source: string, context: unknown): Outcome;
}

export const HANDLEBARS_OPTIONS = { noEscape: true, preventIndent: true } as const;

type AppendToBuffer = (source: unknown, location: unknown, explicit: unknown) => unknown;

/** Makes `env` append `'' + (value)`, never `value + value` (see the top of this file). */
export function stringConcatenation(env: typeof Handlebars): void {
  const host = env as unknown as { JavaScriptCompiler: new () => { appendToBuffer(...args: Parameters<AppendToBuffer>): unknown } };
  const Base = host.JavaScriptCompiler;
  class StringCompiler extends Base {
    override appendToBuffer(source: unknown, location: unknown, explicit: unknown): unknown {
      return super.appendToBuffer(['""+(', source, ')'], location, explicit);
    }
  }
  // Handlebars makes the compilers of nested blocks with `new this.compiler()`.
  (StringCompiler.prototype as { compiler?: unknown }).compiler = StringCompiler;
  host.JavaScriptCompiler = StringCompiler;
}

/** Real Handlebars, as the oracle (with text concatenation, see the top of this file). */
export function handlebarsEngine(helpers = TEST_HELPERS, partials = TEST_PARTIALS): Engine & { env: typeof Handlebars } {
  const env = Handlebars.create();
  stringConcatenation(env);
  for (const [name, helper] of Object.entries(helpers)) env.registerHelper(name, helper as Handlebars.HelperDelegate);
  for (const [name, source] of Object.entries(partials)) env.registerPartial(name, source);
  return { env, render: (source, context) => outcome(() => env.compile(source, HANDLEBARS_OPTIONS)(context)) };
}

/** Our interpreter. */
export function ourEngine(helpers = TEST_HELPERS, partials = TEST_PARTIALS): Engine & { env: Environment } {
  const env = createEnvironment();
  for (const [name, helper] of Object.entries(helpers)) env.registerHelper(name, helper);
  for (const [name, source] of Object.entries(partials)) env.registerPartial(name, source);
  return { env, render: (source, context) => outcome(() => env.compile(source)(context)) };
}
