/**
 * File names and note text printed to a terminal: control characters (a newline, an escape
 * sequence, a carriage return), C1 controls, the line and paragraph separators and the
 * bidirectional marks and overrides are shown as escapes, so a hostile or odd file name can
 * neither break a line nor move the cursor, recolour the terminal or reorder what it shows. JSON
 * output needs none of this: `JSON.stringify` escapes them itself.
 */
/** The characters shown escaped, but for the newline (one list for both patterns below). */
const UNSAFE_BUT_NEWLINE_CLASS = String.raw`\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069`;
const UNSAFE = new RegExp(`[\\n${UNSAFE_BUT_NEWLINE_CLASS}]`, 'g');
/** For text whose lines are joined by newlines. */
const UNSAFE_BUT_NEWLINE = new RegExp(`[${UNSAFE_BUT_NEWLINE_CLASS}]`);

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function safeText(text: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16).padStart(2, '0')}}`);
}

function newlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/**
 * The lines, each shown as {@link safeText} shows it, joined by newlines. A listing of thousands
 * of lines is tested once as a whole: only when some line needs an escape is each line escaped.
 */
export function safeLines(lines: readonly string[]): string {
  const joined = lines.join('\n');
  if (!UNSAFE_BUT_NEWLINE.test(joined) && newlines(joined) === lines.length - 1) return joined;
  return lines.map(safeText).join('\n');
}

/** Bytes of a file name that are not UTF-8, shown with `\xNN` for each byte outside ASCII. */
export function rawName(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return out;
}
