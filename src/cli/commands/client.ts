/**
 * `grow-coach client <vault> --client NAME [--json] [--lang nl|en]`: one client's trajectory (issue
 * 15): the notes in date order with their kind, number, scale, commitment and actions, the intake's
 * goals and criteria, and the follow-through. `--json` gives exactly the shape of the issue.
 */
import path from 'node:path';
import type { Language } from '../../core/i18n';
import { buildTrajectory, rateOf, trajectoryJson, type Trajectory } from '../../core/trajectory/trajectory';
import { formatNumber, formatRate, kindLabel, word } from '../../core/trajectory/words';
import { UsageError, type CliIO } from '../io';
import { detectLanguage } from '../messages';
import { readTrajectoryNotes } from '../read-trajectory';
import { requireDirectory } from '../vault';
import { trajectoryArgs } from './trajectory-options';
import { trajectoryText } from './trajectory-text';

/** The trajectory of the client named by `--client`, or a usage error. */
export async function clientTrajectory(argv: string[], io: CliIO, command: string, spec: { flags?: string[]; values?: string[] }) {
  const args = trajectoryArgs(argv, { flags: spec.flags, values: ['client', ...(spec.values ?? [])] });
  const language: Language = detectLanguage(argv, process.env);
  const text = trajectoryText(language);
  if (args.vault === undefined) throw new UsageError(text.needsVault(command));
  if (args.extra.length > 0) throw new UsageError(text.oneVault(args.extra.join(' ')));
  const client = args.values.get('client')?.trim();
  if (client === undefined || client === '') throw new UsageError(text.needsClient(command));
  await requireDirectory(args.vault);
  const { notes } = await readTrajectoryNotes(path.resolve(args.vault), args.rules, io, client);
  const trajectory = buildTrajectory(client, notes);
  if (trajectory.sessions.length === 0) throw new UsageError(word('noTrajectory', language, { client }));
  // The notes' own problems were named as they were read; what is left is about the trajectory.
  const named = new Set(trajectory.notes.flatMap((n) => n.warnings));
  for (const warning of trajectory.warnings.filter((w) => !named.has(w))) io.err(`warning: ${warning}`);
  return { args, language, trajectory };
}

/** The readable summary of a trajectory. */
export function trajectoryLines(t: Trajectory, language: Language): string[] {
  const n = (v: number | null) => (v === null ? '–' : formatNumber(v, language));
  const lines = [word('trajectoryTitle', language, { client: t.client }), ''];
  if (t.coachingQuestion !== null) lines.push(`${word('coachingQuestion', language)}: ${t.coachingQuestion}`, '');
  lines.push(`${word('goals', language)}:`, ...(t.goals.length > 0 ? t.goals.map((g) => `  - ${g}`) : [`  ${word('noGoals', language)}`]));
  if (t.criteria.length > 0) lines.push(`${word('criteria', language)}:`, ...t.criteria.map((c) => `  - ${c}`));
  lines.push('', `${word('notes', language)}:`);
  for (const s of t.sessions) {
    const parts = [`  ${s.date ?? word('noDate', language)}  ${kindLabel(s.kind, s.number, language)}`];
    parts.push(`${word('scale', language)} ${n(s.scale)}`, `${word('commitment', language)} ${n(s.commitment)}`);
    const a = s.actions;
    if (a.agreed + a.cancelled > 0) parts.push(word('actionsCounts', language, { ...a }));
    const rate = rateOf(a.done, a.agreed);
    if (s.kind === 'session' && rate !== null) parts.push(`${word('followThrough', language).toLowerCase()} ${formatRate(rate)}`);
    lines.push(parts.join(' · '), `      ${s.file}`);
  }
  const f = t.followThrough;
  lines.push(
    '',
    `${word('followThrough', language)}: ${f.rate === null ? word('followThroughNone', language) : word('followThroughValue', language, { done: f.done, agreed: f.agreed, rate: formatRate(f.rate) })}`,
  );
  lines.push(
    t.scale.first === null || t.scale.last === null
      ? word('scaleNone', language)
      : word('scaleTrend', language, { first: n(t.scale.first), last: n(t.scale.last) }),
  );
  lines.push('', `${word('openActions', language)}:`);
  if (t.openActions.length === 0) lines.push(`  ${word('noOpenActions', language)}`);
  for (const a of t.openActions) lines.push(`  - [ ] ${a.text}${a.due === null ? '' : ` (${word('dueOn', language, { date: a.due })})`} · ${a.file}:${a.line}`);
  return lines;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { args, language, trajectory } = await clientTrajectory(argv, io, 'client', { flags: ['json'] });
  if (args.flags.has('json')) io.out(JSON.stringify(trajectoryJson(trajectory), null, 2));
  else for (const line of trajectoryLines(trajectory, language)) io.out(line);
  return 0;
}
