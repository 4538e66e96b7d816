/**
 * Parses a template with `@handlebars/parser` (the official Handlebars grammar, whitespace control
 * included) and checks that it stays within what the interpreter runs: the Handlebars 4 language
 * without decorators, inline partials and partial blocks. The parser also accepts a few newer
 * forms Handlebars 4 rejects (`(a=1)`, `(helper).field`); those are refused here, at the line
 * they are on, so a template that renders here renders the same in Handlebars.
 */
import { parse as parseSource } from '@handlebars/parser';
import type { Program } from './ast';
import { HandlebarsError, parseError } from './errors';

/** Node types that the interpreter evaluates. */
const SUPPORTED = new Set([
  'Program',
  'ContentStatement',
  'CommentStatement',
  'MustacheStatement',
  'BlockStatement',
  'PartialStatement',
  'SubExpression',
  'PathExpression',
  'StringLiteral',
  'NumberLiteral',
  'BooleanLiteral',
  'UndefinedLiteral',
  'NullLiteral',
  'Hash',
  'HashPair',
]);

const REFUSED: Readonly<Record<string, string>> = {
  PartialBlockStatement: 'partial blocks ({{#> name}}…{{/name}}) are not supported',
  DecoratorBlock: 'inline partials and decorators ({{#* …}}) are not supported',
  Decorator: 'decorators ({{* …}}) are not supported',
  HashLiteral: 'hash literals ((key=value) as a value) are not supported',
  ArrayLiteral: 'array literals are not supported',
};

/** The keys under which a node holds other nodes. */
const CHILDREN = ['body', 'program', 'inverse', 'path', 'params', 'hash', 'pairs', 'value', 'name'] as const;

interface RawNode {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

function isNode(value: unknown): value is RawNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function refuse(node: RawNode, reason: string): never {
  throw new HandlebarsError(reason, node.loc?.start.line ?? null);
}

function check(node: RawNode): void {
  if (!SUPPORTED.has(node.type)) refuse(node, REFUSED[node.type] ?? `${node.type} is not supported`);
  if (node.type === 'PathExpression') {
    const parts = node.parts;
    if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string')) refuse(node, 'a sub-expression followed by a path is not supported');
    return;
  }
  if ((node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') && isNode(node.path) && node.path.type === 'SubExpression') {
    refuse(node, 'a sub-expression cannot be called as a helper');
  }
  if (node.type === 'PartialStatement' && Array.isArray(node.params) && node.params.length > 1) {
    refuse(node, `Unsupported number of partial arguments: ${node.params.length}`);
  }
  for (const key of CHILDREN) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) check(item);
    } else if (isNode(child)) {
      check(child);
    }
  }
}

/**
 * The checked AST of a template. Throws {@link HandlebarsError} with the line of a syntax error
 * or of a construct that is not supported.
 */
export function parseTemplate(source: string, srcName?: string): Program {
  let ast: unknown;
  try {
    ast = parseSource(source, srcName === undefined ? undefined : { srcName });
  } catch (error) {
    throw parseError(error, source);
  }
  if (!isNode(ast)) throw new HandlebarsError('the parser returned no template', null);
  check(ast);
  return ast as unknown as Program;
}
