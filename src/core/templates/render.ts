/**
 * Renders GROW Coach templates: Handlebars syntax and semantics, run by our own interpreter of the
 * Handlebars AST (`handlebars/`), in an environment of its own, so no other plugin's helpers or
 * partials can leak in or be changed, and no template text is ever turned into code.
 *
 * Values are inserted as the coach wrote them: the environment does not HTML-escape (`noEscape`),
 * because a note is markdown, not HTML, and `&lt;b&gt;` in a note would be a corruption of the
 * client's name `<b>`. A substituted value is never evaluated again, so a client called `{{x}}`
 * stays `{{x}}`. Frontmatter values go through `{{yaml …}}`, line breaks are removed from names
 * (see `context.ts`), and notes are shown through Obsidian's sanitising renderer.
 *
 * A template that cannot be parsed or rendered gives a {@link TemplateError} naming its file
 * and line, before anything is written.
 */
import { joinVaultPath, safeFileName } from './file-names';
import { createEnvironment, HandlebarsError, type Environment } from './handlebars/environment';
import type { TemplateContext } from './context';
import { registerHelpers } from './helpers';
import { PARTIALS, type TemplateEntry } from './registry';

/** A template that cannot be used, with the file and (when known) the line to fix. */
export class TemplateError extends Error {
  override name = 'TemplateError';

  constructor(
    /** The template's file: a vault path, or `built-in:<lang>/<name>.hbs`. */
    readonly file: string,
    /** 1-based line in that file, or null when it is not known. */
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

/** A template environment with GROW Coach's helpers and partials and nothing else. */
export function createTemplateEnvironment(): Environment {
  const env = createEnvironment();
  registerHelpers(env);
  for (const [name, source] of Object.entries(PARTIALS)) env.registerPartial(name, source);
  return env;
}

let shared: Environment | null = null;

function environment(): Environment {
  shared ??= createTemplateEnvironment();
  return shared;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/** The parser's and interpreter's message, in words a coach can act on. */
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

function templateError(file: string, error: unknown): TemplateError {
  return new TemplateError(file, error instanceof HandlebarsError ? error.line : null, reasonOf(error));
}

/** A compiled template; the context is a `TemplateContext` (plus `name` for note names). */
type Compiled = (context: object) => string;

function compile(source: string, file: string): Compiled {
  let template: (context: unknown) => string;
  try {
    template = environment().compile(source);
  } catch (error) {
    throw templateError(file, error);
  }
  return (context) => {
    try {
      return template(context);
    } catch (error) {
      throw templateError(file, error);
    }
  };
}

/**
 * Checks that a template parses and uses only supported syntax, so a broken one can be reported
 * when the template folder is read (e.g. in a list), before a coach picks it. Throws
 * {@link TemplateError}.
 */
export function checkTemplate(entry: Pick<TemplateEntry, 'source' | 'file'>): void {
  compile(entry.source, entry.file);
}

/**
 * Renders a template. The result starts at its first non-blank line (frontmatter must be the
 * note's first line) and ends with one line break. Throws {@link TemplateError}.
 */
export function renderTemplate(entry: Pick<TemplateEntry, 'source' | 'file'>, context: TemplateContext): string {
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
