/**
 * What the coach marked as shareable with the sponsor (issue 15): a section under a heading such as
 * `## Voor de opdrachtgever` / `## For the sponsor`, or a `> [!share]` callout. Nothing else of a
 * note ever reaches the sponsor summary.
 *
 * A shared section ends at the next heading of its level or higher, and also at any heading that
 * names a GROW phase, the observations or the coach's reflection, so a `### Reality` written below
 * it never becomes part of it. Inside it, prompts in other callouts, HTML and `%%` comments and
 * task items (action texts) are left out. Only top-level blocks count, as the outline gives them.
 */
import { headingPhase, normalizeHeading } from '../note/vocabulary';
import type { Outline, OutlineBlock } from '../note/outline';

/** Headings that open a shared section, lower case, as they start after their decoration. */
export const SHARE_HEADINGS: readonly string[] = [
  'voor de opdrachtgever',
  'voor opdrachtgever',
  'voor de sponsor',
  'for the sponsor',
  'for the commissioner',
  'shareable',
  'deelbaar',
  'te delen',
];

/** Headings that always end a shared section (besides the GROW phases). */
const CONFIDENTIAL_HEADINGS: readonly string[] = ['observ', 'reflectie', 'reflection', 'coach', 'notities', 'notes', 'aantekeningen'];

const SHARE_CALLOUT = /^[ \t]{0,3}>[ \t]*\[!share\][+-]?[ \t]*(.*)$/i;
const OTHER_CALLOUT = /^[ \t]{0,3}>[ \t]*\[![^\]]*\]/;
const QUOTE_PREFIX = /^[ \t]{0,3}>[ \t]?/;
const TASK_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]\r\n]\](?:[ \t]|$)/;

function startsWithAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text === w || (text.startsWith(w) && !/[\p{L}\p{N}]/u.test(text.charAt(w.length))));
}

/** True when a heading opens a shared section. */
export function isShareHeading(raw: string): boolean {
  return startsWithAny(normalizeHeading(raw), SHARE_HEADINGS);
}

function endsShare(raw: string): boolean {
  const text = normalizeHeading(raw);
  return headingPhase(raw) !== null || CONFIDENTIAL_HEADINGS.some((w) => text.startsWith(w));
}

/** Text without `%%` comments (inline or over several lines). */
function withoutComments(text: string): string {
  return text.replace(/%%[\s\S]*?(?:%%|$)/g, '');
}

function tidy(lines: readonly string[]): string {
  const kept = withoutComments(lines.join('\n'))
    .split('\n')
    .filter((l) => !TASK_ITEM.test(l))
    .map((l) => l.trimEnd());
  return kept.join('\n').trim();
}

function blockLines(lines: readonly string[], block: OutlineBlock): string[] {
  return lines.slice(block.startLine - 1, block.endLine);
}

/** The content of a `> [!share]` callout: its title line (when there is one) and its body. */
function calloutContent(lines: readonly string[]): string {
  const [first = '', ...rest] = lines;
  const title = SHARE_CALLOUT.exec(first)?.[1]?.trim() ?? '';
  const body = tidy(rest.map((l) => l.replace(QUOTE_PREFIX, '')));
  return title === '' ? body : `**${title}**${body === '' ? '' : `\n\n${body}`}`;
}

/** The passages of a note the coach marked as shareable, in note order, each trimmed and non-empty. */
export function sharedPassages(lines: readonly string[], outline: Outline): string[] {
  const headingAt = new Map(outline.headings.map((h) => [h.line, h]));
  const blocks = [...outline.blocks].sort((a, b) => a.startLine - b.startLine);
  const passages: string[] = [];
  let section: { level: number; parts: string[] } | null = null;
  const close = () => {
    const text = section?.parts.filter((p) => p.length > 0).join('\n\n') ?? '';
    if (text.length > 0) passages.push(text);
    section = null;
  };
  for (const block of blocks) {
    const first = lines[block.startLine - 1] ?? '';
    if (block.kind === 'heading') {
      const heading = headingAt.get(block.startLine);
      if (heading === undefined) continue;
      if (section !== null && (heading.level <= (section as { level: number }).level || endsShare(heading.text))) close();
      if (isShareHeading(heading.text)) {
        close();
        section = { level: heading.level, parts: [] };
      }
      continue;
    }
    const isShareCallout = block.kind === 'blockquote' && SHARE_CALLOUT.test(first);
    if (section === null) {
      if (isShareCallout) {
        const text = calloutContent(blockLines(lines, block));
        if (text.length > 0) passages.push(text);
      }
      continue;
    }
    if (block.kind === 'html' || block.kind === 'thematicBreak') continue;
    if (block.kind === 'blockquote' && !isShareCallout && OTHER_CALLOUT.test(first)) continue;
    (section as { parts: string[] }).parts.push(isShareCallout ? calloutContent(blockLines(lines, block)) : tidy(blockLines(lines, block)));
  }
  close();
  return passages;
}
