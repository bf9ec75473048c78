import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, organisationId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, screenshot, seriousA11yViolations, waitForHydration } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

/** Letters of the Latin alphabet as German uses them: none may show in the Arabic interface's own texts. */
const latinWord = /[A-Za-zÄÖÜäöüß]{3,}/;

/** A phone: 390 CSS pixels wide, touch, the browser set to Arabic. */
async function phone(browser: BrowserSession, locale: string, width = 390) {
  const context = await browser.browser.newContext({
    locale,
    viewport: { width, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  return { context, page: waitForHydration(await context.newPage()) };
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * The texts of the interface itself (not the records' content): headings,
 * labels, buttons and the result count, which an Arabic reader must be able
 * to read.
 */
const interfaceTexts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, label, legend, button, [role="status"], nav[aria-label] a')]
      .filter((el) => el.checkVisibility())
      .filter((el) => !el.closest('[lang]:not(html)') || el.closest('[lang]:not(html)')?.getAttribute('lang') === 'ar')
      .map((el) => (el.textContent ?? '').replace(/\(.*?\)|\d+/g, '').trim())
      .filter(Boolean),
  );

describe('a newcomer with an Arabic phone finds counselling in their district', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    // An offer written in Arabic, for the checks that do not walk there through the search.
    const data = await graphql(
      server.url,
      '{ offers(first: 100, filter: { kinds: [COUNSELLING] }) { edges { node { id translations { locale } } } } }',
    );
    const arabic = data.offers.edges.find((e: any) => e.node.translations.some((t: any) => t.locale === 'ar'));
    if (!arabic) throw new Error('the demo city has no counselling offer in Arabic');
    arabicOfferPath = `/offers/${arabic.node.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  let arabicOfferPath = '';

  it('searches in Arabic, narrows to a district in the filter dialog and reads the offer in Arabic', async () => {
    const { page, context } = await phone(browser, 'ar');
    await page.goto(server.url);
    // The server answers in Arabic, right to left, from the browser's Accept-Language alone.
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('h1').waitFor();
    expect((await interfaceTexts(page)).filter((text) => latinWord.test(text))).toEqual([]);

    // Results come early on a phone: the filters wait behind a button.
    const resultsTop = await page.locator('#results').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(resultsTop).toBeLessThan(900);

    const search = page.getByRole('searchbox');
    await search.fill('استشارة');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    const arabicCards = page.locator('#results article:has(h3[lang="ar"])');
    await arabicCards.first().waitFor();
    expect(await arabicCards.count()).toBeGreaterThan(0);

    // The district of the first counselling offer written in Arabic, as its card names it.
    const first = arabicCards.first();
    const districtLine = (await first.locator('p.line', { hasText: 'الأحياء' }).textContent()) ?? '';
    const district = districtLine.split(':').slice(1).join(':').split(/[,،]/)[0]?.trim() ?? '';
    expect(district).not.toBe('');
    // District names have no Arabic label: the German name is marked as German, for screen readers.
    expect(await first.locator('p.line', { hasText: 'الأحياء' }).locator('span[lang="de"]').first().textContent()).toBe(district);

    await page.getByRole('button', { name: /^التصفية/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog
      .getByRole('group', { name: 'الأحياء' })
      .getByRole('checkbox', { name: new RegExp(`^${district.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) })
      .check();
    await page.waitForURL(/district=/);
    await screenshot(page, 'newcomer-ar-filter-dialog');
    const show = dialog.getByRole('button', { name: /^عرض/ });
    await show.click();
    await dialog.waitFor({ state: 'hidden' });
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^التصفية/);

    await arabicCards.first().waitFor();
    const link = arabicCards.first().locator('h3 a');
    const title = (await link.textContent())?.trim() ?? '';
    await screenshot(page, 'newcomer-ar-results-390');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await link.click();
    await page.waitForURL(/\/offers\/[0-9a-f-]+/);
    const heading = page.locator('h1');
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).toBe(title);
    expect(await heading.getAttribute('lang')).toBe('ar');
    expect(await page.getByText(district).count()).toBeGreaterThan(0);
    expect((await interfaceTexts(page)).filter((text) => latinWord.test(text))).toEqual([]);
    await screenshot(page, 'newcomer-ar-offer-390');

    // "Back to the directory" keeps the search and the district.
    await page.getByRole('link', { name: 'العودة إلى الدليل' }).click();
    await page.waitForURL(/q=.*district=/);
    expect(await page.getByRole('searchbox').inputValue()).toBe('استشارة');
    await context.close();
  });

  it('never scrolls sideways at 320 pixels: directory, offer, organisation, in German and Arabic', async () => {
    const orgId = await organisationId(server.url, 'Caritasverband Lindenau e. V.');
    for (const locale of ['de-DE', 'ar']) {
      const { page, context } = await phone(browser, locale, 320);
      for (const path of ['/', '/?q=Beratung', arabicOfferPath, `/organisations/${orgId}`]) {
        await page.goto(`${server.url}${path}`);
        await page.locator('h1').waitFor();
        await page.waitForLoadState('networkidle');
        expect(await overflow(page), `${locale} ${path}`).toBeLessThanOrEqual(0);
      }
      await page.goto(`${server.url}/?q=Beratung`);
      await page.getByRole('button', { name: locale === 'ar' ? /^التصفية/ : /^Filter/ }).click();
      await page.getByRole('dialog').waitFor();
      expect(await overflow(page), `${locale} filter dialog`).toBeLessThanOrEqual(0);
      await screenshot(page, `directory-filters-320-${locale}`);
      // Escape closes the dialog.
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await context.close();
    }
  });

  for (const locale of ['de-DE', 'ar']) {
    it(`has a skip link to the results, and the directory passes axe (${locale})`, async () => {
      const { page, context } = await browser.newPage(locale);
      await page.goto(`${server.url}/?q=Beratung`);
      await page.locator('h1').waitFor();
      await page.getByRole('searchbox').focus();
      // From the search, the next stops are the search button and the skip link.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#results');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
      await screenshot(page, `directory-1280-${locale}`);
      expect(await seriousA11yViolations(page), `directory ${locale}`).toEqual([]);
      await context.close();
    });

    it(`shows an offer that passes axe (${locale})`, async () => {
      const { page, context } = await browser.newPage(locale);
      await page.goto(`${server.url}${arabicOfferPath}`);
      await page.locator('h1').waitFor();
      await screenshot(page, `offer-1280-${locale}`);
      expect(await seriousA11yViolations(page), `offer ${locale}`).toEqual([]);
      await context.close();
    });
  }

  it('answers 404 for unknown offers, and carries the offer as JSON-LD in the server-rendered HTML', async () => {
    expect((await fetch(`${server.url}/offers/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await fetch(`${server.url}/offers/not-an-id`)).status).toBe(404);
    const html = await (await fetch(`${server.url}${arabicOfferPath}`, { headers: { 'accept-language': 'ar' } })).text();
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}';
    const data = JSON.parse(script);
    expect(['Service', 'GovernmentService']).toContain(data['@type']);
    expect(data.provider['@type']).toMatch(/Organization$/);
    expect(data.availableLanguage.length).toBeGreaterThan(0);
    expect(data.areaServed.length).toBeGreaterThan(0);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    // The directory's own first page is rendered on the server too, results included.
    const directory = await (await fetch(`${server.url}/?q=Beratung`)).text();
    expect(directory).toMatch(/href="\/offers\/[0-9a-f-]+/);
    const offers = await graphql(server.url, '{ offers(first: 1) { totalCount } }');
    expect(offers.offers.totalCount).toBeGreaterThanOrEqual(150);
  });
});
