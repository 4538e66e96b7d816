/**
 * Fills in a rendered template the way a coach does in a session: an answer under each GROW
 * heading (below the questions), options in the empty list item, actions with due dates in the
 * empty task lines, numbers after the scale and commitment labels.
 */
import { headingPhase } from '../../../src/core/note/vocabulary';
import type { Phase } from '../../../src/core/note/session';

export interface Answers {
  goal?: string;
  reality?: string;
  options?: string[];
  /** Task text, e.g. `Feedback vragen aan Piet 📅 2026-11-10`. */
  actions?: string[];
  scale?: number;
  commitment?: number;
}

const EMPTY_ITEM = /^- $/;
const EMPTY_TASK = /^- \[ \] $/;

/** Fills `text`; throws when a section to fill is missing, so a broken template cannot pass. */
export function fillIn(text: string, answers: Answers): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let phase: Phase | null = null;
  const answered = new Set<Phase>();
  let inCallout = false;
  const pendingActions = [...(answers.actions ?? [])];
  let lastTaskIndex = -1;
  const answerFor = (p: Phase | null): string | undefined => (p === 'goal' ? answers.goal : p === 'reality' ? answers.reality : undefined);

  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      phase = headingPhase(heading[2] ?? '');
      inCallout = false;
    }
    const answer = answerFor(phase);
    if (line.startsWith('>')) {
      inCallout = true;
      out.push(line);
      continue;
    }
    if (inCallout && answer !== undefined && phase !== null && !answered.has(phase)) {
      out.push('', answer);
      answered.add(phase);
    }
    inCallout = false;
    if (phase === 'options' && EMPTY_ITEM.test(line) && answers.options && !answered.has('options')) {
      out.push(...answers.options.map((o) => `- ${o}`));
      answered.add('options');
      continue;
    }
    if (phase === 'will' && EMPTY_TASK.test(line) && pendingActions.length > 0) {
      out.push(`- [ ] ${pendingActions.shift() ?? ''}`);
      lastTaskIndex = out.length - 1;
      continue;
    }
    if (/^(Schaal|Scale) 1-10: $/.test(line) && answers.scale !== undefined) {
      out.push(`${line}${answers.scale}`);
      continue;
    }
    if (/\(1-10\): $/.test(line) && answers.commitment !== undefined) {
      out.push(`${line}${answers.commitment}`);
      continue;
    }
    out.push(line);
  }
  if (pendingActions.length > 0) {
    if (lastTaskIndex === -1) throw new Error('no empty task line in a Will section to fill in');
    out.splice(lastTaskIndex + 1, 0, ...pendingActions.map((a) => `- [ ] ${a}`));
  }
  for (const p of ['goal', 'reality', 'options'] as const) {
    const wanted = p === 'options' ? answers.options : answerFor(p);
    if (wanted !== undefined && !answered.has(p)) throw new Error(`no ${p} section with questions to answer`);
  }
  return out.join('\n');
}
