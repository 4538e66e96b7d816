/**
 * The types of GROW Coach's reading of one coaching note. Everything else (the CLI's JSON, the
 * frontmatter writer, the dashboard) is derived from a {@link SessionRecord}.
 */
import type { ActionOwner } from './owner';

/**
 * Where an action stands, from its status character as the Tasks plugin's default statuses read
 * it: `x`/`X` is done, `-` is cancelled, every other character is open — `/` (in progress) and
 * the characters Tasks does not know by default (`>` forwarded, `<` scheduled, `?`, `!`, …),
 * which Tasks reads as to do. The character itself is kept in {@link WillAction.statusChar}.
 */
export type ActionStatus = 'open' | 'done' | 'cancelled';

/** Tasks' priorities (`🔺 ⏫ 🔼 🔽 ⏬`, `[priority:: high]`). */
export type ActionPriority = 'highest' | 'high' | 'medium' | 'low' | 'lowest';

/** One task item in a note's Will section: an agreed next step. */
export interface WillAction {
  /** 1-based line of the task item in the file (a BOM adds no line; CRLF and CR count once). */
  line: number;
  /** The character between the brackets: ` `, `x`, `/`, `-`, … */
  statusChar: string;
  status: ActionStatus;
  /**
   * The description as the Tasks plugin reads it: the item's first line after the checkbox with
   * the Tasks and Dataview fields at its end and a block id taken out (tags and other inline
   * fields kept); may be empty when the line holds fields and no words.
   */
  text: string;
  /** Due date (`📅 📆 🗓 …`, `[due:: …]`, `(due:: …)`) as `YYYY-MM-DD`, or null. */
  due: string | null;
  /** Completion date: the trailing done marker (`✅ …`, `[completion:: …]`, `(completion:: …)`), or null. */
  completed: string | null;
  // The fields below are always set by the reader; they are optional so that an action built by
  // hand (a test, an older index entry) may leave them out, meaning "none".
  /** Scheduled date (`⏳`, `[scheduled:: …]`), or null. */
  scheduled?: string | null;
  /** Start date (`🛫`, `[start:: …]`), or null. */
  start?: string | null;
  /** Created date (`➕`, `[created:: …]`), or null. */
  created?: string | null;
  /** Cancelled date (`❌`, `[cancelled:: …]`), or null. */
  cancelled?: string | null;
  priority?: ActionPriority | null;
  /** The recurrence rule as written (`every week`, `every month on the 1st when done`), or null. */
  recurrence?: string | null;
  /** Tasks' `🆔` / `[id:: …]`, or null. */
  taskId?: string | null;
  /** Tasks' `⛔` / `[dependsOn:: …]` ids, in order (empty when none). */
  dependsOn?: string[];
  /**
   * Whose task it is (`owner.ts`): the client's (the default), or the coach's own, marked
   * `[owner:: coach]` or written under a `### Voor de coach` / `### Coach` subheading of Will.
   * Set only on the coach's tasks: absent means the client's.
   */
  owner?: ActionOwner;
  /**
   * How the owner was stated, where it was: `field` (the task's own `[owner:: …]`), `heading`
   * (no field, under a coach subheading of Will). Absent: stated nowhere, the client by default.
   * Action lint reads it (`trajectory/lint.ts`, "no owner").
   */
  ownerBy?: 'field' | 'heading';
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
  /** Task items with text that are no action because of where they stand (see `outsideWillTasks`); always set by `buildRecord`. */
  outside?: OutsideTask[];
  /** A stated scale 0–10 (`Schaal: 7,5`, `Scale: 7/10`, `[scale:: 4]`, `6½`), or null. */
  scale: number | null;
  /** A stated commitment 1–10 (`Commitment: 8`, `Inzet 8/10`, `[commitment:: 8]`), or null. */
  commitment: number | null;
  /** Problems that did not stop the reading, each naming the file and, where known, the line. */
  warnings: string[];
}

/** A task item with text that is no Will action, because of the heading it stands under. */
export interface OutsideTask {
  /** 1-based line of the task. */
  line: number;
  /** The nearest heading above it as written (`## Huiswerk`), or null when there is none. */
  heading: string | null;
  /** That heading's line, or null. */
  headingLine: number | null;
  /** The phase the task's section names (goal or reality), or null for no phase. */
  phase: Phase | null;
}
