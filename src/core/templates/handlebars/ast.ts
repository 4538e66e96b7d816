/**
 * The part of the Handlebars AST (as `@handlebars/parser` produces it) that GROW Coach runs.
 *
 * The parser's own `.d.ts` types every statement as a plain `Node` without a discriminant, which
 * would leave the interpreter full of casts. These types narrow it to the subset Handlebars 4
 * renders without decorators or partial blocks; `handlebars/parse.ts` checks a parsed template against this
 * subset once, so the interpreter can trust the shapes below.
 */

export interface Position {
  /** 1-based, as in the parser's error messages. */
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

interface Located {
  /** Absent only on an empty program. */
  loc?: SourceLocation;
}

export interface Program extends Located {
  type: 'Program';
  body: Statement[];
  /** The names a block declares with `as |x i|`. */
  blockParams?: string[];
}

export type Statement = ContentStatement | CommentStatement | MustacheStatement | BlockStatement | PartialStatement;

export interface ContentStatement extends Located {
  type: 'ContentStatement';
  /** The text after whitespace control (`~`, standalone lines). */
  value: string;
}

export interface CommentStatement extends Located {
  type: 'CommentStatement';
}

interface CallParts extends Located {
  /** A literal callee (`{{"name"}}`) is read as a path of that one name, as Handlebars does. */
  path: PathExpression | Literal;
  params: Expression[];
  /** Absent when the call has no `key=value` pairs. */
  hash?: Hash;
}

/** `{{x}}`, `{{{x}}}`, `{{&x}}`: the same under `noEscape`. */
export interface MustacheStatement extends CallParts {
  type: 'MustacheStatement';
}

/** `{{#x}}…{{else}}…{{/x}}`; `{{^x}}…{{/x}}` has only an inverse. */
export interface BlockStatement extends CallParts {
  type: 'BlockStatement';
  program?: Program;
  inverse?: Program;
}

export interface SubExpression extends CallParts {
  type: 'SubExpression';
}

export interface PartialStatement extends Located {
  type: 'PartialStatement';
  /** A static name, or `(expr)` for a name computed at run time. */
  name: PathExpression | SubExpression | Literal;
  /** At most one: the partial's context. */
  params: Expression[];
  hash?: Hash;
  /** The white space before a partial that stands alone on its line. */
  indent?: string;
}

export interface PathExpression extends Located {
  type: 'PathExpression';
  /** `@name`: a data variable (`@index`, `@root`). */
  data: boolean;
  /** The number of `../` steps. */
  depth: number;
  /** The names after `this`/`..`, e.g. `a.b` → `['a', 'b']`; `this` → `[]`. */
  parts: string[];
  /** The path as written (without brackets), e.g. `this.a`, `../b`, `@root.c`. */
  original: string;
}

export interface StringLiteral extends Located {
  type: 'StringLiteral';
  value: string;
  original: string;
}

export interface NumberLiteral extends Located {
  type: 'NumberLiteral';
  value: number;
  original: number;
}

export interface BooleanLiteral extends Located {
  type: 'BooleanLiteral';
  value: boolean;
  original: boolean;
}

export interface UndefinedLiteral extends Located {
  type: 'UndefinedLiteral';
}

export interface NullLiteral extends Located {
  type: 'NullLiteral';
}

export type Literal = StringLiteral | NumberLiteral | BooleanLiteral | UndefinedLiteral | NullLiteral;

export type Expression = PathExpression | SubExpression | Literal;

export interface Hash extends Located {
  type: 'Hash';
  pairs: HashPair[];
}

export interface HashPair extends Located {
  type: 'HashPair';
  key: string;
  value: Expression;
}

/** What evaluates like a helper call: a mustache, a block or a sub-expression. */
export type Call = MustacheStatement | BlockStatement | SubExpression;
