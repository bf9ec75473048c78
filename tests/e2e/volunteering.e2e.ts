import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, organisationId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, screenshot, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const ORGANISATION = 'Caritasverband Lindenau e. V.';
const OPPORTUNITY = 'Lernpatenschaft für ein Grundschulkind';
const VOLUNTEER = { name: 'Greta Hoffmann', email: 'greta.hoffmann@beispiel.example', message: 'Ich habe donnerstags ab 15 Uhr Zeit.' };
const ANSWER = 'Liebe Frau Hoffmann, wir freuen uns! Kommen Sie gern am Donnerstag zum Kennenlernen.';

/**
 * Volunteering end to end: a visitor finds a task with "Was passt zu mir?"
 * and registers interest by keyboard (refused without consent first); the
 * organisation's editor answers it and the volunteer is mailed; the
 * coordination office downloads the volunteer's data and erases them, after
 * which the search by e-mail finds nothing. Every page axe-clean, at 320 px
 * without sideways scrolling.
 */
describe('volunteering and personal data', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let admin: string;
  let opportunityId: string;
  let orgId: string;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    orgId = await organisationId(server.url, ORGANISATION);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "admin@verbund.example", password: "verbund-demo") { id } }' }),
    });
    admin = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    const { volunteerOpportunities } = await graphql(server.url, '{ volunteerOpportunities(first: 100) { edges { node { id title } } } }');
    opportunityId = volunteerOpportunities.edges.find((e: any) => e.node.title === OPPORTUNITY)?.node.id;
    if (!opportunityId) throw new Error(`the demo needs the opportunity ${OPPORTUNITY}`);
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

  /** No serious axe violation, and nothing wider than the screen. */
  async function check(page: Page) {
    expect(await seriousA11yViolations(page)).toEqual([]);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  }

  /** A control's name made of its label and a visually hidden ": <what>" (Chromium may put a space before the colon). */
  const named = (label: string, what: string) => new RegExp(`^${escapeRegExp(label)}\\s*: ${escapeRegExp(what)}$`);
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  /** Presses Tab until the element with `id` has focus (at most `limit` times). */
  async function tabTo(page: Page, id: string, limit = 80) {
    for (let i = 0; i < limit; i++) {
      if ((await focusedId(page)) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}`);
  }

  it('serves the public pages as HTML with title, description, JSON-LD, and 404 for unknown ids', async () => {
    const list = await fetch(`${server.url}/volunteering`);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('<title>Ehrenamt – Verbund</title>');
    expect(html).toMatch(/<meta name="description" content="Ehrenamtliche Aufgaben/);
    expect(html).toContain(OPPORTUNITY);
    const detail = await (await fetch(`${server.url}/volunteering/${opportunityId}`)).text();
    expect(detail).toMatch(new RegExp(`<h1[^>]*>${OPPORTUNITY}</h1>`));
    expect(detail).toContain('"@type":"JobPosting"');
    expect(detail).toContain('"employmentType":"VOLUNTEER"');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'kein-engagement']) {
      expect((await fetch(`${server.url}/volunteering/${id}`)).status, id).toBe(404);
    }
    // The organisation's own page leads to it too.
    const organisation = await (await fetch(`${server.url}/organisations/${orgId}`)).text();
    expect(organisation).toMatch(/<h2 id="volunteering-heading"[^>]*>Ehrenamtlich mitmachen<\/h2>/);
    expect(organisation).toContain(`href="/volunteering/${opportunityId}"`);
  });

  it('a visitor finds what suits them and registers interest by keyboard, with consent', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/volunteering`);
    await page.getByRole('heading', { level: 1, name: 'Ehrenamtlich engagieren' }).waitFor();
    await check(page);
    await screenshot(page, 'volunteering-list-desktop');

    // "Was passt zu mir?": Südstadt, about weekly, patience — by keyboard.
    await page.locator('#match-district').focus();
    await page.locator('#match-district').selectOption({ label: 'Südstadt' });
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('match-time');
    await page.locator('#match-time').selectOption('WEEKLY');
    await tabTo(page, 'match-skills');
    await page.keyboard.type('Geduld, Mathematik');
    await page.keyboard.press('Enter');
    await page.waitForURL(/match=1/);
    const results = page.getByRole('heading', { level: 2, name: /Vorschläge? für Sie/ });
    await results.waitFor();
    expect(await focusedId(page)).toBe('results-heading');
    const first = page.locator('#results article').first();
    expect(await first.getByRole('heading').textContent()).toContain(OPPORTUNITY);
    await first.getByText('in Ihrem Stadtteil').waitFor();
    // Of the two skills, the task asks for patience.
    await first.getByText('Ihre Fähigkeiten: Geduld').waitFor();
    await check(page);

    // To the opportunity and its form, following the link by keyboard.
    await first.getByRole('link', { name: OPPORTUNITY }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: OPPORTUNITY }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Interesse melden' }).waitFor();
    await page.getByText('Sehen können sie nur die Redaktion dieser Organisation und die Koordinierungsstelle').waitFor();

    await page.locator('#interest-name').focus();
    await page.keyboard.type(VOLUNTEER.name);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('interest-email');
    await page.keyboard.type(VOLUNTEER.email);
    await tabTo(page, 'interest-message');
    await page.keyboard.type(VOLUNTEER.message);
    // Sent without consent: refused before anything leaves the page, the summary takes focus and leads to the checkbox.
    await tabTo(page, 'interest-consent');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await summary.getByRole('link', { name: /Einwilligung/ }).waitFor();
    await check(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('interest-consent');
    await page.keyboard.press('Space');
    expect(await page.locator('#interest-consent').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const thanks = page.getByText('Danke! Ihr Interesse ist angekommen.');
    await thanks.waitFor();
    await page.getByText(`meldet sich bei Ihnen unter ${VOLUNTEER.email}`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('focus-target'))).toBe(true);
    await check(page);
    await screenshot(page, 'volunteering-interest-sent-desktop');
    await context.close();

    const { volunteerInterests } = await graphql(
      server.url,
      '{ volunteerInterests(filter: { statuses: [NEW] }) { opportunity { id } volunteer { name email } messages { text } } }',
      {},
      admin,
    );
    const mine = volunteerInterests.find((i: any) => i.volunteer.email === VOLUNTEER.email);
    expect(mine).toMatchObject({
      opportunity: { id: opportunityId },
      volunteer: { name: VOLUNTEER.name },
      messages: [{ text: VOLUNTEER.message }],
    });
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const { page, context } = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 720 });
    for (const [to, name] of [
      ['/volunteering', 'volunteering-list'],
      [`/volunteering?match=1&time=ONCE`, 'volunteering-match'],
      [`/volunteering/${opportunityId}`, 'volunteering-detail'],
    ] as const) {
      await page.goto(`${server.url}${to}`);
      await page.locator('h1').first().waitFor();
      await check(page);
      await screenshot(page, `${name}-320`);
    }
    await context.close();
  });

  it('reads right to left in Arabic, on a phone, axe-clean', async () => {
    const { page, context } = await browser.newPage('ar');
    await context.addCookies([{ name: 'verbund-locale', value: 'ar', url: server.url }]);
    await page.setViewportSize({ width: 320, height: 720 });
    for (const [to, heading, name] of [
      ['/volunteering?match=1&time=WEEKLY', 'تطوّع معنا', 'volunteering-match-ar'],
      [`/volunteering/${opportunityId}`, OPPORTUNITY, 'volunteering-detail-ar'],
    ] as const) {
      await page.goto(`${server.url}${to}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      await check(page);
      await screenshot(page, `${name}-320`);
    }
    // The form speaks Arabic; the task, written in German only, is marked as German.
    await page.getByRole('heading', { name: 'إبداء الاهتمام' }).waitFor();
    expect(await page.locator('h1').getAttribute('lang')).toBe('de');
    expect(await page.locator('p.task').first().getAttribute('lang')).toBe('de');
    await context.close();
  });

  it('the organisation’s editor sees the interest and answers it; the volunteer gets a mail', async () => {
    const { page, context } = await browser.newPage();
    await login(page, 'editor@verbund.example');
    await page.goto(`${server.url}/my-organisations`);
    await page.getByRole('link', { name: named('Ehrenamt verwalten', ORGANISATION) }).click();
    await page.waitForURL(`**/organisations/${orgId}/volunteering`);
    await page.getByRole('heading', { level: 1, name: `Ehrenamt: ${ORGANISATION}` }).waitFor();
    const link = page.getByRole('link', { name: VOLUNTEER.name });
    await link.waitFor();
    await check(page);
    await screenshot(page, 'volunteering-manage-desktop');
    await link.click();
    await page.getByRole('heading', { level: 1, name: `Interesse von ${VOLUNTEER.name}` }).waitFor();
    await page.getByText(VOLUNTEER.message).waitFor();
    await page.getByRole('link', { name: VOLUNTEER.email }).waitFor();
    await page.getByRole('heading', { name: 'Passt auch' }).waitFor();
    await check(page);

    await page.locator('#answer-status').focus();
    await page.locator('#answer-status').selectOption({ label: 'Zugesagt' });
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('answer-message');
    await page.keyboard.type(ANSWER);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Ihre Antwort ist gespeichert und per E-Mail verschickt.').waitFor();
    await page.getByText('Stand gesetzt: Zugesagt').waitFor();
    await check(page);
    await screenshot(page, 'volunteering-interest-answered-desktop');
    await context.close();

    const outbox = path.join(server.dataDir, 'outbox');
    let mail = '';
    for (let i = 0; i < 50 && !mail; i++) {
      for (const file of (await readdir(outbox).catch(() => [])).filter((f) => f.includes(VOLUNTEER.email))) {
        const text = await readFile(path.join(outbox, file), 'utf8');
        if (text.includes('Liebe Frau Hoffmann')) mail = text;
      }
      if (!mail) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mail).toContain(OPPORTUNITY);
    expect(mail).toContain(ORGANISATION);
  });

  it('the coordination office downloads the volunteer’s data and erases them after confirming', async () => {
    const { page, context } = await browser.newPage();
    await login(page, 'admin@verbund.example');
    await page.goto(`${server.url}/admin/personal-data`);
    await page.getByRole('heading', { level: 1, name: 'Personendaten' }).waitFor();
    await page.getByLabel('Person suchen').fill(VOLUNTEER.email);
    await page.keyboard.press('Enter');
    const card = page.locator('li', { has: page.getByRole('heading', { name: VOLUNTEER.name }) });
    await card.waitFor();
    await check(page);
    await screenshot(page, 'personal-data-found-desktop');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: named('Auskunft herunterladen (JSON)', VOLUNTEER.name) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^personal-data-volunteer-.+\.json$/);
    const file = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
    expect(file.volunteer).toMatchObject({ name: VOLUNTEER.name, email: VOLUNTEER.email });
    expect(JSON.stringify(file.interests)).toContain(ANSWER);

    await card.getByRole('button', { name: named('Daten löschen', VOLUNTEER.name) }).click();
    const dialog = page.getByRole('dialog', { name: `Daten von ${VOLUNTEER.name} löschen?` });
    await dialog.waitFor();
    await dialog.getByText('Das lässt sich nicht rückgängig machen.').waitFor();
    await check(page);
    await screenshot(page, 'personal-data-confirm-desktop');
    // Cancelling changes nothing and gives focus back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Daten löschen');
    await card.getByRole('button', { name: named('Daten löschen', VOLUNTEER.name) }).click();
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    const done = page.getByText(/Gelöscht\. Im Verzeichnis steht jetzt „Gelöschte Person [0-9A-F]{4}“/);
    await done.waitFor();
    await check(page);

    // Searching by the old address finds nobody.
    await page.getByLabel('Person suchen').fill(VOLUNTEER.email);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Keine Freiwilligen' }).waitFor();
    await screenshot(page, 'personal-data-erased-desktop');
    await context.close();

    const { personalDataSearch } = await graphql(
      server.url,
      'query($s: String!) { personalDataSearch(search: $s) { volunteers { id } people { person { id } } } }',
      { s: VOLUNTEER.email },
      admin,
    );
    expect(personalDataSearch).toEqual({ volunteers: [], people: [] });
  });
});
