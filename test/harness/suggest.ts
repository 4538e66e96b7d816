/** `AbstractInputSuggest` (a test calls `suggestFor(query)`) and `EditorSuggest` (kept, not run). */
import { guarded } from './context';
import type { Instruction } from './modals';

/** obsidian.d.ts `AbstractInputSuggest`: a type-ahead on an input; a test calls `suggestFor`. */
export abstract class AbstractInputSuggest<T> {
  limit = 100;
  private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor(
    readonly app: unknown,
    readonly textInputEl: HTMLInputElement | HTMLDivElement,
  ) {}

  setValue(value: string): void {
    if ('value' in this.textInputEl) this.textInputEl.value = value;
    else this.textInputEl.textContent = value;
  }

  getValue(): string {
    return 'value' in this.textInputEl ? this.textInputEl.value : (this.textInputEl.textContent ?? '');
  }

  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    const callback = this.selectCallback;
    if (callback) guarded('input suggest onSelect', () => callback(value, evt));
  }

  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectCallback = callback;
    return this;
  }

  open(): void {
    // Not rendered.
  }

  close(): void {
    // Not rendered.
  }

  /** Harness: the suggestions for a query. */
  async suggestFor(query: string): Promise<T[]> {
    return (await this.getSuggestions(query)).slice(0, this.limit > 0 ? this.limit : undefined);
  }
}

/** obsidian.d.ts `EditorSuggest`: registered and kept; the harness does not trigger it. */
export abstract class EditorSuggest<T> {
  context: unknown = null;
  limit = 100;

  constructor(readonly app: unknown) {}

  setInstructions(instructions: Instruction[]): void {
    void instructions;
  }

  close(): void {
    this.context = null;
  }

  abstract onTrigger(cursor: unknown, editor: unknown, file: unknown): unknown;
  abstract getSuggestions(context: unknown): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}
