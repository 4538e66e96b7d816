/**
 * The coaching hours log (issue 15): the ICF client coaching log, one row per client (and per way
 * of coaching: individual, or a group of a given size), then the totals; and the EMCC counts.
 *
 * - Hours come only from a note's `duration` (minutes) and `paid`; a conversation note without a
 *   duration, or without `paid`, is named and not counted: nothing is guessed. A reflection
 *   (homework for the client) without a duration is no coaching time and is not named.
 * - A client with `icf_consent: false` on their page or in any of their notes is left off the
 *   ICF log, as ICF requires; a line says how many hours that leaves off. The EMCC counts are
 *   totals without names, so they include every client.
 * - Hours are summed in minutes and only then written as hours, with at most two decimals.
 * - The CSV follows RFC 4180: CRLF between records, a field in double quotes when it holds a
 *   comma, a double quote, CR or LF, and a double quote inside doubled.
 */
import type { Language } from '../i18n';
import type { TrajectoryNote } from './note';
import type { TrajectoryProperties } from './properties';
import { compareNotes, sameClient } from './trajectory';
import { formatNumber, word } from './words';

export const ICF_COLUMNS = [
  'Client Name',
  'Contact Information',
  'Individual/Group',
  'Number in Group',
  'Start Date',
  'End Date',
  'Paid Hours',
  'Pro Bono Hours',
] as const;

export interface HoursRow {
  client: string;
  contact: string;
  mode: 'Individual' | 'Group';
  /** The group's size, for group coaching. */
  groupSize: number | null;
  start: string;
  end: string;
  paidMinutes: number;
  proBonoMinutes: number;
}

export interface HoursLog {
  rows: HoursRow[];
  totals: { paidMinutes: number; proBonoMinutes: number };
  emcc: { minutes: number; clients: number };
  leftOff: { minutes: number; clients: number };
  /** Conversation notes in the period without a duration (files). */
  missingDuration: string[];
  /** Notes with a duration but without `paid` (files). */
  missingPaid: string[];
  /** Notes with a duration but without a date (files): they cannot be placed in a period. */
  undated: string[];
}

export interface HoursOptions {
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  /** The client's page (`[[Name]]`), by client name: `icf_consent` and `contact` may be there. */
  clientPage?: (client: string) => TrajectoryProperties | null;
}

/** The log over the conversation notes of every client among `notes`. */
export function hoursLog(notes: readonly TrajectoryNote[], options: HoursOptions = {}): HoursLog {
  const log: HoursLog = {
    rows: [],
    totals: { paidMinutes: 0, proBonoMinutes: 0 },
    emcc: { minutes: 0, clients: 0 },
    leftOff: { minutes: 0, clients: 0 },
    missingDuration: [],
    missingPaid: [],
    undated: [],
  };
  const inPeriod = (date: string) => (options.from === undefined || date >= options.from) && (options.to === undefined || date <= options.to);
  const byClient = new Map<string, TrajectoryNote[]>();
  for (const note of [...notes].sort(compareNotes)) {
    if (note.kind === null || note.client === null) continue;
    const key = [...byClient.keys()].find((k) => sameClient(k, note.client)) ?? note.client;
    byClient.set(key, [...(byClient.get(key) ?? []), note]);
  }
  const emccClients = new Set<string>();
  const leftOffClients = new Set<string>();
  for (const [client, clientNotes] of [...byClient].sort(([a], [b]) => a.localeCompare(b))) {
    const page = options.clientPage?.(client) ?? null;
    const consent = page?.icfConsent !== false && clientNotes.every((n) => n.properties.icfConsent !== false);
    const contact = page?.contact ?? clientNotes.find((n) => n.properties.contact !== null)?.properties.contact ?? '';
    const rows = new Map<string, HoursRow>();
    for (const note of clientNotes) {
      const { duration, paid, group } = note.properties;
      if (duration === null) {
        if (note.kind !== 'reflection' && (note.date === null || inPeriod(note.date))) log.missingDuration.push(note.file);
        continue;
      }
      if (note.date === null) {
        log.undated.push(note.file);
        continue;
      }
      if (!inPeriod(note.date)) continue;
      if (paid === null) {
        log.missingPaid.push(note.file);
        continue;
      }
      emccClients.add(client);
      log.emcc.minutes += duration;
      if (!consent) {
        leftOffClients.add(client);
        log.leftOff.minutes += duration;
        continue;
      }
      const size = group !== null && group > 1 ? group : null;
      const key = size === null ? 'individual' : `group ${size}`;
      let row = rows.get(key);
      if (row === undefined) {
        row = {
          client,
          contact,
          mode: size === null ? 'Individual' : 'Group',
          groupSize: size,
          start: note.date,
          end: note.date,
          paidMinutes: 0,
          proBonoMinutes: 0,
        };
        rows.set(key, row);
      }
      if (note.date < row.start) row.start = note.date;
      if (note.date > row.end) row.end = note.date;
      if (paid) row.paidMinutes += duration;
      else row.proBonoMinutes += duration;
    }
    for (const row of rows.values()) {
      log.rows.push(row);
      log.totals.paidMinutes += row.paidMinutes;
      log.totals.proBonoMinutes += row.proBonoMinutes;
    }
  }
  log.emcc.clients = emccClients.size;
  log.leftOff.clients = leftOffClients.size;
  return log;
}

