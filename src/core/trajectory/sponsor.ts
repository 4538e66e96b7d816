/**
 * The sponsor summary for the three-way meeting (issue 15). Dutch practice: only the goals and the
 * results go to the organisation; what is said in the sessions stays between coach and client. So
 * the summary is built from an allow-list, never by leaving things out: the intake's SMART goals
 * and the sponsor's criteria (frontmatter), the kinds and dates of the meetings, the scale from the
 * first to the last, and the passages the coach marked as shareable (`share.ts`). Reality, Options,
 * action texts, observations and the coach's reflection are never read into it.
 */
import type { Language } from '../i18n';
import { kindLabel, formatNumber, word } from './words';
import type { Trajectory } from './trajectory';

function bullets(items: readonly string[]): string[] {
  return items.map((item) => `- ${item.replace(/\s*\n\s*/g, ' ')}`);
}

/** The summary as markdown, in `language`; `today` (`YYYY-MM-DD`) is the date it was drafted. */
export function sponsorSummary(t: Trajectory, language: Language, today: string): string {
  const out: string[] = [`# ${word('sponsorTitle', language, { client: t.client })}`, '', `_${word('sponsorIntro', language, { date: today })}_`, ''];

  out.push(`## ${word('goals', language)}`, '');
  out.push(...(t.goals.length > 0 ? bullets(t.goals) : [word('noGoals', language)]), '');
  if (t.criteria.length > 0) out.push(`## ${word('criteria', language)}`, '', ...bullets(t.criteria), '');

  const meetings = t.notes.filter((n) => n.kind !== null && n.kind !== 'reflection');
  const dated = meetings.filter((n) => n.date !== null);
  out.push(`## ${word('sponsorMeetings', language)}`, '');
  if (meetings.length === 0) out.push(word('sponsorNoMeetings', language));
  else {
    const first = dated[0]?.date ?? word('noDate', language);
    const last = dated[dated.length - 1]?.date ?? word('noDate', language);
    out.push(
      meetings.length === 1 ? word('sponsorOneMeeting', language, { first }) : word('sponsorMeetingCount', language, { n: meetings.length, first, last }),
    );
    out.push('');
    for (const n of meetings) out.push(`- ${n.date ?? word('noDate', language)}: ${kindLabel(n.kind ?? 'session', n.number, language)}`);
  }
  out.push('');

  out.push(`## ${word('sponsorScale', language)}`, '');
  const scaled = t.notes.filter((n) => n.scale !== null);
  const firstScaled = scaled[0];
  const lastScaled = scaled[scaled.length - 1];
  if (firstScaled?.scale == null || lastScaled?.scale == null) out.push(word('scaleNone', language));
  else
    out.push(
      word('sponsorScaleValue', language, {
        first: formatNumber(firstScaled.scale, language),
        firstDate: firstScaled.date ?? word('noDate', language),
        last: formatNumber(lastScaled.scale, language),
        lastDate: lastScaled.date ?? word('noDate', language),
      }),
    );
  out.push('');

  out.push(`## ${word('sponsorShared', language)}`, '');
  const sharing = t.notes.filter((n) => n.shared.length > 0);
  if (sharing.length === 0) out.push(word('sponsorNothingShared', language), '');
  for (const n of sharing) {
    out.push(`### ${n.date ?? word('noDate', language)}: ${kindLabel(n.kind ?? 'session', n.number, language)}`, '');
    for (const passage of n.shared) out.push(passage, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
