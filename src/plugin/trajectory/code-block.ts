/**
 * The `grow-client` code block, for a client's page: the client overview inside the note.
 *
 * ```grow-client
 * client: Anna de Vries
 * ```
 * Without a `client:` line, the page's own client: its `client` property, else the client whose
 * name the page has. It stays live as the client's notes change, and draws only when shown.
 */
import { MarkdownRenderChild } from 'obsidian';
import { wikilinkTarget } from '../../core/note/properties';
import type { GrowCoachHost } from '../host';
import { ui } from '../i18n';
import { TrajectoryPanel } from './panel';
import { clientOfNote } from './read';

export const CLIENT_BLOCK_LANGUAGE = 'grow-client';

/** The client a block names (`client: Name`, `Name` or `[[Name]]`), or null; and the lines it could not read. */
export function parseClientBlock(source: string): { client: string | null; errors: string[] } {
  let client: string | null = null;
  const errors: string[] = [];
  for (const raw of source.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^client\s*:\s*(.*)$/i.exec(line);
    const value = (match ? (match[1] ?? '') : line).trim().replace(/^(["'])(.*)\1$/, '$2');
    if (!match && line.includes(':')) errors.push(line);
    else if (value !== '') client = wikilinkTarget(value);
  }
  return { client, errors };
}

export class ClientBlock extends MarkdownRenderChild {
  constructor(
    containerEl: HTMLElement,
    private readonly host: GrowCoachHost,
    private readonly source: string,
    private readonly sourcePath: string,
  ) {
    super(containerEl);
  }

  override onload(): void {
    const el = this.containerEl;
    el.addClass('grow-client-block');
    const { client, errors } = parseClientBlock(this.source);
    for (const line of errors) el.createDiv({ cls: 'grow-block-error', text: ui('clientBlockError', this.host.language(), { option: line }) });
    const panel = new TrajectoryPanel(el, this.host, { heading: false });
    const resolve = () => client ?? clientOfNote(this.host, this.sourcePath);
    panel.setClient(resolve());
    this.addChild(panel);
    // The page's own client may be known only once the index is built.
    if (client === null) this.registerEvent(this.host.index.on('changed', () => panel.setClient(resolve())));
  }
}
