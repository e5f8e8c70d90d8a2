/** Calendar arithmetic on plan dates (YYYY-MM-DD), in UTC so that no time zone shifts a day. */

const DAY_MS = 24 * 60 * 60 * 1000;

const midnight = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Whole days from `from` to `to`; a date and time counts as its day. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((midnight(to) - midnight(from)) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysInMonth(iso: string): number {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first Monday–Friday on or after `iso`. */
export function nextWorkday(iso: string): string {
  let day = iso;
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, 1);
  return day;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Monday 11 January 2027": the same words on every machine, for text that leaves the app. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${WEEKDAYS[weekday(iso)]} ${d} ${MONTHS[m - 1]} ${y}`;
}
