/**
 * The numbers a coach writes into a session: where the client stands on a scale of 0–10 and how
 * committed they are (1–10) to the agreed actions. Written as `Schaal 1-10: 4`, `Scale: 7/10`,
 * `[scale:: 4]`, `Commitment: 8`, `Commitment 8/10`, `Inzet: 8`, `Hoe zeker ben je …: 8`,
 * `[commitment:: 8]`. The first statement in the note counts.
 */

/** A number, not the start of a range: `Commitment: 1-10` is an unfilled placeholder, not a 1. */
const VALUE = String.raw`[*_]*\s*(\d{1,2})(?:[.,]\d+)?\s*(?:\/\s*10)?[*_]*(?![\d.,/]|\s*[-–—]\s*\d)`;

function patterns(words: string): RegExp[] {
  return [
    new RegExp(String.raw`[[(](?:${words})::\s*(\d{1,2})\s*[\])]`, 'iu'),
    new RegExp(String.raw`(?:^|[^\p{L}])(?:${words})(?![\p{L}])[^:?\n]{0,60}?[*_]*[:?][*_]*\s*${VALUE}`, 'iu'),
    new RegExp(String.raw`(?:^|[^\p{L}])(?:${words})(?![\p{L}])[*_]*\s+(\d{1,2})\s*\/\s*10(?!\d)`, 'iu'),
  ];
}

const SCALE = patterns('schaal|scale');
const COMMITMENT = patterns('commitment|inzet|hoe zeker ben je|how sure are you|how committed are you');

function firstValue(lines: readonly string[], res: RegExp[], min: number): number | null {
  for (const line of lines) {
    for (const re of res) {
      const match = re.exec(line);
      if (match?.[1] === undefined) continue;
      const value = Number(match[1]);
      if (value >= min && value <= 10) return value;
    }
  }
  return null;
}

/** The first stated scale (0–10) among the lines, or null. */
export function findScale(lines: readonly string[]): number | null {
  return firstValue(lines, SCALE, 0);
}

/** The first stated commitment (1–10) among the lines, or null. */
export function findCommitment(lines: readonly string[]): number | null {
  return firstValue(lines, COMMITMENT, 1);
}
