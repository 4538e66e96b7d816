/**
 * The numbers a coach writes into a session: where the client stands on a scale of 0–10 and how
 * committed they are (1–10) to the agreed actions. Written as people write them:
 *
 * - labels in both languages: `Schaal`, `Schaalvraag`, `Cijfer`, `Scale`; `Commitment`, `Inzet`,
 *   `Zekerheid`, `Motivatie`, `Hoe zeker ben je …`, `How sure are you …`;
 * - `Schaal 1-10: 4`, `Scale: 7/10`, `Cijfer 6/10`, `Commitment 8`, `Hoe zeker ben je … ? 8`,
 *   Dataview fields `[scale:: 4]`, `(commitment:: 8)`, `Schaal:: 6`;
 * - values with a decimal comma or point (`7,5`, `7.5`) or a half (`6½`): JS numbers (7.5).
 *
 * A range (`1-10`) is a placeholder, not a value. A stated value outside 0–10 (scale) or 1–10
 * (commitment) is no value: it is reported as a {@link MeasureProblem} naming its line, and a later
 * statement may still count. The first valid statement in the note counts.
 */

export type MeasureKind = 'scale' | 'commitment';

/** One line of prose and its 1-based line number in the note. */
export interface MeasureLine {
  line: number;
  text: string;
}

/** A statement whose value is out of range. */
export interface MeasureProblem {
  kind: MeasureKind;
  line: number;
  /** The value as written (`11`, `0`, `7,5/8`…). */
  written: string;
}

export interface Measures {
  scale: number | null;
  commitment: number | null;
  problems: MeasureProblem[];
}

export const SCALE_LABELS = ['schaalvraag', 'schaalscore', 'schaal', 'rapportcijfer', 'cijfer', 'scaling question', 'scaling', 'scale'];
export const COMMITMENT_LABELS = [
  'commitment',
  'inzet',
  'zekerheid',
  'motivatie',
  'bereidheid',
  'hoe zeker ben je',
  'hoe gemotiveerd ben je',
  'hoe gecommitteerd ben je',
  'motivation',
  'confidence',
  'certainty',
  'how sure are you',
  'how committed are you',
  'how confident are you',
  'how motivated are you',
];

/** A number as written: `7`, `7,5`, `7.5`, `6½`, `6 ½`, `½`. */
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?(?:\s?½)?|½)`;
/** After the number: `/10` may follow; not another digit, a decimal, a range (`1-10`) or a percentage. */
const AFTER = String.raw`(?:\s*\/\s*10(?!\d))?(?![\d/½]|[.,]\d|\s*[-–—]\s*\d|\s*%)`;

/**
 * The patterns of a kind's labels. A label stands alone: no letter or digit before or after it
 * (`\p{L}\p{N}` with Unicode case folding). For a line of ASCII characters only, `ascii` gives
 * the same patterns with `[A-Za-z0-9]`: they find exactly what the Unicode ones find there, and
 * cost a fraction to compile and run (a first run of the Unicode ones takes tens of milliseconds).
 */
function patterns(labels: readonly string[], ascii: boolean): RegExp[] {
  const words = [...labels].sort((a, b) => b.length - a.length).join('|');
  const letter = ascii ? 'A-Za-z0-9' : String.raw`\p{L}\p{N}`;
  const label = String.raw`(?:^|[^${letter}])(?:${words})(?![${letter}])`;
  const flags = ascii ? 'i' : 'iu';
  return [
    // `Schaal 1-10: 4`, `**Scale:** 7/10`, `[scale:: 4]`, `Hoe zeker ben je …? 8`
    new RegExp(String.raw`${label}[^:?\n]{0,80}?[*_]*(?::{1,2}|\?)[*_]*\s*[*_]*\s*${NUMBER}${AFTER}`, flags),
    // `Cijfer 6/10`, `Inzet 8/10`
    new RegExp(String.raw`${label}[*_]*\s+[*_]*${NUMBER}\s*\/\s*10(?![\d.,/])`, flags),
    // `Commitment 8` at the end of the line
    new RegExp(String.raw`${label}[*_]*\s+[*_]*${NUMBER}[*_]*\s*$`, flags),
  ];
}

const PATTERNS: Record<MeasureKind, RegExp[]> = { scale: patterns(SCALE_LABELS, false), commitment: patterns(COMMITMENT_LABELS, false) };
const ASCII_PATTERNS: Record<MeasureKind, RegExp[]> = { scale: patterns(SCALE_LABELS, true), commitment: patterns(COMMITMENT_LABELS, true) };
const NOT_ASCII = /[\u0080-\uffff]/;
/** A cheap first test: the line holds a label somewhere (most lines with digits are dates). */
const ANY_LABEL = new RegExp([...SCALE_LABELS, ...COMMITMENT_LABELS].join('|'), 'i');
const MIN: Record<MeasureKind, number> = { scale: 0, commitment: 1 };

/** The number a written value stands for: `7,5` → 7.5, `6½` → 6.5. */
export function numberOf(written: string): number {
  const half = written.includes('½');
  const digits = written.replace('½', '').replace(',', '.').trim();
  return (digits.length === 0 ? 0 : Number(digits)) + (half ? 0.5 : 0);
}

interface Statement {
  /** Where the label starts (the earlier label owns a value two labels claim). */
  at: number;
  /** Where the value ends. */
  end: number;
  written: string;
}

function statementOn(text: string, kind: MeasureKind, ascii: boolean): Statement | null {
  let best: Statement | null = null;
  for (const re of (ascii ? ASCII_PATTERNS : PATTERNS)[kind]) {
    const match = re.exec(text);
    if (match?.[1] === undefined) continue;
    const statement = { at: match.index, end: match.index + match[0].length, written: match[1] };
    if (best === null || statement.at < best.at) best = statement;
  }
  return best;
}

/** False when the line certainly states no scale or commitment (no digit, or no label). */
export function mayStateMeasure(text: string): boolean {
  return /[\d½]/.test(text) && ANY_LABEL.test(text);
}

/** The first valid scale and commitment among the lines, and the statements out of range. */
export function readMeasures(lines: readonly MeasureLine[]): Measures {
  const found: Record<MeasureKind, number | null> = { scale: null, commitment: null };
  const problems: MeasureProblem[] = [];
  for (const { line, text } of lines) {
    if (!mayStateMeasure(text)) continue;
    const ascii = !NOT_ASCII.test(text);
    const scale = statementOn(text, 'scale', ascii);
    const commitment = statementOn(text, 'commitment', ascii);
    for (const [kind, statement, other] of [
      ['scale', scale, commitment],
      ['commitment', commitment, scale],
    ] as const) {
      if (statement === null) continue;
      // `Hoe zeker ben je, op een schaal van 1 tot 10? 8`: one value, two labels; the first owns it.
      if (other !== null && other.end === statement.end && other.at < statement.at) continue;
      const value = numberOf(statement.written);
      if (Number.isFinite(value) && value >= MIN[kind] && value <= 10) found[kind] ??= value;
      else problems.push({ kind, line, written: statement.written });
    }
  }
  return { scale: found.scale, commitment: found.commitment, problems };
}

const numbered = (lines: readonly string[]): MeasureLine[] => lines.map((text, i) => ({ line: i + 1, text }));

/** The first stated scale (0–10) among the lines, or null. */
export function findScale(lines: readonly string[]): number | null {
  return readMeasures(numbered(lines)).scale;
}

/** The first stated commitment (1–10) among the lines, or null. */
export function findCommitment(lines: readonly string[]): number | null {
  return readMeasures(numbered(lines)).commitment;
}
