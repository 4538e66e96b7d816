/**
 * `grow-coach templates [<vault>] [--lang nl|en] [--templates PATH]`: the templates a coach can
 * use, with their name (for `new --template`), kind and title. With a vault, the coach's own
 * templates from its template folder are listed too, and a broken one is reported on stderr.
 */
import type { Language } from '../../core/i18n';
import { checkTemplate, TemplateError } from '../../core/templates/render';
import { resolveTemplates, type TemplateEntry } from '../../core/templates/registry';
import { parseArgs } from '../args';
import { UsageError, type CliIO } from '../io';
import { readTemplateFiles, templateFolder, templateLanguage } from '../template-files';
import { requireDirectory } from '../vault';
import { cliMessages } from '../messages';

const WORDS: Readonly<Record<Language, { session: string; block: string; own: string; broken: string }>> = {
  nl: { session: 'notitie', block: 'blok', own: 'eigen sjabloon', broken: 'fout, zie hierboven' },
  en: { session: 'note', block: 'block', own: 'own template', broken: 'error, see above' },
};

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

/** One line a template: name, kind, title, and where an own template comes from. */
export function templateLines(entries: readonly TemplateEntry[], language: Language, broken: ReadonlySet<string>): string[] {
  const words = WORDS[language];
  const nameWidth = Math.max(...entries.map((e) => e.name.length));
  const kindWidth = Math.max(words.session.length, words.block.length);
  return entries.map((entry) => {
    const notes = [entry.origin === 'user' ? `${words.own}: ${entry.file}` : '', broken.has(entry.file) ? words.broken : ''].filter(Boolean);
    const suffix = notes.length > 0 ? `  (${notes.join('; ')})` : '';
    return `${pad(entry.name, nameWidth)}  ${pad(words[entry.kind], kindWidth)}  ${entry.title}${suffix}`;
  });
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { values: ['lang', 'templates'] });
  if (args.positionals.length > 1) throw new UsageError(cliMessages().atMostOneVault(args.positionals.join(' ')));
  const vault = args.positionals[0] ?? null;
  if (vault !== null) await requireDirectory(vault);
  const language = templateLanguage(args);
  const entries = resolveTemplates(language, await readTemplateFiles(templateFolder(args, vault), vault, io));
  const broken = new Set<string>();
  for (const entry of entries) {
    if (entry.origin !== 'user') continue;
    try {
      checkTemplate(entry);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      io.err(`warning: ${error.message}`);
      broken.add(entry.file);
    }
  }
  for (const line of templateLines(entries, language, broken)) io.out(line);
  return 0;
}