/** Minutes as hours with at most two decimals, the point as separator (the ICF log is English). */
export function hoursText(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** One CSV field, quoted only when RFC 4180 needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cells(row: HoursRow): string[] {
  return [
    row.client,
    row.contact,
    row.mode,
    row.groupSize === null ? '' : String(row.groupSize),
    row.start,
    row.end,
    hoursText(row.paidMinutes),
    hoursText(row.proBonoMinutes),
  ];
}

/** The ICF log as CSV: the header, a record per row, and the totals record; CRLF after each. */
export function hoursCsv(log: HoursLog): string {
  const records = [
    [...ICF_COLUMNS],
    ...log.rows.map(cells),
    ['Total', '', '', '', '', '', hoursText(log.totals.paidMinutes), hoursText(log.totals.proBonoMinutes)],
  ];
  return records.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function tableCell(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

/** The lines after the table: totals, EMCC counts, what was left off and why. */
export function hoursNotes(log: HoursLog, language: Language): string[] {
  const hours = (m: number) => formatNumber(m / 60, language);
  const lines = [
    word('hoursTotals', language, { paid: hours(log.totals.paidMinutes), proBono: hours(log.totals.proBonoMinutes) }),
    word(log.emcc.clients === 1 ? 'hoursEmccOne' : 'hoursEmcc', language, { hours: hours(log.emcc.minutes), clients: log.emcc.clients }),
  ];
  if (log.leftOff.clients > 0)
    lines.push(
      word(log.leftOff.clients === 1 ? 'hoursLeftOffOne' : 'hoursLeftOff', language, { hours: hours(log.leftOff.minutes), clients: log.leftOff.clients }),
    );
  return lines;
}

/** What could not be counted, one line per note. */
export function hoursProblems(log: HoursLog, language: Language): string[] {
  return [
    ...log.missingDuration.map((file) => word('hoursMissingDuration', language, { file })),
    ...log.missingPaid.map((file) => word('hoursMissingPaid', language, { file })),
    ...log.undated.map((file) => word('hoursUndated', language, { file })),
  ];
}

/** The log as a markdown note: the ICF table, the totals, the EMCC counts, what was not counted. */
export function hoursMarkdown(log: HoursLog, language: Language, period: { from?: string; to?: string } = {}): string {
  const out = [`# ${word('hoursTitle', language)}`, ''];
  if (period.from !== undefined || period.to !== undefined)
    out.push(word('hoursPeriod', language, { from: period.from ?? word('hoursAll', language), to: period.to ?? word('hoursAll', language) }), '');
  out.push(`| ${ICF_COLUMNS.join(' | ')} |`, `| ${ICF_COLUMNS.map(() => '---').join(' | ')} |`);
  for (const row of log.rows) out.push(`| ${cells(row).map(tableCell).join(' | ')} |`);
  out.push(
    `| **${word('hoursTotal', language)}** |  |  |  |  |  | **${hoursText(log.totals.paidMinutes)}** | **${hoursText(log.totals.proBonoMinutes)}** |`,
    '',
  );
  for (const line of hoursNotes(log, language)) out.push(line, '');
  const problems = hoursProblems(log, language);
  if (problems.length > 0) out.push(...problems.map((p) => `- ${p}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}
