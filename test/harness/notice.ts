/** `Notice`: each one is recorded in `context.notices` (message text, duration, hidden). */
import { activeContext } from './context';
import { createElIn } from './dom';
import { textOf } from './ui-shared';

export class Notice {
  readonly noticeEl: HTMLElement;
  readonly containerEl: HTMLElement;
  readonly messageEl: HTMLElement;
  private readonly record: { message: string; duration: number | undefined; hidden: boolean };

  constructor(message: string | DocumentFragment, duration?: number) {
    const context = activeContext();
    let container = context.document.body.querySelector<HTMLElement>(':scope > .notice-container');
    container ??= createElIn(context.document, 'div', { cls: 'notice-container', parent: context.document.body });
    this.containerEl = createElIn(context.document, 'div', { cls: 'notice-container-item', parent: container });
    this.noticeEl = createElIn(context.document, 'div', { cls: 'notice', parent: this.containerEl });
    this.messageEl = createElIn(context.document, 'div', { cls: 'notice-message', parent: this.noticeEl });
    this.record = { message: '', duration, hidden: false };
    context.notices.push(this.record);
    this.setMessage(message);
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(typeof message === 'string' ? message : (message.cloneNode(true) as DocumentFragment));
    this.record.message = textOf(message);
    return this;
  }

  hide(): void {
    this.record.hidden = true;
    this.containerEl.remove();
  }
}
