/**
 * Finds the line of a helper or partial call in a template's source. Handlebars reports a missing
 * helper or partial, and an error thrown inside a helper, without a line; a coach editing their
 * own template needs the line to fix it.
 */
import Handlebars from 'handlebars';

/** A private environment, used only to parse (the global instance stays untouched). */
const parser = Handlebars.create();

/** What to look for: a helper (optionally the call with this string argument) or a partial. */
export interface UsageQuery {
  helper?: string;
  partial?: string;
  /** A string literal the call passes (positional or `key="…"`); '' or absent matches any. */
  literal?: string;
}

interface AstNode {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function pathName(node: unknown): string | null {
  return isNode(node) && node.type === 'PathExpression' && typeof node.original === 'string' ? node.original : null;
}

function literals(node: AstNode): string[] {
  const out: string[] = [];
  const params = Array.isArray(node.params) ? (node.params as unknown[]) : [];
  const hash = isNode(node.hash) && Array.isArray(node.hash.pairs) ? (node.hash.pairs as unknown[]) : [];
  const values = [...params, ...hash.map((pair) => (isNode(pair) ? pair.value : undefined))];
  for (const value of values) if (isNode(value) && value.type === 'StringLiteral' && typeof value.value === 'string') out.push(value.value);
  return out;
}

function matches(node: AstNode, query: UsageQuery): boolean {
  if (query.partial !== undefined && (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement')) {
    const name = isNode(node.name) ? (pathName(node.name) ?? (typeof node.name.value === 'string' ? node.name.value : null)) : null;
    return name === query.partial;
  }
  if (query.helper !== undefined && (node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression')) {
    if (pathName(node.path) !== query.helper) return false;
    return query.literal === undefined || query.literal === '' || literals(node).includes(query.literal);
  }
  return false;
}

/** The 1-based line of the first matching call, or null (also when the source does not parse). */
export function findUsage(source: string, query: UsageQuery): number | null {
  let root: unknown;
  try {
    root = parser.parse(source);
  } catch {
    return null;
  }
  let found: number | null = null;
  const visit = (value: unknown): void => {
    if (found !== null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    if (matches(value, query)) {
      found = value.loc?.start.line ?? null;
      if (found !== null) return;
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'loc') visit(child);
  };
  visit(root);
  return found;
}
