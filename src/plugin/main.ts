import { debounce, getLanguage, Plugin, requireApiVersion } from 'obsidian';
import type { Language } from '../core/i18n';
import { ui } from './i18n';
import { ActionsBlock, CODE_BLOCK_LANGUAGE } from './dashboard/code-block';
import { registerCommands } from './commands/register';
import { ACTIONS_ICON, ActionsView, VIEW_TYPE_ACTIONS } from './dashboard/view';
import type { GrowCoachHost } from './host';
import { IndexService } from './index/index-service';
import { ParseOnChange } from './properties/parse-on-change';
import { readSettings, resolveLanguage, settingsPhaseWords, type GrowCoachSettings } from './settings/settings';
import { GrowCoachSettingTab } from './settings/settings-tab';
import { StatusBar } from './dashboard/status-bar';
import { ClientView, VIEW_TYPE_CLIENT } from './trajectory/view';
import { CLIENT_BLOCK_LANGUAGE, ClientBlock } from './trajectory/code-block';

/** GROW Coach: lifecycle only; commands, views and listeners live in their own files. */
export default class GrowCoachPlugin extends Plugin implements GrowCoachHost {
  override settings: GrowCoachSettings = readSettings(null);
  index!: IndexService;
  private rulesKey = '';
  /** Typing a rule saves on every key: the vault is read again once the typing pauses. */
  private readonly rebuild = debounce(() => void this.index.rebuild(), 500, true);

  override async onload(): Promise<void> {
    this.settings = readSettings(await this.loadData());
    this.rulesKey = this.readingKey();
    // The index starts reading when the layout is ready, not here.
    this.index = this.addChild(
      new IndexService(
        this.app,
        () => this.settings.rules,
        () => this.language(),
        () => settingsPhaseWords(this.settings),
      ),
    );
    this.register(() => this.rebuild.cancel());

    this.registerView(VIEW_TYPE_ACTIONS, (leaf) => new ActionsView(leaf, this));
    this.addRibbonIcon(ACTIONS_ICON, ui('openDashboard', this.language()), () => void this.openDashboard());
    this.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source, el, ctx) => {
      ctx.addChild(new ActionsBlock(el, this, source, ctx.sourcePath));
    });
    this.registerView(VIEW_TYPE_CLIENT, (leaf) => new ClientView(leaf, this));
    this.registerMarkdownCodeBlockProcessor(CLIENT_BLOCK_LANGUAGE, (source, el, ctx) => {
      ctx.addChild(new ClientBlock(el, this, source, ctx.sourcePath));
    });
    this.addChild(new StatusBar(this, this.addStatusBarItem()));
    this.addChild(new ParseOnChange(this));
    registerCommands(this, this);
    this.addSettingTab(new GrowCoachSettingTab(this.app, this, this));
  }

  /** What decides how the vault is read: the coaching-note rules and the coach's phase words. */
  private readingKey(): string {
    return JSON.stringify([this.settings.rules, settingsPhaseWords(this.settings)]);
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
    const rulesKey = this.readingKey();
    if (rulesKey !== this.rulesKey) {
      this.rulesKey = rulesKey;
      this.rebuild();
    } else {
      // Language or display settings: let every view draw again.
      this.index.touch();
    }
  }

  async openDashboard(): Promise<void> {
    const { workspace } = this.app;
    const existing = workspace.getLeavesOfType(VIEW_TYPE_ACTIONS)[0];
    const leaf = existing ?? workspace.getLeaf('tab');
    if (!existing) await leaf.setViewState({ type: VIEW_TYPE_ACTIONS, active: true });
    if (requireApiVersion('1.7.2')) await workspace.revealLeaf(leaf);
    else workspace.setActiveLeaf(leaf, { focus: true });
  }
}
