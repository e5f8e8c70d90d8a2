/** Text formats the rules check; loose on purpose, since they only catch obvious slips. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const HTTPS_URL = /^https:\/\/[^\s/]+\.[^\s]+$/i;
export const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
