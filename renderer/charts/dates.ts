const STYLES: Record<'day' | 'month' | 'dayMonth', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  dayMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};

/** A plan date (YYYY-MM-DD) in the user's locale: "11 Jan 2027", "Jan 2027" for a month, "11 Jan" where the year is said elsewhere. */
export function localDate(iso: string, style: keyof typeof STYLES = 'day'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const options = STYLES[style];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, options);
}
