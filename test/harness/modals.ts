/**
 * `Modal`, `SuggestModal` and `FuzzySuggestModal`. Open modals are listed in `context.modals`;
 * a test drives a suggester with `setQuery(text)` and `chooseSuggestion(...)` / `chooseItem(...)`,
 * which go through the same paths as typing and clicking.
 */
import { activeContext, guarded } from './context';
import { createElIn } from './dom';
import { Scope } from './keymap';
import { doc, track, WindowEvent, WindowMouseEvent } from './ui-shared';

export class Modal {
  readonly app: unknown;
  scope = new Scope();
  readonly containerEl: HTMLElement;
  readonly modalEl: HTMLElement;
  readonly titleEl: HTMLElement;
  readonly contentEl: HTMLElement;
  shouldRestoreSelection = true;
  private closeCallback: (() => unknown) | null = null;
  private isOpen = false;

  constructor(app: unknown) {
    this.app = app;
    const d = doc();
    this.containerEl = createElIn(d, 'div', { cls: 'modal-container mod-dim' });
    createElIn(d, 'div', { cls: 'modal-bg', parent: this.containerEl });
    this.modalEl = createElIn(d, 'div', { cls: 'modal', parent: this.containerEl });
    const close = createElIn(d, 'div', { cls: 'modal-close-button', parent: this.modalEl });
    close.addEventListener('click', () => this.close());
    const header = createElIn(d, 'div', { cls: 'modal-header', parent: this.modalEl });
    this.titleEl = createElIn(d, 'div', { cls: 'modal-title', parent: header });
    this.contentEl = createElIn(d, 'div', { cls: 'modal-content', parent: this.modalEl });
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    const context = activeContext();
    context.document.body.appendChild(this.containerEl);
    context.modals.push(this);
    guarded(`${this.constructor.name}.onOpen`, () => {
      const result = this.onOpen();
      track(`${this.constructor.name}.onOpen`, result);
      return undefined;
    });
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    const context = activeContext();
    const index = context.modals.indexOf(this);
    if (index >= 0) context.modals.splice(index, 1);
    guarded(`${this.constructor.name}.onClose`, () => this.onClose());
    this.containerEl.remove();
    if (this.closeCallback) guarded('modal close callback', this.closeCallback);
  }

  onOpen(): Promise<void> | void {
    // Overridden by subclasses.
  }

  onClose(): void {
    // Overridden by subclasses.
  }

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  setCloseCallback(callback: () => unknown): this {
    this.closeCallback = callback;
    return this;
  }

  /** Harness: whether the modal is open. */
  get opened(): boolean {
    return this.isOpen;
  }
}

export interface Instruction {
  command: string;
  purpose: string;
}

/**
 * A type-ahead list. A test drives it with `setQuery(text)` (as typing would) and
 * `chooseSuggestion(index or predicate)` (as a click would).
 */
export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = 'No results found.';
  readonly inputEl: HTMLInputElement;
  readonly resultContainerEl: HTMLElement;
  private readonly instructionsEl: HTMLElement;
  private current: T[] = [];
  private updating: Promise<void> = Promise.resolve();

  constructor(app: unknown) {
    super(app);
    this.modalEl.addClass('prompt');
    const d = doc();
    const inputContainer = createElIn(d, 'div', { cls: 'prompt-input-container', parent: this.modalEl });
    this.inputEl = createElIn(d, 'input', { cls: 'prompt-input', type: 'text', parent: inputContainer });
    this.resultContainerEl = createElIn(d, 'div', { cls: 'prompt-results', parent: this.modalEl });
    this.instructionsEl = createElIn(d, 'div', { cls: 'prompt-instructions', parent: this.modalEl });
    this.inputEl.addEventListener('input', () => {
      this.updating = this.updateSuggestions();
    });
  }

  override open(): void {
    super.open();
    this.updating = this.updateSuggestions();
    void activeContext().pending.track(this.updating);
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: Instruction[]): void {
    this.instructionsEl.empty();
    for (const i of instructions) {
      const row = this.instructionsEl.createDiv({ cls: 'prompt-instruction' });
      row.createSpan({ cls: 'prompt-instruction-command', text: i.command });
      row.createSpan({ text: i.purpose });
    }
  }

  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const first = this.current[0];
    if (first !== undefined) this.selectSuggestion(first, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Harness: types `query` into the input and waits for the suggestions. */
  async setQuery(query: string): Promise<T[]> {
    this.inputEl.value = query;
    this.inputEl.dispatchEvent(new (WindowEvent())('input'));
    await this.updating;
    return this.suggestions();
  }

  /** Harness: the suggestions shown now. */
  suggestions(): T[] {
    return [...this.current];
  }

  /** Harness: picks a shown suggestion as a click would (by index or by predicate). */
  chooseSuggestion(which: number | ((item: T) => boolean)): T {
    const index = typeof which === 'number' ? which : this.current.findIndex(which);
    const item = this.current[index];
    if (item === undefined) throw new Error(`No suggestion ${typeof which === 'number' ? `#${which}` : 'matches'} among ${this.current.length}`);
    const MouseEventCtor = WindowMouseEvent();
    this.selectSuggestion(item, new MouseEventCtor('click'));
    return item;
  }

  private async updateSuggestions(): Promise<void> {
    const query = this.inputEl.value;
    let found: T[];
    try {
      found = await this.getSuggestions(query);
    } catch (error) {
      activeContext().reportError(`${this.constructor.name}.getSuggestions`, error);
      found = [];
    }
    if (this.inputEl.value !== query) return; // a newer query won
    this.current = found.slice(0, this.limit > 0 ? this.limit : undefined);
    this.resultContainerEl.empty();
    if (this.current.length === 0) {
      this.onNoSuggestion();
      return;
    }
    for (const item of this.current) {
      const el = this.resultContainerEl.createDiv({ cls: 'suggestion-item' });
      guarded(`${this.constructor.name}.renderSuggestion`, () => this.renderSuggestion(item, el));
      el.addEventListener('click', (evt) => this.selectSuggestion(item, evt));
    }
  }
}

export interface SearchResult {
  score: number;
  matches: [number, number][];
}

export interface FuzzyMatch<T> {
  item: T;
  match: SearchResult;
}

/** obsidian.d.ts `prepareFuzzySearch`: the query's characters in order, case-insensitive. */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    let from = 0;
    let gaps = 0;
    for (const ch of q) {
      const at = t.indexOf(ch, from);
      if (at < 0) return null;
      gaps += at - from;
      const last = matches[matches.length - 1];
      if (last && last[1] === at) last[1] = at + 1;
      else matches.push([at, at + 1]);
      from = at + 1;
    }
    return { score: -gaps - matches.length / 10, matches };
  };
}

/** obsidian.d.ts `prepareSimpleSearch`: every word of the query appears. */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    for (const w of words) {
      const at = t.indexOf(w);
      if (at < 0) return null;
      matches.push([at, at + w.length]);
    }
    return { score: 0, matches };
  };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = query.trim() === '' ? { score: 0, matches: [] } : search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    return query.trim() === '' ? out : out.sort((a, b) => b.match.score - a.match.score);
  }

  renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(item.item));
  }

  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Harness: picks an item as a click would (by index among shown items, or by predicate). */
  chooseItem(which: number | ((item: T) => boolean)): T {
    const match = this.chooseSuggestion(typeof which === 'number' ? which : (m: FuzzyMatch<T>) => which(m.item));
    return match.item;
  }
}
