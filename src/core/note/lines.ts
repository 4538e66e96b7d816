/**
 * Line handling shared by every reader and writer, so that a line number means the same thing
 * everywhere: CommonMark ends a line at `\r\n`, `\n` or a lone `\r`, and a leading BOM is no text.
 */

/** The line-ending pattern CommonMark uses. */
export const LINE_ENDING = /\r\n|\r|\n/;

/** Strips a leading byte-order mark, returning it separately so a writer can put it back. */
export function splitBom(text: string): { bom: string; body: string } {
  return text.charCodeAt(0) === 0xfeff ? { bom: '\uFEFF', body: text.slice(1) } : { bom: '', body: text };
}

/** The text's lines (without their endings); index 0 is line 1. */
export function splitLines(text: string): string[] {
  return splitBom(text).body.split(LINE_ENDING);
}

/** The line ending a note mostly uses (LF, CRLF or a lone CR), for text that GROW Coach adds to it. */
export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const match of text.matchAll(/\r\n|\r|\n/g)) {
    if (match[0] === '\r\n') crlf += 1;
    else if (match[0] === '\r') cr += 1;
    else lf += 1;
  }
  if (cr > crlf && cr > lf) return '\r';
  return crlf > lf ? '\r\n' : '\n';
}
