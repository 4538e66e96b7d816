/**
 * A note text's fingerprint: the index keeps it with each entry, and a tick trusts the line it saw
 * only while the note still has it.
 */

/** A cheap fingerprint of a note's text (FNV-1a, 32 bits, and the length): equal texts, equal prints. */
export function noteFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}:${text.length}`;
}
