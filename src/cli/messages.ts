/**
 * The CLI's own words in Dutch and English. The language comes from `--lang nl|en`, else from
 * `GROW_COACH_LANG`, else from the system locale (`LANG`/`LC_ALL` starting with `nl`), else English.
 */
export type CliLanguage = 'nl' | 'en';

const en = {
  usage: [
    'Usage:',
    '  grow-coach actions <vault|file>... [--json | --markdown] [--all] [--client NAME] [--today YYYY-MM-DD] [--folder PATH] [--type VALUE] [--tag TAG]',
    '  grow-coach parse <file> [--json]',
    '  grow-coach parse <vault|file>... --write | --check',
    '  grow-coach new <vault> --client NAME [--template NAME] [--lang nl|en] [--date YYYY-MM-DD] [--coach NAME] [--templates PATH]',
    '  grow-coach templates [<vault>] [--lang nl|en] [--templates PATH]',
    '',
    'Every command takes --lang nl|en (messages and templates); the vault commands take',
    '--folder PATH, --type VALUE and --tag TAG (which notes are coaching notes).',
  ].join('\n'),
  unknownCommand: (name: string) => `unknown command "${name}". Run grow-coach --help to see the commands.`,
  missingVault: 'give the vault folder, for example: grow-coach actions ~/Notes',
  noClient: 'No client',
  noDate: 'no date',
  overdue: 'overdue',
  due: 'due',
  done: 'done',
  cancelled: 'cancelled',
  openCount: (n: number) => `${n} open`,
  overdueCount: (n: number) => `${n} overdue`,
  noActions: 'No open Will actions. Write one as a task under a Will heading, for example:\n  ## Will\n  - [ ] Call the team lead 📅 2026-12-01',
  session: 'session',
  summary: (open: number, overdue: number, notes: number) => `${open} open, ${overdue} overdue, in ${notes} coaching notes`,
  jsonAndMarkdown: '--json and --markdown cannot be combined: choose one',
  unknownOption: (name: string, raw = `--${name}`) => `unknown option ${raw}. Run grow-coach --help to see the options.`,
  needsValue: (name: string) => `--${name} needs a value`,
  takesNoValue: (name: string) => `--${name} takes no value`,
  badDate: (name: string, value: string) => `--${name} must be a date written YYYY-MM-DD, got "${value}"`,
  badLanguage: (value: string) => `--lang must be nl or en, got "${value}"`,
  noSuchPath: (p: string, what: 'vault' | 'path') => `${p}: no such ${what === 'vault' ? 'vault folder' : 'file or folder'}. Check the path and try again.`,
  notAFolder: (p: string) => `${p}: not a folder. Give the vault's folder (the one that holds your notes).`,
  noTemplateFolder: (p: string) => `${p}: no such template folder. Check the path given with --templates.`,
  newNeedsVault: 'give the vault folder and a client, for example: grow-coach new ~/Notes --client "Anna de Vries"',
  oneVault: (extra: string) => `expected one vault folder, got also: ${extra}`,
  newNeedsClient: 'give the client with --client NAME, for example --client "Anna de Vries"',
  noTemplate: (name: string, names: string) => `no template "${name}". Choose one of: ${names} (grow-coach templates lists them)`,
  blockTemplate: (name: string, names: string) =>
    `"${name}" is a block that is inserted into an open note in Obsidian, not a note of its own. Choose a note template: ${names}`,
  atMostOneVault: (given: string) => `expected at most one vault folder, got: ${given}`,
};

type Messages = typeof en;

const nl: Messages = {
  usage: [
    'Gebruik:',
    '  grow-coach actions <kluis|bestand>... [--json | --markdown] [--all] [--client NAAM] [--today JJJJ-MM-DD] [--folder MAP] [--type WAARDE] [--tag TAG]',
    '  grow-coach parse <bestand> [--json]',
    '  grow-coach parse <kluis|bestand>... --write | --check',
    '  grow-coach new <kluis> --client NAAM [--template NAAM] [--lang nl|en] [--date JJJJ-MM-DD] [--coach NAAM] [--templates MAP]',
    '  grow-coach templates [<kluis>] [--lang nl|en] [--templates MAP]',
    '',
    'Elke opdracht kent --lang nl|en (meldingen en sjablonen); de opdrachten op een kluis kennen',
    '--folder MAP, --type WAARDE en --tag TAG (welke notities coachingnotities zijn).',
  ].join('\n'),
  unknownCommand: (name) => `onbekende opdracht "${name}". Voer grow-coach --help uit voor de opdrachten.`,
  missingVault: 'geef de map van de kluis, bijvoorbeeld: grow-coach actions ~/Notities',
  noClient: 'Geen klant',
  noDate: 'geen datum',
  overdue: 'te laat',
  due: 'uiterlijk',
  done: 'gedaan',
  cancelled: 'vervallen',
  openCount: (n) => `${n} open`,
  overdueCount: (n) => `${n} te laat`,
  noActions: 'Geen open acties. Schrijf er een als taak onder een Wil-kop, bijvoorbeeld:\n  ## Wil\n  - [ ] Teamleider bellen 📅 2026-12-01',
  session: 'sessie',
  summary: (open, overdue, notes) => `${open} open, ${overdue} te laat, in ${notes} coachingnotities`,
  jsonAndMarkdown: '--json en --markdown gaan niet samen: kies er één',
  unknownOption: (name, raw = `--${name}`) => `onbekende optie ${raw}. Voer grow-coach --help uit voor de opties.`,
  needsValue: (name) => `--${name} heeft een waarde nodig`,
  takesNoValue: (name) => `--${name} heeft geen waarde`,
  badDate: (name, value) => `--${name} moet een datum zijn als JJJJ-MM-DD, niet "${value}"`,
  badLanguage: (value) => `--lang moet nl of en zijn, niet "${value}"`,
  noSuchPath: (p, what) =>
    `${p}: ${what === 'vault' ? 'deze kluismap bestaat niet' : 'dit bestand of deze map bestaat niet'}. Controleer het pad en probeer het opnieuw.`,
  notAFolder: (p) => `${p}: geen map. Geef de map van de kluis (de map met je notities).`,
  noTemplateFolder: (p) => `${p}: deze sjablonenmap bestaat niet. Controleer het pad bij --templates.`,
  newNeedsVault: 'geef de kluismap en een klant, bijvoorbeeld: grow-coach new ~/Notities --client "Anna de Vries"',
  oneVault: (extra) => `één kluismap verwacht, maar ook gekregen: ${extra}`,
  newNeedsClient: 'geef de klant met --client NAAM, bijvoorbeeld --client "Anna de Vries"',
  noTemplate: (name, names) => `geen sjabloon "${name}". Kies uit: ${names} (grow-coach templates toont ze)`,
  blockTemplate: (name, names) =>
    `"${name}" is een blok dat je in Obsidian in een open notitie invoegt, geen eigen notitie. Kies een notitiesjabloon: ${names}`,
  atMostOneVault: (given) => `hoogstens één kluismap verwacht, gekregen: ${given}`,
};

const MESSAGES: Record<CliLanguage, Messages> = { en, nl };

export function detectLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): CliLanguage {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i === -1 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  const pick = flag ?? env.GROW_COACH_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return pick.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function messages(language: CliLanguage): Messages {
  return MESSAGES[language];
}

/** The messages in the language of this run of the CLI (its own arguments and environment). */
export function cliMessages(): Messages {
  return messages(detectLanguage(process.argv.slice(2), process.env));
}
