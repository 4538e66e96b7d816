/**
 * Dates as a coach writes them in a note: `{{date "D MMMM YYYY"}}` gives `3 november 2026` in a
 * Dutch template and `3 November 2026` in an English one, and an offset (`2w`) gives the date of
 * the next session. Dates are calendar days (`YYYY-MM-DD`), computed in UTC so that no time zone
 * or daylight-saving change can move them by a day.
 */
import { isIsoDate } from '../note/dates';
import type { Language } from '../i18n';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const SHORT_MONTHS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const SHORT_WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** The format tokens, longest first; `[text]` is literal text (as in moment.js). */
const TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd/g;

/** An error in a format or offset a template author wrote; the message says what is accepted. */
export class DateFormatError extends Error {
  override name = 'DateFormatError';
}

function toUtc(iso: string): Date {
  if (!isIsoDate(iso)) throw new DateFormatError(`"${iso}" is not a date written as YYYY-MM-DD`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fromUtc(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * Moves a date by an offset: `7d`, `-3d`, `2w`, `1m` (calendar months; 31 January + 1m is the
 * last day of February), `1y`. An empty offset leaves the date as it is.
 */
export function addOffset(iso: string, offset: string): string {
  const trimmed = offset.trim();
  if (trimmed === '') return fromUtc(toUtc(iso));
  const match = /^([+-]?\d{1,4})\s*([dwmy])$/i.exec(trimmed);
  if (!match) throw new DateFormatError(`offset "${offset}" is not understood; write a number and d, w, m or y, e.g. 7d, 2w, 1m`);
  const amount = Number(match[1]);
  const unit = (match[2] ?? 'd').toLowerCase();
  const date = toUtc(iso);
  if (unit === 'd' || unit === 'w') {
    date.setUTCDate(date.getUTCDate() + amount * (unit === 'w' ? 7 : 1));
    return fromUtc(date);
  }
  const months = unit === 'y' ? amount * 12 : amount;
  const target = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay))));
}

/**
 * Formats a date with tokens: `YYYY` `YY` `MMMM` (november) `MMM` (nov) `MM` `M` `DD` `D`
 * `dddd` (maandag) `ddd` (ma); `[text]` is kept literally. Month and day names follow `language`.
 */
export function formatDate(iso: string, format: string, language: Language): string {
  const date = toUtc(iso);
  const month = date.getUTCMonth();
  const weekday = date.getUTCDay();
  return format.replace(TOKENS, (token: string, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY': return pad(date.getUTCFullYear(), 4);
      case 'YY': return pad(date.getUTCFullYear() % 100, 2);
      case 'MMMM': return MONTHS[language][month] ?? '';
      case 'MMM': return SHORT_MONTHS[language][month] ?? '';
      case 'MM': return pad(month + 1, 2);
      case 'M': return String(month + 1);
      case 'DD': return pad(date.getUTCDate(), 2);
      case 'D': return String(date.getUTCDate());
      case 'dddd': return WEEKDAYS[language][weekday] ?? '';
      case 'ddd': return SHORT_WEEKDAYS[language][weekday] ?? '';
      default: return token;
    }
  });
}

/** The local time as `HH:mm`, for `{{time}}` (the one clock reading of both shells). */
export function localTime(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
