/**
 * The small chart of a trajectory: the scale (0–10) and the commitment (1–10) over the notes that
 * state them, as SVG built with `createSvg` (no markup strings). Colours come from the theme
 * through CSS classes (`styles.css`), so it reads in light and dark. For screen readers the SVG is
 * one image with a label that says it all, and the numbers are in a visually hidden table too.
 */
import type { Language } from '../../core/i18n';
import type { TrajectorySession } from '../../core/trajectory/trajectory';
import { formatNumber, kindLabel } from '../../core/trajectory/words';
import { ui } from '../i18n';

const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 26;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 26;

/** The notes the chart shows: those with a scale or a commitment, in trajectory order. */
export function chartedSessions(sessions: readonly TrajectorySession[]): TrajectorySession[] {
  return sessions.filter((s) => s.scale !== null || s.commitment !== null);
}

/** A short label under each point: the session number, or the kind's first letter. */
function shortLabel(s: TrajectorySession, language: Language): string {
  if (s.kind === 'session' && s.number !== null) return String(s.number);
  return kindLabel(s.kind, null, language).slice(0, 1).toUpperCase();
}

function describe(sessions: readonly TrajectorySession[], language: Language): string {
  const n = (v: number | null) => (v === null ? '–' : formatNumber(v, language));
  const parts = sessions.map(
    (s) =>
      `${kindLabel(s.kind, s.number, language)} (${s.date ?? '?'}): ${ui('chartScale', language)} ${n(s.scale)}, ${ui('chartCommitment', language)} ${n(s.commitment)}`,
  );
  return `${ui('chartTitle', language)}. ${parts.join('; ')}.`;
}

/** Draws the chart into `parent` (emptied first). Nothing to draw: a quiet line instead. */
export function drawChart(parent: HTMLElement, sessions: readonly TrajectorySession[], language: Language): void {
  parent.empty();
  const shown = chartedSessions(sessions);
  if (shown.length === 0) {
    parent.createDiv({ cls: 'grow-chart-empty', text: ui('chartEmpty', language) });
    return;
  }
  const x = (i: number) => (shown.length === 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2 : LEFT + (i * (WIDTH - LEFT - RIGHT)) / (shown.length - 1));
  const y = (v: number) => TOP + ((10 - v) * (HEIGHT - TOP - BOTTOM)) / 10;
  const svg = parent.createSvg('svg', {
    cls: 'grow-chart',
    attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': describe(shown, language), preserveAspectRatio: 'xMidYMid meet' },
  });
  const grid = svg.createSvg('g', { cls: 'grow-chart-grid', attr: { 'aria-hidden': 'true' } });
  for (const v of [0, 5, 10]) {
    grid.createSvg('line', { attr: { x1: LEFT, x2: WIDTH - RIGHT, y1: y(v), y2: y(v) } });
    grid.createSvg('text', { cls: 'grow-chart-axis', attr: { x: LEFT - 6, y: y(v) + 3, 'text-anchor': 'end' } }).setText(String(v));
  }
  shown.forEach((s, i) => {
    grid.createSvg('text', { cls: 'grow-chart-axis', attr: { x: x(i), y: HEIGHT - BOTTOM + 14, 'text-anchor': 'middle' } }).setText(shortLabel(s, language));
  });
  for (const series of ['scale', 'commitment'] as const) {
    const points = shown.map((s, i) => ({ i, v: s[series] })).filter((p): p is { i: number; v: number } => p.v !== null);
    const g = svg.createSvg('g', { cls: `grow-chart-series grow-chart-${series}`, attr: { 'aria-hidden': 'true' } });
    if (points.length > 1) g.createSvg('polyline', { attr: { points: points.map((p) => `${x(p.i)},${y(p.v)}`).join(' '), fill: 'none' } });
    for (const p of points) g.createSvg('circle', { attr: { cx: x(p.i), cy: y(p.v), r: 3.5, 'data-value': p.v } });
  }
  const legend = parent.createDiv({ cls: 'grow-chart-legend', attr: { 'aria-hidden': 'true' } });
  legend.createSpan({ cls: 'grow-chart-key grow-chart-scale', text: ui('chartScale', language) });
  legend.createSpan({ cls: 'grow-chart-key grow-chart-commitment', text: ui('chartCommitment', language) });

  // In a wrapper: a table grows to its content whatever its own width.
  const table = parent.createDiv({ cls: 'grow-sr-only' }).createEl('table');
  table.createEl('caption', { text: ui('chartTitle', language) });
  const head = table.createEl('thead').createEl('tr');
  for (const key of ['chartNote', 'chartDate', 'chartScale', 'chartCommitment'] as const)
    head.createEl('th', { text: ui(key, language), attr: { scope: 'col' } });
  const body = table.createEl('tbody');
  for (const s of shown) {
    const row = body.createEl('tr');
    row.createEl('th', { text: kindLabel(s.kind, s.number, language), attr: { scope: 'row' } });
    row.createEl('td', { text: s.date ?? '' });
    row.createEl('td', { text: s.scale === null ? '' : formatNumber(s.scale, language) });
    row.createEl('td', { text: s.commitment === null ? '' : formatNumber(s.commitment, language) });
  }
}
