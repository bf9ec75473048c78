import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, screenshot } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const EDITOR = { email: 'editor@verbund.example', password: 'verbund-demo' };
const ORGANISATION = 'Caritasverband Lindenau e. V.';

describe('an editor keeps their organisation current', () => {
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

  it('logs in, edits the description and sees the change in the public directory', async () => {
    const { page, context } = await browser.newPage();
    await login(page);
    await page.getByRole('link', { name: 'Meine Organisationen' }).click();
    await page.getByRole('heading', { name: 'Meine Organisationen', level: 1 }).waitFor();
    await page
      .getByRole('link', { name: /Bearbeiten/ })
      .first()
      .click();
    await page.waitForURL(`**/organisations/${orgId}/edit`);
    const description = page.getByLabel('Beschreibung');
    await description.fill('Migrationsberatung und Zauberflötenkurse für Familien in Lindenau.');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert. Die Änderungen sind im Verzeichnis sichtbar.').waitFor();
    await screenshot(page, 'edit-saved');
    await context.close();

    // A visitor, not logged in, finds the new wording.
    const visitor = await browser.newPage();
    await visitor.page.goto(`${server.url}/?tab=organisations`);
    await visitor.page.getByLabel('Suche im Verzeichnis').fill('Zauberflötenkurs');
    await visitor.page.keyboard.press('Enter');
    const result = visitor.page.getByRole('link', { name: ORGANISATION });
    await result.waitFor();
    await expect(visitor.page.getByText('1 Organisation', { exact: true }).count()).resolves.toBe(1);
    await result.click();
    await visitor.page.getByText('Zauberflötenkurse für Familien').waitFor();
    await visitor.context.close();
  });

  it('shows a conflict when someone else saved first, and reloads on request', async () => {
    const { page: first, context } = await browser.newPage();
    await login(first);
    const second = await context.newPage();
    await first.goto(`${server.url}/organisations/${orgId}/edit`);
    await second.goto(`${server.url}/organisations/${orgId}/edit`);
    await first.getByLabel('Kurzname').fill('Caritas LI');
    await first.getByRole('button', { name: 'Speichern' }).click();
    await first.getByText('Gespeichert.', { exact: false }).waitFor();

    await second.getByLabel('Kurzname').fill('Caritas Lindenau');
    await second.getByRole('button', { name: 'Speichern' }).click();
    await second.getByText('Jemand anderes hat diese Organisation inzwischen geändert').waitFor();
    // The typed value is still there until the user chooses to reload.
    expect(await second.getByLabel('Kurzname').inputValue()).toBe('Caritas Lindenau');
    await screenshot(second, 'edit-conflict');
    await second.getByRole('button', { name: 'Neu laden' }).click();
    await expect.poll(() => second.getByLabel('Kurzname').inputValue()).toBe('Caritas LI');
    await context.close();
  });

  it('names the field at fault when a value is invalid', async () => {
    const { page, context } = await browser.newPage();
    await login(page);
    await page.goto(`${server.url}/organisations/${orgId}/edit`);
    await page.getByLabel('Webseite').fill('kein link');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Bitte prüfen Sie Ihre Angaben').waitFor();
    await expect.poll(() => page.getByLabel('Webseite').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });
});
