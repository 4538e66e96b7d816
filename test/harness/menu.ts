/** `Menu` and `MenuItem`: shown menus are listed in `context.menus`; `clickItem(title)` clicks. */
import { activeContext, guarded } from './context';
import { createElIn } from './dom';
import { doc, textOf, WindowMouseEvent } from './ui-shared';

export class MenuItem {
  title = '';
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  warning = false;
  section = '';
  readonly dom: HTMLElement;
  private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor(private readonly menu: Menu) {
    this.dom = createElIn(doc(), 'div', { cls: 'menu-item' });
    this.dom.addEventListener('click', (evt) => this.click(evt));
  }

  setTitle(title: string | DocumentFragment): this {
    this.title = textOf(title);
    this.dom.setText(this.title);
    return this;
  }

  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.checked = checked;
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }

  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    return this;
  }

  setIsLabel(isLabel: boolean): this {
    void isLabel;
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }

  /** Harness: clicks the item (the menu closes first, as in Obsidian). */
  click(evt?: MouseEvent | KeyboardEvent): void {
    if (this.disabled) return;
    this.menu.hide();
    const callback = this.callback;
    const MouseEventCtor = WindowMouseEvent();
    if (callback) guarded(`menu item "${this.title}"`, () => callback(evt ?? new MouseEventCtor('click')));
  }
}

export class Menu {
  readonly items: (MenuItem | 'separator')[] = [];
  readonly dom: HTMLElement;
  shown = false;
  private readonly hideCallbacks: (() => unknown)[] = [];

  constructor() {
    this.dom = createElIn(doc(), 'div', { cls: 'menu' });
  }

  static forEvent(evt: MouseEvent): Menu {
    const menu = new Menu();
    queueMicrotask(() => {
      if (!menu.shown && menu.items.length > 0) menu.showAtMouseEvent(evt);
    });
    return menu;
  }

  setNoIcon(): this {
    return this;
  }

  setUseNativeMenu(useNativeMenu: boolean): this {
    void useNativeMenu;
    return this;
  }

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem(this);
    this.items.push(item);
    this.dom.appendChild(item.dom);
    cb(item);
    return this;
  }

  addSeparator(): this {
    this.items.push('separator');
    this.dom.createDiv({ cls: 'menu-separator' });
    return this;
  }

  setParentElement(el: HTMLElement): this {
    void el;
    return this;
  }

  showAtMouseEvent(evt: MouseEvent): this {
    void evt;
    return this.show();
  }

  showAtPosition(position: { x: number; y: number }, d?: Document): this {
    void position;
    void d;
    return this.show();
  }

  hide(): this {
    if (!this.shown) return this;
    this.shown = false;
    this.dom.remove();
    for (const cb of this.hideCallbacks) guarded('menu hide callback', cb);
    return this;
  }

  close(): void {
    this.hide();
  }

  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }

  /** Harness: the items (not separators), by title. */
  itemTitles(): string[] {
    return this.items.filter((i): i is MenuItem => i !== 'separator').map((i) => i.title);
  }

  /** Harness: clicks the item with this title. */
  clickItem(title: string): void {
    const item = this.items.find((i): i is MenuItem => i !== 'separator' && i.title === title);
    if (!item) throw new Error(`No menu item "${title}" among: ${this.itemTitles().join(', ')}`);
    item.click();
  }

  private show(): this {
    const context = activeContext();
    this.shown = true;
    context.document.body.appendChild(this.dom);
    context.menus.push(this);
    return this;
  }
}
