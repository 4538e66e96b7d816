/**
 * Where the frontmatter is, by the rule that remark-frontmatter and Obsidian share: a `---` line
 * as the very first line (after a BOM) and the next `---` line closes it. Anything else (a `---`
 * later in the body, in a code block, an unclosed block) is not frontmatter.
 */
import type { OutlineFrontmatter } from './outline';

const FENCE = /^---[ \t]*$/;
/** A fence line. The first character is checked first: that is cheaper than running the pattern. */
const isFence = (line: string): boolean => line.charCodeAt(0) === 45 && FENCE.test(line);

/** The frontmatter's fence lines (1-based) in the note's lines, or null. */
export function findFrontmatter(lines: readonly string[]): OutlineFrontmatter | null {
  if (lines.length === 0 || !isFence(lines[0] ?? '')) return null;
  for (let i = 1; i < lines.length; i += 1) {
    if (isFence(lines[i] ?? '')) return { startLine: 1, endLine: i + 1 };
  }
  return null;
}

/**
 * True when the note's first line is a `---` fence that no later `---` line closes. Obsidian
 * reads such a note as having no frontmatter (the line is a horizontal rule); so does GROW Coach,
 * with a warning, and it writes nothing into it. `found`: what {@link findFrontmatter} gives for
 * these lines, when the caller has it already.
 */
export function hasUnclosedFrontmatter(lines: readonly string[], found: OutlineFrontmatter | null = findFrontmatter(lines)): boolean {
  return found === null && isFence(lines[0] ?? '');
}
