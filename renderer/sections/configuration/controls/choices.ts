/** Narrows a radio group's string value to one of the allowed values, or null for anything else. */
export function oneOf<T extends string>(allowed: readonly T[], value: string): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** The whole numbers from `from` to `to`, for count settings with a fixed range. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
