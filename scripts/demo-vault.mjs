// The demo's coaching notes, made as a coach makes them: each note created by `grow-coach new`
// from the built-in templates, then filled in, with every date relative to the day the demo runs.
// A few actions are overdue, most are not; the actions the later notes report as done are ticked
// (with the day they were done) before the next note is made, so each note's review lists what was
// still open at the time; the coach's own tasks stand under "Voor de coach" / "For the coach".
//
// `writeDemoVault(dir, today)` writes the notes into `dir` (which must exist); `today` is
// `YYYY-MM-DD`. Used by scripts/demo.mjs (today) and by scripts/sample-vault.mjs (a fixed day).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'bin', 'grow-coach.cjs');

/** `YYYY-MM-DD` moved by `days`. */
export function shift(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The trajectories. Days are relative to today (negative: in the past). An action is
 * `[text, dueDay]` (dueDay null: no date), with `done: day` when it was done then.
 */
export const CLIENTS = [
  {
    client: 'Anna de Vries',
    lang: 'nl',
    notes: [
      {
        template: 'intake',
        day: -35,
        properties: {
          coaching_question: 'Hoe geef ik mijn team meer ruimte in het overleg, zonder zelf alles op te lossen?',
          goals: [
            'Het wekelijkse teamoverleg voorzitten zonder het gesprek over te nemen, binnen drie maanden',
            'Elke maand feedback vragen aan twee collega’s op mijn rol als teamleider',
          ],
          criteria: ['Het team komt in het overleg zelf met voorstellen', 'Minder escalaties naar het afdelingshoofd'],
          sponsor: 'Karin Mulder (afdelingshoofd)',
          scale_start: 4,
          sessions_agreed: 6,
          frequency_weeks: 2,
        },
        sections: {
          '## Doelen (SMART)':
            'Anna wil dat haar team meer inbreng heeft. Nu neemt ze het gesprek over zodra het stil valt. Twee doelen afgesproken (zie de eigenschappen), Karin staat erachter.',
        },
        lines: {
          'Geen leidinggevende, ander organisatieonderdeel': 'ja, ik werk bij Facilitair, Anna bij Klantcontact',
          'Op initiatief van': 'Anna zelf, na een gesprek met Karin',
          'Vertrouwelijkheid en de grens ervan besproken': 'ja',
          'Rapportage aan de opdrachtgever': 'Anna vertelt Karin zelf hoe het gaat; het driegesprek ter afronding',
          'Notities bewaard in, gelezen door, bewaard tot': 'mijn eigen kluis, alleen ik, tot een jaar na het traject',
          'Plek en duur van de sessies': 'stiltekamer, een uur',
          'Afzeggen en verzetten': 'uiterlijk een dag van tevoren',
        },
        actions: [['Drie overleggen observeren: wanneer neem ik het woord?', -28, { done: -29 }]],
        coach: [['Tussenevaluatie met Anna inplannen', 3]],
      },
      {
        template: 'iceberg-reflection',
        day: -30,
        sections: {
          '## Doel: de competentie': 'Samenwerken: ik wil dat het team zelf met oplossingen komt, en daarvoor moet ik ruimte laten.',
        },
        actions: [['Opschrijven in welke situaties ik het woord overneem', -16, { done: -17 }]],
      },
      {
        template: 'grow-session',
        day: -28,
        sections: {
          '## Doel (Goal)': 'Een concrete aanpak voor het overleg van volgende week, waarin ik niet meteen de oplossing geef.',
          '## Realiteit (Reality)': 'Zodra het stil valt neem ik het woord. Het team wacht dan af. Karin wil zien dat het team zelf met voorstellen komt.',
        },
        options: ['Bewust een stilte laten vallen na een vraag', 'Een teamlid vragen het overleg voor te zitten', 'Vooraf de vraag rondsturen'],
        lines: {
          'Schaal (0–10)': '4',
          'Commitment (1–10)': '8',
          'Observaties (non-verbaal, energie)': 'gespannen bij het woord "stilte", lachte daarna; veel energie bij het idee van de voorzitter',
          'Kernkwaliteit ingezet': 'coachen, aan het eind even sturen',
          'Advies gegeven': 'bijna: ik wilde het rondsturen voorstellen, Anna kwam er zelf op',
          'Waar het stokte': 'bij de vraag wat Karin precies verwacht',
        },
        actions: [
          ['Na elke vraag in het overleg tien tellen stil blijven', -14, { done: -15 }],
          ['Piet vragen om feedback op mijn rol in het overleg', -3],
        ],
        coach: [['Artikel over stiltes in overleg naar Anna sturen', -26, { done: -27 }]],
      },
      {
        template: 'grow-session',
        day: -14,
        sections: {
          '## Terugblik': 'De tien tellen zijn gelukt, twee keer kwam er een voorstel uit het team. Piet heeft ze nog niet gesproken.',
          '## Doel (Goal)': 'Het overleg van donderdag laten voorzitten door Sara, en zelf alleen vragen stellen.',
          '## Realiteit (Reality)': 'Het lukt beter als ik de agenda vooraf rondstuur. Ik merk dat ik het lastig vind om de regie los te laten.',
        },
        options: ['Sara vragen voor te zitten', 'Zelf notuleren, zodat ik niet praat'],
        lines: {
          'Schaal (0–10)': '5',
          'Commitment (1–10)': '9',
          'Observaties (non-verbaal, energie)': 'rustiger dan de vorige keer; ging rechtop zitten bij het plan met Sara',
          'Kernkwaliteit ingezet': 'coachen',
          'Advies gegeven': 'nee',
          'Waar het stokte': 'nergens echt; even bij "regie loslaten"',
        },
        actions: [
          ['Sara vragen het overleg van donderdag voor te zitten', 2],
          ['De agenda een dag vooraf rondsturen', 5],
        ],
        coach: [],
      },
    ],
  },
  {
    client: 'Bram Jansen',
    lang: 'nl',
    notes: [
      {
        template: 'intake',
        day: -21,
        properties: {
          coaching_question: 'Hoe breng ik mijn punt in het MT over zonder dat het een discussie wordt?',
          goals: ['Binnen twee maanden drie voorstellen in het MT inbrengen die worden besproken en besloten'],
          criteria: ['Bram brengt zijn voorstellen voorbereid en op tijd in'],
          sponsor: 'Marieke de Boer',
          scale_start: 3,
          sessions_agreed: 4,
          frequency_weeks: 2,
        },
        sections: { '## Doelen (SMART)': 'Bram wil zijn voorstellen zo inbrengen dat ze besproken worden in plaats van weggewuifd.' },
        lines: { 'Geen leidinggevende, ander organisatieonderdeel': 'ja', 'Op initiatief van': 'Marieke, Bram wil het zelf ook' },
        actions: [],
        coach: [],
      },
      {
        template: 'grow-session',
        day: -7,
        sections: {
          '## Doel (Goal)': 'Weten hoe ik het voorstel over de roosters in het MT breng.',
          '## Realiteit (Reality)': 'Vorige keer werd ik onderbroken en heb ik het laten liggen. Ik bereid me meestal de avond ervoor voor.',
        },
        options: ['Het voorstel vooraf met Marieke doornemen', 'Drie punten op papier, niet meer'],
        lines: { 'Schaal (0–10)': '3', 'Commitment (1–10)': '7' },
        actions: [
          ['Drie punten voor het MT op papier zetten', -2],
          ['De presentatie oefenen met Sara', 5],
        ],
        coach: [['Rollenspel voor de volgende sessie voorbereiden', 6]],
      },
    ],
  },
  {
    client: 'Claire Morgan',
    lang: 'en',
    notes: [
      {
        template: 'intake',
        day: -63,
        properties: {
          coaching_question: 'How do I start difficult conversations with colleagues earlier?',
          goals: ['Raise a concern with a colleague within a week of noticing it, by the end of the programme'],
          criteria: ['Fewer issues reach the team lead before the colleagues involved have talked'],
          sponsor: 'Tom Bakker',
          scale_start: 3,
          sessions_agreed: 4,
          frequency_weeks: 2,
        },
        sections: { '## Goals (SMART)': 'Claire postpones difficult conversations until they become conflicts.' },
        lines: { 'Not the line manager, another part of the organisation': 'yes' },
        actions: [],
        coach: [],
      },
      {
        template: 'grow-session',
        day: -49,
        sections: {
          '## Goal': 'Plan the conversation with my colleague about the missed deadlines.',
          '## Reality': 'I have put it off for three weeks. I am afraid it will spoil the atmosphere.',
        },
        options: ['Ask for fifteen minutes on Monday', 'Start with what I notice, not with blame'],
        lines: { 'Scale (0–10)': '3', 'Commitment (1–10)': '7' },
        actions: [['Ask my colleague for fifteen minutes on Monday', -45, { done: -45 }]],
        coach: [],
      },
      {
        template: 'grow-session',
        day: -35,
        sections: {
          '## Looking back': 'We talked on Monday. It was awkward for five minutes, then useful.',
          '## Goal': 'Keep the agreements with my colleague on track without policing them.',
          '## Reality': 'We agreed on new dates. I notice I want to check every day.',
        },
        options: ['Agree one check-in moment', 'Ask how it is going instead of what is late'],
        lines: { 'Scale (0–10)': '5', 'Commitment (1–10)': '8' },
        actions: [['Agree one weekly check-in moment with my colleague', -30, { done: -31 }]],
        coach: [],
      },
      {
        template: 'midway-evaluation',
        day: -21,
        sections: {
          '## Current situation: the progress': 'The conversation went better than I feared; we agreed on new dates.',
        },
        lines: { 'Scale (0–10)': '6', 'Commitment (1–10)': '8' },
        actions: [['Check in with my colleague after the first new date', 4]],
        coach: [['Book the three-way meeting with Tom', 10]],
      },
      {
        template: 'grow-session',
        day: -7,
        sections: {
          '## Goal': 'Prepare the conversation with the planning team.',
          '## Reality': 'Now I notice it sooner, but I still wait for the "right moment".',
        },
        options: ['Write down the first sentence beforehand'],
        lines: { 'Scale (0–10)': '6', 'Commitment (1–10)': '8' },
        actions: [
          ['Write down the first sentence for the planning team', null],
          ['Talk to the planning team', 9],
        ],
        coach: [],
      },
    ],
  },
];

function yamlValue(value) {
  if (Array.isArray(value)) return value.map((v) => `\n  - ${JSON.stringify(v)}`).join('');
  return typeof value === 'string' ? ` ${JSON.stringify(value)}` : ` ${String(value)}`;
}

function task(text, due, today) {
  return `${text}${due === null ? '' : ` 📅 ${shift(today, due)}`}`;
}

/** Fills in one note as the coach did; throws when the template lacks a place to fill. */
function fill(text, note, today) {
  let lines = text.split('\n');
  const fmEnd = lines.indexOf('---', 1);
  for (const [key, value] of Object.entries(note.properties ?? {})) {
    const at = lines.findIndex((l, i) => i > 0 && i < fmEnd && l.startsWith(`${key}:`));
    if (at === -1) throw new Error(`demo: no property ${key} in ${note.template}`);
    lines[at] = `${key}:${yamlValue(value)}`;
  }
  lines = lines.join('\n').split('\n');
  for (const [heading, answer] of Object.entries(note.sections ?? {})) {
    const start = lines.findIndex((l) => l.startsWith(heading));
    if (start === -1) throw new Error(`demo: no heading ${heading} in ${note.template}`);
    let end = lines.findIndex((l, i) => i > start && /^#{1,6} /.test(l));
    if (end === -1) end = lines.length;
    let last = start;
    for (let i = start + 1; i < end; i += 1)
      if (
        lines[i].startsWith('>') ||
        lines[i].startsWith('- ') ||
        lines[i].startsWith('Nog ') ||
        lines[i].startsWith('Actions ') ||
        lines[i].startsWith('Geen ') ||
        lines[i].startsWith('No ')
      )
        last = i;
    lines.splice(last + 1, 0, '', answer);
  }
  const out = [];
  let inWill = false;
  let inCoach = false;
  let options = note.options ? [...note.options] : null;
  const actions = (note.actions ?? []).map(([t, due]) => task(t, due, today));
  const coach = (note.coach ?? []).map(([t, due]) => task(t, due, today));
  for (const line of lines) {
    if (/^#{1,6} /.test(line)) {
      inCoach = /^### (Voor de coach|For the coach)$/.test(line);
      if (!inCoach) inWill = /^## (Wil|Will|Vervolgstappen|Next steps|Afspraken)/.test(line);
      if (/^## (Opties|Options|Mogelijkheden)/.test(line) && options === null) options = [];
    }
    if (line === '- ' && options !== null && options.length > 0) {
      out.push(...options.map((o) => `- ${o}`));
      options = [];
      continue;
    }
    if (line === '- [ ] ' && inWill && !inCoach) {
      if (actions.length > 0) out.push(...actions.splice(0).map((a) => `- [ ] ${a}`));
      continue;
    }
    if (line === '- [ ] ' && inCoach) {
      if (coach.length > 0) out.push(...coach.splice(0).map((a) => `- [ ] ${a}`));
      continue;
    }
    const label = /^(.+): $/.exec(line)?.[1];
    if (label !== undefined && note.lines?.[label] !== undefined) {
      out.push(`${line}${note.lines[label]}`);
      continue;
    }
    out.push(line);
  }
  if (actions.length > 0 || coach.length > 0) throw new Error(`demo: no place for the actions in ${note.template}`);
  return out.join('\n');
}

function newNote(dir, client, lang, template, date) {
  const result = spawnSync(
    process.execPath,
    [cli, 'new', dir, '--client', client, '--template', template, '--lang', lang, '--date', date, '--coach', 'Alle de Vries'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`demo: grow-coach new failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** Ticks `text` in `file` as done on `day`, as the dashboard does. */
function tick(file, text, date) {
  const body = readFileSync(file, 'utf8');
  const at = body.indexOf(`- [ ] ${text}`);
  if (at === -1) throw new Error(`demo: "${text}" not found in ${file}`);
  const end = body.indexOf('\n', at);
  const line = body.slice(at, end === -1 ? undefined : end);
  writeFileSync(file, body.replace(line, `${line.replace('- [ ] ', '- [x] ')} ✅ ${date}`));
}

/** Writes the demo's coaching notes into `dir`, dated relative to `today`. Returns their paths. */
export function writeDemoVault(dir, today) {
  const events = [];
  for (const trajectory of CLIENTS) for (const note of trajectory.notes) events.push({ trajectory, note });
  events.sort((a, b) => a.note.day - b.note.day);
  const done = [];
  const made = [];
  for (const { trajectory, note } of events) {
    // What was done before this note was made is ticked first, so the note's review is true.
    for (const d of done.filter((x) => x.day < note.day && !x.ticked)) {
      tick(d.file, d.text, shift(today, d.day));
      d.ticked = true;
    }
    const rel = newNote(dir, trajectory.client, trajectory.lang, note.template, shift(today, note.day));
    const file = path.join(dir, ...rel.split('/'));
    writeFileSync(file, fill(readFileSync(file, 'utf8'), note, today));
    made.push(rel);
    for (const [text, due, extra] of [...(note.actions ?? []), ...(note.coach ?? [])]) {
      if (extra?.done !== undefined) done.push({ file, text: task(text, due, today), day: extra.done, ticked: false });
    }
  }
  for (const d of done.filter((x) => !x.ticked)) tick(d.file, d.text, shift(today, d.day));
  return made;
}
