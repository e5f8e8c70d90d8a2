import { daysBetween } from '../engine';

/** Calendar arithmetic on plan dates (YYYY-MM-DD, UTC so no time zone shifts a day). */

export { daysBetween };

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
