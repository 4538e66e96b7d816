/**
 * The character codes the scanner compares, named as micromark names them (`codes.greaterThan`
 * for `>`). A `const enum`: the bundle inlines the numbers, so naming them costs nothing.
 */
export const enum codes {
  horizontalTab = 9,
  lineFeed = 10,
  carriageReturn = 13,
  space = 32,
  exclamationMark = 33,
  numberSign = 35,
  rightParenthesis = 41,
  asterisk = 42,
  plusSign = 43,
  dash = 45,
  dot = 46,
  digit0 = 48,
  digit1 = 49,
  digit9 = 57,
  colon = 58,
  lessThan = 60,
  equalsTo = 61,
  greaterThan = 62,
  questionMark = 63,
  uppercaseA = 65,
  uppercaseZ = 90,
  leftSquareBracket = 91,
  backslash = 92,
  rightSquareBracket = 93,
  caret = 94,
  underscore = 95,
  graveAccent = 96,
  lowercaseA = 97,
  lowercaseZ = 122,
  verticalBar = 124,
  tilde = 126,
}

export const isSpaceOrTab = (c: number): boolean => c === codes.space || c === codes.horizontalTab;

export const isDigit = (c: number): boolean => c >= codes.digit0 && c <= codes.digit9;

export const isAsciiAlpha = (c: number): boolean => (c >= codes.uppercaseA && c <= codes.uppercaseZ) || (c >= codes.lowercaseA && c <= codes.lowercaseZ);

/** Whether `s` has only spaces and tabs from `from` on. */
export function restBlank(s: string, from: number): boolean {
  for (let i = from; i < s.length; i += 1) if (!isSpaceOrTab(s.charCodeAt(i))) return false;
  return true;
}

/** Index after the last character that is not a space or tab (at least `from`). */
export function trimmedEnd(s: string, from: number): number {
  let e = s.length;
  while (e > from && isSpaceOrTab(s.charCodeAt(e - 1))) e -= 1;
  return e;
}
