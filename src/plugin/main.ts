import { getLanguage, Plugin, requireApiVersion } from 'obsidian';
import type { Language } from '../core/i18n';
import { readSettings, resolveLanguage, type GrowCoachSettings } from './settings';
import { GrowCoachSettingTab } from './settings-tab';

/** GROW Coach: lifecycle only; commands, views and listeners live in their own files. */
export default class GrowCoachPlugin extends Plugin {
  override settings: GrowCoachSettings = readSettings(null);

  override async onload(): Promise<void> {
    this.settings = readSettings(await this.loadData());
    this.addSettingTab(new GrowCoachSettingTab(this.app, this, this));
  }

  /** The language the UI speaks: the setting, else Obsidian's. */
  language(): Language {
    return resolveLanguage(this.settings.language, this.obsidianLanguage());
  }

  obsidianLanguage(): Language {
    return resolveLanguage(null, requireApiVersion('1.8.7') ? getLanguage() : 'en');
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
  }
}
