/**
 * The settings tab. One list of settings drives both renderings Obsidian knows: the declarative
 * definitions of 1.13+ (which also make every setting findable in Obsidian's settings search) and
 * the imperative `display()` that older versions call.
 */
import { App, Plugin, PluginSettingTab, requireApiVersion, Setting, type SettingDefinition, type SettingDefinitionItem } from 'obsidian';
import { isLanguage, type Language } from '../../core/i18n';
import { ui, type UiKey } from '../i18n';
import type { GrowCoachSettings } from './settings';

/** What the tab needs from the plugin. */
export interface SettingsHost {
  settings: GrowCoachSettings;
  /** The language the UI speaks now. */
  language(): Language;
  /** Obsidian's own language, resolved to one GROW Coach speaks. */
  obsidianLanguage(): Language;
  /** Saves the settings and applies them (index rules, views, language). */
  saveSettings(): Promise<void>;
}

type Key =
  | 'language'
  | 'rules.type'
  | 'rules.tag'
  | 'rules.folder'
  | 'templateFolder'
  | 'coachName'
  | 'addCompletionDate'
  | 'parseOnChange'
  | 'phaseWords.goal'
  | 'phaseWords.reality'
  | 'phaseWords.options'
  | 'phaseWords.will'
  | 'vaguePhrases';

interface Spec {
  key: Key;
  name: UiKey;
  desc: UiKey;
  kind: 'text' | 'toggle' | 'language';
}

interface Section {
  heading: UiKey | null;
  desc?: UiKey;
  specs: Spec[];
}

const SECTIONS: Section[] = [
  { heading: null, specs: [{ key: 'language', name: 'settingsLanguage', desc: 'settingsLanguageDesc', kind: 'language' }] },
  {
    heading: 'settingsNotesHeading',
    desc: 'settingsNotesDesc',
    specs: [
      { key: 'rules.type', name: 'settingsType', desc: 'settingsTypeDesc', kind: 'text' },
      { key: 'rules.tag', name: 'settingsTag', desc: 'settingsTagDesc', kind: 'text' },
      { key: 'rules.folder', name: 'settingsFolder', desc: 'settingsFolderDesc', kind: 'text' },
    ],
  },
  {
    heading: 'settingsHeadingsHeading',
    desc: 'settingsHeadingsDesc',
    specs: [
      { key: 'phaseWords.goal', name: 'settingsWordsGoal', desc: 'settingsWordsGoalDesc', kind: 'text' },
      { key: 'phaseWords.reality', name: 'settingsWordsReality', desc: 'settingsWordsRealityDesc', kind: 'text' },
      { key: 'phaseWords.options', name: 'settingsWordsOptions', desc: 'settingsWordsOptionsDesc', kind: 'text' },
      { key: 'phaseWords.will', name: 'settingsWordsWill', desc: 'settingsWordsWillDesc', kind: 'text' },
    ],
  },
  {
    heading: 'settingsTemplatesHeading',
    specs: [
      { key: 'templateFolder', name: 'settingsTemplateFolder', desc: 'settingsTemplateFolderDesc', kind: 'text' },
      { key: 'coachName', name: 'settingsCoachName', desc: 'settingsCoachNameDesc', kind: 'text' },
    ],
  },
  {
    heading: 'settingsActionsHeading',
    specs: [
      { key: 'addCompletionDate', name: 'settingsCompletionDate', desc: 'settingsCompletionDateDesc', kind: 'toggle' },
      { key: 'parseOnChange', name: 'settingsParseOnChange', desc: 'settingsParseOnChangeDesc', kind: 'toggle' },
      { key: 'vaguePhrases', name: 'settingsVague', desc: 'settingsVagueDesc', kind: 'text' },
    ],
  },
];

