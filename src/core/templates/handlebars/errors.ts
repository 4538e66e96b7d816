/**
 * Errors that say which line of the template to fix.
 *
 * Handlebars reports a parse error with its line in the message ("Parse error on line 3: …"), but
 * a missing helper, a missing partial or an error thrown inside a helper without any. The
 * interpreter knows the node it was evaluating, so every error it raises carries that node's line.
 * An unclosed block is reported by the parser at the end of the file; the line that opens it is
 * the one a coach has to fix, so that is the line given.
 */
import type { SourceLocation } from './ast';

/** A template that cannot be parsed or rendered; `line` is 1-based, or null when unknown. */
export class HandlebarsError extends Error {
  override name = 'HandlebarsError';

  constructor(
    message: string,
    readonly line: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An error at `node`'s line; a {@link HandlebarsError} from deeper down keeps its own line. */
export function errorAt(node: { loc?: SourceLocation } | undefined, error: unknown): HandlebarsError {
  if (error instanceof HandlebarsError) return error;
  return new HandlebarsError(messageOf(error), node?.loc?.start.line ?? null, { cause: error });
}

/** An error inside partial `name`, reported at the `{{> name}}` that called it. */
export function errorInPartial(node: { loc?: SourceLocation }, name: string, error: unknown): HandlebarsError {
  const where = error instanceof HandlebarsError && error.line !== null ? ` (its line ${error.line})` : '';
  return new HandlebarsError(`in partial ${name}${where}: ${messageOf(error)}`, node.loc?.start.line ?? null, { cause: error });
}

/**
 * The line of the last block (`{{#if …}}`, `{{^x}}`) the source opens and never closes, skipping
 * comments. The parser only notices at the end of the file.
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

/** The parser's exception as a {@link HandlebarsError}, with the line to fix. */
export function parseError(error: unknown, source: string): HandlebarsError {
  const message = messageOf(error);
  let line: number | null = null;
  if (/got 'EOF'/.test(message) && /OPEN_ENDBLOCK/.test(message)) line = unclosedBlockLine(source);
  const lineNumber = typeof error === 'object' && error !== null ? (error as { lineNumber?: unknown }).lineNumber : undefined;
  if (line === null && typeof lineNumber === 'number') line = lineNumber;
  const stated = /\bon line (\d+)/.exec(message)?.[1];
  if (line === null && stated !== undefined) line = Number(stated);
  return new HandlebarsError(message, line, { cause: error });
}
