/**
 * The `grow-actions` code block: the dashboard's list inside any note, for example a client's
 * profile page.
 *
 * ```grow-actions
 * client: Anna de Vries
 * group: due
 * due: week
 * done: true
 * ```
 * Options: `client:` (a name or `[[link]]`), `group:` client | due | note, `due:` overdue | week |
 * all, `done:` true | false. It stays live like the dashboard, and redraws only when shown.
 */
import { MarkdownRenderChild } from 'obsidian';
import { localToday } from '../../core/note/dates';
import { bodyLines } from '../../core/note/lines';
import { ui } from '../i18n';
import { wikilinkTarget } from '../../core/note/properties';
import { DEFAULT_QUERY, type ActionQuery } from '../../core/actions/query';
import { ActionList } from './action-list';
import type { GrowCoachHost } from '../host';
import { listDeps } from './list-deps';

export const CODE_BLOCK_LANGUAGE = 'grow-actions';

/** The block's options, and the lines it could not read. */
export function parseBlockOptions(source: string): { query: ActionQuery; errors: string[] } {
  const query: ActionQuery = { ...DEFAULT_QUERY };
  const errors: string[] = [];
  for (const raw of bodyLines(source)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const key = (colon < 0 ? line : line.slice(0, colon)).trim().toLowerCase();
    const value =
      colon < 0
        ? ''
        : line
            .slice(colon + 1)
            .trim()
            .replace(/^(["'])(.*)\1$/, '$2');
    const lower = value.toLowerCase();
    if (key === 'client' && value !== '') query.client = wikilinkTarget(value);
    else if (key === 'group' && (lower === 'client' || lower === 'due' || lower === 'note')) query.groupBy = lower;
    else if (key === 'due' && (lower === 'overdue' || lower === 'week' || lower === 'all')) query.due = lower;
    else if (key === 'done' && (lower === 'true' || lower === 'false' || lower === 'yes' || lower === 'no'))
      query.showDone = lower === 'true' || lower === 'yes';
    else if (key === 'filter') query.filter = value;
    else errors.push(line);
  }
  return { query, errors };
}

export class ActionsBlock extends MarkdownRenderChild {
  private list: ActionList | null = null;
  private emptyEl: HTMLElement | null = null;
  private drawn: string | null = null;

  constructor(
    containerEl: HTMLElement,
    private readonly host: GrowCoachHost,
    private readonly source: string,
    private readonly sourcePath: string,
  ) {
    super(containerEl);
  }

  override onload(): void {
    const { query, errors } = parseBlockOptions(this.source);
    const el = this.containerEl;
    el.addClass('grow-actions-block');
    const language = this.host.language();
    for (const line of errors) el.createDiv({ cls: 'grow-block-error', text: ui('codeBlockError', language, { option: line }) });
    this.emptyEl = el.createDiv({ cls: 'grow-empty grow-hidden' });
    this.list = new ActionList(
      el,
      listDeps(this.host, this, () => this.list),
      { groupBy: query.groupBy },
    );
    this.list.setSourcePath(this.sourcePath);
    this.registerEvent(this.host.index.on('changed', () => this.render(query)));
    // Skipped redraws while hidden are caught up when shown again (as the dashboard view does).
    const { workspace } = this.host.app;
    this.registerEvent(workspace.on('layout-change', () => this.render(query)));
    this.registerEvent(workspace.on('active-leaf-change', () => this.render(query)));
    this.render(query);
  }

  override onunload(): void {
    this.list = null;
  }

  private render(query: ActionQuery): void {
    if (!this.list || !this.emptyEl) return;
    const language = this.host.language();
    const today = localToday();
    const key = `${this.host.index.revision}|${today}|${language}`;
    // Hidden (a collapsed callout, another tab): skip; the next change or layout change redraws.
    if (key === this.drawn || (this.drawn !== null && !this.containerEl.isShown())) return;
    this.drawn = key;
    const answer = this.host.index.query(query, today, language);
    this.list.setGroups(answer.groups);
    const empty = answer.total === 0;
    this.list.el.toggleClass('grow-hidden', empty);
    this.emptyEl.toggleClass('grow-hidden', !empty);
    this.emptyEl.setText(empty ? ui(this.host.index.ready ? 'emptyTitle' : 'loading', language) : '');
  }
}
