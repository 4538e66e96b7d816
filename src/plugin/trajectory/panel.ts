/**
 * The client overview that the client view and the `grow-client` code block share: the coaching
 * question, the SMART goals and the sponsor's criteria, the chart of scale and commitment, the
 * follow-through overall and per session, and the open actions (click to open the note there).
 *
 * It listens to the index service, as the dashboard does, and to the metadata cache for the
 * client's notes (their properties and prose): a change to one of them (or a rebuild, or a settings
 * change) marks it stale; it reads and draws only while it is shown,
 * and catches up when it is shown again (layout change, another leaf made active).
 */
import { Component, TFile } from 'obsidian';
import type { Language } from '../../core/i18n';
import { buildTrajectory, rateOf, sameClient, type Trajectory } from '../../core/trajectory/trajectory';
import { formatNumber, formatRate, kindLabel } from '../../core/trajectory/words';
import type { GrowCoachHost } from '../host';
import { ui } from '../i18n';
import { drawChart } from './chart';
import { readClientNotes } from './read';

export class TrajectoryPanel extends Component {
  readonly el: HTMLElement;
  private client: string | null = null;
  private stale = true;
  private generation = 0;
  /** The files of the last drawing: a change to one of them (a rename, a new client) redraws. */
  private files = new Set<string>();
  /** The last trajectory drawn (for the tests and the commands). */
  trajectory: Trajectory | null = null;
  /** Resolves when the drawing in progress is done (for the tests). */
  drawing: Promise<void> = Promise.resolve();

  constructor(
    parent: HTMLElement,
    private readonly host: GrowCoachHost,
    private readonly options: { heading: boolean },
  ) {
    super();
    this.el = parent.createDiv({ cls: 'grow-client-panel' });
  }

  override onload(): void {
    this.registerEvent(
      this.host.index.on('changed', (paths) => {
        if (paths.length === 0 || paths.some((p) => this.concerns(p))) this.invalidate();
      }),
    );
    // The index tells only of changed actions, client, date, type or tags; the goals, a duration or
    // a scale are properties and prose, so a change of one of the client's notes is watched here too.
    this.registerEvent(
      this.host.app.metadataCache.on('changed', (file) => {
        if (this.concerns(file.path)) this.invalidate();
      }),
    );
    // One listener for every link the panel draws (they are drawn again on each change).
    this.registerDomEvent(this.el, 'click', (evt) => {
      const target = evt.target;
      if (!(target instanceof Element) || !target.closest('a.grow-note-link')) return;
      const item = target.closest<HTMLElement>('[data-file]');
      if (!item) return;
      evt.preventDefault();
      void this.open(item.dataset.file ?? '', Number(item.dataset.line ?? '1'));
    });
    const { workspace } = this.host.app;
    this.registerEvent(workspace.on('layout-change', () => this.refresh()));
    this.registerEvent(workspace.on('active-leaf-change', () => this.refresh()));
    this.refresh();
  }

  setClient(client: string | null): void {
    if (client === this.client) return;
    this.client = client;
    this.invalidate();
  }

  private concerns(path: string): boolean {
    if (this.files.has(path)) return true;
    const entry = this.host.index.entry(path);
    return entry !== null && this.client !== null && sameClient(entry.client, this.client);
  }

  private invalidate(): void {
    this.stale = true;
    this.refresh();
  }

  /** Reads and draws when stale and shown (the first drawing happens even before it is attached). */
  refresh(): void {
    if (!this.stale || (this.trajectory !== null && !this.el.isShown())) return;
    this.stale = false;
    const generation = ++this.generation;
    this.drawing = this.draw(generation);
  }

  private async draw(generation: number): Promise<void> {
    const language = this.host.language();
    const client = this.client;
    if (client === null) {
      this.files = new Set();
      this.el.empty();
      this.el.createDiv({ cls: 'grow-empty', text: ui('clientNone', language) });
      return;
    }
    const notes = await readClientNotes(this.host, client);
    if (generation !== this.generation) return;
    const trajectory = buildTrajectory(client, notes);
    this.trajectory = trajectory;
    this.files = new Set(notes.map((n) => n.file));
    this.render(trajectory, language);
  }

