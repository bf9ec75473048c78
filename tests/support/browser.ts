import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser build. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
  browser: Browser;
  newPage(locale?: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  // Playwright gives every launch a fresh, empty profile of its own.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async newPage(locale = 'de-DE') {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      return { context, page: waitForHydration(await context.newPage()) };
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * Makes `page.goto` resolve only once the app has hydrated the page it loaded (`<html data-hydrated>`,
 * set by the root layout): server-rendered pages show their controls before the app's script runs, and a
 * click before that does nothing. Answers that are not HTML pages resolve as before.
 */
export function waitForHydration(page: Page): Page {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (response?.headers()['content-type']?.startsWith('text/html')) {
      await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 30_000 });
    }
    return response;
  };
  return page;
}

/** Serious and critical axe-core violations on the current page, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Saves a screenshot under tests/artifacts for people to look at. */
export async function screenshot(page: Page, name: string) {
  const dir = path.resolve(import.meta.dirname, '../artifacts');
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
