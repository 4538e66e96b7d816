/**
 * Safe names for the files GROW Coach creates. A client's name becomes a folder and part of a
 * link, so characters that a file system (Windows, macOS, Linux, Android) or an Obsidian link
 * cannot hold are removed, `..` can never climb out of the coaching folder, and an existing note
 * is never overwritten: {@link uniquePath} adds ` (2)`, ` (3)`, … instead.
 */

/** Characters no file system or Obsidian link accepts in a name: `/ \ : * ? " < > |` and `# ^ [ ]`. */
const FORBIDDEN = /[/\\:*?"<>|#^[\]]/g;
/** C0 and C1 control characters, and the line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;
/** Longest name kept, in code points: well under the 255 bytes file systems allow. */
export const MAX_NAME_LENGTH = 100;

/**
 * A name that is safe as one path segment: forbidden and control characters become spaces,
 * `..` and leading dots go, white space collapses, trailing dots and spaces go (Windows drops
 * them), a Windows device name gets a `_`, and an empty result becomes `fallback`.
 */
export function safeFileName(name: string, fallback = 'client'): string {
  let safe = name.normalize('NFC').replace(CONTROL, ' ').replace(FORBIDDEN, ' ');
  safe = safe.replace(/\.{2,}/g, ' ').replace(/\s+/g, ' ').trim();
  safe = safe.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const points = Array.from(safe);
  if (points.length > MAX_NAME_LENGTH) safe = points.slice(0, MAX_NAME_LENGTH).join('').replace(/[.\s]+$/, '');
  if (safe === '') return fallback;
  return RESERVED.test(safe) ? `${safe}_` : safe;
}

/** Splits `folder/name.md` into the part before the extension and the extension. */
function splitExtension(path: string): { stem: string; extension: string } {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? { stem: path.slice(0, dot), extension: path.slice(dot) } : { stem: path, extension: '' };
}

/** How many suffixes {@link uniquePath} tries before it gives up. */
const MAX_SUFFIX = 999;

/**
 * The candidate path if nothing exists there, else the first free `name (2).md`, `name (3).md`, ….
 * `exists` is asked about each path; the caller still creates the file without overwriting,
 * because another process may take the name in between.
 */
export function uniquePath(candidate: string, exists: (path: string) => boolean): string {
  if (!exists(candidate)) return candidate;
  const { stem, extension } = splitExtension(candidate);
  for (let n = 2; n <= MAX_SUFFIX; n += 1) {
    const path = `${stem} (${n})${extension}`;
    if (!exists(path)) return path;
  }
  throw new Error(`${candidate}: ${MAX_SUFFIX} notes of this name exist already; choose another name`);
}

/** Joins path segments with `/`, dropping empty ones and surrounding slashes (vault paths). */
export function joinVaultPath(...segments: string[]): string {
  return segments
    .flatMap((segment) => segment.split('/'))
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .join('/');
}
