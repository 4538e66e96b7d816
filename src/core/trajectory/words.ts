/**
 * The trajectory's words in Dutch and English: the readable trajectory, the sponsor summary, the
 * hours log and the lint reasons, shared by the CLI and the plugin. "Opdrachtgever" is the sponsor
 * (the organisation that commissions the coaching), "klant" the client, as in the rest of the UI.
 */
import { createTranslator, type Dictionary, type Language } from '../i18n';
import type { NoteKind } from './properties';

export const TRAJECTORY_WORDS = {
  kindIntake: { nl: 'intake', en: 'intake' },
  kindSession: { nl: 'sessie', en: 'session' },
  kindMidway: { nl: 'tussenevaluatie', en: 'mid-way evaluation' },
  kindClosing: { nl: 'eindgesprek', en: 'closing meeting' },
  kindReflection: { nl: 'reflectie', en: 'reflection' },
  sessionN: { nl: 'sessie {n}', en: 'session {n}' },

  trajectoryTitle: { nl: 'Traject van {client}', en: 'Trajectory of {client}' },
  coachingQuestion: { nl: 'Coachvraag', en: 'Coaching question' },
  goals: { nl: 'Doelen (SMART)', en: 'Goals (SMART)' },
  criteria: { nl: 'Criteria van de opdrachtgever', en: "The sponsor's criteria" },
  none: { nl: 'geen', en: 'none' },
  noGoals: { nl: 'Geen doelen in de intake (eigenschap goals).', en: 'No goals in the intake (property goals).' },
  notes: { nl: 'Gesprekken', en: 'Conversations' },
  scale: { nl: 'schaal', en: 'scale' },
  commitment: { nl: 'commitment', en: 'commitment' },
  actionsCounts: {
    nl: '{agreed} afgesproken, {done} gedaan, {open} open, {cancelled} vervallen',
    en: '{agreed} agreed, {done} done, {open} open, {cancelled} cancelled',
  },
  followThrough: { nl: 'Opvolging', en: 'Follow-through' },
  followThroughValue: {
    nl: '{done} van {agreed} afgesproken acties gedaan ({rate})',
    en: '{done} of {agreed} agreed actions done ({rate})',
  },
  followThroughNone: { nl: 'nog geen acties afgesproken in GROW-sessies', en: 'no actions agreed in GROW sessions yet' },
  scaleTrend: { nl: 'Schaal: van {first} naar {last}', en: 'Scale: from {first} to {last}' },
  scaleNone: { nl: 'Schaal: niet genoteerd', en: 'Scale: not recorded' },
  openActions: { nl: 'Open acties', en: 'Open actions' },
  noOpenActions: { nl: 'Geen open acties.', en: 'No open actions.' },
  noTrajectory: {
    nl: 'Geen coachingnotities van "{client}". Staat de klant in de eigenschap client van de notities?',
    en: 'No coaching notes of "{client}". Is the client named in the notes\' client property?',
  },
  noDate: { nl: 'geen datum', en: 'no date' },
  dueOn: { nl: 'uiterlijk {date}', en: 'due {date}' },

  sponsorTitle: { nl: 'Samenvatting voor de opdrachtgever: {client}', en: 'Summary for the sponsor: {client}' },
  sponsorIntro: {
    nl: 'Opgesteld door GROW Coach op {date}, uit de doelen, de schaal en wat als deelbaar is gemarkeerd. Lees en bewerk deze tekst voordat je hem deelt.',
    en: 'Drafted by GROW Coach on {date} from the goals, the scale and what was marked as shareable. Read and edit it before you share it.',
  },
  sponsorMeetings: { nl: 'Gesprekken', en: 'Meetings' },
  sponsorMeetingCount: { nl: '{n} gesprekken, van {first} tot {last}:', en: '{n} meetings, from {first} to {last}:' },
  sponsorOneMeeting: { nl: '1 gesprek, op {first}:', en: '1 meeting, on {first}:' },
  sponsorNoMeetings: { nl: 'Nog geen gesprekken.', en: 'No meetings yet.' },
  sponsorScale: { nl: 'Schaal', en: 'Scale' },
  sponsorScaleValue: {
    nl: 'Van {first} ({firstDate}) naar {last} ({lastDate}), op een schaal van 0 tot 10.',
    en: 'From {first} ({firstDate}) to {last} ({lastDate}), on a scale of 0 to 10.',
  },
  sponsorShared: { nl: 'Gedeeld door de coach', en: 'Shared by the coach' },
  sponsorNothingShared: {
    nl: 'Niets als deelbaar gemarkeerd (een kop "Voor de opdrachtgever" of een callout > [!share]).',
    en: 'Nothing marked as shareable (a heading "For the sponsor" or a callout > [!share]).',
  },
  sponsorFileName: { nl: 'Samenvatting opdrachtgever {client} {date}', en: 'Sponsor summary {client} {date}' },

  hoursTitle: { nl: 'Logboek coachinguren', en: 'Coaching hours log' },
  hoursPeriod: { nl: 'Periode: {from} tot en met {to}', en: 'Period: {from} to {to}' },
  hoursAll: { nl: 'alles', en: 'all' },
  hoursTotal: { nl: 'Totaal', en: 'Total' },
  hoursTotals: { nl: 'Totaal: {paid} betaalde uren, {proBono} pro-bono-uren.', en: 'Total: {paid} paid hours, {proBono} pro bono hours.' },
  hoursEmcc: { nl: 'EMCC: {hours} klanturen, {clients} klanten.', en: 'EMCC: {hours} client hours, {clients} clients.' },
  hoursLeftOff: {
    nl: '{hours} uur van {clients} klanten staat niet op het ICF-logboek (icf_consent: false).',
    en: '{hours} hours of {clients} clients are left off the ICF log (icf_consent: false).',
  },
  hoursLeftOffOne: {
    nl: '{hours} uur van 1 klant staat niet op het ICF-logboek (icf_consent: false).',
    en: '{hours} hours of 1 client are left off the ICF log (icf_consent: false).',
  },
  hoursEmccOne: { nl: 'EMCC: {hours} klanturen, 1 klant.', en: 'EMCC: {hours} client hours, 1 client.' },
  hoursMissingDuration: {
    nl: '{file}: geen duur (eigenschap duration, in minuten); niet meegeteld',
    en: '{file}: no duration (property duration, in minutes); not counted',
  },
  hoursMissingPaid: {
    nl: '{file}: niet aangegeven of het betaald is (eigenschap paid: true of false); niet meegeteld',
    en: '{file}: not stated whether it was paid (property paid: true or false); not counted',
  },
  hoursUndated: { nl: '{file}: geen datum; niet meegeteld', en: '{file}: no date; not counted' },
  hoursNone: { nl: 'Geen coachinguren gevonden.', en: 'No coaching hours found.' },
  hoursCsvFile: { nl: 'Het logboek als CSV: {file}', en: 'The log as CSV: {file}' },
  hoursFileName: { nl: 'Logboek coachinguren {date}', en: 'Coaching hours log {date}' },

  lintVague: {
    nl: 'vaag werkwoord "{phrase}" en geen datum: maak het concreet (wat precies, wanneer)',
    en: 'vague verb "{phrase}" and no due date: make it concrete (what exactly, by when)',
  },
  lintOwner: {
    nl: 'geen eigenaar, waar de coach eigenaren noteert: schrijf erbij van wie de actie is ([owner:: klant] of [owner:: coach])',
    en: 'no owner, where the coach marks owners: say whose action it is ([owner:: client] or [owner:: coach])',
  },
  lintNone: { nl: 'Geen acties die lastig op te volgen zijn.', en: 'No actions that will be hard to follow up.' },
  lintCountOne: { nl: '1 actie is lastig op te volgen.', en: '1 action will be hard to follow up.' },
  lintCount: { nl: '{n} acties zijn lastig op te volgen.', en: '{n} actions will be hard to follow up.' },
} as const satisfies Dictionary;

export type TrajectoryWord = keyof typeof TRAJECTORY_WORDS;

export const word = createTranslator(TRAJECTORY_WORDS);

const KIND_WORD: Readonly<Record<NoteKind, TrajectoryWord>> = {
  intake: 'kindIntake',
  session: 'kindSession',
  midway: 'kindMidway',
  closing: 'kindClosing',
  reflection: 'kindReflection',
};

/** A note's kind as a reader says it: `sessie 2`, `intake`, `tussenevaluatie`. */
export function kindLabel(kind: NoteKind, number: number | null, language: Language): string {
  if (kind === 'session' && number !== null) return word('sessionN', language, { n: number });
  return word(KIND_WORD[kind], language);
}

/** A number as the language writes it: `7,5` in Dutch, `7.5` in English; at most two decimals. */
export function formatNumber(value: number, language: Language): string {
  const text = String(Math.round(value * 100) / 100);
  return language === 'nl' ? text.replace('.', ',') : text;
}

/** A rate as a percentage: `67%`. */
export function formatRate(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
