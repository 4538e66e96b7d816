/**
 * Line handling shared by every reader and writer, so that a line number means the same thing
 * everywhere: CommonMark ends a line at `\r\n`, `\n` or a lone `\r`, and a leading BOM is no text.
 */

/** The line-ending pattern CommonMark uses. */
export const LINE_ENDING = /\r\n|\r|\n/;

/** {@link LINE_ENDING}, global: for walking a text's line endings with `matchAll` or `replace`. */
export const LINE_ENDINGS = /\r\n|\r|\n/g;

/** Strips a leading byte-order mark, returning it separately so a writer can put it back. */
export function splitBom(text: string): { bom: string; body: string } {
  return text.charCodeAt(0) === 0xfeff ? { bom: '\uFEFF', body: text.slice(1) } : { bom: '', body: text };
}

/**
 * The lines of a note's body (its text without the BOM; see {@link splitBom}), without their
 * endings; index 0 is line 1. Split on `\n` alone when the body holds no `\r` (the same lines,
 * found faster).
 */
export function bodyLines(body: string): string[] {
  return body.includes('\r') ? body.split(LINE_ENDING) : body.split('\n');
}

/** The text's lines (without their endings, a leading BOM dropped); index 0 is line 1. */
export function splitLines(text: string): string[] {
  return bodyLines(splitBom(text).body);
}

/** One line and the ending that closes it (`\r\n`, `\n`, `\r`, or `''` for the last line). */
export interface LineWithEnding {
  text: string;
  eol: string;
}

/** The body's lines with their endings, for a writer that puts every byte back. */
export function linesWithEndings(body: string): LineWithEnding[] {
  const out: LineWithEnding[] = [];
  let last = 0;
  for (const m of body.matchAll(LINE_ENDINGS)) {
    out.push({ text: body.slice(last, m.index), eol: m[0] });
    last = m.index + m[0].length;
  }
  out.push({ text: body.slice(last), eol: '' });
  return out;
}

/** The line ending a note mostly uses (LF, CRLF or a lone CR), for text that GROW Coach adds to it. */
export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const match of text.matchAll(LINE_ENDINGS)) {
    if (match[0] === '\r\n') crlf += 1;
    else if (match[0] === '\r') cr += 1;
    else lf += 1;
  }
  if (cr > crlf && cr > lf) return '\r';
  return crlf > lf ? '\r\n' : '\n';
}
