/**
 * One note as the trajectory sees it: the record's reading (client, date, scale, commitment, Will
 * actions), the trajectory properties, and the passages marked for the sponsor. Both shells call
 * {@link readTrajectoryNote} with their own way to get an outline (the CLI: the scanner, else
 * remark within bounds; the plugin: the scanner, else Obsidian's metadata cache), so the two can
 * only differ where the outline does.
 */
import { findFrontmatter } from '../note/frontmatter-range';
import { splitBom, splitLines } from '../note/lines';
import type { Outline } from '../note/outline';
import { readPropertiesFast } from '../note/properties-fast';
import { buildRecord } from '../note/record';
import type { WillAction } from '../note/session';
import { headingPhase } from '../note/vocabulary';
import { readTrajectoryProperties, type NoteKind, type TrajectoryProperties } from './properties';
import { sharedPassages } from './share';

/** Gives the outline of a note's body (BOM stripped), or null when it cannot be read for sure. */
export type OutlineReader = (body: string, lines: readonly string[]) => Outline | null;

export interface TrajectoryNote {
  file: string;
  client: string | null;
  date: string | null;
  type: string | null;
  tags: string[];
  /**
   * `kind`; a note without one whose headings name a GROW phase is a `session`; otherwise null
   * (no conversation note: a client's page, a list).
   */
  kind: NoteKind | null;
  /** The GROW session's number (`session`), for sessions only. */
  number: number | null;
  /** As the record reads them (see `note/measures.ts`). */
  scale: number | null;
  commitment: number | null;
  actions: WillAction[];
  properties: TrajectoryProperties;
  /** What the coach marked for the sponsor (see `share.ts`). */
  shared: string[];
  /** Problems, each naming the file. */
  warnings: string[];
}

/** Who a Will action belongs to. Issue 14 marks the coach's own tasks; unmarked ones are the client's. */
export function actionOwner(action: WillAction): 'client' | 'coach' {
  return (action as WillAction & { owner?: unknown }).owner === 'coach' ? 'coach' : 'client';
}

/** The note read for the trajectory, or null when `outlineOf` cannot read it. */
export function readTrajectoryNote(file: string, text: string, outlineOf: OutlineReader): TrajectoryNote | null {
  const { body } = splitBom(text);
  const lines = splitLines(body);
  const outline = outlineOf(body, lines);
  if (outline === null) return null;
  const range = outline.frontmatter ?? findFrontmatter(lines);
  const record = buildRecord(file, lines, outline, readPropertiesFast(file, lines, range));
  const properties = readTrajectoryProperties(lines, range);
  const grow = outline.headings.some((h) => headingPhase(h.text) !== null);
  const kind = properties.kind ?? (grow ? 'session' : null);
  return {
    file,
    client: record.client,
    date: record.date,
    type: record.type,
    tags: record.tags,
    kind,
    number: kind === 'session' ? properties.session : null,
    scale: record.scale,
    commitment: record.commitment,
    actions: record.actions,
    properties,
    shared: sharedPassages(lines, outline),
    warnings: [...record.warnings, ...properties.problems.map((p) => `${file}: ${p}; it is left out`)],
  };
}
