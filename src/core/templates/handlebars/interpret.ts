/**
 * Renders a parsed template by walking its AST, with the semantics of Handlebars 4.7 compiled with
 * `noEscape` and `preventIndent`. Handlebars compiles template text into JavaScript source and
 * runs it; this interpreter never turns template text or values into code, which keeps the plugin
 * small and a coach's templates data.
 *
 * The rules below follow Handlebars' compiler (`compiler.js`, `javascript-compiler.js`) and
 * runtime closely, quirks included, because a coach's template must render the same either way;
 * the differential test renders generated templates with both and compares. On purpose:
 * - a function in the context reads as absent and is never called (see `lookup.ts`);
 * - `options.fn` and `options.inverse` always return a string;
 * - an error says the line of the node it happened at, and errors inside a partial the line of
 *   the `{{> partial}}` that called it.
 */
import type { Call, Expression, Hash, Literal, PartialStatement, PathExpression, Program, Statement } from './ast';
import { blockHelperMissing, KNOWN_HELPERS, NULL_CONTEXT } from './builtins';
import { errorAt, errorInPartial } from './errors';
import { lookupProperty, ownCopy, type DataFrame } from './lookup';
import type { Block, Helper, HelperOptions, Runtime } from './types';

export type { Block, BlockOptions, Helper, HelperOptions, Runtime } from './types';


/** Block parameters (`as |x i|`) in scope, innermost first; lexical, as Handlebars compiles them. */
interface ParamScope {
  names: readonly string[];
  values: readonly unknown[];
  parent: ParamScope | null;
}

/** Where a program runs: Handlebars' `depth0`, `depths`, `data` and `blockParams`. */
interface Scope {
  context: unknown;
  /** The contexts `../` reaches: `depths[n]` is n levels up; kept only where `usesDepths`. */
  depths: readonly unknown[];
  /** Whether the running program uses `../` (then its blocks track `depths`). */
  usesDepths: boolean;
  data: DataFrame;
  params: ParamScope | null;
  runtime: Runtime;
}

const DEPTHS = new WeakMap<Program, boolean>();

/**
 * Whether a path in this program or any block inside it goes up with `../` (Handlebars'
 * `useDepths`); partials count for themselves. Only such a program keeps track of the contexts
 * `../` reaches, so only there a block compares its new context with the current one.
 */
function usesDepths(program: Program): boolean {
  let found = DEPTHS.get(program);
  if (found === undefined) {
    const visit = (value: unknown, key = ''): boolean => {
      if (Array.isArray(value)) return value.some((item) => visit(item));
      if (typeof value !== 'object' || value === null || key === 'loc') return false;
      const node = value as { type?: unknown; depth?: unknown };
      // A partial's static name is a name, not a path Handlebars evaluates.
      if (node.type === 'PathExpression') return key !== 'partialName' && typeof node.depth === 'number' && node.depth > 0;
      return Object.entries(value).some(([child, item]) => visit(item, node.type === 'PartialStatement' && child === 'name' ? 'partialName' : child));
    };
    found = visit(program);
    DEPTHS.set(program, found);
  }
  return found;
}

/** Renders `program` with `context`, as a top-level template (or a partial: same data, fresh depths). */
export function render(program: Program, context: unknown, runtime: Runtime, data: DataFrame = { root: context }): string {
  return run(program, { context, depths: [context], usesDepths: usesDepths(program), data, params: null, runtime });
}

function run(program: Program, scope: Scope): string {
  let out = '';
  for (const statement of program.body) out += evaluate(statement, scope);
  return out;
}

function evaluate(node: Statement, scope: Scope): string {
  switch (node.type) {
    case 'ContentStatement':
      return node.value;
    case 'CommentStatement':
      return '';
    case 'MustacheStatement':
    case 'BlockStatement':
      try {
        return text(call(node, scope));
      } catch (error) {
        throw errorAt(node, error);
      }
    case 'PartialStatement':
      // With `preventIndent`, a standalone partial's indent is written once, before it.
      return (node.indent ?? '') + partial(node, scope);
  }
}

