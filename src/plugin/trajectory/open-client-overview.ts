/**
 * "Open client overview": the client view for the client of the active note (a coaching note's
 * `client`, or the client's own page); with no such note, a choice of the clients the index knows.
 */
import { requireApiVersion, type Plugin } from 'obsidian';
import type { GrowCoachHost } from '../host';
import { ui } from '../i18n';
import { ClientPicker } from '../commands/new-session';
import { clientOfNote } from './read';
import { ClientView, VIEW_TYPE_CLIENT } from './view';

/** Opens (or reveals) the client view and shows `client` in it. */
export async function openClientOverview(host: GrowCoachHost, client: string): Promise<void> {
  const { workspace } = host.app;
  const existing = workspace.getLeavesOfType(VIEW_TYPE_CLIENT)[0];
  const leaf = existing ?? workspace.getLeaf('tab');
  if (!existing) await leaf.setViewState({ type: VIEW_TYPE_CLIENT, active: true, state: { client } });
  if (leaf.view instanceof ClientView) leaf.view.setClient(client);
  if (requireApiVersion('1.7.2')) await workspace.revealLeaf(leaf);
  else workspace.setActiveLeaf(leaf, { focus: true });
}

/** The client of the active note, else the coach's choice. */
export function withClient(host: GrowCoachHost, then: (client: string) => void): void {
  const file = host.app.workspace.getActiveFile();
  const client = file ? clientOfNote(host, file.path) : null;
  if (client !== null) then(client);
  else new ClientPicker(host.app, host, then).open();
}

export function addOpenClientOverviewCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'open-client-overview',
    name: ui('cmdClientOverview', host.language()),
    callback: () => withClient(host, (client) => void openClientOverview(host, client)),
  });
}
