/**
 * The next occurrence of a recurring action, as the Tasks plugin computes it with its default
 * settings, using the same library (`rrule`) to read the rule text and step through dates:
 * - the reference date is the due date, else the scheduled date, else the start date;
 * - the next reference date is the rule's first date after the reference date (after today for a
 *   rule that ends in `when done`, or when the action has no date at all);
 * - a monthly or yearly rule that would skip a month or a year (a due date on the 31st, `every
 *   month`) steps back day by day until it lands in the next month or year, unless the rule fixes
 *   the day (`every month on the 31st`);
 * - every other date keeps its distance in days from the reference date.
 * Dates are calendar dates (`YYYY-MM-DD`); all the arithmetic is done at UTC midnight, so the
 * local time zone and daylight saving time play no part.
 */
import { RRule } from 'rrule';

export interface Occurrence {
  due: string | null;
  scheduled: string | null;
  start: string | null;
}

const DAY = 86_400_000;

function toUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}
function endOfDay(date: Date): Date {
  return new Date(date.getTime() + DAY - 1);
}

/** The rule text without ` when done`, and whether it ends so; null when the text is no rule. */
export function parseRecurrence(text: string): { rule: RRule; whenDone: boolean } | null {
  const match = /^([a-zA-Z0-9, !]+?)( when done)?$/i.exec(text.trim());
  if (!match?.[1]) return null;
  try {
    const options = RRule.parseText(match[1].trim());
    // rrule reads some words it cannot place as a rule with no frequency; Tasks then has no rule.
    if (options === null || options.freq === undefined) return null;
    return { rule: new RRule(options), whenDone: match[2] !== undefined };
  } catch {
    return null;
  }
}

/** The rule as rrule writes it (`every week on Monday`), with ` when done` kept; null when it is no rule. */
export function recurrenceText(text: string): string | null {
  const parsed = parseRecurrence(text);
  if (parsed === null) return null;
  return parsed.rule.toText() + (parsed.whenDone ? ' when done' : '');
}

function after(rule: RRule, start: Date, from: Date): Date | null {
  return new RRule({ ...rule.origOptions, dtstart: start }).after(from);
}

function months(a: Date, b: Date): number {
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

/**
 * The dates of the next occurrence of an action with this rule and these dates, completed on
 * `today`; null when the text is no rule or the rule has no further date.
 */
export function nextOccurrence(ruleText: string, dates: Occurrence, today: string): Occurrence | null {
  const parsed = parseRecurrence(ruleText);
  if (parsed === null) return null;
  const reference = dates.due ?? dates.scheduled ?? dates.start;
  const base = toUtc(parsed.whenDone || reference === null ? today : reference);
  let from = endOfDay(base);
  let next = after(parsed.rule, base, from);
  if (next === null) return null;
  const text = parsed.rule.toText() + (parsed.whenDone ? ' when done' : '');
  const month = /every( \d+)? month(s)?(.*)?/.exec(text);
  const year = /every( \d+)? year(s)?(.*)?/.exec(text);
  const skip = (m: RegExpExecArray) => (m[1] === undefined ? 1 : Number.parseInt(m[1].trim(), 10));
  const tooFar = (n: Date): boolean => {
    if (month !== null && !text.includes(' on ') && months(from, n) > skip(month)) return true;
    return year !== null && n.getUTCFullYear() - from.getUTCFullYear() > skip(year);
  };
  // Each step moves one day back; a year of steps is more than any rule needs.
  for (let steps = 0; steps < 400 && next !== null && tooFar(next); steps += 1) {
    from = new Date(from.getTime() - DAY);
    next = after(parsed.rule, new Date(from.getTime() - (DAY - 1)), from);
  }
  if (next === null) return null;
  if (reference === null) return { due: null, scheduled: null, start: null };
  const ref = toUtc(reference);
  const day = Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate());
  const move = (date: string | null): string | null =>
    date === null ? null : fromUtc(new Date(day + Math.round((toUtc(date).getTime() - ref.getTime()) / DAY) * DAY));
  return { due: move(dates.due), scheduled: move(dates.scheduled), start: move(dates.start) };
}