/** How Handlebars appends a value: nothing for null and undefined, else its string. */
function text(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- as Handlebars: an object is `[object Object]`, an array `a,b`
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A block's body as `options.fn`: the context becomes `depth0`, and a new `../` level only when it
 * differs from the current one. Handlebars compares loosely here (`context != depths[0]`), and
 * only where the enclosing program uses `../`.
 */
function block(program: Program | undefined, outer: Scope): Block {
  if (program === undefined) return () => '';
  return (context, options = {}) => {
    const top = outer.depths[0];
    const changed = outer.usesDepths && context != top && !(context === NULL_CONTEXT && top === null);
    const names = program.blockParams ?? [];
    return run(program, {
      context,
      depths: changed ? [context, ...outer.depths] : outer.depths,
      usesDepths: usesDepths(program),
      data: options.data ?? outer.data,
      params: names.length > 0 ? { names, values: options.blockParams ?? [], parent: outer.params } : outer.params,
      runtime: outer.runtime,
    });
  };
}

/** A literal callee (`{{"a"}}`, `{{1}}`) reads as the path of that one name. */
function asPath(node: PathExpression | Literal): PathExpression {
  if (node.type === 'PathExpression') return node;
  const name = 'original' in node ? String(node.original) : 'undefined';
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc: node.loc };
}

/** `this.x`, `./x` and anything starting with `this` never name a helper or block parameter. */
function isScoped(path: PathExpression): boolean {
  return /^\.|this\b/.test(path.original);
}

/** One name, unscoped, no `../`: could be a helper. */
function isSimple(path: PathExpression): boolean {
  return path.parts.length === 1 && !isScoped(path) && path.depth === 0;
}

function blockParam(scope: Scope, name: string): { value: unknown } | undefined {
  for (let params = scope.params; params !== null; params = params.parent) {
    const index = params.names.indexOf(name);
    if (index >= 0) return { value: params.values[index] };
  }
  return undefined;
}

/**
 * Follows `parts` from `value`. A context path stops at null or undefined; a data path
 * (`falsy`) at any falsy value, which it then yields: `{{@index.x}}` on the first item is `0`.
 */
function follow(value: unknown, parts: readonly string[], from: number, falsy: boolean): unknown {
  let current = value;
  for (let i = from; i < parts.length; i++) {
    if (falsy ? !current : current === null || current === undefined) return current;
    current = lookupProperty(current, parts[i] ?? '');
  }
  return current;
}

function dataAt(data: DataFrame, depth: number): unknown {
  let frame: unknown = data;
  for (let up = depth; frame && up > 0; up--) frame = (frame as DataFrame)._parent;
  return frame;
}

/** A path's value, in Handlebars' order: block parameter, `this`/`..`, data variable, context. */
function pathValue(path: PathExpression, scope: Scope): unknown {
  const name = path.parts[0];
  if (path.depth === 0 && !isScoped(path) && name !== undefined) {
    const param = blockParam(scope, name);
    if (param !== undefined) return follow(param.value, path.parts, 1, false);
  }
  const context = path.depth === 0 ? scope.context : scope.depths[path.depth];
  if (!name) return context;
  if (path.data) return follow(dataAt(scope.data, path.depth), path.parts, 0, true);
  return follow(context, path.parts, 0, false);
}

function expression(node: Expression, scope: Scope): unknown {
  switch (node.type) {
    case 'PathExpression':
      return pathValue(node, scope);
    case 'SubExpression':
      return call(node, scope);
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return node.value;
    case 'UndefinedLiteral':
      return undefined;
    case 'NullLiteral':
      return null;
  }
}

/**
 * The `key=value` arguments. As Handlebars builds them: assigned last pair first (so the first of
 * two equal keys wins, and keys come in reverse order), a literal `undefined` value leaves its
 * key out, and `__proto__` is never a key.
 */
function hashOf(hash: Hash | undefined, scope: Scope): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (hash === undefined) return values;
  const chosen = new Map<string, Expression>();
  for (let i = hash.pairs.length - 1; i >= 0; i--) {
    const pair = hash.pairs[i];
    if (pair !== undefined) chosen.set(pair.key, pair.value);
  }
  for (const [key, value] of chosen) {
    if (value.type !== 'UndefinedLiteral' && key !== '__proto__') values[key] = expression(value, scope);
  }
  return values;
}

function helperOptions(node: Call, name: string, hash: Record<string, unknown>, scope: Scope): HelperOptions {
  const options: HelperOptions = { name, hash, data: scope.data, loc: node.loc, lookupProperty };
  if (node.type === 'BlockStatement') {
    options.fn = block(node.program, scope);
    options.inverse = block(node.inverse, scope);
  }
  return options;
}

