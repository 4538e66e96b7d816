/**
 * The helpers every template can use, built-in or the coach's own:
 * - `{{date}}` the session date; `{{date "D MMMM YYYY"}}`; `{{date "dddd D MMMM" offset="2w"}}`
 *   (the next session); `{{date "D MMMM" from=due}}` (another date from the context).
 * - `{{t "noOpenActions"}}` a shared phrase in the template's language.
 * - `{{yaml client}}` a YAML double-quoted string, so any value is valid, literal frontmatter.
 * - `{{wikilink file}}`, `{{wikilink clientNote client}}` an Obsidian link that cannot break.
 * - `{{cell goal}}` a value as one markdown table cell (one line, `|` escaped).
 *
 * Helpers return plain strings: the environment does not HTML-escape (see `render.ts`).
 */
import { stringify } from 'yaml';
import { addOffset, DateFormatError, formatDate } from './date-format';
import type { Environment } from './handlebars/environment';
import { isLanguage, isPhraseKey, phrase, PHRASES, type Language } from '../i18n';

/** The part of the helper options (`handlebars/interpret.ts`) the helpers read. */
interface HelperOptions {
  hash: Record<string, unknown>;
  data?: { root?: unknown };
}

function isOptions(value: unknown): value is HelperOptions {
  return typeof value === 'object' && value !== null && 'hash' in value && typeof value.hash === 'object';
}

/** Splits a helper call into its positional arguments and Handlebars' options object (always last). */
function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  const last = args[args.length - 1];
  return isOptions(last) ? { params: args.slice(0, -1), options: last } : { params: args, options: { hash: {} } };
}

/** A field of the render context's root (the values `buildTemplateContext` made). */
function rootField(options: HelperOptions, key: string): unknown {
  const root = options.data?.root;
  return typeof root === 'object' && root !== null ? (root as Record<string, unknown>)[key] : undefined;
}

function languageOf(options: HelperOptions): Language {
  const fromHash = options.hash.lang;
  if (isLanguage(fromHash)) return fromHash;
  const fromRoot = rootField(options, 'language');
  return isLanguage(fromRoot) ? fromRoot : 'nl';
}

/**
 * A helper's complaint about what the template wrote (an unknown phrase, an offset it cannot
 * read). `literal` is the offending value; the interpreter adds the line of the call.
 */
export class HelperError extends Error {
  override name = 'HelperError';

  constructor(readonly helper: string, readonly literal: string, message: string) {
    super(message);
  }
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * `{{date [format] [offset="2w"] [from=due] [lang="en"]}}`; the offset may also be the second
 * argument, `{{date "D MMMM YYYY" "2w"}}`. An absent `from` value gives ''.
 */
function dateHelper(...args: unknown[]): string {
  const { params, options } = split(args);
  const hasFrom = Object.prototype.hasOwnProperty.call(options.hash, 'from');
  const base = hasFrom ? text(options.hash.from) : text(rootField(options, 'date'));
  if (base === '') return '';
  const offset = Object.prototype.hasOwnProperty.call(options.hash, 'offset') ? text(options.hash.offset) : text(params[1]);
  try {
    const shifted = addOffset(base, offset);
    const format = text(params[0]);
    return format === '' ? shifted : formatDate(shifted, format, languageOf(options));
  } catch (error) {
    if (!(error instanceof DateFormatError)) throw error;
    const literal = error.message.includes('offset') ? offset : hasFrom ? base : '';
    throw new HelperError('date', literal, `date: ${error.message}`);
  }
}

/** `{{t "key"}}`: one of the shared phrases, in the context's language (or `lang="en"`). */
function translateHelper(...args: unknown[]): string {
  const { params, options } = split(args);
  const key = text(params[0]);
  if (!isPhraseKey(key)) {
    throw new HelperError('t', key, `t: unknown phrase "${key}"; known phrases: ${Object.keys(PHRASES).join(', ')}`);
  }
  return phrase(key, languageOf(options));
}

/**
 * A YAML double-quoted scalar. Frontmatter values come from the coach's input (a client called
 * `a"b` or `x: y # z`), so they are never written bare: the result always parses back to the
 * same string.
 */
export function yamlString(value: string): string {
  return stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0, minContentWidth: 0 }).trimEnd();
}

/** Characters that end or split an Obsidian link, and line breaks. */
const LINK_BREAKERS = /[[\]|#^\r\n\u2028\u2029]/g;

/**
 * `[[target]]`, or `[[target|display]]` when the display text differs. `.md` is dropped from the
 * target; a path shows only its file name. Characters that would break the link are removed.
 */
export function wikilink(target: string, display?: string): string {
  const clean = target.replace(/\.md$/i, '').replace(LINK_BREAKERS, ' ').replace(/\s+/g, ' ').trim();
  const shown = (display ?? clean.split('/').pop() ?? clean).replace(LINK_BREAKERS, ' ').replace(/\s+/g, ' ').trim();
  return shown === '' || shown === clean ? `[[${clean}]]` : `[[${clean}|${shown}]]`;
}

function yamlHelper(...args: unknown[]): string {
  const { params } = split(args);
  return yamlString(text(params[0]));
}

function wikilinkHelper(...args: unknown[]): string {
  const { params } = split(args);
  const display = params.length > 1 ? text(params[1]) : undefined;
  return wikilink(text(params[0]), display);
}

/**
 * `{{cell goal}}`: a value as one cell of a markdown table row: on one line, with `|` escaped,
 * so a goal that holds a pipe or a line break cannot split or end the row.
 */
export function tableCell(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\\?\|/g, '\\|');
}

function cellHelper(...args: unknown[]): string {
  const { params } = split(args);
  return tableCell(text(params[0]));
}

/** The names of the helpers, for the README and error messages. */
export const HELPER_NAMES = ['date', 't', 'yaml', 'wikilink', 'cell'] as const;

/** Registers the helpers on an isolated template environment (never a shared one). */
export function registerHelpers(env: Pick<Environment, 'registerHelper'>): void {
  env.registerHelper('date', dateHelper);
  env.registerHelper('t', translateHelper);
  env.registerHelper('yaml', yamlHelper);
  env.registerHelper('wikilink', wikilinkHelper);
  env.registerHelper('cell', cellHelper);
}
