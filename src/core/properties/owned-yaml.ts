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

/** The lines (without line endings) that write `key: value`, each prefixed by `indent`. */
export function renderProperty(prop: OwnedProperty, indent: string): string[] {
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
