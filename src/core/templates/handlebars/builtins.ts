/**
 * Handlebars' built-in helpers, with Handlebars 4.7's behaviour: `if`, `unless`, `each`, `with`,
 * `lookup`, `log`, and `blockHelperMissing`, which decides what `{{#value}}…{{/value}}` does when
 * no helper has that name. Values are read through `lookupProperty` (own properties only), and a
 * function is never called as a value.
 *
 * Two choices of our own: `log` renders nothing and prints nothing (Handlebars writes to the
 * console), and `each` walks arrays and plain objects but not other iterables (Map, Set), which a
 * template context built from notes never holds.
 */
import type { Block, BlockOptions, Helper, HelperOptions } from './types';
import { createFrame, lookupProperty } from './lookup';

/** The names Handlebars' compiler treats as helpers even without arguments (`{{#if}}` is a call). */
export const KNOWN_HELPERS: ReadonlySet<string> = new Set(['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup']);

/** A helper's `this` when the context is null or undefined, as Handlebars' `nullContext`. */
export const NULL_CONTEXT: object = Object.seal({});

function optionsOf(args: readonly unknown[]): HelperOptions {
  return args[args.length - 1] as HelperOptions;
}

/** The options of a built-in block helper; used without a block (`{{if x}}`) it is an error, as in Handlebars. */
function blockOptionsOf(args: readonly unknown[], name: string): HelperOptions & { fn: Block; inverse: Block } {
  const options = optionsOf(args);
  if (options.fn === undefined || options.inverse === undefined) throw new Error(`${name} needs a block: {{#${name} …}}…{{/${name}}}`);
  return options as HelperOptions & { fn: Block; inverse: Block };
}

function renderBlock(block: Block | undefined, context: unknown, options?: BlockOptions): string {
  return block === undefined ? '' : block(context, options);
}

/** Handlebars' `isEmpty`: falsy but not 0, or an empty array. */
function isEmpty(value: unknown): boolean {
  return (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
}

function ifHelper(this: unknown, ...args: unknown[]): string {
  if (args.length !== 2) throw new Error('#if requires exactly one argument');
  const [conditional] = args;
  const options = blockOptionsOf(args, 'if');
  if ((!options.hash.includeZero && !conditional) || isEmpty(conditional)) return renderBlock(options.inverse, this);
  return renderBlock(options.fn, this);
}

function unlessHelper(this: unknown, ...args: unknown[]): string {
  if (args.length !== 2) throw new Error('#unless requires exactly one argument');
  const options = blockOptionsOf(args, 'unless');
  return ifHelper.call(this, args[0], { ...options, fn: options.inverse, inverse: options.fn });
}

function withHelper(this: unknown, ...args: unknown[]): string {
  if (args.length !== 2) throw new Error('#with requires exactly one argument');
  const [context] = args;
  const options = blockOptionsOf(args, 'with');
  if (isEmpty(context)) return renderBlock(options.inverse, this);
  return renderBlock(options.fn, context, { data: options.data, blockParams: [context] });
}

/**
 * `{{#each list}}`: the body once per array item (holes skipped) or own key of an object, with
 * `@index`, `@key`, `@first`, `@last` and block parameters `as |item key|`; else the `{{else}}`.
 */
function eachHelper(this: unknown, ...args: unknown[]): string {
  if (args.length < 2) throw new Error('Must pass iterator to #each');
  const [list] = args;
  const options = blockOptionsOf(args, 'each');
  const data = createFrame(options.data);
  let count = 0;
  let out = '';
  const iteration = (key: string | number, index: number, last: boolean, value: unknown): void => {
    data.key = key;
    data.index = index;
    data.first = index === 0;
    data.last = last;
    out += renderBlock(options.fn, value, { data, blockParams: [value, key] });
  };
  if (Array.isArray(list)) {
    for (; count < list.length; count++) if (count in list) iteration(count, count, count === list.length - 1, lookupProperty(list, count));
  } else if (typeof list === 'object' && list !== null) {
    const keys = Object.keys(list);
    for (; count < keys.length; count++) {
      const key = keys[count] ?? '';
      iteration(key, count, count === keys.length - 1, lookupProperty(list, key));
    }
  }
  return count === 0 ? renderBlock(options.inverse, this) : out;
}

/** `{{lookup value key}}`: one own property, by a computed name. */
function lookupHelper(...args: unknown[]): unknown {
  const [value, key] = args;
  if (!value) return value;
  if (args.length !== 3) throw new Error('lookup needs a value and a key');
  return lookupProperty(value, typeof key === 'number' ? key : String(key));
}

/** `{{log …}}` renders nothing; GROW Coach does not write to the console from a template. */
function logHelper(): undefined {
  return undefined;
}

/**
 * What `{{#value}}…{{/value}}` does without a helper of that name: `true` renders the body, `false`
 * and nothing the `{{else}}`, an array each item (`{{else}}` when empty), any other value the body
 * with that value as context. `this` is the context the block stands in (null stays null).
 */
export function blockHelperMissing(this: unknown, value: unknown, options: HelperOptions): unknown {
  if (value === true) return renderBlock(options.fn, this);
  if (value === false || value === null || value === undefined) return renderBlock(options.inverse, this);
  if (Array.isArray(value)) return value.length > 0 ? eachHelper.call(undefined, value, options) : renderBlock(options.inverse, this);
  return renderBlock(options.fn, value, options);
}

/** The built-in helpers an environment starts with. */
export const BUILT_IN_HELPERS: ReadonlyMap<string, Helper> = new Map<string, Helper>([
  ['if', ifHelper],
  ['unless', unlessHelper],
  ['with', withHelper],
  ['each', eachHelper],
  ['lookup', lookupHelper],
  ['log', logHelper],
]);
