/**
 * `parseYaml` / `stringifyYaml` with the `yaml` package. Obsidian's dumper writes block style,
 * two-space indented sequences and no line folding; so does this.
 */
import { parse, stringify } from 'yaml';

export function parseYaml(text: string): unknown {
  return parse(text) as unknown;
}

export function stringifyYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, indentSeq: true });
}