  private render(t: Trajectory, language: Language): void {
    const el = this.el;
    el.empty();
    if (this.options.heading) el.createEl('h3', { cls: 'grow-client-title', text: t.client });
    if (t.sessions.length === 0) {
      el.createDiv({ cls: 'grow-empty', text: ui(this.host.index.ready ? 'clientNoNotes' : 'loading', language, { client: t.client }) });
      return;
    }
    // What could not be read (a duration written as words, two intakes): said quietly, never guessed.
    for (const warning of t.warnings) el.createDiv({ cls: 'grow-block-error grow-client-warning', text: warning });
    if (t.coachingQuestion !== null) {
      const q = el.createDiv({ cls: 'grow-client-question' });
      q.createSpan({ cls: 'grow-client-label', text: `${ui('clientQuestion', language)}: ` });
      q.appendText(t.coachingQuestion);
    }
    this.list(el, ui('clientGoals', language), t.goals, ui('clientNoGoals', language));
    if (t.criteria.length > 0) this.list(el, ui('clientCriteria', language), t.criteria, '');

    el.createEl('h4', { text: ui('chartTitle', language) });
    drawChart(el.createDiv({ cls: 'grow-chart-box' }), t.sessions, language);

    el.createEl('h4', { text: ui('clientFollowThrough', language) });
    const f = t.followThrough;
    el.createDiv({
      cls: 'grow-client-follow',
      text:
        f.rate === null ? ui('clientFollowNone', language) : ui('clientFollowValue', language, { done: f.done, agreed: f.agreed, rate: formatRate(f.rate) }),
    });
    const grow = t.sessions.filter((s) => s.kind === 'session');
    if (grow.length > 0) {
      const table = el.createEl('table', { cls: 'grow-client-sessions' });
      const head = table.createEl('thead').createEl('tr');
      for (const key of ['chartNote', 'chartDate', 'chartCommitment', 'clientDone'] as const)
        head.createEl('th', { text: ui(key, language), attr: { scope: 'col' } });
      const body = table.createEl('tbody');
      for (const s of grow) {
        const row = body.createEl('tr', { attr: { 'data-file': s.file } });
        row.createEl('th', { text: kindLabel(s.kind, s.number, language), attr: { scope: 'row' } });
        row.createEl('td', { text: s.date ?? '' });
        row.createEl('td', { text: s.commitment === null ? '–' : formatNumber(s.commitment, language) });
        const rate = rateOf(s.actions.done, s.actions.agreed);
        row.createEl('td', { text: rate === null ? '–' : `${s.actions.done}/${s.actions.agreed} (${formatRate(rate)})` });
      }
    }

    el.createEl('h4', { text: ui('clientOpenActions', language) });
    if (t.openActions.length === 0) el.createDiv({ cls: 'grow-empty', text: ui('emptyTitle', language) });
    else {
      const list = el.createEl('ul', { cls: 'grow-client-actions' });
      for (const a of t.openActions) {
        const item = list.createEl('li', { attr: { 'data-file': a.file, 'data-line': a.line } });
        item.createSpan({ cls: 'grow-client-action-text', text: a.text });
        if (a.due !== null) item.createSpan({ cls: 'grow-due', text: ui('due', language, { date: a.due }) });
        item.createEl('a', { cls: 'grow-note-link', text: a.date ?? a.file, attr: { href: '#', 'aria-label': `${ui('openNote', language)}: ${a.file}` } });
      }
    }
  }

  private list(el: HTMLElement, title: string, items: readonly string[], empty: string): void {
    el.createEl('h4', { text: title });
    if (items.length === 0) {
      el.createDiv({ cls: 'grow-empty', text: empty });
      return;
    }
    const ul = el.createEl('ul', { cls: 'grow-client-list' });
    for (const item of items) ul.createEl('li', { text: item });
  }

  private async open(path: string, line: number): Promise<void> {
    const file = this.host.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return;
    await this.host.app.workspace.getLeaf('tab').openFile(file, { active: true, eState: { line: line - 1 } });
  }
}
