/**
 * The types of GROW Coach's reading of one coaching note. Everything else (the CLI's JSON, the
 * frontmatter writer, the dashboard) is derived from a {@link SessionRecord}.
 */
import type { ActionOwner } from './owner';

/** Where an action stands. `x`/`X` is done, `-` is cancelled, every other status character is open. */
export type ActionStatus = 'open' | 'done' | 'cancelled';

/** One task item in a note's Will section: an agreed next step. */
export interface WillAction {
  /** 1-based line of the task item in the file (a BOM adds no line; CRLF and CR count once). */
  line: number;
  /** The character between the brackets: ` `, `x`, `/`, `-`, … */
  statusChar: string;
  status: ActionStatus;
  /** The item's first line after the checkbox, date markers removed, ends trimmed. */
  text: string;
  /** Due date (`📅 …`, `[due:: …]`, `(due:: …)`) as `YYYY-MM-DD`, or null. */
  due: string | null;
  /** Completion date (`✅ …`, `[completion:: …]`) as `YYYY-MM-DD`, or null. */
  completed: string | null;
  /**
   * Whose task it is (`owner.ts`): the client's (the default), or the coach's own, marked
   * `[owner:: coach]` or written under a `### Voor de coach` / `### Coach` subheading of Will.
   * Set only on the coach's tasks: absent means the client's.
   */
  owner?: ActionOwner;
}

/** The phases of the GROW model (Whitmore). */
export type Phase = 'goal' | 'reality' | 'options' | 'will';

/** The reading of one note: a pure function of its path and text. */
export interface SessionRecord {
  /** The note's path as given (relative to the vault in the CLI and the plugin). */
  file: string;
  /** Frontmatter `client`, a wikilink reduced to its target, or null. */
  client: string | null;
  /** Frontmatter `date` as `YYYY-MM-DD`, or null. */
  date: string | null;
  /** Frontmatter `type`, or null. */
  type: string | null;
  /** Tags from frontmatter `tags`/`tag` and inline `#tags` in the body, without `#`. */
  tags: string[];
  /** The Goal section as markdown (prompts in callouts and HTML comments left out), or null. */
  goal: string | null;
  /** The Reality section as markdown, or null. */
  reality: string | null;
  /** The Options section's list items, else its paragraphs. */
  options: string[];
  /** Every task item with text in the Will section, in file order. */
  actions: WillAction[];
  /** A stated scale 0–10 (`Schaal 1-10: 4`, `Scale: 7/10`, `[scale:: 4]`), or null. */
  scale: number | null;
  /** A stated commitment 1–10 (`Commitment: 8`, `Inzet 8/10`, `[commitment:: 8]`), or null. */
  commitment: number | null;
  /** Problems that did not stop the reading, each naming the file and, where known, the line. */
  warnings: string[];
}
