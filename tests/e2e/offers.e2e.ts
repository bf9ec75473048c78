import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, organisationId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, screenshot, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const EDITOR = { email: 'editor@verbund.example', password: 'verbund-demo' };
const ORGANISATION = 'Caritasverband Lindenau e. V.';
const TITLE = 'Sprechstunde Wohnungssuche am Lindenplatz';
const ARABIC_TITLE = 'استشارة البحث عن سكن في ساحة ليندن';

describe('a partner maintains its offers', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let orgId: string;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    orgId = await organisationId(server.url, ORGANISATION);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function login(page: Page) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-Mail-Adresse').fill(EDITOR.email);
    await page.getByLabel('Passwort').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
  }

  /** A list action's button, named with the offer for screen readers ("Archivieren: <title>"). */
  const actionName = (action: string) => new RegExp(`^${action}\\s*: ${TITLE}$`);

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  /** The offer as the API has it now, for checking what was (not) saved. */
  async function offerById(id: string) {
    const data = await graphql(
      server.url,
      `query($id: UUID!) { offer(id: $id) { id version title locations { openingHours { weekday opens closes } } translations { locale title } } }`,
      { id },
    );
    return data.offer as {
      id: string;
      version: number;
      title: string;
      locations: { openingHours: { weekday: number; opens: string; closes: string }[] }[];
      translations: { locale: string; title: string }[];
    };
  }

  let offerId = '';

  it('creates an offer with opening hours and an Arabic translation, by keyboard', async () => {
    const { page, context } = await browser.newPage();
    await login(page);
    await page.goto(`${server.url}/my-organisations`);
    await page.getByRole('link', { name: /^Angebote verwalten\s*: Caritasverband Lindenau/ }).click();
    await page.waitForURL(`**/organisations/${orgId}/offers`);
    await page.getByRole('heading', { level: 1, name: `Angebote von ${ORGANISATION}` }).waitFor();
    await page.getByRole('link', { name: 'Neues Angebot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Angebot' }).waitFor();

    await page.getByLabel('Titel (Deutsch)').focus();
    await page.keyboard.type(TITLE);
    await page.getByLabel('Art des Angebots').focus();
    await page.keyboard.press('Home');
    expect(await page.getByLabel('Art des Angebots').inputValue()).toBe('COUNSELLING');
    await page.getByLabel('Beschreibung (Deutsch)').focus();
    await page.keyboard.type('Wir helfen bei der Wohnungssuche, bei Anträgen auf Wohngeld und beim Mietvertrag.');

    // Opening hours: "add" puts focus on the new row's weekday; the next row starts on the following day.
    const add = page.getByRole('button', { name: 'Zeitraum hinzufügen' });
    await add.focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('offer-location-0-hours-0-weekday');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('offer-location-0-hours-0-opens');
    await page.keyboard.type('0900');
    // Tab walks the hour and minute of a time field first; the next field is reached directly.
    await page.locator('#offer-location-0-hours-0-closes').focus();
    await page.keyboard.type('1230');
    expect(await page.locator('#offer-location-0-hours-0-opens').inputValue()).toBe('09:00');
    expect(await page.locator('#offer-location-0-hours-0-closes').inputValue()).toBe('12:30');
    await add.focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('offer-location-0-hours-1-weekday');
    expect(await page.locator('#offer-location-0-hours-1-weekday').inputValue()).toBe('2');
    expect(await page.locator('#offer-location-0-hours-1-closes').inputValue()).toBe('12:30');
    // A third row, removed again: focus stays in the list.
    await add.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Entfernen\s*\(Zeitraum 3\)/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[id^="offer-location-0-hours-"][id$="-weekday"]').count()).toBe(2);
    expect(await focusedId(page)).toBe('offer-location-0-hours-1-weekday');

    // The Arabic translation: a disclosure opened from the keyboard, its inputs right to left.
    const arabic = page.locator('summary', { hasText: 'Arabisch' });
    await arabic.focus();
    await page.keyboard.press('Enter');
    const arabicTitle = page.locator('#offer-translation-ar-title');
    expect(await arabicTitle.getAttribute('dir')).toBe('rtl');
    expect(await arabicTitle.getAttribute('lang')).toBe('ar');
    await arabicTitle.focus();
    await page.keyboard.type(ARABIC_TITLE);

    await screenshot(page, 'offer-create');
    await page.getByRole('button', { name: 'Angebot anlegen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/offers\/[0-9a-f-]+\/edit\?created=1$/);
    await page.getByText('Das Angebot wurde angelegt.').waitFor();
    offerId = /\/offers\/([0-9a-f-]+)\/edit/.exec(page.url())?.[1] ?? '';
    // Focus lands on the message, so a screen reader announces that it worked.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');

    const saved = await offerById(offerId);
    expect(saved.title).toBe(TITLE);
    expect(saved.locations[0]?.openingHours).toEqual([
      { weekday: 1, opens: '09:00', closes: '12:30' },
      { weekday: 2, opens: '09:00', closes: '12:30' },
    ]);
    expect(saved.translations).toEqual([{ locale: 'ar', title: ARABIC_TITLE }]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses a schedule that closes before it opens, with the error at the field, and saves nothing', async () => {
    const before = await offerById(offerId);
    const { page, context } = await browser.newPage();
    await login(page);
    await page.goto(`${server.url}/offers/${offerId}/edit`);
    await page.getByRole('heading', { level: 1, name: `${TITLE} bearbeiten` }).waitFor();
    // Typed digits land in the browser's own 12- or 24-hour segments; fill sets the times exactly.
    await page.locator('#offer-location-0-hours-1-opens').fill('14:00');
    await page.locator('#offer-location-0-hours-1-closes').fill('10:00');
    await page.getByLabel('Titel (Deutsch)').fill(`${TITLE} (geändert)`);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await summary.getByText('Die Schließzeit muss nach der Öffnungszeit liegen').waitFor();
    const closes = page.locator('#offer-location-0-hours-1-closes');
    expect(await closes.getAttribute('aria-invalid')).toBe('true');
    // The summary's link takes the keyboard to the field.
    await summary.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('offer-location-0-hours-1-closes');
    await screenshot(page, 'offer-bad-schedule');

    const after = await offerById(offerId);
    expect(after).toEqual(before);
    await context.close();
  });

  it('confirms, archives and restores the offer from the list; archived offers leave the directory', async () => {
    const { page, context } = await browser.newPage();
    await login(page);
    await page.goto(`${server.url}/organisations/${orgId}/offers`);
    await page.getByRole('button', { name: actionName('Angaben sind aktuell') }).click();
    await page.getByText(`„${TITLE}“ ist als aktuell bestätigt.`).waitFor();
    await page.getByRole('button', { name: actionName('Archivieren') }).click();
    await page.getByText(`„${TITLE}“ wurde archiviert.`).waitFor();
    await page.getByRole('button', { name: actionName('Wiederherstellen') }).waitFor();

    const visitor = await browser.newPage();
    const hidden = await fetch(`${server.url}/offers/${offerId}`);
    expect(hidden.status).toBe(404);
    await visitor.context.close();

    await page.getByRole('button', { name: actionName('Wiederherstellen') }).click();
    await page.getByText(`„${TITLE}“ wurde wiederhergestellt.`).waitFor();
    const shown = await fetch(`${server.url}/offers/${offerId}`);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain(`<title>${TITLE} – Verbund</title>`);
    expect(html).toContain('"@type":"Service"');
    await context.close();
  });

  it('shows the offer to an Arabic visitor in Arabic, with the German text marked where untranslated', async () => {
    const { page, context } = await browser.newPage('ar');
    await page.goto(`${server.url}/offers/${offerId}`);
    const heading = page.locator('h1');
    await heading.waitFor();
    expect(await heading.textContent()).toBe(ARABIC_TITLE);
    expect(await heading.getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    // No Arabic description was written: the German one is shown, marked as German and left to right.
    const description = page.getByText('Wir helfen bei der Wohnungssuche');
    expect(await description.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('de');
    expect(await description.evaluate((el) => el.closest('[dir]')?.getAttribute('dir'))).toBe('ltr');
    await screenshot(page, 'offer-page-ar');
    await context.close();
  });
});
