/**
 * `Setting`, `SettingGroup`, `SettingTab`, `PluginSettingTab`, and `SettingsProbe`, which reads
 * and changes rendered settings by name through the DOM events a user causes.
 *
 * A tab opened for a test renders as Obsidian 1.13 does: from `getSettingDefinitions()` when it
 * returns any (controls read `getControlValue` and write `setControlValue` after `validate`),
 * else with `display()`. `update()` on a shown tab renders it again.
 */
import { activeContext, guarded } from './context';
import {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  ColorComponent,
  DropdownComponent,
  ExtraButtonComponent,
  MomentFormatComponent,
  SearchComponent,
  SliderComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from './controls';
import { createElIn } from './dom';
import { doc, WindowEvent } from './ui-shared';

const settingsByEl = new WeakMap<Element, Setting>();

export class Setting {
  readonly settingEl: HTMLElement;
  readonly infoEl: HTMLElement;
  readonly nameEl: HTMLElement;
  readonly descEl: HTMLElement;
  readonly controlEl: HTMLElement;
  readonly components: BaseComponent[] = [];
  errorEl: HTMLElement | null = null;

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
    this.infoEl = this.settingEl.createDiv({ cls: 'setting-item-info' });
    this.nameEl = this.infoEl.createDiv({ cls: 'setting-item-name' });
    this.descEl = this.infoEl.createDiv({ cls: 'setting-item-description' });
    this.controlEl = this.settingEl.createDiv({ cls: 'setting-item-control' });
    settingsByEl.set(this.settingEl, this);
  }

  /** Harness: the `Setting` an element was built for. */
  static of(settingEl: Element): Setting | undefined {
    return settingsByEl.get(settingEl);
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }

  setTooltip(tooltip: string): this {
    this.nameEl.setAttr('aria-label', tooltip);
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass('is-disabled', disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }

  setErrorMessage(message: string | null): this {
    this.errorEl?.remove();
    this.errorEl = message === null ? null : this.infoEl.createDiv({ cls: 'setting-item-error', text: message });
    return this;
  }

  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  addSearch(cb: (component: SearchComponent) => unknown): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }

  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }

  addMomentFormat(cb: (component: MomentFormatComponent) => unknown): this {
    return this.add(new MomentFormatComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  addColorPicker(cb: (component: ColorComponent) => unknown): this {
    return this.add(new ColorComponent(this.controlEl), cb);
  }

  addSlider(cb: (component: SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }

  addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
    this.components.push(cb(this.controlEl));
    return this;
  }

  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }

  clear(): this {
    this.controlEl.empty();
    this.components.length = 0;
    return this;
  }

  private add<T extends BaseComponent>(component: T, cb: (component: T) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
}

/** obsidian.d.ts `SettingGroup`: a heading with settings under it. */
export class SettingGroup {
  readonly groupEl: HTMLElement;
  readonly headerEl: HTMLElement;
  readonly listEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    this.groupEl = containerEl.createDiv({ cls: 'setting-group' });
    this.headerEl = this.groupEl.createDiv({ cls: 'setting-item setting-item-heading' });
    this.listEl = this.groupEl.createDiv({ cls: 'setting-items' });
  }

  setHeading(text: string | DocumentFragment): this {
    this.headerEl.setText(text);
    return this;
  }

  addClass(...classes: string[]): this {
    this.groupEl.addClass(...classes);
    return this;
  }

  addSetting(cb: (setting: Setting) => void): this {
    cb(new Setting(this.listEl));
    return this;
  }

  addSearch(cb: (component: SearchComponent) => unknown): this {
    cb(new SearchComponent(this.headerEl));
    return this;
  }

  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    cb(new ExtraButtonComponent(this.headerEl));
    return this;
  }
}

/** The part of obsidian.d.ts' setting definitions the harness renders. */
export interface SettingDefinitionLike {
  type?: string;
  name?: string;
  desc?: string | DocumentFragment;
  heading?: string;
  visible?: boolean | (() => boolean);
  disabled?: boolean | (() => boolean);
  items?: SettingDefinitionLike[];
  control?: {
    type: string;
    key: string;
    defaultValue?: unknown;
    placeholder?: string;
    options?: Record<string, string>;
    min?: number;
    max?: number;
    step?: number | 'any';
    validate?: (value: never) => string | void | Promise<string | void>;
  };
  action?: (el: HTMLElement, index: number) => void;
  render?: (setting: Setting, group: SettingGroup) => void | (() => void);
}

