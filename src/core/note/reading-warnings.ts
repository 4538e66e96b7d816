/**
 * The warnings of a note's reading that say what was not read and what to do, in Dutch and
 * English: tasks that stand outside a Will section, a scale or commitment out of range, and
 * frontmatter that never closes. Each names the file and, where known, the line.
 */
import type { Language } from '../i18n';
import type { MeasureProblem } from './measures';
import type { OutsideTask, Phase } from './session';

export type { OutsideTask };

/** The tasks of a note grouped by the heading they stand under, in file order. */
export function groupOutside(tasks: readonly OutsideTask[]): { heading: string | null; headingLine: number | null; count: number }[] {
  const groups: { heading: string | null; headingLine: number | null; count: number }[] = [];
  for (const task of tasks) {
    const group = groups.find((g) => g.headingLine === task.headingLine);
    if (group) group.count += 1;
    else groups.push({ heading: task.heading, headingLine: task.headingLine, count: 1 });
  }
  return groups;
}

const PHASE_NAMES: Record<Language, Record<Phase, string>> = {
  en: { goal: 'Goal', reality: 'Reality', options: 'Options', will: 'Will' },
  nl: { goal: 'Doel', reality: 'Realiteit', options: 'Opties', will: 'Wil' },
};

/** One warning for a note's tasks outside Will: how many, under which headings, what to do. */
export function outsideWillWarning(file: string, tasks: readonly OutsideTask[], language: Language): string {
  const groups = groupOutside(tasks).map((g) => {
    const phase = tasks.find((t) => t.headingLine === g.headingLine)?.phase ?? null;
    const phaseNote = phase === null ? '' : ` (${PHASE_NAMES[language][phase]})`;
    if (language === 'nl') return g.heading === null ? `${g.count} onder geen kop` : `${g.count} onder "${g.heading}"${phaseNote} (regel ${g.headingLine})`;
    return g.heading === null ? `${g.count} under no heading` : `${g.count} under "${g.heading}"${phaseNote} (line ${g.headingLine})`;
  });
  const n = tasks.length;
  const first = tasks[0]?.line ?? 1;
  if (language === 'nl') {
    return (
      `${file}:${first}: ${n === 1 ? '1 taak staat' : `${n} taken staan`} buiten een Wil-sectie en ${n === 1 ? 'wordt' : 'worden'} niet als actie getoond: ${groups.join(', ')}. ` +
      'Zet ze onder een Wil-kop (zoals "## Wil" of "## Afspraken"), hernoem de kop, of voeg het woord van de kop toe aan de woorden voor Wil ' +
      '(instelling "Eigen woorden voor Wil" in Obsidian, --phase-words will=WOORD of .grow-coach.json op de opdrachtregel).'
    );
  }
  return (
    `${file}:${first}: ${n === 1 ? '1 task is' : `${n} tasks are`} outside a Will section and not listed as ${n === 1 ? 'an action' : 'actions'}: ${groups.join(', ')}. ` +
    'Move them under a Will heading (such as "## Will" or "## Next steps"), rename the heading, or add the heading\'s word to the Will words ' +
    '(setting "Own words for Will" in Obsidian, --phase-words will=WORD or .grow-coach.json on the command line).'
  );
}

/** A scale or commitment written out of its range. */
export function measureWarning(file: string, problem: MeasureProblem, language: Language): string {
  const scale = problem.kind === 'scale';
  if (language === 'nl') {
    return `${file}:${problem.line}: ${scale ? 'schaal' : 'commitment'} ${problem.written} ligt buiten ${scale ? '0–10' : '1–10'} en is niet gelezen; schrijf een getal van ${scale ? '0' : '1'} tot en met 10 (7,5 mag).`;
  }
  return `${file}:${problem.line}: ${scale ? 'scale' : 'commitment'} ${problem.written} is outside ${scale ? '0–10' : '1–10'} and was not read; write a number from ${scale ? '0' : '1'} to 10 (7.5 is fine).`;
}

/** A note whose first line is `---` and that has no closing `---` line. */
export function unclosedFrontmatterWarning(file: string, language: Language): string {
  if (language === 'nl') {
    return (
      `${file}:1: de notitie begint met "---", maar geen tweede "---"-regel sluit de eigenschappen af. Obsidian leest haar daarom zonder eigenschappen: ` +
      'klant en datum zijn niet gelezen en GROW Coach schrijft niets in deze notitie. Zet een regel "---" onder de laatste eigenschap (of haal de eerste regel weg).'
    );
  }
  return (
    `${file}:1: the note starts with "---" but no second "---" line closes the properties, so Obsidian reads it without properties: ` +
    'client and date are not read and GROW Coach writes nothing into this note. Add a line "---" below the last property (or remove the first line).'
  );
}
