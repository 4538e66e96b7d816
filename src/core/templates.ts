/**
 * Renders GROW Coach templates with Handlebars, in an environment of its own
 * (`Handlebars.create()`), so no other plugin's helpers or partials can leak in or be changed.
 *
 * Values are inserted as the coach wrote them: the environment does not HTML-escape (`noEscape`),
 * because a note is markdown, not HTML, and `&lt;b&gt;` in a note would be a corruption of the
 * client's name `<b>`. Handlebars never evaluates a substituted value again, so a client called
 * `{{x}}` stays `{{x}}`. Frontmatter values go through `{{yaml …}}`, line breaks are removed from
 * names (see `template-context.ts`), and notes are shown through Obsidian's sanitising renderer.
 *
 * A template that cannot be compiled or rendered gives a {@link TemplateError} naming its file
 * and line, before anything is written.
 */
import Handlebars from 'handlebars';
import { joinVaultPath, safeFileName } from './file-names';
import type { TemplateContext } from './template-context';
import { HelperError, registerHelpers } from './template-helpers';
import { findUsage } from './template-locate';
import { PARTIALS, type TemplateEntry } from './template-registry';

type HandlebarsEnv = typeof Handlebars;

/** A template that cannot be used, with the file and (when known) the line to fix. */
export class TemplateError extends Error {
  override name = 'TemplateError';

  constructor(
    /** The template's file: a vault path, or `built-in:<lang>/<name>.hbs`. */
    readonly file: string,
    /** 1-based line in that file, or null when Handlebars does not say. */
    readonly line: number | null,
    /** What is wrong, in Handlebars' words. */
    readonly reason: string,
  ) {
    super(
      `${file}${line === null ? '' : `:${line}`}: template error${line === null ? '' : ` on line ${line}`}: ${reason}. ` +
        'Fix the template, or remove it from the template folder to use the built-in one.',
    );
  }
}

/** A Handlebars environment with GROW Coach's helpers and partials and nothing else. */
export function createTemplateEnvironment(): HandlebarsEnv {
  const env = Handlebars.create();
  registerHelpers(env);
  for (const [name, source] of Object.entries(PARTIALS)) env.registerPartial(name, source);
  return env;
}

let shared: HandlebarsEnv | null = null;

function environment(): HandlebarsEnv {
  shared ??= createTemplateEnvironment();
  return shared;
}

const COMPILE_OPTIONS = { noEscape: true, preventIndent: true } as const;

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/**
 * The line of the last block (`{{#if …}}`, `{{^x}}`) the source opens and never closes. Handlebars
 * notices only at the end of the file, but the coach has to fix the opening line.
 */
function unclosedBlockLine(source: string): number | null {
  const stack: number[] = [];
  const tag = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*[^\s}~]/g;
  for (const match of source.matchAll(tag)) {
    if (match[1] === undefined) continue;
    const line = source.slice(0, match.index).split('\n').length;
    if (match[1] === '/') stack.pop();
    else stack.push(line);
  }
  return stack[stack.length - 1] ?? null;
}

/** Handlebars reports parse errors as text ("Parse error on line 3: …") and others with `lineNumber`. */
function lineOf(error: unknown, source?: string): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const message = (error as { message?: unknown }).message;
  if (source !== undefined && typeof message === 'string' && /got 'EOF'/.test(message) && /OPEN_ENDBLOCK/.test(message)) {
    const opened = unclosedBlockLine(source);
    if (opened !== null) return opened;
  }
  const withLine = error as { lineNumber?: unknown; message?: unknown };
  if (typeof withLine.lineNumber === 'number') return withLine.lineNumber;
  const match = typeof withLine.message === 'string' ? /\bon line (\d+)/.exec(withLine.message) : null;
  return match?.[1] ? Number(match[1]) : null;
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const message = error.message;
  if (message.startsWith('Parse error') && /got 'EOF'/.test(message) && /OPEN_ENDBLOCK/.test(message)) {
    return 'this {{#…}} block is never closed: add its {{/…}}';
  }
  if (message.startsWith('Parse error')) {
    const expecting = /Expecting (.*?), got (.*)$/m.exec(message);
    return expecting ? `the template's {{…}} syntax is broken here (expected ${expecting[1]}, got ${expecting[2]})` : firstLine(message);
  }
  return firstLine(message).replace(/ - \d+:\d+$/, '');
}

/** Finds the line of a runtime error that Handlebars reports without one (a missing helper or partial). */
function runtimeLine(source: string, error: unknown): number | null {
  const direct = lineOf(error);
  if (direct !== null) return direct;
  const message = error instanceof Error ? error.message : '';
  const helper = /^Missing helper: "(.+)"/.exec(message)?.[1];
  if (helper !== undefined) return findUsage(source, { helper });
  const partial = /^The partial (.+) could not be found/.exec(message)?.[1];
  if (partial !== undefined) return findUsage(source, { partial });
  if (error instanceof HelperError) return findUsage(source, { helper: error.helper, literal: error.literal });
  return null;
}

/** A compiled template; the context is a `TemplateContext` (plus `name` for note names). */
type Compiled = (context: object) => string;

function compile(source: string, file: string): Compiled {
  const env = environment();
  try {
    env.parse(source);
    const template = env.compile<object>(source, COMPILE_OPTIONS);
    return (context) => {
      try {
        return template(context);
      } catch (error) {
        throw new TemplateError(file, runtimeLine(source, error), reasonOf(error));
      }
    };
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError(file, lineOf(error, source), reasonOf(error));
  }
}

/**
 * Checks that a template compiles, so a broken one can be reported when the template folder is
 * read (e.g. in a list), before a coach picks it. Throws {@link TemplateError}.
 */
export function checkTemplate(entry: Pick<TemplateEntry, 'source' | 'file'>): void {
  const env = environment();
  try {
    env.precompile(entry.source, COMPILE_OPTIONS);
  } catch (error) {
    throw new TemplateError(entry.file, lineOf(error, entry.source), reasonOf(error));
  }
}

/**
 * Renders a template. The result starts at its first non-blank line (frontmatter must be the
 * note's first line) and ends with one line break. Throws {@link TemplateError}.
 */
export function renderTemplate(entry: Pick<TemplateEntry, 'source' | 'file'>, context: TemplateContext): string {
  checkTemplate(entry);
  const text = compile(entry.source, entry.file)(context);
  // Blank lines go at both ends; a last line's trailing space stays (`- [ ] ` is ready to type in).
  return `${text.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/(?:\r?\n[ \t]*)+$/, '')}\n`;
}

/** The folder new coaching notes go in by default (the coaching-note rule's folder). */
export const DEFAULT_NOTE_FOLDER = 'Coaching';

/**
 * Where a new note from `entry` goes: `<folder>/<client>/<note name>.md`, both names made safe.
 * The note name comes from the template's `noteName` header (e.g. `{{date}} sessie
 * {{sessionNumber}}`), else `<date> <template name>`. Pass the result to `uniquePath`.
 */
export function newNotePath(entry: Pick<TemplateEntry, 'noteName' | 'name' | 'file'>, context: TemplateContext, folder: string = DEFAULT_NOTE_FOLDER): string {
  const pattern = entry.noteName ?? '{{date}} {{name}}';
  const rendered = compile(pattern, `${entry.file} (noteName)`)({ ...context, name: entry.name });
  const fileName = safeFileName(rendered, `${context.date} ${safeFileName(entry.name, 'note')}`);
  return `${joinVaultPath(folder, context.clientNote, fileName)}.md`;
}
