/**
 * Fills in a rendered template the way a coach does in a session: an answer under each GROW
 * heading (below its questions), options in the empty list item, actions with due dates in the
 * empty task lines (the client's under Will, the coach's own under "Voor de coach" / "For the
 * coach"), numbers after the scale and commitment labels, and the trajectory's properties in the
 * frontmatter (as the Properties panel writes them).
 */
import { stringify } from 'yaml';
import { isCoachHeading } from '../../../src/core/note/owner';
import { headingPhase } from '../../../src/core/note/vocabulary';
import type { Phase } from '../../../src/core/note/session';

export interface Answers {
  goal?: string;
  reality?: string;
  options?: string[];
  /** Task text, e.g. `Feedback vragen aan Piet 📅 2026-11-10`. */
  actions?: string[];
  /** The coach's own tasks, in the coach's subsection of Will. */
  coachActions?: string[];
  scale?: number;
  /** The sponsor's scale in the closing three-way meeting. */
  sponsorScale?: number;
  commitment?: number;
  /** Frontmatter keys to set (replacing the template's line for that key, or added). */
  properties?: Record<string, unknown>;
  /** `Label: ` lines to complete, by label (`Observaties (non-verbaal, energie)`). */
  lines?: Record<string, string>;
}

const EMPTY_ITEM = /^- $/;
const EMPTY_TASK = /^- \[ \] $/;
const SCALE = /^(?:Schaal|Scale)(?: klant| client)? \(0–10\): $/;
const SPONSOR_SCALE = /^(?:Schaal opdrachtgever|Scale sponsor) \(0–10\): $/;
const COMMITMENT = /^Commitment \(1–10\): $/;

function setProperties(lines: string[], properties: Record<string, unknown>): void {
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end === -1) throw new Error('no frontmatter to fill in');
  for (const [key, value] of Object.entries(properties)) {
    const yaml = stringify({ [key]: value }).trimEnd().split('\n');
    const at = lines.findIndex((l, i) => i > 0 && i < end && l.startsWith(`${key}:`));
    if (at === -1) lines.splice(end, 0, ...yaml);
    else lines.splice(at, 1, ...yaml);
    return setProperties(lines, Object.fromEntries(Object.entries(properties).filter(([k]) => k !== key)));
  }
}

/** Fills `text`; throws when a section to fill is missing, so a broken template cannot pass. */
export function fillIn(text: string, answers: Answers): string {
  const lines = text.split('\n');
  if (answers.properties) setProperties(lines, answers.properties);

  // Goal and Reality: the answer after the section's last callout line.
  for (const phase of ['goal', 'reality'] as const) {
    const answer = answers[phase];
    if (answer === undefined) continue;
    const start = lines.findIndex((l) => /^#{1,6}\s/.test(l) && headingPhase(l.replace(/^#+\s+/, '')) === phase);
    if (start === -1) throw new Error(`no ${phase} section with questions to answer`);
    let end = lines.findIndex((l, i) => i > start && /^#{1,6}\s/.test(l));
    if (end === -1) end = lines.length;
    let last = start;
    for (let i = start + 1; i < end; i += 1) if (lines[i]?.startsWith('>')) last = i;
    if (last === start) throw new Error(`the ${phase} section has no questions`);
    lines.splice(last + 1, 0, '', answer);
  }

  const out: string[] = [];
  let phase: Phase | null = null;
  let coachSection = false;
  const answered = new Set<string>();
  const pendingActions = [...(answers.actions ?? [])];
  const pendingCoach = [...(answers.coachActions ?? [])];
  let lastTaskIndex = -1;

  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const named = headingPhase(heading[2] ?? '');
      coachSection = isCoachHeading(heading[2] ?? '');
      if (!coachSection) phase = named;
    }
    if (phase === 'options' && EMPTY_ITEM.test(line) && answers.options && !answered.has('options')) {
      out.push(...answers.options.map((o) => `- ${o}`));
      answered.add('options');
      continue;
    }
    if (phase === 'will' && !coachSection && EMPTY_TASK.test(line) && pendingActions.length > 0) {
      out.push(`- [ ] ${pendingActions.shift() ?? ''}`);
      lastTaskIndex = out.length - 1;
      continue;
    }
    if (phase === 'will' && coachSection && EMPTY_TASK.test(line) && pendingCoach.length > 0) {
      out.push(...pendingCoach.map((a) => `- [ ] ${a}`));
      pendingCoach.length = 0;
      continue;
    }
    if (SCALE.test(line) && answers.scale !== undefined && !answered.has('scale')) {
      out.push(`${line}${answers.scale}`);
      answered.add('scale');
      continue;
    }
    if (SPONSOR_SCALE.test(line) && answers.sponsorScale !== undefined) {
      out.push(`${line}${answers.sponsorScale}`);
      continue;
    }
    if (COMMITMENT.test(line) && answers.commitment !== undefined) {
      out.push(`${line}${answers.commitment}`);
      continue;
    }
    const label = /^(.+): $/.exec(line)?.[1];
    if (label !== undefined && answers.lines?.[label] !== undefined) {
      out.push(`${line}${answers.lines[label]}`);
      continue;
    }
    out.push(line);
  }
  if (pendingActions.length > 0) {
    if (lastTaskIndex === -1) throw new Error('no empty task line in a Will section to fill in');
    out.splice(lastTaskIndex + 1, 0, ...pendingActions.map((a) => `- [ ] ${a}`));
  }
  if (pendingCoach.length > 0) throw new Error('no coach subsection under Will to fill in');
  if (answers.options !== undefined && !answered.has('options')) throw new Error('no options section with an empty item to fill in');
  if (answers.scale !== undefined && !answered.has('scale')) throw new Error('no scale line to fill in');
  return out.join('\n');
}
