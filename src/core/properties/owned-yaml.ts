/**
 * How one owned key is written as YAML and how an existing value is compared with it. Writing goes
 * through the `yaml` package (so quoting and block scalars are always valid YAML); comparing is
 * semantic, so a value the coach or another tool wrote in a different but equal style (quoted,
 * flow list) counts as unchanged and is left alone.
 */
import { Document, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { OwnedProperty, OwnedValue } from './owned-keys';

/**
 * True when a YAML 1.1 reader (older tools, where `yes`, `on` and `1:20` mean something else)
 * reads the text, as GROW Coach would write it, as the same string.
 */
function plainIsSafe(text: string): boolean {
  const doc = parseDocument(new Document(text).toString({ lineWidth: 0 }), { version: '1.1' });
  return doc.errors.length === 0 && isScalar(doc.contents) && doc.contents.value === text;
}

/**
 * The characters of text that the yaml package writes as it is on one line: letters, marks,
 * digits, symbols (emoji such as 📅), quiet punctuation and brackets (a wikilink); no quotes,
 * `\`, `|`, `>`, `*`, `@` or backquote. Single spaces between them.
 */
const QUIET = "\\p{L}\\p{M}\\p{N}\\p{So}.,;!?()[\\]/+&%€'’-";
/** Such text with a letter first: YAML 1.1 and 1.2 both read it back, written plain, as the same string. */
const SURELY_PLAIN = new RegExp(`^\\p{L}(?:[${QUIET}]| (?! ))*$`, 'u');
/** The same with `:` and `#`, which the package writes in double quotes as it is when `: `, ` #` or a final `:` forbids plain. */
const SURELY_QUOTED = new RegExp(`^\\p{L}(?:[:#${QUIET}]| (?! ))*$`, 'u');
/** A line of text the yaml package writes as it is inside a literal block (`|-`). */
const BLOCK_LINE = /^(?:[^\p{C}\p{Zl}\p{Zp}\s]|[ ](?! *$))*$/u;
/** Words YAML 1.1 or 1.2 reads as a boolean or null, whatever their case. */
const RESERVED = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
/** An exponent alone (`e5`), which the yaml package's YAML 1.1 schema reads as a number. */
const EXPONENT = /^[eE][-+]?\d+$/;

/** True when the yaml package writes `text` (several lines) as a `|-` block of exactly its lines. */
function surelyBlock(text: string): boolean {
  if (text.length > 20_000 || text.startsWith(' ') || text.startsWith('\n') || text.endsWith('\n')) return false;
  return text.split('\n').every((line) => BLOCK_LINE.test(line));
}

/** A one-line text as the yaml package writes it, or null where only the package knows. */
function inlineText(text: string): string | null {
  if (text.length > 500 || text.endsWith(' ')) return null;
  if (SURELY_PLAIN.test(text) && !RESERVED.has(text.toLowerCase()) && !EXPONENT.test(text)) return text;
  const needsQuotes = text.includes(': ') || text.includes(' #') || text.endsWith(':');
  return needsQuotes && SURELY_QUOTED.test(text) ? `"${text}"` : null;
}

/**
 * The lines that write `text` after `head` (`key:` or a list's `-`): on the same line, or as a `|-`
 * block indented by `indent`; null where only the yaml package knows how.
 */
function textLines(head: string, text: string, indent: string): string[] | null {
  if (text.includes('\n')) return surelyBlock(text) ? [`${head} |-`, ...text.split('\n').map((line) => (line.length > 0 ? indent + line : ''))] : null;
  const inline = inlineText(text);
  return inline === null ? null : [`${head} ${inline}`];
}

/** A number the yaml package writes as `String(n)`: an integer or a short decimal. */
function plainNumber(n: number): boolean {
  return Number.isFinite(n) && !Object.is(n, -0) && Math.abs(n) < 1e15 && /^-?\d+(?:\.\d+)?$/.test(String(n));
}

/**
 * {@link renderProperty} without the yaml package, for the values most notes have (plain text,
 * lists of plain text, numbers, dates); null for any other value, which the yaml package writes.
 * `test/core/properties/write-fast.test.ts` holds the two equal over many values.
 */
export function renderPropertyFast(prop: OwnedProperty, indent: string): string[] | null {
  const { key, value } = prop;
  switch (value.kind) {
    case 'number':
      return plainNumber(value.value) ? [`${indent}${key}: ${String(value.value)}`] : null;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value.value) ? [`${indent}${key}: ${value.value}`] : null;
    case 'text':
      return textLines(`${indent}${key}:`, value.value, `${indent}  `);
    case 'list': {
      if (value.value.length === 0) return null;
      const lines = [`${indent}${key}:`];
      for (const item of value.value) {
        const itemLines = textLines(`${indent}  -`, item, `${indent}    `);
        if (itemLines === null) return null;
        lines.push(...itemLines);
      }
      return lines;
    }
  }
}

/** The lines (without line endings) that write `key: value`, each prefixed by `indent`. */
export function renderProperty(prop: OwnedProperty, indent: string): string[] {
  return renderPropertyFast(prop, indent) ?? renderPropertyWithYaml(prop, indent);
}

/** {@link renderProperty} through the yaml package: any value, always valid YAML. */
export function renderPropertyWithYaml(prop: OwnedProperty, indent: string): string[] {
  const doc = new Document({ [prop.key]: prop.value.value });
  const node = doc.get(prop.key, true);
  if (prop.value.kind === 'text' || prop.value.kind === 'list') {
    for (const scalar of isSeq(node) ? node.items : [node]) {
      if (!isScalar(scalar) || typeof scalar.value !== 'string') continue;
      // Text with a line break becomes a literal block scalar (`|-`): markdown stays readable.
      if (scalar.value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
      else if (!plainIsSafe(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
    }
  }
  return doc
    .toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true })
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line.length > 0 ? indent + line : line));
}

/** True when the existing YAML node already holds exactly this value (style aside). */
export function nodeMatches(node: unknown, value: OwnedValue): boolean {
  switch (value.kind) {
    case 'text':
    case 'date':
      return isScalar(node) && node.value === value.value;
    case 'number':
      return isScalar(node) && typeof node.value === 'number' && node.value === value.value;
    case 'list':
      return isSeq(node) && node.items.length === value.value.length && node.items.every((item, i) => isScalar(item) && item.value === value.value[i]);
  }
}