export abstract class SettingTab {
  icon = 'settings';
  app: unknown;
  containerEl: HTMLElement;
  settingItems: SettingDefinitionLike[] = [];
  private cleanups: (() => void)[] = [];
  private shown = false;

  constructor(app: unknown) {
    this.app = app;
    this.containerEl = createElIn(doc(), 'div', { cls: 'vertical-tab-content' });
  }

  getSettingDefinitions(): SettingDefinitionLike[] {
    return [];
  }

  update(): void {
    this.settingItems = this.getSettingDefinitions();
    // A shown tab draws itself again from the new definitions.
    if (this.shown && this.settingItems.length > 0) this.render();
  }

  getControlValue(key: string): unknown {
    void key;
    return undefined;
  }

  setControlValue(key: string, value: unknown): void | Promise<void> {
    void key;
    void value;
  }

  refreshDomState(): void {
    // The harness re-renders on open; predicates are evaluated then.
  }

  display(): void {
    // Overridden by imperative tabs.
  }

  hide(): void {
    this.shown = false;
    for (const cleanup of this.cleanups.splice(0)) guarded('setting render cleanup', cleanup);
    this.containerEl.empty();
    this.containerEl.remove();
  }

  /**
   * Harness: shows the tab as the settings modal does: from `getSettingDefinitions()` when it
   * returns any, else with `display()`. Returns a probe to read and change the settings by name.
   */
  openForTest(): SettingsProbe {
    activeContext().document.body.appendChild(this.containerEl);
    this.shown = false;
    this.update();
    this.shown = true;
    if (this.settingItems.length > 0) this.render();
    else this.display();
    return new SettingsProbe(this.containerEl);
  }

  private render(): void {
    for (const cleanup of this.cleanups.splice(0)) guarded('setting render cleanup', cleanup);
    this.containerEl.empty();
    this.renderItems(this.settingItems, this.containerEl);
  }

  private renderItems(items: SettingDefinitionLike[], parent: HTMLElement): void {
    items.forEach((item, index) => {
      if (!evaluate(item.visible, true)) return;
      if (item.type === 'group' || item.type === 'list' || item.type === 'page') {
        const group = new SettingGroup(parent);
        group.setHeading(item.heading ?? item.name ?? '');
        this.renderItems(item.items ?? [], group.listEl);
        return;
      }
      const setting = new Setting(parent).setName(item.name ?? '');
      if (item.desc !== undefined) setting.setDesc(item.desc);
      if (item.control) this.renderControl(setting, item.control);
      else if (item.render) {
        const cleanup = item.render(setting, new SettingGroup(parent));
        if (typeof cleanup === 'function') this.cleanups.push(cleanup);
      } else if (item.action) {
        const action = item.action;
        setting.settingEl.addClass('mod-clickable');
        setting.settingEl.addEventListener('click', () => guarded(`setting action "${item.name ?? ''}"`, () => action(setting.settingEl, index)));
      }
      if (evaluate(item.disabled, false)) setting.setDisabled(true);
    });
  }

  private renderControl(setting: Setting, control: NonNullable<SettingDefinitionLike['control']>): void {
    const stored = this.getControlValue(control.key);
    const value = stored === undefined ? control.defaultValue : stored;
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    const commit = (next: unknown): void => {
      void activeContext().pending.track(
        (async () => {
          const validate = control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined;
          const problem = validate ? await validate(next) : undefined;
          setting.setErrorMessage(typeof problem === 'string' ? problem : null);
          if (typeof problem === 'string') return;
          await this.setControlValue(control.key, next);
        })().catch((error: unknown) => activeContext().reportError(`setting ${control.key}`, error)),
      );
    };
    switch (control.type) {
      case 'toggle':
        setting.addToggle((t) => t.setValue(Boolean(value)).onChange(commit));
        break;
      case 'dropdown':
        setting.addDropdown((d) =>
          d
            .addOptions(control.options ?? {})
            .setValue(text)
            .onChange(commit),
        );
        break;
      case 'textarea':
        setting.addTextArea((t) =>
          t
            .setPlaceholder(control.placeholder ?? '')
            .setValue(text)
            .onChange(commit),
        );
        break;
      case 'number':
        setting.addText((t) => {
          t.inputEl.type = 'number';
          t.setPlaceholder(control.placeholder ?? '')
            .setValue(text)
            .onChange((v) => commit(v === '' ? undefined : Number(v)));
        });
        break;
      case 'slider':
        setting.addSlider((s) =>
          s
            .setLimits(control.min ?? 0, control.max ?? 100, control.step ?? 1)
            .setValue(typeof value === 'number' ? value : 0)
            .onChange(commit),
        );
        break;
      case 'color':
        setting.addColorPicker((c) => c.setValue(text).onChange(commit));
        break;
      default:
        // text, file, folder: a text input (the file and folder suggesters are not modelled).
        setting.addText((t) =>
          t
            .setPlaceholder(control.placeholder ?? '')
            .setValue(text)
            .onChange(commit),
        );
    }
  }
}

