/**
 * Due and completion markers on a Will action, in the two notations coaches already use through
 * the Tasks and Dataview plugins: `📅 2026-12-01` / `[due:: 2026-12-01]` / `(due:: 2026-12-01)`
 * and `✅ 2026-12-01` / `[completion:: 2026-12-01]`.
 */

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const DUE = [new RegExp(`\\u{1F4C5}\\uFE0F?\\s*${DATE}`, 'u'), new RegExp(`\\[due::\\s*${DATE}\\s*\\]`), new RegExp(`\\(due::\\s*${DATE}\\s*\\)`)];
const DONE = [new RegExp(`\\u2705\\uFE0F?\\s*${DATE}`, 'u'), new RegExp(`\\[completion::\\s*${DATE}\\s*\\]`)];
/** A text each pattern needs to match (a pattern is not tried where its text is missing). */
const DUE_HINTS = ['\u{1F4C5}', 'due::', 'due::'];
const DONE_HINTS = ['\u2705', 'completion::'];

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // As `new Date(Date.UTC(y, m - 1, d))` round-trips, without the Date: Date.UTC reads years
  // 0–99 as 1900–1999, so those never round-trip.
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

function findDate(text: string, patterns: RegExp[], hints: readonly string[]): string | null {
  for (let i = 0; i < patterns.length; i += 1) {
    if (!text.includes(hints[i] ?? '')) continue;
    const match = patterns[i]?.exec(text);
    if (match?.[1] !== undefined && isIsoDate(match[1])) return match[1];
  }
  return null;
}

/** Every marker with the white space before it, made once (`replace` starts a global pattern afresh). */
const STRIP = [...DUE, ...DONE].map((pattern) => new RegExp(`[ \\t]*(?:${pattern.source})`, 'gu'));
const STRIP_HINTS = [...DUE_HINTS, ...DONE_HINTS];

/** Removes the valid markers of the patterns `from` to `to` in {@link STRIP}, with the white space before each. */
function stripMarkers(text: string, from = 0, to = STRIP.length): string {
  let out = text;
  for (let i = from; i < to; i += 1) {
    const global = STRIP[i];
    if (global && out.includes(STRIP_HINTS[i] ?? '')) out = out.replace(global, (whole: string, date: string) => (isIsoDate(date) ? '' : whole));
  }
  return out;
}

/** Reads an action's first line (after the checkbox): its plain text and its dates. */
export function readActionText(raw: string): { text: string; due: string | null; completed: string | null } {
  return { text: stripMarkers(raw).trim(), due: findDate(raw, DUE, DUE_HINTS), completed: findDate(raw, DONE, DONE_HINTS) };
}

/** Today in the local time zone as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The completion marker GROW Coach appends, in the Tasks plugin's notation. */
export function completionMarker(date: string): string {
  return `\u2705 ${date}`;
}

/** Strips every valid completion marker (with the white space before it) from a line. */
export function removeCompletionMarkers(line: string): string {
  return stripMarkers(line, DUE.length);
}
