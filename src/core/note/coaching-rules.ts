/**
 * Which notes are coaching notes. Three rules, any one suffices, each a setting: frontmatter
 * `type` equals the coaching type, the tags (frontmatter or inline) include the coaching tag (or
 * a nested tag below it), or the path lies under the coaching folder.
 */

export interface CoachingRules {
  /** Frontmatter `type` value; empty turns the rule off. Default `coaching-session`. */
  type: string;
  /** Tag without `#`; empty turns the rule off. Default `coaching`. */
  tag: string;
  /** Vault-relative folder; empty turns the rule off. Default `Coaching`. */
  folder: string;
}

export const DEFAULT_RULES: CoachingRules = { type: 'coaching-session', tag: 'coaching', folder: 'Coaching' };

/** A folder setting as a clean prefix: no leading `./` or `/`, no trailing `/`, `\` as `/`. */
export function normalizeFolder(folder: string): string {
  return folder
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/|\/)+/, '')
    .replace(/\/+$/, '')
    .trim();
}

let lastFolder: { given: string; folder: string } | null = null;

/** True when the path lies under the coaching folder (a path-only test, so no note is read). */
export function inCoachingFolder(path: string, rules: CoachingRules): boolean {
  // Asked once per note with the same setting: the setting is normalized once.
  if (lastFolder?.given !== rules.folder) lastFolder = { given: rules.folder, folder: normalizeFolder(rules.folder) };
  const folder = lastFolder.folder;
  return folder.length > 0 && (path === folder || path.startsWith(`${folder}/`));
}

/** True when the tag list holds the coaching tag or a tag nested below it (case-insensitive, as Obsidian). */
export function hasCoachingTag(tags: readonly string[], rules: CoachingRules): boolean {
  const wanted = rules.tag.replace(/^#/, '').trim().toLowerCase();
  if (wanted.length === 0) return false;
  return tags.some((tag) => {
    const t = tag.replace(/^#/, '').toLowerCase();
    return t === wanted || t.startsWith(`${wanted}/`);
  });
}

/** The three rules over what a reader found in the note. */
export function isCoachingNote(path: string, note: { type: string | null; tags: readonly string[] }, rules: CoachingRules): boolean {
  if (inCoachingFolder(path, rules)) return true;
  if (rules.type.trim().length > 0 && note.type !== null && note.type.trim() === rules.type.trim()) return true;
  return hasCoachingTag(note.tags, rules);
}
