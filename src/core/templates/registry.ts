/**
 * Which templates exist: the seven built-in ones (bundled into main.js and the CLI as text) and the
 * coach's own, from the template folder. A coach's template with a built-in's name replaces it;
 * any other `.hbs` or `.md` file there joins the list.
 */
import openActions from '../../../templates/partials/open-actions.hbs';
import coachBeforeEn from '../../../templates/partials/coach-before-en.hbs';
import coachBeforeNl from '../../../templates/partials/coach-before-nl.hbs';
import coachReflectionEn from '../../../templates/partials/coach-reflection-en.hbs';
import coachReflectionNl from '../../../templates/partials/coach-reflection-nl.hbs';
import trajectoryGoalsEn from '../../../templates/partials/trajectory-goals-en.hbs';
import trajectoryGoalsNl from '../../../templates/partials/trajectory-goals-nl.hbs';
import enClosing from '../../../templates/en/closing-conversation.hbs';
import enGrow from '../../../templates/en/grow-session.hbs';
import enIceberg from '../../../templates/en/iceberg-reflection.hbs';
import enIntake from '../../../templates/en/intake.hbs';
import enLeadership from '../../../templates/en/leadership-reflection.hbs';
import enMidway from '../../../templates/en/midway-evaluation.hbs';
import enReflective from '../../../templates/en/reflective-questions.hbs';
import nlClosing from '../../../templates/nl/closing-conversation.hbs';
import nlGrow from '../../../templates/nl/grow-session.hbs';
import nlIceberg from '../../../templates/nl/iceberg-reflection.hbs';
import nlIntake from '../../../templates/nl/intake.hbs';
import nlLeadership from '../../../templates/nl/leadership-reflection.hbs';
import nlMidway from '../../../templates/nl/midway-evaluation.hbs';
import nlReflective from '../../../templates/nl/reflective-questions.hbs';
import { joinVaultPath } from './file-names';
import type { Language } from '../i18n';
import { guessKind, readTemplateHeader, type TemplateKind } from './header';

/** The built-in templates, in the order a coach meets them in a trajectory. */
export const BUILT_IN_NAMES = [
  'grow-session',
  'reflective-questions',
  'intake',
  'midway-evaluation',
  'closing-conversation',
  'iceberg-reflection',
  'leadership-reflection',
] as const;

export type BuiltInName = (typeof BUILT_IN_NAMES)[number];

const SOURCES: Readonly<Record<Language, Readonly<Record<BuiltInName, string>>>> = {
  nl: {
    'grow-session': nlGrow,
    'reflective-questions': nlReflective,
    intake: nlIntake,
    'midway-evaluation': nlMidway,
    'closing-conversation': nlClosing,
    'iceberg-reflection': nlIceberg,
    'leadership-reflection': nlLeadership,
  },
  en: {
    'grow-session': enGrow,
    'reflective-questions': enReflective,
    intake: enIntake,
    'midway-evaluation': enMidway,
    'closing-conversation': enClosing,
    'iceberg-reflection': enIceberg,
    'leadership-reflection': enLeadership,
  },
};

/**
 * Partials every template may use: `{{> open-actions}}` the review of open actions;
 * `{{> coach-before-nl}}` / `-en` the coach's stance before a conversation (folded);
 * `{{> coach-reflection-nl}}` / `-en` the coach's reflection after it; `{{> trajectory-goals-nl}}`
 * / `-en` what the intake recorded (coaching question, SMART goals, the sponsor's criteria).
 */
export const PARTIALS: Readonly<Record<string, string>> = {
  'open-actions': openActions,
  'coach-before-nl': coachBeforeNl,
  'coach-before-en': coachBeforeEn,
  'coach-reflection-nl': coachReflectionNl,
  'coach-reflection-en': coachReflectionEn,
  'trajectory-goals-nl': trajectoryGoalsNl,
  'trajectory-goals-en': trajectoryGoalsEn,
};

/** The default template folder in the vault (a setting in the plugin, `--templates` in the CLI). */
export const DEFAULT_TEMPLATE_FOLDER = 'Templates/GROW Coach';

/** A template file the caller found in the template folder. */
export interface UserTemplateFile {
  /** Vault-relative path, shown in messages, e.g. `Templates/GROW Coach/intake.hbs`. */
  path: string;
  source: string;
}