/** A helper's `this`: the context, or a sealed empty object when there is none (as Handlebars). */
function self(scope: Scope): unknown {
  return scope.context === null || scope.context === undefined ? NULL_CONTEXT : scope.context;
}

function invoke(helper: Helper, scope: Scope, args: unknown[], node: Call): unknown {
  try {
    return helper.apply(self(scope), args);
  } catch (error) {
    throw errorAt(node, error);
  }
}

/**
 * A mustache, block or sub-expression, classified as Handlebars' compiler does:
 * - helper: it has arguments, or names a built-in helper: the helper is called; a missing one is an
 *   error when positional arguments were given (`{{nope x}}`) or a value has that name
 *   (`{{client x=1}}`), else it gives nothing;
 * - ambiguous: one plain name without arguments (`{{client}}`): a helper of that name, else the value;
 * - simple: a path (`this.a`, `../b`, `a.b`) or a block parameter: the value.
 * A block without a helper renders its body by the value (`blockHelperMissing`).
 */
function call(node: Call, scope: Scope): unknown {
  const path = asPath(node.path);
  const first = path.parts[0];
  const simple = isSimple(path);
  const isParam = simple && first !== undefined && blockParam(scope, first) !== undefined;
  const hasArguments = node.type === 'SubExpression' || node.params.length > 0 || node.hash !== undefined;
  const knownHelper = first !== undefined && KNOWN_HELPERS.has(first);
  if (!isParam && (hasArguments || (simple && knownHelper))) return helperCall(node, path, scope);
  if (!isParam && simple && first !== undefined) return ambiguousCall(node, first, path, scope);
  const value = pathValue(path, scope);
  if (node.type !== 'BlockStatement') return value;
  return blockHelperMissing.call(scope.context, value, helperOptions(node, path.original, {}, scope));
}

function helperCall(node: Call, path: PathExpression, scope: Scope): unknown {
  const first = path.parts[0];
  // Handlebars calls a built-in helper by the path's first name, whatever precedes it.
  const known = first !== undefined && KNOWN_HELPERS.has(first);
  const name = known ? first : path.original;
  const helper = known || isSimple(path) ? scope.runtime.helper(first ?? '') : undefined;
  const params = node.params.map((param) => expression(param, scope));
  const options = helperOptions(node, name, hashOf(node.hash, scope), scope);
  if (helper !== undefined) return invoke(helper, scope, [...params, options], node);
  // Handlebars would call the value at the path; it is never a function here, so it cannot be called.
  if (!known && pathValue(path, scope)) throw errorAt(node, new Error(`"${name}" is not a helper but a value`));
  if (params.length > 0) throw errorAt(node, new Error(`Missing helper: "${name}"`));
  return undefined;
}

function ambiguousCall(node: Call, name: string, path: PathExpression, scope: Scope): unknown {
  const helper = scope.runtime.helper(name);
  const options = helperOptions(node, name, {}, scope);
  if (helper !== undefined) return invoke(helper, scope, [options], node);
  const value = pathValue(path, scope);
  if (node.type !== 'BlockStatement') return value;
  return blockHelperMissing.call(scope.context, value, options);
}

/** The name a partial is registered under; a computed name that is falsy reads as "undefined". */
function partialName(node: PartialStatement, scope: Scope): string {
  if (node.name.type === 'SubExpression') {
    const value = call(node.name, scope);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- Handlebars uses any computed value as a key
    return value ? String(value) : 'undefined';
  }
  return 'original' in node.name ? String(node.name.original) : 'undefined';
}

/**
 * `{{> name}}`, `{{> name context}}`, `{{> name key=value}}`: the partial renders with the given
 * (or current) context, extended by the hash into a copy, and with the same data (`@root`,
 * `@index`); `../` and block parameters start afresh inside it, as in Handlebars. An error inside
 * the partial is reported at this line, the one the template's author can see.
 */
function partial(node: PartialStatement, scope: Scope): string {
  let name: string;
  let context: unknown;
  try {
    name = partialName(node, scope);
    const given = node.params[0] === undefined ? scope.context : expression(node.params[0], scope);
    context = node.hash === undefined ? given : ownCopy(given, hashOf(node.hash, scope));
  } catch (error) {
    throw errorAt(node, error);
  }
  try {
    const program = scope.runtime.partial(name);
    if (program !== undefined) return render(program, context, scope.runtime, scope.data);
  } catch (error) {
    throw errorInPartial(node, name, error);
  }
  throw errorAt(node, new Error(`The partial ${name} could not be found`));
}
