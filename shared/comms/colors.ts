/** Relative luminance of #RRGGBB (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Black or white, whichever reads better on the brand colour. */
export function textOn(hex: string): '#FFFFFF' | '#1B1B1B' {
  const l = luminance(hex);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance('#1B1B1B') + 0.05);
  return onWhite >= onDark ? '#FFFFFF' : '#1B1B1B';
}
