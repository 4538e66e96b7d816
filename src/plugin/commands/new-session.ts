/**
 * "New coaching session…": choose a client the index knows, or type a new name; a note is created
 * from the session template as `<coaching folder>/<client>/<date> session <n>.md` (numbered after
 * that client's earlier sessions, opening with their still-open actions) and opened. An existing
 * note is never overwritten: ` (2)` is added to the name instead.
 */
import { Notice, SuggestModal, TFile, type App, type Plugin } from 'obsidian';
import { normalizeFolder } from '../../core/note/coaching-rules';
import { uniquePath } from '../../core/templates/file-names';
import { ui } from '../i18n';
import { singleLine } from '../../core/templates/context';
import { findTemplate } from '../../core/templates/registry';
import { DEFAULT_NOTE_FOLDER, newNotePath, renderTemplate, TemplateError } from '../../core/templates/render';
import type { GrowCoachHost } from '../host';
import { ensureFolder } from '../vault-folders';
import { availableTemplates, templateContext } from '../templates/templates-source';

interface ClientChoice {
  name: string;
  isNew: boolean;
}

export class ClientPicker extends SuggestModal<ClientChoice> {
  constructor(
    app: App,
    private readonly host: GrowCoachHost,
    private readonly choose: (client: string) => void,
  ) {
    super(app);
    this.setPlaceholder(ui('clientPick', host.language()));
  }

  override getSuggestions(query: string): ClientChoice[] {
    const typed = singleLine(query);
    const wanted = typed.toLowerCase();
    const known = this.host.index.clients().filter((name) => name.toLowerCase().includes(wanted));
    const choices = known.map((name) => ({ name, isNew: false }));
    // A name no client has yet: offered first when nothing matches, else after the matches.
    if (typed !== '' && !known.some((name) => name.toLowerCase() === wanted)) {
      if (known.length === 0) choices.unshift({ name: typed, isNew: true });
      else choices.push({ name: typed, isNew: true });
    }
    return choices;
  }

  override renderSuggestion(choice: ClientChoice, el: HTMLElement): void {
    el.setText(choice.isNew ? ui('clientNew', this.host.language(), { name: choice.name }) : choice.name);
  }

  override onChooseSuggestion(choice: ClientChoice): void {
    this.choose(choice.name);
  }
}

/** Creates the session note for `client` and returns its path, or null after a notice. */
export async function createSession(host: GrowCoachHost, client: string): Promise<string | null> {
  const language = host.language();
  const entry = findTemplate(await availableTemplates(host), 'grow-session');
  if (!entry) {
    new Notice(ui('templateNotFound', language, { name: 'grow-session' }));
    return null;
  }
  const context = templateContext(host, { client });
  let text: string;
  let candidate: string;
  try {
    text = renderTemplate(entry, context);
    candidate = newNotePath(entry, context, normalizeFolder(host.settings.rules.folder) || DEFAULT_NOTE_FOLDER);
  } catch (error) {
    new Notice(ui('templateFailed', language, { name: entry.title, error: error instanceof TemplateError ? error.message : String(error) }));
    return null;
  }
  const path = uniquePath(candidate, (p) => host.app.vault.getAbstractFileByPath(p) !== null);
  let file: TFile;
  try {
    await ensureFolder(host.app.vault, path.split('/').slice(0, -1).join('/'));
    // `create` fails when the file exists: a note is never overwritten.
    file = await host.app.vault.create(path, text);
  } catch (error) {
    // A file where a folder should be, a name the system refuses: said, not lost.
    new Notice(ui('sessionFailed', language, { file: path, error: String(error) }));
    return null;
  }
  new Notice(ui('sessionCreated', language, { file: path }));
  await host.app.workspace.getLeaf(false).openFile(file, { active: true });
  return path;
}

export function addNewSessionCommand(plugin: Plugin, host: GrowCoachHost): void {
  plugin.addCommand({
    id: 'new-coaching-session',
    name: ui('cmdNewSession', host.language()),
    callback: () => {
      new ClientPicker(host.app, host, (client) => void createSession(host, client)).open();
    },
  });
}
