import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless. As root it needs --no-sandbox; with no network beyond this machine
 * the background services (updates, sync, component downloads) would only fail noisily.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
