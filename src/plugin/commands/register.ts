/**
 * Registers every command. Each command lives in its own file; ids carry neither the plugin's id
 * nor the word "command", names are in sentence case, and no command has a default hotkey.
 */
import type { Plugin } from 'obsidian';
import { ui } from '../../core/i18n-ui';
import type { GrowCoachHost } from '../host';

export function registerCommands(plugin: Plugin, host: GrowCoachHost): void {
  const language = host.language();
  plugin.addCommand({
    id: 'open-actions-dashboard',
    name: ui('openDashboard', language),
    callback: () => void host.openDashboard(),
  });
}
