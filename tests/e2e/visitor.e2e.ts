import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, launchBrowser, screenshot } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

describe('a visitor searches and filters the public directory', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const count = async (page: import('playwright-core').Page) => {
    const text = await page
      .getByText(/^\d+ (Organisation(en)?|Angebot(e)?)$/)
      .first()
      .textContent();
    return Number(/\d+/.exec(text ?? '')?.[0]);
  };

  it('searches with German word forms, filters by facets and shares the result by URL', async () => {
    const { page, context } = await browser.newPage();
    // Offers come first; the organisations are the second list.
    await page.goto(`${server.url}/?tab=organisations`);
    await page.getByRole('heading', { name: 'Netzwerkverzeichnis', level: 1 }).waitFor();
    const all = await count(page);
    expect(all).toBeGreaterThan(200);

    await page.getByLabel('Suche im Verzeichnis').fill('Beratungsstelle');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Beratungsstelle/);
    await expect.poll(() => count(page)).toBeLessThan(all);
    const searched = await count(page);
    expect(searched).toBeGreaterThan(0);

    const languages = page.getByRole('group', { name: /Sprachen/ });
    await languages.getByRole('checkbox', { name: /Arabisch/ }).check();
    await expect.poll(() => count(page)).toBeLessThan(searched);
    const filtered = await count(page);
    expect(filtered).toBeGreaterThan(0);
    await screenshot(page, 'directory-filtered');

    // The URL carries the state: a fresh tab shows the same result.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => count(shared)).toBe(filtered);

    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => count(page)).toBe(all);
    await context.close();
  });

  it('lists offers first and keeps the search when switching to the organisations', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/?q=Beratung`);
    const tabs = page.getByRole('navigation', { name: 'Ergebnisse' });
    const offers = tabs.getByRole('link', { name: /^Angebote \(\d+\)$/ });
    expect(await offers.getAttribute('aria-current')).toBe('page');
    const offerCount = Number(/\d+/.exec((await offers.textContent()) ?? '')?.[0]);
    expect(await count(page)).toBe(offerCount);
    const organisations = tabs.getByRole('link', { name: /^Organisationen \(\d+\)$/ });
    const organisationCount = Number(/\d+/.exec((await organisations.textContent()) ?? '')?.[0]);
    await organisations.click();
    await page.waitForURL(/tab=organisations&q=Beratung/);
    await expect.poll(() => count(page)).toBe(organisationCount);
    expect(await page.getByLabel('Suche im Verzeichnis').inputValue()).toBe('Beratung');
    await context.close();
  });

  it('opens an organisation profile from the results', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/?tab=organisations&q=Jobcenter`);
    await page.getByRole('link', { name: 'Jobcenter Lindenau' }).first().click();
    await page.getByRole('heading', { name: 'Jobcenter Lindenau', level: 1 }).waitFor();
    await screenshot(page, 'organisation-detail');
    await context.close();
  });

  it('switches the interface to English', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: /Sprache/ }).click();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'Network directory', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('keeps a language chosen before the choice moved into a cookie, once, and then follows the cookie', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(server.url);
    // What an earlier version kept in the browser's storage.
    await page.evaluate(() => localStorage.setItem('verbund.locale', 'uk'));
    await page.reload();
    await page.locator('html[lang="uk"]').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Довідник мережі' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('verbund.locale'))).toBeNull();
    expect((await context.cookies()).find((c) => c.name === 'verbund-locale')?.value).toBe('uk');
    // The server now renders Ukrainian from the cookie.
    const html = await (await page.request.get(server.url)).text();
    expect(html).toMatch(/<html[^>]* lang="uk"/);
    await context.close();
  });

  it('can be used with the keyboard alone: skip link, search, results', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Netzwerkverzeichnis', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    // From the main content, the search field is reachable by Tab.
    let onSearch = false;
    for (let i = 0; i < 10 && !onSearch; i++) {
      await page.keyboard.press('Tab');
      onSearch = await page.evaluate(
        () => document.activeElement?.getAttribute('type') === 'search' || document.activeElement?.id === 'directory-search',
      );
    }
    expect(onSearch).toBe(true);
    await page.keyboard.type('Sprachcafé');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Sprachcaf/);
    await expect.poll(() => count(page)).toBeGreaterThan(0);
    await context.close();
  });
});
