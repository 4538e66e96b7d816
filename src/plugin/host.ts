/**
 * What the views, the code block, the status bar and the commands need from the plugin. They get
 * this instead of the plugin class, so no file but `main.ts` depends on the lifecycle.
 */
import type { App } from 'obsidian';
import type { Language } from '../core/i18n';
import type { IndexService } from './index/index-service';
import type { GrowCoachSettings } from './settings/settings';

export interface GrowCoachHost {
  readonly app: App;
  readonly settings: GrowCoachSettings;
  readonly index: IndexService;
  /** The language the UI speaks now. */
  language(): Language;
  /** Opens the dashboard (or reveals it when it is open). */
  openDashboard(): Promise<void>;
}
