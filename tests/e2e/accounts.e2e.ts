import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, launchBrowser, screenshot } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const DEMO_PASSWORD = 'verbund-demo';

describe('accounts: a forgotten password is reset by mail, a known one changed on the account page', () => {
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

  /** The newest link to `/<page>/<token>` mailed to `email`, read from the server's outbox (the delivery without SMTP). */
  async function mailedLink(email: string, seen: ReadonlySet<string>, linkPage = 'reset-password'): Promise<string> {
    const outbox = path.join(server.dataDir, 'outbox');
    let link: string | undefined;
    await expect
      .poll(
        async () => {
          const files = (await readdir(outbox).catch(() => [])).filter((f) => !seen.has(f)).sort();
          for (const file of files.reverse()) {
            const text = await readFile(path.join(outbox, file), 'utf8');
            const match = new RegExp(`${server.url}/${linkPage}/[\\w-]+`).exec(text);
            if (text.includes(`To: ${email}\n`) && match) {
              link = match[0];
              return true;
            }
          }
          return false;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    return link as string;
  }
  const outboxFiles = async () => new Set(await readdir(path.join(server.dataDir, 'outbox')).catch(() => []));

  async function login(page: Page, email: string, password: string) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
  }
  /** Counts GraphQL requests, to show that a form's own checks stopped a submit. */
  function graphqlRequests(page: Page) {
    const counter = { count: 0 };
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) counter.count++;
    });
    return counter;
  }
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

  it('resets a forgotten password with the mailed link, which then no longer works', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.waitForURL(`${server.url}/reset-password`);
    await page.getByRole('heading', { name: 'Passwort vergessen', level: 1 }).waitFor();
    await screenshot(page, 'accounts-forgot-desktop');

    // Checked before sending: an address that cannot be one.
    const requests = graphqlRequests(page);
    await page.getByLabel('E-Mail-Adresse').fill('member');
    await page.getByLabel('E-Mail-Adresse').press('Enter');
    await page.getByText('Bitte prüfen Sie Ihre Angaben').waitFor();
    await expect.poll(() => focused(page)).toContain('error-summary');
    expect(requests.count).toBe(0);
    expect(await page.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid')).toBe('true');

    const before = await outboxFiles();
    await page.getByLabel('E-Mail-Adresse').fill('member@verbund.example');
    await page.getByLabel('E-Mail-Adresse').press('Enter');
    await page.getByText('Wenn es ein Konto mit der Adresse member@verbund.example gibt').waitFor();
    await expect.poll(() => focused(page)).toContain('confirmation');
    await screenshot(page, 'accounts-forgot-sent-desktop');

    const link = await mailedLink('member@verbund.example', before);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Neues Passwort festlegen', level: 1 }).waitFor();
    const newPassword = page.getByLabel('Neues Passwort', { exact: true });
    const repeat = page.getByLabel('Neues Passwort wiederholen');

    // Checked before sending: too short, and the repetition differs.
    const beforeCheck = requests.count;
    await newPassword.fill('kurz');
    await repeat.fill('anders');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByRole('link', { name: /Neues Passwort wiederholen: Die beiden Passwörter stimmen nicht überein/ }).waitFor();
    await page.getByRole('link', { name: /Neues Passwort: Mindestens 10 Zeichen/ }).waitFor();
    expect(requests.count).toBe(beforeCheck);
    await screenshot(page, 'accounts-reset-errors-desktop');
    // The summary's entries lead to their fields.
    await page.getByRole('link', { name: /Neues Passwort wiederholen:/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reset-confirm-password');

    await newPassword.fill('Lindenau vergisst nichts');
    await repeat.fill('Lindenau vergisst nichts');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByText('Ihr neues Passwort gilt ab sofort.').waitFor();
    await screenshot(page, 'accounts-reset-done-desktop');
    await page.getByRole('link', { name: 'Jetzt anmelden' }).click();
    await page.waitForURL(`${server.url}/login`);

    // The old password is gone, the new one works.
    await login(page, 'member@verbund.example', DEMO_PASSWORD);
    await page.getByText('E-Mail-Adresse oder Passwort sind nicht richtig').waitFor();
    await login(page, 'member@verbund.example', 'Lindenau vergisst nichts');
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();

    // The used link: no second password with it.
    await page.goto(link);
    await newPassword.fill('noch ein neues Passwort');
    await repeat.fill('noch ein neues Passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByText('Mit diesem Link wurde bereits ein neues Passwort festgelegt.').waitFor();
    await page.getByRole('link', { name: 'Neuen Link anfordern' }).waitFor();
    await screenshot(page, 'accounts-reset-used-desktop');
    await context.close();

    // Still the password set with the link.
    const again = await browser.newPage();
    await login(again.page, 'member@verbund.example', 'Lindenau vergisst nichts');
    await again.page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await again.context.close();
  });

  it('changes the password on the account page, reached from the site header', async () => {
    const { page, context } = await browser.newPage();
    await login(page, 'editor@verbund.example', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await page.getByRole('link', { name: 'Mein Konto' }).click();
    await page.waitForURL(`${server.url}/account`);
    await page.getByRole('heading', { name: 'Mein Konto', level: 1 }).waitFor();
    await page.getByText('editor@verbund.example').waitFor();
    await screenshot(page, 'accounts-account-desktop');

    await page.getByLabel('Aktuelles Passwort').fill('nicht mein Passwort');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Redaktion Lindenau 2026');
    await page.getByLabel('Neues Passwort wiederholen').fill('Redaktion Lindenau 2026');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByRole('link', { name: 'Aktuelles Passwort: Das Passwort stimmt nicht.' }).waitFor();
    await expect.poll(() => focused(page)).toContain('error-summary');
    expect(await page.getByLabel('Aktuelles Passwort').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'accounts-account-error-desktop');

    await page.getByLabel('Aktuelles Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Ihr Passwort wurde geändert.').waitFor();
    await expect.poll(() => focused(page)).toContain('confirmation');
    await screenshot(page, 'accounts-account-done-desktop');
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(`${server.url}/`);

    await login(page, 'editor@verbund.example', DEMO_PASSWORD);
    await page.getByText('E-Mail-Adresse oder Passwort sind nicht richtig').waitFor();
    await login(page, 'editor@verbund.example', 'Redaktion Lindenau 2026');
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await context.close();
  });

  it("creates an account from a mailed invitation, after the form's own checks", async () => {
    const admin = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "admin@verbund.example", password: "${DEMO_PASSWORD}") { id } }` }),
    });
    const cookie = (admin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const before = await outboxFiles();
    const invited = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation { inviteUser(input: { email: "neu@verbund.example", role: MEMBER }) { id } }' }),
    });
    expect(((await invited.json()) as any).errors).toBeUndefined();
    const link = await mailedLink('neu@verbund.example', before, 'invitation');

    const { page, context } = await browser.newPage();
    const requests = graphqlRequests(page);
    await page.goto(link);
    await page.getByText('Sie wurden mit der Adresse neu@verbund.example zu Verbund eingeladen.', { exact: false }).waitFor();
    await page.getByLabel('Ihr Name').fill('Nora Neumann');
    await page.getByLabel('Passwort', { exact: true }).fill('kurz');
    await page.getByLabel('Passwort wiederholen').fill('anders');
    const sent = requests.count;
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByRole('link', { name: 'Passwort: Mindestens 10 Zeichen.' }).waitFor();
    await page.getByRole('link', { name: 'Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.' }).waitFor();
    expect(requests.count).toBe(sent);
    expect(await page.getByLabel('Passwort wiederholen').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'accounts-invitation-errors-desktop');

    await page.getByLabel('Passwort', { exact: true }).fill('Neu im Netzwerk 2026');
    await page.getByLabel('Passwort wiederholen').fill('Neu im Netzwerk 2026');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByText('Angemeldet als Nora Neumann').waitFor();
    await context.close();
  });

  it('works on a phone-sized screen, by keyboard through the folded menu', async () => {
    const { page, context } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/reset-password`);
    await page.getByRole('heading', { name: 'Passwort vergessen', level: 1 }).waitFor();
    await screenshot(page, 'accounts-forgot-phone');
    await page.goto(`${server.url}/reset-password/not-a-valid-token-123`);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('ein langes Passwort');
    await page.getByLabel('Neues Passwort wiederholen').fill('ein langes Passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByText('Dieser Link ist ungültig oder wurde durch einen neueren ersetzt.').waitFor();
    await screenshot(page, 'accounts-reset-invalid-phone');

    await login(page, 'lead@verbund.example', DEMO_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    const menu = page.getByRole('button', { name: 'Menü' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const account = page.getByRole('link', { name: 'Mein Konto' });
    await account.waitFor();
    // The open menu, not the whole directory below it.
    await page.screenshot({ path: path.resolve(import.meta.dirname, '../artifacts/accounts-menu-phone.png') });
    await account.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/account`);
    await page.getByLabel('Aktuelles Passwort').waitFor();
    await screenshot(page, 'accounts-account-phone');
    await context.close();
  });
});
