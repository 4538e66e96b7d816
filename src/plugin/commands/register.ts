/**
 * Registers every command; each lives in its own file. Ids carry neither the plugin's id nor the
 * word "command", names are in sentence case, and no command has a default hotkey.
 */
import type { Plugin } from 'obsidian';
import type { GrowCoachHost } from '../host';
import { addExportTemplatesCommand } from './export-templates';
import { addInsertGrowSessionCommand } from './insert-grow-session';
import { addInsertReflectiveQuestionsCommand } from './insert-reflective-questions';
import { addInsertTemplateCommand } from './insert-template';
import { addNewSessionCommand } from './new-session';
import { addOpenDashboardCommand } from './open-dashboard';
import { addParseAllCommand } from './parse-all';
import { addParseNoteCommand } from './parse-note';
import { addOpenClientOverviewCommand } from '../trajectory/open-client-overview';
import { addCreateSponsorSummaryCommand } from '../trajectory/create-sponsor-summary';
import { addExportHoursLogCommand } from '../trajectory/export-hours-log';

export function registerCommands(plugin: Plugin, host: GrowCoachHost): void {
  addOpenDashboardCommand(plugin, host);
  addNewSessionCommand(plugin, host);
  addInsertGrowSessionCommand(plugin, host);
  addInsertReflectiveQuestionsCommand(plugin, host);
  addInsertTemplateCommand(plugin, host);
  addParseNoteCommand(plugin, host);
  addParseAllCommand(plugin, host);
  addExportTemplatesCommand(plugin, host);
  addOpenClientOverviewCommand(plugin, host);
  addCreateSponsorSummaryCommand(plugin, host);
  addExportHoursLogCommand(plugin, host);
}
