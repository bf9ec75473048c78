import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/api.ts';
import { type BrowserSession, launchBrowser, screenshot, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const ADULTS = 'Welche Beratung passt zu mir?';
const YOUTH = 'Beratung für junge Menschen von 12 bis 27';

describe('referral paths: a newcomer finds the right counselling, the coordination office keeps the guides', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let paths: { id: string; title: string }[];
  const pathId = (title: string) => paths.find((p) => p.title === title)?.id ?? '';

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    paths = (await graphql(server.url, '{ referralPaths { id title } }')).referralPaths;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  /** Chooses the n-th answer of the current question with the arrow keys and goes on with Enter on the button. */
  async function answer(page: Page, index: number, button: 'Weiter' | 'Ergebnis anzeigen') {
    const first = page.getByRole('radio').first();
    await first.focus();
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    // Tab leaves the radio group for the button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(button);
    await page.keyboard.press('Enter');
  }

  it('leads a visitor by keyboard, one question per step, to the offers with the reason', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/referral-paths`);
    await page.getByRole('heading', { level: 1, name: 'Beratungswege: Welche Stelle hilft mir?' }).waitFor();
    await page.getByRole('link', { name: ADULTS, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ADULTS }).waitFor();
    await expect.poll(() => page.getByRole('group', { name: /Frage 1 von 3/ }).count()).toBe(1);

    // An empty answer is refused at the question.
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByText('Bitte wählen Sie eine Antwort.').waitFor();

    await answer(page, 0, 'Weiter'); // im Asylverfahren
    await page.waitForURL(/\?status=asylum$/);
    await expect.poll(() => focusedId(page)).toBe('step-heading');
    await page.getByRole('group', { name: /Frage 2 von 3/ }).waitFor();
    await answer(page, 0, 'Weiter'); // Asylverfahren und Aufenthalt
    await page.waitForURL(/\?status=asylum&need=procedure$/);
    await screenshot(page, 'referral-step');
    await answer(page, 4, 'Ergebnis anzeigen'); // Neustadt, Am Hafen oder Brühl
    await page.waitForURL(/\?status=asylum&need=procedure&district=neustadt$/);
    await page.getByRole('heading', { level: 2, name: 'Diese Stellen helfen Ihnen weiter' }).waitFor();
    expect(await focusedId(page)).toBe('step-heading');

    const results = page.getByRole('list').filter({ has: page.getByText('Warum diese Stelle?') });
    await results.getByRole('link', { name: 'Asylverfahrensberatung: Vorbereitung auf die Anhörung' }).waitFor();
    await results.getByText('AWO – Beratungsstelle für dezentral wohnende Geflüchtete Neustadt').waitFor();
    await results.getByText(/Hier bereiten Sie sich auf die Anhörung/).waitFor();
    await page.getByRole('term').filter({ hasText: 'In welchem Stadtteil wohnen Sie?' }).waitFor();
    await screenshot(page, 'referral-result');

    // Changing one answer keeps the others.
    await page.getByRole('link', { name: /^Ändern\s?: In welchem Stadtteil wohnen Sie\?$/ }).click();
    await page.getByRole('group', { name: /Frage 3 von 3/ }).waitFor();
    expect(await page.getByRole('radio', { name: 'Neustadt, Am Hafen oder Brühl' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Oststadt oder Feldmark' }).check();
    await page.getByRole('button', { name: 'Ergebnis anzeigen' }).click();
    await page.waitForURL(/\?status=asylum&need=procedure&district=ost$/);
    await page.getByText('DRK – Beratungsstelle für dezentral wohnende Geflüchtete Oststadt').first().waitFor();
    await context.close();
  });

  it('keeps the answers in the address: a shared link, reload and the back button restore them', async () => {
    const id = pathId(ADULTS);
    const shared = `${server.url}/referral-paths/${id}?status=eu&need=work&district=mitte`;
    // The server renders the result itself: a messenger's preview and a browser without scripts see it.
    const html = await (await fetch(shared)).text();
    expect(html).toContain('Diese Stellen helfen Ihnen weiter');
    expect(html).toContain('Integration Point: Arbeit, Ausbildung und Berufssprachkurs aus einer Hand');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/referral-paths\/[0-9a-f-]+"/);
    expect(html).toContain('application/ld+json');

    const { page, context } = await browser.newPage();
    await page.goto(shared);
    await page.getByRole('heading', { level: 2, name: 'Diese Stellen helfen Ihnen weiter' }).waitFor();
    await page.getByRole('link', { name: 'Sozialberatung für Zugewanderte aus Rumänien und Bulgarien' }).waitFor();
    expect(await page.getByLabel('Link zu diesem Ergebnis').inputValue()).toBe(shared);
    await page.reload();
    await page.getByRole('link', { name: 'Sozialberatung für Zugewanderte aus Rumänien und Bulgarien' }).waitFor();

    await page.goto(`${server.url}/referral-paths/${id}`);
    await page.getByRole('radio', { name: 'Ich bin aus der Ukraine geflüchtet' }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('group', { name: /Frage 2 von 3/ }).waitFor();
    await page.goBack();
    await page.getByRole('group', { name: /Frage 1 von 3/ }).waitFor();
    await page.goForward();
    await page.getByRole('group', { name: /Frage 2 von 3/ }).waitFor();
    await page.getByRole('link', { name: 'Zurück' }).click();
    await page.getByRole('group', { name: /Frage 1 von 3/ }).waitFor();
    expect(await page.getByRole('radio', { name: 'Ich bin aus der Ukraine geflüchtet' }).isChecked()).toBe(true);

    expect((await fetch(`${server.url}/referral-paths/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    await context.close();
  });

  it('works on a 320 px phone without sideways scrolling', async () => {
    const { page, context } = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const id = pathId(YOUTH);
    for (const address of [
      '/referral-paths',
      `/referral-paths/${id}`,
      `/referral-paths/${id}?age=young-adult&situation=training&district=nord`,
    ]) {
      await page.goto(`${server.url}${address}`);
      await page.locator('h1').first().waitFor();
      expect(await overflow(page), address).toBeLessThanOrEqual(0);
    }
    await screenshot(page, 'referral-result-phone');
    await context.close();
  });

  it('shows the guide in Arabic, right to left, with German where a text is not translated', async () => {
    const { page, context } = await browser.newPage('ar');
    await page.goto(`${server.url}/referral-paths/${pathId(ADULTS)}`);
    await page.getByRole('heading', { level: 1, name: 'ما هي الاستشارة المناسبة لي؟' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('radio', { name: 'تم الاعتراف بي أو لدي تصريح إقامة' }).check();
    await page.getByRole('button', { name: 'التالي' }).click();
    await page.getByRole('radio', { name: 'الصحة' }).check();
    await page.getByRole('button', { name: 'التالي' }).click();
    await page.getByRole('radio', { name: 'Oststadt أو Feldmark' }).check();
    await page.getByRole('button', { name: 'عرض النتيجة' }).click();
    await page.getByRole('heading', { level: 2, name: 'هذه الجهات يمكنها مساعدتك' }).waitFor();
    await page.getByText(/يشرح لك مرشدو الصحة بلغتك/).waitFor();
    await screenshot(page, 'referral-result-ar');
    await context.close();
  });

  it('lets the coordination office edit a path by keyboard, with an error summary, and shows the change to visitors', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-Mail-Adresse').fill('admin@verbund.example');
    await page.getByLabel('Passwort').fill('verbund-demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await page.goto(`${server.url}/admin/referral-paths`);
    await page.getByRole('heading', { level: 1, name: 'Beratungswege verwalten' }).waitFor();
    await page.getByRole('link', { name: new RegExp(`^Bearbeiten\\s?: ${YOUTH}$`) }).click();
    await page.getByRole('heading', { level: 1, name: `Beratungsweg bearbeiten: ${YOUTH}` }).waitFor();

    // A problem is listed above the form and leads to its field.
    const title = page.getByLabel('Titel (Deutsch)', { exact: true });
    await title.fill('');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const summary = page.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' });
    await summary.waitFor();
    await page.getByRole('link', { name: /Titel \(Deutsch\): Bitte geben Sie einen Titel/ }).click();
    expect(await focusedId(page)).toBe('rp-title');
    await page.keyboard.type('Beratung für junge Menschen zwischen 12 und 27');

    // The first question gets a new German wording.
    const question = page.getByLabel('Frage (Deutsch)').first();
    await question.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Wie alt bist du gerade?');

    // A new outcome with an offer picked by search, its reason and a condition.
    await page.getByRole('button', { name: 'Ergebnis hinzufügen' }).click();
    const outcome = page.getByRole('group', { name: /^Ergebnis 14$/ });
    await outcome.getByLabel('Angebot suchen').fill('Lesepatenschaft');
    await outcome.getByLabel('Angebot suchen').press('Enter');
    const pick = outcome.getByRole('button', { name: /^Wählen\s?:\s?Lesepatenschaft an Grundschulen/ });
    await pick.focus();
    await page.keyboard.press('Enter');
    await outcome.getByText('Lesepatenschaft an Grundschulen').waitFor();
    await outcome.getByLabel('Begründung für Ratsuchende (Deutsch)').fill('Eine Lesepatin oder ein Lesepate übt mit dir Lesen.');
    await outcome
      .getByRole('group', { name: /Frage 1:/ })
      .getByRole('checkbox', { name: '12 bis 17 Jahre' })
      .check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Die Änderungen sind gespeichert.').waitFor();
    await screenshot(page, 'referral-admin-edit');

    const { referralPath } = await graphql(
      server.url,
      'query($id: UUID!) { referralPath(id: $id) { title questions { label } outcomes { reason offer { title } conditions { questionKey optionKeys } } } }',
      { id: pathId(YOUTH) },
    );
    expect(referralPath.title).toBe('Beratung für junge Menschen zwischen 12 und 27');
    expect(referralPath.questions[0].label).toBe('Wie alt bist du gerade?');
    expect(referralPath.outcomes.at(-1)).toEqual({
      reason: 'Eine Lesepatin oder ein Lesepate übt mit dir Lesen.',
      offer: { title: 'Lesepatenschaft an Grundschulen' },
      conditions: [{ questionKey: 'age', optionKeys: ['teen'] }],
    });
    await context.close();
  }, 120_000);

  it('has no serious accessibility violations, left to right and right to left', async () => {
    const id = pathId(ADULTS);
    const pages = [
      { address: '/referral-paths', name: 'list' },
      { address: `/referral-paths/${id}`, name: 'step' },
      { address: `/referral-paths/${id}?status=asylum&need=health&district=west`, name: 'result' },
      { address: `/referral-paths/${id}?status=eu&need=work&district=mitte&_edit=need`, name: 'revisit' },
    ];
    const problems: string[] = [];
    for (const locale of ['de-DE', 'ar']) {
      const { page, context } = await browser.newPage(locale);
      for (const { address, name } of pages) {
        await page.goto(`${server.url}${address}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        for (const v of await seriousA11yViolations(page)) problems.push(`${locale} ${name}: ${v}`);
      }
      await context.close();
    }
    // The editor, as the coordination office sees it.
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-Mail-Adresse').fill('admin@verbund.example');
    await page.getByLabel('Passwort').fill('verbund-demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    for (const address of ['/admin/referral-paths', `/admin/referral-paths/${id}`]) {
      await page.goto(`${server.url}${address}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const v of await seriousA11yViolations(page)) problems.push(`admin ${address}: ${v}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
