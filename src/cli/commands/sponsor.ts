/**
 * `grow-coach sponsor <vault> --client NAME [--lang nl|en] [--today YYYY-MM-DD]`: the sponsor
 * summary for the three-way meeting (issue 15) as markdown on stdout: the goals, the criteria, the
 * meetings, the scale from first to last, and only what the coach marked as shareable. Nothing is
 * written and nothing is sent: the coach reads it, edits it, and shares it themselves.
 */
import { localToday } from '../../core/note/dates';
import { sponsorSummary } from '../../core/trajectory/sponsor';
import type { CliIO } from '../io';
import { clientTrajectory } from './client';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { args, language, trajectory } = await clientTrajectory(argv, io, 'sponsor', { values: ['today'] });
  io.out(sponsorSummary(trajectory, language, args.date('today') ?? localToday()).trimEnd());
  return 0;
}
