/**
 * How a template reads values: only a value's own properties, never what it inherits.
 *
 * Handlebars 4.6+ denies prototype access by default (`{{constructor}}`, `{{__proto__}}`,
 * `{{name.toUpperCase}}` give nothing), because the prototype chain leads to `Function` and so to
 * running code. GROW Coach goes one step further: a function is never a template value, so one
 * found in the context reads as absent and is never called (Handlebars would call it as a
 * "lambda"). Note contents are data; nothing a template reads can make code run.
 */

/** A data frame: `@index`, `@key`, `@first`, `@last`, `@root`, and `_parent` for `@../index`. */
export type DataFrame = Record<string, unknown>;

/**
 * `parent[name]` if `parent` has it as an own property and it is not a function, else undefined.
 * Strings and arrays have `length` and their indexes as own properties, as in Handlebars.
 */
export function lookupProperty(parent: unknown, name: string | number): unknown {
  if (parent === null || parent === undefined) return undefined;
  if (!Object.prototype.hasOwnProperty.call(parent, name)) return undefined;
  const value: unknown = (parent as Record<string | number, unknown>)[name];
  return typeof value === 'function' ? undefined : value;
}

/**
 * A new object with the own enumerable properties of each source in turn (later ones win), as
 * Handlebars' `extend`; `__proto__` is skipped, so no source can change the copy's prototype.
 */
export function ownCopy(...sources: unknown[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const source of sources) {
    if (source === null || source === undefined) continue;
    const from = Object(source) as Record<string, unknown>;
    for (const key of Object.keys(from)) if (key !== '__proto__') copy[key] = from[key];
  }
  return copy;
}

/** A child data frame, as Handlebars' `createFrame`: a copy with `_parent` pointing back. */
export function createFrame(parent: DataFrame): DataFrame {
  const frame = ownCopy(parent);
  frame._parent = parent;
  return frame;
}
