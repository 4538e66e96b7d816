/**
 * "Client overview": one client's trajectory in a view of its own, with a selector of the clients
 * the index knows. The client is kept in the view's state, so it comes back with the layout.
 */
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import type { GrowCoachHost } from '../host';
import { ui } from '../i18n';
import { TrajectoryPanel } from './panel';

export const VIEW_TYPE_CLIENT = 'grow-client-overview';
export const CLIENT_ICON = 'line-chart';

export class ClientView extends ItemView {
  private client: string | null = null;
  private panel: TrajectoryPanel | null = null;
  private select: HTMLSelectElement | null = null;
  private knownClients = '';

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: GrowCoachHost,
  ) {
    super(leaf);
    this.navigation = false;
  }

  override getViewType(): string {
    return VIEW_TYPE_CLIENT;
  }

  override getDisplayText(): string {
    const title = ui('clientViewTitle', this.host.language());
    return this.client === null ? title : `${title}: ${this.client}`;
  }

  override getIcon(): string {
    return CLIENT_ICON;
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), client: this.client };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    if (typeof state === 'object' && state !== null) {
      const client = (state as Record<string, unknown>).client;
      if (typeof client === 'string' || client === null) this.setClient(client);
    }
    await super.setState(state, result);
  }

  /** Shows `client`'s trajectory. */
  setClient(client: string | null): void {
    this.client = client;
    this.updateOptions();
    this.panel?.setClient(client);
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass('grow-client-view');
    const language = this.host.language();
    const header = root.createDiv({ cls: 'grow-dashboard-header' });
    header.createDiv({ cls: 'grow-dashboard-title', text: ui('clientViewTitle', language) });
    this.select = header.createEl('select', { cls: 'dropdown grow-client-select', attr: { 'aria-label': ui('clientLabel', language) } });
    this.registerDomEvent(this.select, 'change', () => {
      this.setClient(this.select?.value ? this.select.value : null);
      this.app.workspace.requestSaveLayout();
    });
    this.panel = new TrajectoryPanel(root, this.host, { heading: true });
    this.panel.setClient(this.client);
    this.addChild(this.panel);
    this.updateOptions();
    this.registerEvent(this.host.index.on('changed', () => this.updateOptions()));
  }

  override async onClose(): Promise<void> {
    if (this.panel) this.removeChild(this.panel);
    this.panel = null;
    this.contentEl.empty();
  }

  /** The panel, for the commands and the tests. */
  get trajectoryPanel(): TrajectoryPanel | null {
    return this.panel;
  }

  private updateOptions(): void {
    const select = this.select;
    if (!select) return;
    const clients = this.host.index.clients();
    if (this.client !== null && !clients.includes(this.client)) clients.push(this.client);
    const key = clients.join('\u0000');
    if (key !== this.knownClients) {
      this.knownClients = key;
      select.empty();
      select.createEl('option', { value: '', text: ui('clientChoose', this.host.language()) });
      for (const name of clients) select.createEl('option', { value: name, text: name });
    }
    select.value = this.client ?? '';
  }
}
