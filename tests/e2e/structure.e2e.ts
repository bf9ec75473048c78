import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, screenshot } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const WORKING_GROUP = 'AG Arbeit und Sprache';
const MEASURE = 'Dienstleistungsketten Sprache und Arbeit optimieren';

describe('a tandem lead updates a measure; the steering committee sees it', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let groupId: string;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    groupId = await bodyId(server.url, WORKING_GROUP);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function login(page: Page, email: string) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('verbund-demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
  }

  const statusCount = async (page: Page, label: string) => {
    const text = await page
      .getByRole('link', { name: new RegExp(`^${label}`) })
      .first()
      .textContent();
    return Number(/(\d+)\s*$/.exec(text ?? '')?.[1]);
  };

  it('reports status and progress on the measures board, visible to a steering-committee member on the body page', async () => {
    const member = await browser.newPage();
    await login(member.page, 'member@verbund.example');
    await member.page.goto(`${server.url}/bodies/${groupId}`);
    await member.page.getByRole('heading', { name: WORKING_GROUP, level: 1 }).waitFor();
    const doneBefore = await statusCount(member.page, 'Abgeschlossen');
    const inProgressBefore = await statusCount(member.page, 'In Umsetzung');

    const lead = await browser.newPage();
    await login(lead.page, 'lead@verbund.example');
    await lead.page.goto(`${server.url}/bodies/${groupId}/measures`);
    const form = lead.page.getByRole('form', { name: `Stand melden: ${MEASURE}` });
    await form.waitFor();
    await form.getByLabel('Stand', { exact: true }).selectOption({ label: 'Abgeschlossen' });
    await form.getByLabel('Fortschritt in Prozent').fill('100');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: /Gespeichert/ })
      .waitFor();
    await screenshot(lead.page, 'structure-board-saved');

    await member.page.reload();
    await member.page.getByRole('heading', { name: WORKING_GROUP, level: 1 }).waitFor();
    await expect.poll(() => statusCount(member.page, 'Abgeschlossen')).toBe(doneBefore + 1);
    expect(await statusCount(member.page, 'In Umsetzung')).toBe(inProgressBefore - 1);
    await screenshot(member.page, 'structure-body-after');
    await member.context.close();
    await lead.context.close();
  });

  it('refuses progress above 100 with the field named, and saves nothing', async () => {
    const lead = await browser.newPage();
    await login(lead.page, 'lead@verbund.example');
    await lead.page.goto(`${server.url}/my-measures`);
    const form = lead.page.getByRole('form', { name: /^Stand melden:/ }).first();
    await form.waitFor();
    const progress = form.getByLabel('Fortschritt in Prozent');
    const before = await progress.inputValue();
    await progress.fill('150');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => progress.getAttribute('aria-invalid')).toBe('true');
    await lead.page.reload();
    await expect
      .poll(() =>
        lead.page
          .getByRole('form', { name: /^Stand melden:/ })
          .first()
          .getByLabel('Fortschritt in Prozent')
          .inputValue(),
      )
      .toBe(before);
    await lead.context.close();
  });

  it('shows the organisation chart with tandems, and ended bodies on demand', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/bodies`);
    await page.getByRole('link', { name: WORKING_GROUP }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Fachgruppe Unterbringung und Versorgung' }).count()).toBe(0);
    await page.getByLabel('Beendete Gremien anzeigen').check();
    await page.getByRole('link', { name: 'Fachgruppe Unterbringung und Versorgung' }).waitFor();
    await screenshot(page, 'structure-chart');
    await context.close();
  });
});