export class GrowCoachSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  private t(key: UiKey, vars?: Record<string, string>): string {
    return ui(key, this.host.language(), vars);
  }

  private languageOptions(): Record<string, string> {
    const auto = this.host.obsidianLanguage();
    const name = (l: Language) => this.t(l === 'nl' ? 'languageNl' : 'languageEn');
    return { '': this.t('settingsLanguageAuto', { language: name(auto) }), nl: name('nl'), en: name('en') };
  }

  override getControlValue(key: string): unknown {
    const s = this.host.settings;
    switch (key as Key) {
      case 'language':
        return s.language ?? '';
      case 'rules.type':
        return s.rules.type;
      case 'rules.tag':
        return s.rules.tag;
      case 'rules.folder':
        return s.rules.folder;
      case 'templateFolder':
        return s.templateFolder;
      case 'coachName':
        return s.coachName;
      case 'addCompletionDate':
        return s.addCompletionDate;
      case 'parseOnChange':
        return s.parseOnChange;
      case 'phaseWords.goal':
        return s.phaseWords.goal;
      case 'phaseWords.reality':
        return s.phaseWords.reality;
      case 'phaseWords.options':
        return s.phaseWords.options;
      case 'phaseWords.will':
        return s.phaseWords.will;
      case 'vaguePhrases':
        return s.vaguePhrases.join(', ');
      default:
        return undefined;
    }
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const s = this.host.settings;
    const str = typeof value === 'string' ? value : '';
    const bool = value === true;
    switch (key as Key) {
      case 'language':
        s.language = isLanguage(value) ? value : null;
        break;
      case 'rules.type':
        s.rules.type = str.trim();
        break;
      case 'rules.tag':
        s.rules.tag = str.trim().replace(/^#/, '');
        break;
      case 'rules.folder':
        s.rules.folder = str.trim();
        break;
      case 'templateFolder':
        s.templateFolder = str.trim();
        break;
      case 'coachName':
        s.coachName = str;
        break;
      case 'addCompletionDate':
        s.addCompletionDate = bool;
        break;
      case 'parseOnChange':
        s.parseOnChange = bool;
        break;
      case 'phaseWords.goal':
        s.phaseWords.goal = str;
        break;
      case 'phaseWords.reality':
        s.phaseWords.reality = str;
        break;
      case 'phaseWords.options':
        s.phaseWords.options = str;
        break;
      case 'phaseWords.will':
        s.phaseWords.will = str;
        break;
      case 'vaguePhrases':
        s.vaguePhrases = str
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p.length > 0);
        break;
      default:
        return;
    }
    await this.host.saveSettings();
    // Every label follows the language: draw the tab again in the new one.
    if (requireApiVersion('1.13.0') && key === 'language') this.update();
  }

  private definition(spec: Spec): SettingDefinition {
    const base = { name: this.t(spec.name), desc: this.t(spec.desc) };
    if (spec.kind === 'toggle') return { ...base, control: { type: 'toggle', key: spec.key } };
    if (spec.kind === 'language') return { ...base, control: { type: 'dropdown', key: spec.key, options: this.languageOptions() } };
    return { ...base, control: { type: 'text', key: spec.key } };
  }

  /** Obsidian 1.13+: declarative settings, found by the settings search. */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    const items: SettingDefinitionItem[] = [];
    for (const section of SECTIONS) {
      const defs = section.specs.map((spec) => this.definition(spec));
      if (section.heading === null) items.push(...defs);
      else {
        const intro: SettingDefinition[] = section.desc ? [{ name: '', desc: this.t(section.desc) }] : [];
        items.push({ type: 'group', heading: this.t(section.heading), items: [...intro, ...defs] });
      }
    }
    return items;
  }

  /** Obsidian before 1.13: the same settings, drawn imperatively. */
  override display(): void {
    this.render();
  }

  private render(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const section of SECTIONS) {
      if (section.heading !== null) {
        const heading = new Setting(containerEl).setName(this.t(section.heading)).setHeading();
        if (section.desc) heading.setDesc(this.t(section.desc));
      }
      for (const spec of section.specs) this.draw(containerEl, spec);
    }
  }

  private draw(containerEl: HTMLElement, spec: Spec): void {
    const setting = new Setting(containerEl).setName(this.t(spec.name)).setDesc(this.t(spec.desc));
    const value = this.getControlValue(spec.key);
    const save = async (next: unknown, redraw: boolean) => {
      await this.setControlValue(spec.key, next);
      if (redraw) this.render();
    };
    if (spec.kind === 'toggle') {
      setting.addToggle((toggle) => toggle.setValue(value === true).onChange((next) => save(next, false)));
    } else if (spec.kind === 'language') {
      setting.addDropdown((dropdown) =>
        dropdown
          .addOptions(this.languageOptions())
          .setValue(typeof value === 'string' ? value : '')
          .onChange((next) => save(next, true)),
      );
    } else {
      setting.addText((text) => text.setValue(typeof value === 'string' ? value : '').onChange((next) => save(next, false)));
    }
  }
}
