/**
 * Debian's Chromium driven by playwright-core (`npx playwright install` cannot download browsers
 * here; .ci/run installs the `chromium` package). The flags keep Chromium off the network it
 * cannot reach anyway (background updates, sync, QUIC) and make it run as root in CI; each launch
 * gets a fresh temporary profile from Playwright.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install it with .ci/run (Debian package "chromium"), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
