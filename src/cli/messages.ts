/**
 * The CLI's own words in Dutch and English. The language comes from `--lang nl|en`, else from
 * `GROW_COACH_LANG`, else Dutch when the system locale (`LC_ALL`, else `LANG`) starts with `nl`,
 * else the language of the vault's notes (`setNotesLanguage`, a cheap count in `notes-language.ts`),
 * else English.
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
    '  grow-coach complete <note>:<line> [--today YYYY-MM-DD]',
    '  grow-coach reopen <note>:<line> [--today YYYY-MM-DD]',
    '  grow-coach client <vault> --client NAME [--json]',
    '  grow-coach sponsor <vault> --client NAME [--today YYYY-MM-DD]',
    '  grow-coach hours <vault> [--csv] [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    '  grow-coach lint <vault> [--vague "PHRASE, PHRASE"] [--json]',
    '',
    'Every command takes --lang nl|en (messages and templates); the vault commands take',
    '--folder PATH, --type VALUE and --tag TAG (which notes are coaching notes).',
    'actions and parse take --phase-words PHASE=WORD,WORD (your own heading words, e.g. will=huiswerk; repeatable),',
    'added to the words of .grow-coach.json in the vault folder.',
    'Without --lang: GROW_COACH_LANG, else Dutch when LC_ALL or LANG starts with nl or the',
    "vault's notes are in Dutch, else English.",
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
  coachTasks: 'For the coach',
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
    '  grow-coach complete <notitie>:<regel> [--today JJJJ-MM-DD]',
    '  grow-coach reopen <notitie>:<regel> [--today JJJJ-MM-DD]',
    '  grow-coach client <kluis> --client NAAM [--json]',
    '  grow-coach sponsor <kluis> --client NAAM [--today JJJJ-MM-DD]',
    '  grow-coach hours <kluis> [--csv] [--from JJJJ-MM-DD] [--to JJJJ-MM-DD]',
    '  grow-coach lint <kluis> [--vague "WOORDEN, WOORDEN"] [--json]',
    '',
    'Elke opdracht kent --lang nl|en (meldingen en sjablonen); de opdrachten op een kluis kennen',
    '--folder MAP, --type WAARDE en --tag TAG (welke notities coachingnotities zijn).',
    'actions en parse kennen --phase-words FASE=WOORD,WOORD (eigen woorden in koppen, bijv. will=huiswerk; herhaalbaar),',
    'bovenop de woorden in .grow-coach.json in de kluismap.',
    'Zonder --lang: GROW_COACH_LANG, anders Nederlands als LC_ALL of LANG met nl begint of de',
    'notities in de kluis Nederlands zijn, anders Engels.',
  ].join('\n'),
  unknownCommand: (name) => `onbekende opdracht "${name}". Voer grow-coach --help uit voor de opdrachten.`,
  missingVault: 'geef de map van de kluis, bijvoorbeeld: grow-coach actions ~/Notities',
  noClient: 'Geen klant',
  noDate: 'geen datum',
  overdue: 'datum verstreken',
  due: 'uiterlijk',
  done: 'afgerond',
  cancelled: 'vervallen',
  openCount: (n) => `${n} open`,
  overdueCount: (n) => `${n} verstreken`,
  noActions: 'Geen open acties. Schrijf er een als taak onder een Wil-kop, bijvoorbeeld:\n  ## Wil\n  - [ ] Teamleider bellen 📅 2026-12-01',
  session: 'sessie',
  coachTasks: 'Voor de coach',
  summary: (open, overdue, notes) => `${open} open, ${overdue} verstreken, in ${notes} coachingnotities`,
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

/** The language of the vault's notes, when `main` found one (see `notes-language.ts`). */
let notesHint: CliLanguage | null = null;

/** Sets (or with null clears) the language of the vault's notes, the last choice before English. */
export function setNotesLanguage(language: CliLanguage | null): void {
  notesHint = language;
}

/** The language of the vault's notes as `main` found it, or null. */
export function notesLanguageHint(): CliLanguage | null {
  return notesHint;
}

/** The language `--lang` or `GROW_COACH_LANG` or the locale decides, or null when none does. */
export function explicitLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): CliLanguage | null {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i === -1 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  const pick = flag ?? env.GROW_COACH_LANG;
  if (pick !== undefined && pick !== '') return pick.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('nl') ? 'nl' : null;
}

export function detectLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): CliLanguage {
  return explicitLanguage(argv, env) ?? notesHint ?? 'en';
}

export function messages(language: CliLanguage): Messages {
  return MESSAGES[language];
}

/** The messages in the language of this run of the CLI (its own arguments and environment). */
export function cliMessages(): Messages {
  return messages(detectLanguage(process.argv.slice(2), process.env));
}
