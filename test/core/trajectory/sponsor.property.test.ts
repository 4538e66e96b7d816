/**
 * The sponsor summary never holds a word of Reality (issue 15), whatever the notes look like:
 * generated trajectories whose Reality, Options, Will, observations and coach's reflection are
 * written in "secret" words (all starting `zq`, which no other part uses), with shared sections and
 * `[!share]` callouts in public words placed before, after and around them at any heading level.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sponsorSummary } from '../../../src/core/trajectory/sponsor';
import { buildTrajectory } from '../../../src/core/trajectory/trajectory';
import { note } from './read';

const letters = fc.array(fc.constantFrom(...'abcdefghijklmnoprstuvw'), { minLength: 3, maxLength: 8 }).map((a) => a.join(''));
const secret = letters.map((w) => `zq${w}`);
const publicWord = letters.filter((w) => !w.startsWith('zq'));
const sentence = (word: fc.Arbitrary<string>) => fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));

const REALITY = ['Realiteit', 'Reality', 'R — Reality', 'Huidige situatie', '2. Realiteit (Reality)', 'Current reality'];
const OPTIONS = ['Opties', 'Options', 'Mogelijkheden'];
const WILL = ['Wil', 'Will', 'Acties', 'Way forward'];
const CONFIDENTIAL = ['Observaties', 'Observations', 'Reflectie van de coach', "Coach's reflection"];
const SHARE = ['Voor de opdrachtgever', 'For the sponsor', '🤝 Voor de opdrachtgever'];

type Block = { kind: 'section'; level: number; heading: string; body: string[] } | { kind: 'callout'; title: string; body: string };

const level = fc.integer({ min: 1, max: 4 });
const secretSection = fc.record({
  kind: fc.constant('section' as const),
  level,
  heading: fc.constantFrom(...REALITY, ...OPTIONS, ...WILL, ...CONFIDENTIAL),
  body: fc.array(
    fc.oneof(
      sentence(secret),
      sentence(secret).map((s) => `- ${s}`),
      sentence(secret).map((s) => `- [ ] ${s}`),
      sentence(secret).map((s) => `> [!tip]- ${s}\n> ${s}`),
      sentence(secret).map((s) => `Schaal: 6 ${s}`),
    ),
    { minLength: 1, maxLength: 3 },
  ),
});
const shareSection = fc.record({
  kind: fc.constant('section' as const),
  level,
  heading: fc.constantFrom(...SHARE),
  body: fc.array(
    fc.oneof(
      sentence(publicWord),
      sentence(secret).map((s) => `> [!question] ${s}`),
      sentence(secret).map((s) => `<!-- ${s} -->`),
      sentence(secret).map((s) => `%% ${s} %%`),
    ),
    { minLength: 1, maxLength: 3 },
  ),
});
const shareCallout = fc.record({ kind: fc.constant('callout' as const), title: sentence(publicWord), body: sentence(publicWord) });
const blocks = fc.array(fc.oneof(secretSection, secretSection, shareSection, shareCallout), { minLength: 1, maxLength: 8 });

function render(blocksOf: Block[], n: number): string {
  const out = ['---', 'kind: session', 'client: Anna', `date: 2026-10-${String(n + 10).padStart(2, '0')}`, `session: ${n}`, '---', ''];
  for (const b of blocksOf) {
    if (b.kind === 'callout') out.push(`> [!share] ${b.title}`, `> ${b.body}`, '');
    else out.push(`${'#'.repeat(b.level)} ${b.heading}`, '', ...b.body.flatMap((l) => [l, '']));
  }
  return out.join('\n');
}

describe('the sponsor summary (property)', () => {
  it('never contains a word written in Reality, Options, Will, observations, the reflection or a prompt', () => {
    fc.assert(
      fc.property(fc.array(blocks, { minLength: 1, maxLength: 4 }), fc.array(sentence(publicWord), { maxLength: 3 }), (sessions, goals) => {
        const intake = ['---', 'kind: intake', 'client: Anna', 'date: 2026-09-01', 'goals:', ...goals.map((g) => `  - ${g}`), '---', '', 'Schaal: 3', ''].join(
          '\n',
        );
        const notes = [note('intake.md', intake), ...sessions.map((s, i) => note(`s${i + 1}.md`, render(s, i + 1)))];
        const summary = sponsorSummary(buildTrajectory('Anna', notes), 'nl', '2026-12-01');
        expect(summary).not.toMatch(/zq/);
        for (const goal of goals) expect(summary).toContain(goal);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every shared passage (the property above is not met by sharing nothing)', () => {
    fc.assert(
      fc.property(fc.array(shareCallout, { minLength: 1, maxLength: 3 }), (callouts) => {
        const summary = sponsorSummary(buildTrajectory('Anna', [note('s.md', render(callouts, 1))]), 'en', '2026-12-01');
        for (const c of callouts) expect(summary).toContain(`**${c.title}**\n\n${c.body}`);
      }),
      { numRuns: 100 },
    );
  });
});
