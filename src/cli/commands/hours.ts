/**
 * `grow-coach hours <vault> [--csv] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lang nl|en]`: the
 * coaching hours log (issue 15). Without `--csv`: the ICF log as a markdown table with the totals,
 * the EMCC counts and what could not be counted. With `--csv`: only the CSV (RFC 4180) on stdout,
 * so that it can be redirected into a file; the totals and the notes go to stderr.
 */
import path from 'node:path';
import type { Language } from '../../core/i18n';
import { hoursCsv, hoursLog, hoursMarkdown, hoursNotes, hoursProblems } from '../../core/trajectory/hours';
import { word } from '../../core/trajectory/words';
import { UsageError, type CliIO } from '../io';
import { detectLanguage } from '../messages';
import { readTrajectoryNotes } from '../read-trajectory';
import { requireDirectory } from '../vault';
import { trajectoryArgs } from './trajectory-options';
import { trajectoryText } from './trajectory-text';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = trajectoryArgs(argv, { flags: ['csv'], values: ['from', 'to'] });
  const language: Language = detectLanguage(argv, process.env);
  const text = trajectoryText(language);
  if (args.vault === undefined) throw new UsageError(text.needsVault('hours'));
  if (args.extra.length > 0) throw new UsageError(text.oneVault(args.extra.join(' ')));
  const from = args.date('from');
  const to = args.date('to');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(text.fromAfterTo(from, to));
  await requireDirectory(args.vault);
  const vault = await readTrajectoryNotes(path.resolve(args.vault), args.rules, io);
  const log = hoursLog(vault.notes, { from, to, clientPage: vault.clientPage });
  if (args.flags.has('csv')) {
    // CSV ends its records with CRLF (RFC 4180); `io.out` adds the last line's LF.
    io.out(hoursCsv(log).replace(/\n$/, ''));
    for (const line of [...hoursNotes(log, language), ...hoursProblems(log, language)]) io.err(line);
    return 0;
  }
  if (log.rows.length === 0 && log.leftOff.clients === 0) io.err(word('hoursNone', language));
  io.out(hoursMarkdown(log, language, { from, to }).trimEnd());
  return 0;
}
