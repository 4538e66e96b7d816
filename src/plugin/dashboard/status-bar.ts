/**
 * The status bar item "N open · M overdue"; a click opens the dashboard. Counted over the index
 * when it changes, which is a walk over the records and no reading.
 */
import { Component } from 'obsidian';
import { localToday } from '../../core/note/dates';
import { ui } from '../i18n';
import type { GrowCoachHost } from '../host';

export class StatusBar extends Component {
  private last = '';

  constructor(
    private readonly host: GrowCoachHost,
    private readonly el: HTMLElement,
  ) {
    super();
  }

  override onload(): void {
    this.el.addClass('grow-status-bar', 'mod-clickable');
    this.el.setAttribute('role', 'button');
    this.el.setAttribute('tabindex', '0');
    this.registerDomEvent(this.el, 'click', () => void this.host.openDashboard());
    this.registerDomEvent(this.el, 'keydown', (evt) => {
      if (evt.key === 'Enter' || evt.key === ' ') {
        evt.preventDefault();
        void this.host.openDashboard();
      }
    });
    this.registerEvent(this.host.index.on('changed', () => this.update()));
    this.registerInterval(window.setInterval(() => this.update(), 60_000));
    this.update();
  }

  update(): void {
    const language = this.host.language();
    const { open, overdue } = this.host.index.counts(localToday());
    const text = ui('statusBar', language, { open, overdue });
    const tooltip = ui('statusBarTooltip', language);
    if (text === this.last) return;
    this.last = text;
    this.el.setText(text);
    this.el.setAttribute('aria-label', `${text}. ${tooltip}`);
    this.el.toggleClass('has-overdue', overdue > 0);
  }
}
