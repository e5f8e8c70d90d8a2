/** Common currencies offered first; the plan's own code is always offered too. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'SGD', 'ZAR', 'BRL', 'MXN'];

export function currencyCodes(current: string): string[] {
  return COMMON_CURRENCIES.includes(current) ? COMMON_CURRENCIES : [current, ...COMMON_CURRENCIES];
}

/** The currency's name in the user's language, or '' when the browser does not know it. */
export function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' }).of(code) ?? '';
  } catch {
    return '';
  }
}

/** An amount in the user's locale and the plan's currency; the code alone if the browser cannot format it. */
export function formatMoney(amount: number, currency: string): string {
  try {
    const whole = Number.isInteger(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, ...whole }).format(amount);
  } catch {
    return `${amount.toLocaleString()} ${currency}`;
  }
}

/** What password calls cost a month and a year at the baseline, or null while either figure is missing. */
export function baselineCost(callsPerMonth: number, costPerCall: number): { monthly: number; yearly: number } | null {
  if (callsPerMonth <= 0 || costPerCall <= 0) return null;
  const monthly = callsPerMonth * costPerCall;
  return { monthly, yearly: monthly * 12 };
}