function evaluate(value: boolean | (() => boolean) | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return typeof value === 'function' ? value() : value;
}

export abstract class PluginSettingTab extends SettingTab {
  readonly plugin: { settings?: unknown; saveData(data: unknown): Promise<void> };

  constructor(app: unknown, plugin: { settings?: unknown; saveData(data: unknown): Promise<void> }) {
    super(app);
    this.plugin = plugin;
  }

  override getControlValue(key: string): unknown {
    const settings = this.plugin.settings;
    return typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>)[key] : undefined;
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    if (typeof this.plugin.settings !== 'object' || this.plugin.settings === null) this.plugin.settings = {};
    (this.plugin.settings as Record<string, unknown>)[key] = value;
    await this.plugin.saveData(this.plugin.settings);
  }
}

/** Reads and changes rendered settings by their name, through the DOM events a user causes. */
export class SettingsProbe {
  constructor(readonly containerEl: HTMLElement) {}

  /** The names of every setting shown, in order (headings included). */
  names(): string[] {
    return this.settings().map((s) => s.nameEl.textContent ?? '');
  }

  find(name: string): Setting {
    const found = this.settings().find((s) => (s.nameEl.textContent ?? '') === name);
    if (!found) throw new Error(`No setting named "${name}" among: ${this.names().join(', ')}`);
    return found;
  }

  /** The value of the setting's first value control. */
  value(name: string): unknown {
    const control = this.find(name).components.find((c): c is ValueComponent<unknown> => c instanceof ValueComponent);
    return control?.getValue();
  }

  /** Changes the setting's first value control as a user would (typing, clicking, choosing). */
  change(name: string, value: string | number | boolean): void {
    const setting = this.find(name);
    const win = { Event: WindowEvent() };
    const control = setting.components.find((c) => c instanceof ValueComponent);
    if (control instanceof ToggleComponent) {
      if (control.getValue() !== Boolean(value)) control.toggleEl.click();
    } else if (control instanceof DropdownComponent) {
      control.selectEl.value = String(value);
      control.selectEl.dispatchEvent(new win.Event('change'));
    } else if (control instanceof AbstractTextComponent) {
      const input = (control as AbstractTextComponent<HTMLInputElement | HTMLTextAreaElement>).inputEl;
      input.value = String(value);
      input.dispatchEvent(new win.Event('input'));
    } else if (control instanceof SliderComponent) {
      control.sliderEl.value = String(value);
      control.sliderEl.dispatchEvent(new win.Event('input'));
    } else if (control instanceof ColorComponent) {
      control.colorPickerEl.value = String(value);
      control.colorPickerEl.dispatchEvent(new win.Event('change'));
    } else {
      throw new Error(`Setting "${name}" has no value control`);
    }
  }

  /** Clicks the setting's button (the one with this text, or the first). */
  click(name: string, buttonText?: string): void {
    const setting = this.find(name);
    const buttons = setting.components.filter((c): c is ButtonComponent => c instanceof ButtonComponent);
    const button = buttonText === undefined ? buttons[0] : buttons.find((b) => b.buttonEl.textContent === buttonText);
    if (button) button.buttonEl.click();
    else setting.settingEl.click();
  }

  private settings(): Setting[] {
    return Array.from(this.containerEl.querySelectorAll('.setting-item'))
      .map((el) => Setting.of(el))
      .filter((s): s is Setting => s !== undefined);
  }
}
