/**
 * A minimal `Editor` over a string: what commands with `editorCallback` and template insertion
 * need (`getValue`, `getCursor`, `replaceRange`, `replaceSelection`, `posToOffset`, …), with
 * CodeMirror's rules for where the cursor goes after an edit. No rendering, no undo grouping.
 */
export interface EditorPosition {
  line: number;
  ch: number;
}

export interface EditorRange {
  from: EditorPosition;
  to: EditorPosition;
}

export interface EditorSelection {
  anchor: EditorPosition;
  head: EditorPosition;
}

export interface EditorChange {
  text: string;
  from: EditorPosition;
  to?: EditorPosition;
}

export interface EditorTransaction {
  replaceSelection?: string;
  changes?: EditorChange[];
  selections?: EditorRange[];
  selection?: EditorRange;
}

export class Editor {
  private text = '';
  private selections: { anchor: number; head: number }[] = [{ anchor: 0, head: 0 }];
  private focused = false;
  private readonly undoStack: string[] = [];
  private readonly redoStack: string[] = [];

  /** @param onChange called after every change the user (or plugin) makes, not after `load`. */
  constructor(private readonly onChange: (editor: Editor) => void = () => undefined) {}

  /** Harness: replaces the content without counting as an edit (a file being loaded). */
  load(text: string): void {
    this.text = text;
    this.selections = [{ anchor: 0, head: 0 }];
  }

  getDoc(): this {
    return this;
  }

  refresh(): void {
    // Nothing is rendered.
  }

  getValue(): string {
    return this.text;
  }

  setValue(content: string): void {
    this.change(content, 0, 0);
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }

  lineCount(): number {
    return this.text.split('\n').length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getSelection(): string {
    const main = this.main();
    return this.text.slice(Math.min(main.anchor, main.head), Math.max(main.anchor, main.head));
  }

  somethingSelected(): boolean {
    return this.selections.some((s) => s.anchor !== s.head);
  }

  getRange(from: EditorPosition, to: EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }

  replaceSelection(replacement: string): void {
    const main = this.main();
    const from = Math.min(main.anchor, main.head);
    const to = Math.max(main.anchor, main.head);
    this.change(this.text.slice(0, from) + replacement + this.text.slice(to), from + replacement.length, from + replacement.length);
  }

  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
    const start = this.posToOffset(from);
    const end = to ? this.posToOffset(to) : start;
    const [lo, hi] = start <= end ? [start, end] : [end, start];
    const delta = replacement.length - (hi - lo);
    // CodeMirror: a cursor after the range moves with the text; one inside it goes to its end;
    // one exactly at an insertion point stays before the inserted text.
    const map = (offset: number): number => (offset > hi || (offset === hi && hi > lo) ? offset + delta : offset > lo ? lo + replacement.length : offset);
    const selections = this.selections.map((s) => ({ anchor: map(s.anchor), head: map(s.head) }));
    this.change(this.text.slice(0, lo) + replacement + this.text.slice(hi), 0, 0, selections);
  }

  getCursor(side: 'from' | 'to' | 'head' | 'anchor' = 'head'): EditorPosition {
    const main = this.main();
    const offset =
      side === 'from' ? Math.min(main.anchor, main.head) : side === 'to' ? Math.max(main.anchor, main.head) : side === 'anchor' ? main.anchor : main.head;
    return this.offsetToPos(offset);
  }

  listSelections(): EditorSelection[] {
    return this.selections.map((s) => ({ anchor: this.offsetToPos(s.anchor), head: this.offsetToPos(s.head) }));
  }

  setCursor(pos: EditorPosition | number, ch?: number): void {
    const offset = this.posToOffset(typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos);
    this.selections = [{ anchor: offset, head: offset }];
  }

  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    const a = this.posToOffset(anchor);
    this.selections = [{ anchor: a, head: head ? this.posToOffset(head) : a }];
  }

  setSelections(ranges: { anchor: EditorPosition; head?: EditorPosition }[], main?: number): void {
    const mapped = ranges.map((r) => ({ anchor: this.posToOffset(r.anchor), head: this.posToOffset(r.head ?? r.anchor) }));
    if (mapped.length === 0) return;
    const index = main ?? 0;
    const chosen = mapped[index];
    this.selections = chosen ? [chosen, ...mapped.filter((_, i) => i !== index)] : mapped;
  }

  focus(): void {
    this.focused = true;
  }

  blur(): void {
    this.focused = false;
  }

  hasFocus(): boolean {
    return this.focused;
  }

  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }

  scrollTo(): void {
    // Nothing is rendered.
  }

  scrollIntoView(): void {
    // Nothing is rendered.
  }

  undo(): void {
    const previous = this.undoStack.pop();
    if (previous === undefined) return;
    this.redoStack.push(this.text);
    this.text = previous;
    this.clampSelections();
    this.onChange(this);
  }

  redo(): void {
    const next = this.redoStack.pop();
    if (next === undefined) return;
    this.undoStack.push(this.text);
    this.text = next;
    this.clampSelections();
    this.onChange(this);
  }

  exec(command: string): void {
    void command;
  }

  transaction(tx: EditorTransaction): void {
    if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
    // Apply from the end so earlier positions stay valid.
    const changes = [...(tx.changes ?? [])].sort((a, b) => this.posToOffset(b.from) - this.posToOffset(a.from));
    for (const c of changes) this.replaceRange(c.text, c.from, c.to);
    const ranges = tx.selections ?? (tx.selection ? [tx.selection] : []);
    if (ranges.length > 0) this.setSelections(ranges.map((r) => ({ anchor: r.from, head: r.to })));
  }

  wordAt(pos: EditorPosition): EditorRange | null {
    const line = this.getLine(pos.line);
    let from = pos.ch;
    let to = pos.ch;
    while (from > 0 && /[\p{L}\p{N}_]/u.test(line[from - 1] ?? '')) from--;
    while (to < line.length && /[\p{L}\p{N}_]/u.test(line[to] ?? '')) to++;
    return from === to ? null : { from: { line: pos.line, ch: from }, to: { line: pos.line, ch: to } };
  }

  posToOffset(pos: EditorPosition): number {
    const lines = this.text.split('\n');
    const line = Math.max(0, Math.min(pos.line, lines.length - 1));
    let offset = 0;
    for (let i = 0; i < line; i++) offset += (lines[i]?.length ?? 0) + 1;
    return offset + Math.max(0, Math.min(pos.ch, lines[line]?.length ?? 0));
  }

  offsetToPos(offset: number): EditorPosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const before = this.text.slice(0, clamped);
    const line = before.split('\n').length - 1;
    return { line, ch: clamped - (before.lastIndexOf('\n') + 1) };
  }

  private main(): { anchor: number; head: number } {
    return this.selections[0] ?? { anchor: 0, head: 0 };
  }

  private clampSelections(): void {
    const max = this.text.length;
    this.selections = this.selections.map((s) => ({ anchor: Math.min(s.anchor, max), head: Math.min(s.head, max) }));
  }

  private change(next: string, anchor: number, head: number, selections?: { anchor: number; head: number }[]): void {
    this.undoStack.push(this.text);
    this.redoStack.length = 0;
    this.text = next;
    this.selections = selections ?? [{ anchor, head }];
    this.clampSelections();
    this.onChange(this);
  }
}
