/**
 * The types the interpreter (`interpret.ts`) and the built-in helpers (`builtins.ts`) share: a
 * helper, its options, a block, the runtime. In a file of their own so that neither module
 * imports the other for them (no import circle).
 */
import type { Program, SourceLocation } from './ast';
import type { DataFrame } from './lookup';

/** What a helper may pass when it renders its block: a data frame and block parameter values. */
export interface BlockOptions {
  data?: DataFrame;
  blockParams?: readonly unknown[];
}

/** A block's body (or its `{{else}}`), rendered with a context: `options.fn(this)`. */
export type Block = (context: unknown, options?: BlockOptions) => string;

/** The last argument of every helper call, as in Handlebars. */
export interface HelperOptions {
  /** The helper's name as written. */
  name: string;
  /** The `key=value` arguments. */
  hash: Record<string, unknown>;
  /** The current data frame (`@index`, `@root`, …). */
  data: DataFrame;
  /** The block's body; only for a block (`{{#helper}}`). */
  fn?: Block;
  /** The block's `{{else}}` part; only for a block. */
  inverse?: Block;
  /** Where the call is in the template. */
  loc: SourceLocation | undefined;
  /** Own-property lookup, as the `lookup` helper uses it. */
  lookupProperty: (parent: unknown, name: string | number) => unknown;
}

/** A helper: positional arguments, then {@link HelperOptions}; `this` is the current context. */
export type Helper = (this: unknown, ...args: unknown[]) => unknown;

/** What the interpreter needs from its environment. */
export interface Runtime {
  helper(name: string): Helper | undefined;
  /** A registered partial, parsed; throws `HandlebarsError` when its source does not parse. */
  partial(name: string): Program | undefined;
}

