/** "Open actions dashboard". */
import type { Plugin } from 'obsidian';
import { ui } from '../i18n';
import type { GrowCoachHost } from '../host';

export function addOpenDashboardCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'open-actions-dashboard',
    name: ui('openDashboard', host.language()),
    callback: () => void host.openDashboard(),
  });
}
