/**
 * Every string of the plugin's UI, in Dutch and English. A key without both languages is a type
 * error (`satisfies Dictionary`), and so is a call with an unknown key. Sentence case throughout,
 * as Obsidian's guidelines ask. `{name}` placeholders are filled by {@link ui}.
 */
import { createTranslator, type Dictionary } from '../core/i18n';

export const UI_STRINGS = {
  // The dashboard
  viewTitle: { nl: 'GROW-acties', en: 'GROW actions' },
  openDashboard: { nl: 'Actiedashboard openen', en: 'Open actions dashboard' },
  countOpen: { nl: '{n} open', en: '{n} open' },
  countOverdue: { nl: '{n} verstreken', en: '{n} overdue' },
  statusBar: { nl: '{open} open · {overdue} verstreken', en: '{open} open · {overdue} overdue' },
  statusBarTooltip: { nl: 'Actiedashboard openen', en: 'Open actions dashboard' },
  groupBy: { nl: 'Groeperen', en: 'Group by' },
  groupClient: { nl: 'Per klant', en: 'By client' },
  groupDue: { nl: 'Per datum', en: 'By due date' },
  groupNote: { nl: 'Per sessie', en: 'By session note' },
  filterPlaceholder: { nl: 'Filteren…', en: 'Filter…' },
  filterLabel: { nl: 'Acties filteren', en: 'Filter actions' },
  allClients: { nl: 'Alle klanten', en: 'All clients' },
  clientLabel: { nl: 'Klant', en: 'Client' },
  showDone: { nl: 'Afgeronde acties tonen', en: 'Show done' },
  noClient: { nl: 'Geen klant', en: 'No client' },
  /** The group of the coach's own tasks (`[owner:: coach]`, `### Voor de coach`), apart from the clients' actions. */
  groupCoach: { nl: 'Voor de coach', en: 'For the coach' },
  bucketOverdue: { nl: 'Datum verstreken', en: 'Overdue' },
  bucketToday: { nl: 'Vandaag', en: 'Today' },
  bucketWeek: { nl: 'Deze week', en: 'This week' },
  bucketLater: { nl: 'Later', en: 'Later' },
  bucketNone: { nl: 'Geen datum', en: 'No date' },
  due: { nl: 'Uiterlijk {date}', en: 'Due {date}' },
  dueOverdue: { nl: 'Uiterlijk {date}, verstreken', en: 'Overdue: {date}' },
  dueToday: { nl: 'Vandaag', en: 'Today' },
  session: { nl: 'Sessie {date}', en: 'Session {date}' },
  openNote: { nl: 'Notitie openen', en: 'Open note' },
  completeAction: { nl: 'Actie afronden: {text}', en: 'Complete action: {text}' },
  reopenAction: { nl: 'Actie heropenen: {text}', en: 'Reopen action: {text}' },
  emptyTitle: { nl: 'Geen openstaande acties', en: 'No open actions' },
  emptyNoMatch: { nl: 'Geen acties die aan het filter voldoen.', en: 'No actions match the filter.' },
  emptyHowTo: {
    nl: 'Schrijf een actie als taak onder een kop "Wil" in een coachingnotitie:',
    en: 'Write an action as a task under a "Will" heading in a coaching note:',
  },
  emptyExample: { nl: '## Wil\n- [ ] Gesprek met het team plannen 📅 2026-06-01', en: '## Will\n- [ ] Plan a talk with the team 📅 2026-06-01' },
  emptyRules: {
    nl: 'Een coachingnotitie heeft type "{type}", tag #{tag} of staat in map "{folder}".',
    en: 'A coaching note has type "{type}", tag #{tag} or lies in folder "{folder}".',
  },
  loading: { nl: 'Acties worden gelezen…', en: 'Reading actions…' },
  more: { nl: 'Nog {n} tonen', en: 'Show {n} more' },
  codeBlockError: { nl: 'grow-actions: onbekende optie "{option}"', en: 'grow-actions: unknown option "{option}"' },

  // Completing an action
  toggleGone: { nl: '"{text}" staat niet meer in {file}. Niets veranderd.', en: '"{text}" is no longer in {file}. Nothing changed.' },
  toggleUnreadable: {
    nl: '"{text}" staat niet meer op regel {line} van {file} en is niet met zekerheid terug te vinden. Niets veranderd.',
    en: '"{text}" is no longer on line {line} of {file} and cannot be found for sure. Nothing changed.',
  },
  toggleAmbiguous: {
    nl: '{count} acties in {file} heten "{text}"; welke is niet zeker. Niets veranderd.',
    en: '{count} actions in {file} read "{text}"; which one is unclear. Nothing changed.',
  },
  notIndexed: {
    nl: '{file} is niet gelezen: de snelle lezer slaat deze notitie over en Obsidian heeft haar nog niet geïndexeerd. Open de notitie.',
    en: '{file} was not read: the fast reader declines this note and Obsidian has not indexed it yet. Open the note.',
  },
  toggleNoFile: { nl: 'De notitie {file} bestaat niet meer.', en: 'The note {file} no longer exists.' },
  sessionFailed: { nl: 'Kon {file} niet aanmaken: {error}', en: 'Could not create {file}: {error}' },
  toggleFailed: { nl: 'Kon {file} niet bijwerken: {error}', en: 'Could not update {file}: {error}' },

  // Commands
  cmdParseNote: { nl: 'Notitie omzetten naar eigenschappen', en: 'Parse note into properties' },
  cmdParseAll: { nl: 'Alle coachingnotities omzetten', en: 'Parse all coaching notes' },
  cmdInsertSession: { nl: 'GROW-sessie invoegen', en: 'Insert GROW session' },
  cmdInsertQuestions: { nl: 'Reflectieve vragen invoegen', en: 'Insert reflective questions' },
  cmdInsertTemplate: { nl: 'Sjabloon invoegen…', en: 'Insert template…' },
  cmdNewSession: { nl: 'Nieuwe coachingsessie…', en: 'New coaching session…' },
  cmdExportTemplates: { nl: 'Ingebouwde sjablonen exporteren', en: 'Export built-in templates' },

  // Parsing
  parseUpdated: { nl: 'Eigenschappen van {file} bijgewerkt.', en: 'Properties of {file} updated.' },
  parseUnchanged: { nl: 'De eigenschappen van {file} waren al actueel.', en: 'The properties of {file} were already up to date.' },
  parseRefused: { nl: '{file} niet bijgewerkt: {reason}', en: '{file} not updated: {reason}' },
  parseProgress: { nl: 'Coachingnotities omzetten: {done} van {total}…', en: 'Parsing coaching notes: {done} of {total}…' },
  parseSummary: {
    nl: '{updated} bijgewerkt, {unchanged} ongewijzigd, {refused} geweigerd.',
    en: '{updated} updated, {unchanged} unchanged, {refused} refused.',
  },
  parseNotCoaching: { nl: '{file} is geen coachingnotitie (zie de instellingen).', en: '{file} is not a coaching note (see the settings).' },
  parseUnreadable: {
    nl: '{file} kon niet zeker worden gelezen; probeer het zo nog eens.',
    en: '{file} could not be read for sure; try again in a moment.',
  },
  parseMoreRefused: { nl: '… en nog {n}.', en: '… and {n} more.' },

  // Templates
  templatePick: { nl: 'Kies een sjabloon', en: 'Choose a template' },
  templateBuiltIn: { nl: 'ingebouwd', en: 'built-in' },
  templateOwn: { nl: 'eigen sjabloon', en: 'own template' },
  templateNotFound: { nl: 'Sjabloon "{name}" niet gevonden.', en: 'Template "{name}" not found.' },
  templateFailed: { nl: 'Sjabloon "{name}" kon niet worden ingevuld: {error}', en: 'Template "{name}" could not be filled in: {error}' },
  clientPick: { nl: 'Kies een klant of typ een nieuwe naam', en: 'Choose a client or type a new name' },
  clientNew: { nl: 'Nieuwe klant: {name}', en: 'New client: {name}' },
  sessionCreated: { nl: '{file} aangemaakt.', en: '{file} created.' },
  exportDone: {
    nl: '{written} sjablonen geëxporteerd naar {folder}; {skipped} bestonden al en bleven zoals ze waren.',
    en: '{written} templates exported to {folder}; {skipped} existed already and were kept as they were.',
  },
  exportNoFolder: { nl: 'Stel eerst een sjablonenmap in.', en: 'Set a template folder first.' },

  // Settings
  settingsLanguage: { nl: 'Taal', en: 'Language' },
  settingsLanguageDesc: {
    nl: 'De taal van de knoppen, meldingen en ingebouwde sjablonen. Namen van commando’s volgen na herstart van Obsidian.',
    en: 'The language of buttons, notices and the built-in templates. Command names follow after reloading Obsidian.',
  },
  settingsLanguageAuto: { nl: 'Taal van Obsidian ({language})', en: "Obsidian's language ({language})" },
  languageNl: { nl: 'Nederlands', en: 'Dutch' },
  languageEn: { nl: 'Engels', en: 'English' },
  settingsNotesHeading: { nl: 'Coachingnotities', en: 'Coaching notes' },
  settingsNotesDesc: {
    nl: 'Een notitie telt als één regel klopt; een leeg veld zet die regel uit.',
    en: 'A note counts when any rule holds; an empty field turns a rule off.',
  },
  settingsType: { nl: 'Type', en: 'Type' },
  settingsTypeDesc: { nl: 'De waarde van de eigenschap "type".', en: 'The value of the "type" property.' },
  settingsTag: { nl: 'Tag', en: 'Tag' },
  settingsTagDesc: { nl: 'Zonder #; geneste tags tellen mee.', en: 'Without #; nested tags count too.' },
  settingsFolder: { nl: 'Map', en: 'Folder' },
  settingsFolderDesc: { nl: 'Elke notitie in deze map en de mappen eronder.', en: 'Every note in this folder and the folders below it.' },
  settingsTemplatesHeading: { nl: 'Sjablonen', en: 'Templates' },
  settingsTemplateFolder: { nl: 'Sjablonenmap', en: 'Template folder' },
  settingsTemplateFolderDesc: {
    nl: 'Eigen sjablonen hier gaan voor ingebouwde met dezelfde naam.',
    en: 'Your templates here replace built-in ones of the same name.',
  },
  settingsCoachName: { nl: 'Naam van de coach', en: "Coach's name" },
  settingsCoachNameDesc: { nl: 'Wordt in sjablonen ingevuld.', en: 'Filled in by the templates.' },
  settingsActionsHeading: { nl: 'Acties', en: 'Actions' },
  settingsCompletionDate: { nl: 'Afrondingsdatum toevoegen', en: 'Add completion date' },
  settingsCompletionDateDesc: {
    nl: 'Zet ✅ met de datum van vandaag achter een actie die je afvinkt.',
    en: "Append ✅ and today's date to an action you tick off.",
  },
  settingsParseOnChange: { nl: 'Eigenschappen bijwerken bij wijzigen', en: 'Update properties on change' },
  settingsParseOnChangeDesc: {
    nl: 'Werk eigenschappen bij als een coachingnotitie verandert, niet tijdens het typen.',
    en: "Update a coaching note's properties when it changes, never while you type.",
  },

  // Headings: the coach's own words per phase
  settingsHeadingsHeading: { nl: 'Koppen', en: 'Headings' },
  settingsHeadingsDesc: {
    nl: 'Een kop hoort bij een GROW-fase als hij met een woord van die fase begint ("Doel van het gesprek", "Wat ga je doen?"). Voeg je eigen woorden toe, gescheiden door komma\'s.',
    en: 'A heading belongs to a GROW phase when it begins with one of its words ("Goal for today", "What will you do?"). Add your own words, separated by commas.',
  },
  settingsWordsGoal: { nl: 'Eigen woorden voor Doel', en: 'Own words for Goal' },
  settingsWordsGoalDesc: { nl: 'Bijvoorbeeld: thema, onderwerp', en: 'For example: theme, topic' },
  settingsWordsReality: { nl: 'Eigen woorden voor Realiteit', en: 'Own words for Reality' },
  settingsWordsRealityDesc: { nl: 'Bijvoorbeeld: context, hier en nu', en: 'For example: context, here and now' },
  settingsWordsOptions: { nl: 'Eigen woorden voor Opties', en: 'Own words for Options' },
  settingsWordsOptionsDesc: { nl: 'Bijvoorbeeld: ideeën, denkrichtingen', en: 'For example: ideas, directions' },
  settingsWordsWill: { nl: 'Eigen woorden voor Wil', en: 'Own words for Will' },
  settingsWordsWillDesc: {
    nl: 'Bijvoorbeeld: huiswerk, klusjes. Taken onder deze koppen worden acties.',
    en: 'For example: homework, chores. Tasks under these headings become actions.',
  },

  // What the reading left out, on the dashboard
  outsideWillOne: { nl: '1 taak in 1 coachingnotitie staat buiten een Wil-sectie', en: '1 task in 1 coaching note is outside a Will section' },
  outsideWillOneNote: {
    nl: '{tasks} taken in 1 coachingnotitie staan buiten een Wil-sectie',
    en: '{tasks} tasks in 1 coaching note are outside a Will section',
  },
  outsideWillMany: {
    nl: '{tasks} taken in {notes} coachingnotities staan buiten een Wil-sectie',
    en: '{tasks} tasks in {notes} coaching notes are outside a Will section',
  },
  outsideWillHelp: {
    nl: 'Ze staan niet bij de acties. Zet ze onder een Wil-kop, hernoem de kop, of voeg het woord van de kop toe bij "Eigen woorden voor Wil" in de instellingen.',
    en: 'They are not listed as actions. Move them under a Will heading, rename the heading, or add the heading\'s word to "Own words for Will" in the settings.',
  },
  outsideWillGroup: { nl: '{count} onder "{heading}" (regel {line})', en: '{count} under "{heading}" (line {line})' },
  outsideWillNoHeading: { nl: '{count} onder geen kop', en: '{count} under no heading' },
  unclosedOne: { nl: 'De eigenschappen van 1 coachingnotitie sluiten niet af', en: "1 coaching note's properties never close" },
  unclosedMany: { nl: 'De eigenschappen van {n} coachingnotities sluiten niet af', en: "{n} coaching notes' properties never close" },
  unclosedHelp: {
    nl: 'De notitie begint met "---", maar geen tweede "---" sluit de eigenschappen af. Obsidian leest haar zonder eigenschappen (geen klant, geen datum) en GROW Coach schrijft er niets in. Zet een regel "---" onder de laatste eigenschap.',
    en: 'The note starts with "---" but no second "---" closes its properties. Obsidian reads it without properties (no client, no date) and GROW Coach writes nothing into it. Add a line "---" below the last property.',
  },
  // The client overview, the sponsor summary, the hours log and action lint (issue 15)
  clientViewTitle: { nl: 'Klantoverzicht', en: 'Client overview' },
  clientChoose: { nl: 'Kies een klant', en: 'Choose a client' },
  clientNone: { nl: 'Kies een klant om het traject te zien.', en: 'Choose a client to see the trajectory.' },
  clientNoNotes: { nl: 'Geen coachingnotities van {client}.', en: 'No coaching notes of {client}.' },
  clientQuestion: { nl: 'Coachvraag', en: 'Coaching question' },
  clientGoals: { nl: 'Doelen (SMART)', en: 'Goals (SMART)' },
  clientNoGoals: { nl: 'Geen doelen in de intake (eigenschap goals).', en: 'No goals in the intake (property goals).' },
  clientCriteria: { nl: 'Criteria van de opdrachtgever', en: "The sponsor's criteria" },
  clientFollowThrough: { nl: 'Opvolging', en: 'Follow-through' },
  clientFollowValue: { nl: '{done} van {agreed} afgesproken acties gedaan ({rate})', en: '{done} of {agreed} agreed actions done ({rate})' },
  clientFollowNone: { nl: 'Nog geen acties afgesproken in GROW-sessies.', en: 'No actions agreed in GROW sessions yet.' },
  clientDone: { nl: 'Gedaan', en: 'Done' },
  clientOpenActions: { nl: 'Open acties', en: 'Open actions' },
  clientBlockError: { nl: 'grow-client: onbekende regel "{option}"', en: 'grow-client: unknown line "{option}"' },
  chartTitle: { nl: 'Schaal en commitment per gesprek', en: 'Scale and commitment per conversation' },
  chartEmpty: { nl: 'Nog geen schaal of commitment genoteerd.', en: 'No scale or commitment recorded yet.' },
  chartScale: { nl: 'Schaal', en: 'Scale' },
  chartCommitment: { nl: 'Commitment', en: 'Commitment' },
  chartNote: { nl: 'Gesprek', en: 'Conversation' },
  chartDate: { nl: 'Datum', en: 'Date' },
  cmdClientOverview: { nl: 'Klantoverzicht openen', en: 'Open client overview' },
  cmdSponsorSummary: { nl: 'Samenvatting voor de opdrachtgever maken', en: 'Create sponsor summary' },
  cmdHoursLog: { nl: 'Logboek coachinguren exporteren', en: 'Export coaching hours log' },
  sponsorCreated: { nl: '{file} aangemaakt. Lees en bewerk hem voordat je hem deelt.', en: '{file} created. Read and edit it before you share it.' },
  hoursCreated: { nl: '{file} aangemaakt, met het logboek als CSV ernaast.', en: '{file} created, with the log as CSV next to it.' },
  lintBadge: { nl: 'vaag', en: 'vague' },
  lintTooltip: {
    nl: 'Lastig op te volgen: "{phrase}" en geen datum. Maak het concreet: wat precies, wanneer?',
    en: 'Hard to follow up: "{phrase}" and no due date. Make it concrete: what exactly, by when?',
  },
  lintOwnerBadge: { nl: 'geen eigenaar', en: 'no owner' },
  lintOwnerTooltip: {
    nl: 'Geen eigenaar, in een notitie waarin je eigenaren noteert. Schrijf erbij van wie de actie is: [owner:: klant] of [owner:: coach].',
    en: 'No owner, in a note where you mark owners. Say whose action it is: [owner:: client] or [owner:: coach].',
  },
  settingsVague: { nl: 'Vage werkwoorden', en: 'Vague verbs' },
  settingsVagueDesc: {
    nl: 'Eigen woorden of zinsdelen, gescheiden door komma’s, naast de ingebouwde (nadenken over, proberen, kijken naar, …). Een open actie zonder datum met zo’n woord krijgt het label "vaag".',
    en: 'Your own words or phrases, separated by commas, besides the built-in ones (think about, try to, look into, …). An open action without a due date that holds one is labelled "vague".',
  },
} as const satisfies Dictionary;

/** A key of {@link UI_STRINGS}. */
export type UiKey = keyof typeof UI_STRINGS;

/** A UI string in one language, with `{name}` placeholders filled from `vars`. */
export const ui = createTranslator(UI_STRINGS);