/** One template as the commands list and render it. */
export interface TemplateEntry {
  /** The name a coach types (`--template intake`): the file name without extension. */
  name: string;
  /** The display name, from the template's header, else the name. */
  title: string;
  description: string | null;
  kind: TemplateKind;
  /** The new note's file name as a Handlebars template, or null for `{{date}} <name>`. */
  noteName: string | null;
  source: string;
  /** Where the source came from: a vault path, or `built-in:<lang>/<name>.hbs`. */
  file: string;
  origin: 'built-in' | 'user';
}

/**
 * An entry for a source. A coach's replacement of a built-in template takes what its own header
 * leaves out (title, kind, note name) from the built-in, so a plain copy without a header still
 * creates `2026-11-03 sessie 4.md` and is listed as the GROW session.
 */
function entryFrom(name: string, source: string, file: string, origin: TemplateEntry['origin'], replaces?: TemplateEntry): TemplateEntry {
  const header = readTemplateHeader(source);
  return {
    name,
    title: header.title ?? replaces?.title ?? name,
    description: header.description ?? replaces?.description ?? null,
    kind: header.kind ?? replaces?.kind ?? guessKind(source),
    noteName: header.noteName ?? replaces?.noteName ?? null,
    source,
    file,
    origin,
  };
}

/** The built-in templates in one language. */
export function builtInTemplates(language: Language): TemplateEntry[] {
  return BUILT_IN_NAMES.map((name) => entryFrom(name, SOURCES[language][name], `built-in:${language}/${name}.hbs`, 'built-in'));
}

/** The template name of a file in the template folder, or null when it is no template. */
export function templateNameOf(path: string): string | null {
  const base = path.split('/').pop() ?? path;
  const match = /^(.+)\.(hbs|md)$/i.exec(base);
  return match?.[1]?.trim() ? match[1].trim() : null;
}

/**
 * The templates a coach can choose from: the built-ins in `language`, each replaced by a user
 * file of the same name (case-insensitive, as file systems on macOS and Windows), then the
 * other user files by name. When `x.hbs` and `x.md` both exist, `.hbs` wins.
 */
export function resolveTemplates(language: Language, userFiles: readonly UserTemplateFile[]): TemplateEntry[] {
  const users = new Map<string, UserTemplateFile>();
  const ordered = [...userFiles].sort((a, b) => extensionRank(a.path) - extensionRank(b.path) || compare(a.path, b.path));
  for (const file of ordered) {
    const name = templateNameOf(file.path);
    if (name !== null && !users.has(name.toLowerCase())) users.set(name.toLowerCase(), file);
  }
  const entries = builtInTemplates(language).map((builtIn) => {
    const user = users.get(builtIn.name.toLowerCase());
    if (user === undefined) return builtIn;
    users.delete(builtIn.name.toLowerCase());
    return entryFrom(builtIn.name, user.source, user.path, 'user', builtIn);
  });
  const extras = [...users.values()].map((file) => entryFrom(templateNameOf(file.path) ?? file.path, file.source, file.path, 'user'));
  return [...entries, ...extras.sort((a, b) => compare(a.name, b.name))];
}

function extensionRank(path: string): number {
  return path.toLowerCase().endsWith('.hbs') ? 0 : 1;
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

/** The template a coach asked for by name or by title (case-insensitive), or undefined. */
export function findTemplate(entries: readonly TemplateEntry[], wanted: string): TemplateEntry | undefined {
  const key = wanted.trim().toLowerCase().replace(/\.(hbs|md)$/, '');
  return entries.find((e) => e.name.toLowerCase() === key) ?? entries.find((e) => e.title.toLowerCase() === key);
}

/** One file of an export of the built-in templates. */
export interface ExportStep {
  path: string;
  source: string;
  /** `create` writes the file; `keep` leaves the existing file alone (never overwritten). */
  action: 'create' | 'keep';
}

/**
 * What "Export built-in templates" does: one `.hbs` file per built-in template in `language`,
 * in `folder`. A file that exists already (`exists(path)`) is kept as it is, because it may hold
 * the coach's own edits. The caller still creates each file without overwriting.
 */
export function planTemplateExport(folder: string, language: Language, exists: (path: string) => boolean): ExportStep[] {
  return builtInTemplates(language).map((entry) => {
    const path = joinVaultPath(folder, `${entry.name}.hbs`);
    return { path, source: entry.source, action: exists(path) ? 'keep' : 'create' };
  });
}
