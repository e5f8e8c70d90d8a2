/** A plan date (YYYY-MM-DD) in the user's locale: "11 Jan 2027", or "Jan 2027" for a month. */
export function localDate(iso: string, style: 'day' | 'month' = 'day'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    style === 'day' ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, options);
}
