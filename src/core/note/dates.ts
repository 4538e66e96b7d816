/**
 * Dates on a Will action. The fields themselves are read by the one task-line reading
 * ({@link readTaskBody} in `task-line.ts`); this module keeps the small date helpers.
 */
export { isIsoDate } from './task-line';

/** Today in the local time zone as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
