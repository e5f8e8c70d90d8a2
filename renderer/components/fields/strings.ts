/** Messages shown at a field when typed text cannot be saved. */
export const fieldStrings = {
  email: 'Enter an email address such as name@contoso.com.',
  https: 'Enter an address that starts with https://.',
  date: 'Enter a date.',
  wholeNumber: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
  amount: (max: number) => `Enter an amount from 0 to ${max.toLocaleString()}.`,
  notBefore: (name: string, date: string) => `This cannot come before the ${name} (${date}).`,
  notAfter: (name: string, date: string) => `This cannot come after the ${name} (${date}).`,
};
