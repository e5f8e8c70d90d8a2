import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser downloads do not work on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Launches headless Chromium with the flags that work as root here (testing-here.md).
 * Playwright's launch() gives every browser a fresh, temporary user data dir.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
