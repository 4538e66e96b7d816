/**
 * "GROW actions": every agreed next step across all clients, kept true as notes change.
 * A header with counts, the controls (group by, filter, client, show done), and the action list.
 * It redraws only when the index's revision moved and the view is shown; hidden, it waits.
 */
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import type { Language } from '../../core/i18n';
import { ui, type UiKey } from '../i18n';
import { localToday } from '../../core/note/dates';
import { DEFAULT_QUERY, type ActionQuery } from '../../core/actions/query';
import { ActionList } from './action-list';
import type { GroupBy } from '../../core/actions/query';
import type { GrowCoachHost } from '../host';
import { listDeps } from './list-deps';
import { ReadingNotices } from './reading-notices';
import { ACTIONS_ICON, VIEW_TYPE_ACTIONS } from './view-type';

export { ACTIONS_ICON, VIEW_TYPE_ACTIONS } from './view-type';

const GROUPS: readonly { value: GroupBy; label: UiKey }[] = [
  { value: 'client', label: 'groupClient' },
  { value: 'due', label: 'groupDue' },
  { value: 'note', label: 'groupNote' },
];

/** Makes the ids that tie labels to controls unique among open dashboards. */
let nextControlId = 0;

function isGroupBy(value: unknown): value is GroupBy {
  return value === 'client' || value === 'due' || value === 'note';
}

export class ActionsView extends ItemView {
  private query: ActionQuery = { ...DEFAULT_QUERY };
  private list: ActionList | null = null;
  private titleEl: HTMLElement | null = null;
  private countsEl: HTMLElement | null = null;
  private emptyEl: HTMLElement | null = null;
  private controlsEl: HTMLElement | null = null;
  private clientSelect: HTMLSelectElement | null = null;
  private notices: ReadingNotices | null = null;
  /** The index revision, day and language last drawn: when all three match, there is nothing to do. */
  private drawn: { revision: number; today: string; language: Language; query: string } | null = null;
  private scheduled: number | null = null;
  private knownClients = '';

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: GrowCoachHost,
  ) {
    super(leaf);
    // A dashboard, not a place to navigate from: opening a note never replaces it.
    this.navigation = false;
  }

  override getViewType(): string {
    return VIEW_TYPE_ACTIONS;
  }

  override getDisplayText(): string {
    return ui('viewTitle', this.host.language());
  }

  override getIcon(): string {
    return ACTIONS_ICON;
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), groupBy: this.query.groupBy, filter: this.query.filter, client: this.query.client, showDone: this.query.showDone };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    if (typeof state === 'object' && state !== null) {
      const s = state as Record<string, unknown>;
      if (isGroupBy(s.groupBy)) this.query.groupBy = s.groupBy;
      if (typeof s.filter === 'string') this.query.filter = s.filter;
      if (typeof s.client === 'string' || s.client === null) this.query.client = s.client;
      if (typeof s.showDone === 'boolean') this.query.showDone = s.showDone;
      if (this.controlsEl) this.drawControls();
      this.list?.setOptions({ groupBy: this.query.groupBy });
      this.refresh(true);
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass('grow-dashboard');
    const header = root.createDiv({ cls: 'grow-dashboard-header' });
    this.titleEl = header.createDiv({ cls: 'grow-dashboard-title', text: ui('viewTitle', this.host.language()) });
    this.countsEl = header.createDiv({ cls: 'grow-dashboard-counts', attr: { 'aria-live': 'polite' } });
    this.notices = new ReadingNotices(root, this.host, this);
    this.controlsEl = root.createDiv({ cls: 'grow-dashboard-controls' });
    this.drawControls();
    this.emptyEl = root.createDiv({ cls: 'grow-empty' });
    this.list = new ActionList(
      root,
      listDeps(this.host, this, () => this.list),
      { groupBy: this.query.groupBy },
    );

    // No paths: a rebuild or a settings change (language, lint phrases): draw again even at the same revision.
    this.registerEvent(
      this.host.index.on('changed', (paths) => {
        if (paths.length === 0 && this.drawn) this.drawn = { ...this.drawn, revision: -1 };
        this.refresh();
      }),
    );
    // A hidden view skips redraws; it catches up when it is shown again.
    this.registerEvent(this.app.workspace.on('layout-change', () => this.refresh()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.refresh()));
    // Overdue and "today" change at midnight.
    this.registerInterval(window.setInterval(() => this.refresh(), 60_000));
    this.refresh(true);
  }

  override async onClose(): Promise<void> {
    if (this.scheduled !== null) window.cancelAnimationFrame(this.scheduled);
    this.scheduled = null;
    this.list = null;
    this.notices = null;
    this.contentEl.empty();
  }

  /** Redraws on the next frame if something changed and the view is shown (now when `force`). */
  refresh(force = false): void {
    if (force) {
      this.drawn = null;
      this.render();
      return;
    }
    if (this.scheduled !== null) return;
    this.scheduled = window.requestAnimationFrame(() => {
      this.scheduled = null;
      this.render();
    });
  }

  private queryKey(): string {
    return JSON.stringify(this.query);
  }

  /** Draws what changed since the last draw; nothing when the view is not shown. */
  render(): void {
    if (!this.list || !this.countsEl || !this.emptyEl) return;
    if (!this.contentEl.isShown() && this.drawn !== null) return;
    const language = this.host.language();
    const today = localToday();
    const state = { revision: this.host.index.revision, today, language, query: this.queryKey() };
    const last = this.drawn;
    if (last && last.revision === state.revision && last.today === today && last.language === language && last.query === state.query) return;
    this.drawn = state;

    if (last && last.language !== language) {
      this.titleEl?.setText(ui('viewTitle', language));
      this.drawControls();
    } else this.updateClientOptions();
    const answer = this.host.index.query(this.query, today, language);
    this.countsEl.setText(`${ui('countOpen', language, { n: answer.open })} · ${ui('countOverdue', language, { n: answer.overdue })}`);
    this.countsEl.toggleClass('has-overdue', answer.overdue > 0);
    this.notices?.draw(language);
    this.list.setGroups(answer.groups);
    const empty = answer.total === 0;
    this.list.el.toggleClass('grow-hidden', empty);
    this.emptyEl.toggleClass('grow-hidden', !empty);
    if (empty) this.drawEmpty(language, !this.host.index.ready);
  }

  private drawEmpty(language: Language, loading: boolean): void {
    const el = this.emptyEl;
    if (!el) return;
    el.empty();
    if (loading) {
      el.createDiv({ cls: 'grow-empty-title', text: ui('loading', language) });
      return;
    }
    const filtered = this.query.filter.trim() !== '' || this.query.client !== null;
    el.createDiv({ cls: 'grow-empty-title', text: ui(filtered ? 'emptyNoMatch' : 'emptyTitle', language) });
    if (filtered) return;
    el.createEl('p', { text: ui('emptyHowTo', language) });
    el.createEl('pre', { cls: 'grow-empty-example' }).createEl('code', { text: ui('emptyExample', language) });
    const rules = this.host.settings.rules;
    el.createEl('p', { cls: 'grow-empty-rules', text: ui('emptyRules', language, { type: rules.type, tag: rules.tag, folder: rules.folder }) });
  }

  /** The controls: group by, filter, client, show done. */
  private drawControls(): void {
    const el = this.controlsEl;
    if (!el) return;
    const language = this.host.language();
    el.empty();
    const groupId = `grow-group-by-${(nextControlId += 1)}`;
    el.createEl('label', { cls: 'grow-control-label', text: ui('groupBy', language), attr: { for: groupId } });
    const group = el.createEl('select', { cls: 'dropdown grow-group-by', attr: { id: groupId } });
    for (const option of GROUPS) group.createEl('option', { value: option.value, text: ui(option.label, language) });
    group.value = this.query.groupBy;
    this.registerDomEvent(group, 'change', () => {
      if (!isGroupBy(group.value)) return;
      this.query.groupBy = group.value;
      this.list?.setOptions({ groupBy: group.value });
      this.refresh(true);
      this.app.workspace.requestSaveLayout();
    });

    const filter = el.createEl('input', {
      cls: 'grow-filter',
      type: 'search',
      placeholder: ui('filterPlaceholder', language),
      attr: { 'aria-label': ui('filterLabel', language), spellcheck: 'false' },
    });
    filter.value = this.query.filter;
    this.registerDomEvent(filter, 'input', () => {
      this.query.filter = filter.value;
      this.refresh();
    });

    const client = el.createEl('select', { cls: 'dropdown grow-client-select', attr: { 'aria-label': ui('clientLabel', language) } });
    this.clientSelect = client;
    this.knownClients = '';
    this.updateClientOptions();
    this.registerDomEvent(client, 'change', () => {
      this.query.client = client.value === '' ? null : client.value;
      this.refresh(true);
      this.app.workspace.requestSaveLayout();
    });

    const doneLabel = el.createEl('label', { cls: 'grow-show-done' });
    const done = doneLabel.createEl('input', { type: 'checkbox' });
    done.checked = this.query.showDone;
    doneLabel.appendText(ui('showDone', language));
    this.registerDomEvent(done, 'change', () => {
      this.query.showDone = done.checked;
      this.refresh(true);
      this.app.workspace.requestSaveLayout();
    });
  }

  /** The client selector lists every client the index knows; redrawn only when that list changed. */
  private updateClientOptions(): void {
    const select = this.clientSelect;
    if (!select) return;
    const clients = this.host.index.clients();
    if (this.query.client !== null && !clients.includes(this.query.client)) clients.push(this.query.client);
    const key = clients.join('\u0000');
    if (key === this.knownClients) return;
    this.knownClients = key;
    select.empty();
    select.createEl('option', { value: '', text: ui('allClients', this.host.language()) });
    for (const name of clients) select.createEl('option', { value: name, text: name });
    select.value = this.query.client ?? '';
  }
}
