import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type DocumentNode, print } from 'graphql';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SteeringFundQuery,
  SteeringMandatesQuery,
  SteeringMemberOverviewQuery,
  SteeringOverdueMeasuresQuery,
  SteeringOverviewQuery,
} from '../../web/src/lib/graphql/overview-operations.ts';
import { graphql } from '../support/api.ts';
import { type BrowserSession, launchBrowser, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const screens = process.env.OVERVIEW_SCREENSHOTS ?? '/tmp/screens-overview';
const phone = { width: 390, height: 844 };

/** Numbers as the German page writes them. */
const number = new Intl.NumberFormat('de');
const percent = new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 });
const n = (value: number) => number.format(value);
const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const money = (amount: string) => euros.format(Number(amount));
const year = new Date().getFullYear();

const overviewText = print(SteeringOverviewQuery as unknown as DocumentNode);
const overdueText = print(SteeringOverdueMeasuresQuery as unknown as DocumentNode);
const mandatesText = print(SteeringMandatesQuery as unknown as DocumentNode);
const memberText = print(SteeringMemberOverviewQuery as unknown as DocumentNode);
const fundText = print(SteeringFundQuery as unknown as DocumentNode);
const expiringText = `{ agreements(filter: { expiringWithinDays: 90 }) { id title } }`;

interface Counts {
  planned: number;
  inProgress: number;
  done: number;
  stalled: number;
  dropped: number;
  overdue: number;
  total: number;
}

/** A status table's row as the page shows it: the name, then done, in progress, planned, stalled, dropped, overdue and total. */
const statusRow = (name: string, c: Counts) => [
  name,
  ...[c.done, c.inProgress, c.planned, c.stalled, c.dropped, c.overdue, c.total].map(n),
];

describe('the steering overview', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    await mkdir(screens, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screens, `overview-${name}.png`), fullPage: true });

  async function login(page: Page) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-Mail-Adresse').fill('admin@verbund.example');
    await page.getByLabel('Passwort').fill('verbund-demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
  }

  /** The browser's session cookie, for asking the API what the page asked. */
  async function cookieOf(context: BrowserContext): Promise<string> {
    return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }

  /** Opens the overview and waits until its four charts are drawn. */
  async function openOverview(page: Page) {
    await page.goto(`${server.url}/steering`);
    await page.getByRole('heading', { name: 'Wo das Netzwerk steht', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.chart[data-ready="true"]').count(), { timeout: 30_000 }).toBe(4);
  }

  /** The cells of a table's body rows, as text; the table may sit in a closed "Als Tabelle" and rows may be folded away. */
  async function rows(page: Page, caption: string | RegExp): Promise<string[][]> {
    const table = page.getByRole('table', { name: caption, includeHidden: true });
    await table.waitFor({ state: 'attached' });
    const lines = await table.locator('tbody tr').all();
    return Promise.all(lines.map(async (line) => (await line.locator('th, td').allTextContents()).map((cell) => cell.trim())));
  }

  const sectionHeadings = [
    'Maßnahmen nach Status',
    'Überfällig',
    'Indikatoren',
    'Aufträge und ihr Fortschritt',
    'Offene Bedarfe nach Einstufung',
    `Integrationsfonds ${year}`,
    'Bald fällig: Vereinbarungen und Profile',
  ];

  it('shows the admin every section, with the figures the API answers for the same queries', async () => {
    const { page, context } = await browser.newPage();
    await login(page);
    await openOverview(page);
    const cookie = await cookieOf(context);
    const api = {
      ...(await graphql(server.url, overviewText, {}, cookie)),
      ...(await graphql(server.url, overdueText, {}, cookie)),
      ...(await graphql(server.url, mandatesText, {}, cookie)),
    };
    const member = await graphql(server.url, memberText, {}, cookie);
    const expiring = await graphql(server.url, expiringText, {}, cookie);
    const { fundOfYear: fund } = await graphql(server.url, fundText, { year }, cookie);
    const overview = api.steeringOverview;

    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(sectionHeadings);
    await page.locator('.steering-tabs a[href="/steering"][aria-current="page"]').waitFor();

    // 1. Measures by status, per working group, goal and field of action: every row as the API counts it.
    expect(overview.measuresByBody.length).toBeGreaterThan(3);
    expect(await rows(page, 'Maßnahmen nach Status – Je Arbeitsgruppe')).toEqual(
      overview.measuresByBody.map((group: any) => statusRow(group.body?.name ?? 'Gremium nicht sichtbar', group.counts)),
    );
    expect(await rows(page, 'Maßnahmen nach Status – Je Ziel')).toEqual(
      overview.measuresByGoal.map((group: any) =>
        statusRow(group.goal ? `${group.goal.number}. ${group.goal.title}` : 'Ohne Ziel', group.counts),
      ),
    );
    expect(await rows(page, 'Maßnahmen nach Status – Je Handlungsfeld')).toEqual(
      overview.measuresByFieldOfAction.map((group: any) => statusRow(group.fieldOfAction?.labelDe ?? 'Ohne Handlungsfeld', group.counts)),
    );
    const total = overview.measuresByBody.reduce((sum: number, group: any) => sum + group.counts.total, 0);
    await page.locator('#measures dl.figures').getByText(n(total), { exact: true }).first().waitFor();
    expect(await page.getByRole('img', { name: /^Gestapeltes Balkendiagramm: Maßnahmen nach Status/ }).count()).toBe(3);

    // 2. Overdue measures and tasks, each a link.
    const overdueMeasures = await rows(page, /^Überfällige Maßnahmen/);
    expect(overdueMeasures.map((row) => row[0]).sort()).toEqual(api.measures.map((m: any) => m.title).sort());
    expect(overdueMeasures.length).toBeGreaterThan(0);
    const overdueTasks = await rows(page, /^Überfällige Aufgaben/);
    expect(overdueTasks.length).toBe(member.tasks.length);
    expect(overdueTasks.length).toBeGreaterThan(10);
    const firstMeasure = api.measures[0];
    await page
      .locator(`a[href="/bodies/${firstMeasure.body.id}/measures#measure-${firstMeasure.id}"]`)
      .first()
      .waitFor({ state: 'attached' });

    // 3. Indicators against baseline and target, furthest behind first.
    const indicators = await rows(page, 'Indikatoren gegenüber Ausgangs- und Zielwert');
    expect(indicators.map((row) => [row[0], row[1], row.at(-1)])).toEqual(
      overview.indicators.map((indicator: any) => [
        indicator.name,
        indicator.measure.title,
        indicator.attainment === null ? '–' : percent.format(indicator.attainment),
      ]),
    );
    await page.getByRole('img', { name: /^Bullet-Diagramm: \d+ Indikatoren/ }).waitFor();

    // 4. Mandates: as many as the API has open.
    const mandates = page.getByRole('table', { name: 'Offene Aufträge nach Frist' });
    if (api.mandates.length === 0) await page.getByText('Es gibt keine offenen Aufträge, die Sie sehen dürfen.').waitFor();
    else expect(await mandates.locator('tbody tr').count()).toBe(api.mandates.length);

    // 5. Needs by classification, each a way to the list of needs.
    expect(await rows(page, 'Bedarfe nach Einstufung und Stand')).toEqual(
      overview.needs.map((need: any) => [
        { REQUIRED_BY_LAW: 'Gesetzlich erforderlich', LOCALLY_NECESSARY: 'Kommunal notwendig', DESIRABLE: 'Wünschenswert' }[
          need.classification as string
        ],
        ...[need.open, need.raised, need.assessed, need.prioritised, need.mandated].map(n),
      ]),
    );
    await page.locator('#needs a[href="/needs?class=REQUIRED_BY_LAW&open=1"]').waitFor();

    // 6. The fund of this year: budget, approved and remaining, and each round.
    expect(fund).not.toBeNull();
    const fundFigures = await page.locator('#fund dl.figures dd').allTextContents();
    expect(fundFigures).toEqual([fund.budget, fund.approved, fund.remaining].map(money));
    const rounds = await rows(page, `Antragsrunden – ${fund.title}`);
    expect(rounds.map((row) => [row[0], row[1], row[3], row[4], row[5]])).toEqual(
      fund.rounds.map((round: any) => [
        round.title,
        n(round.number),
        round.isOpen ? 'Anträge möglich' : 'Frist abgelaufen',
        n(round.applicationCount),
        money(round.approved),
      ]),
    );

    // 7. Agreements ending within 90 days and the stale profiles: the count and the first ones.
    const agreements = await rows(page, /^Vereinbarungen in Kraft, die innerhalb von 90 Tagen enden/);
    expect(agreements.map((row) => row[0])).toEqual(expiring.agreements.map((a: any) => a.title));
    expect(agreements.length).toBeGreaterThan(0);
    const stale = await rows(page, /^Die ersten Organisationen mit lange nicht bestätigtem Profil/);
    expect(stale.map((row) => row[0])).toEqual(member.organisations.edges.map((edge: any) => edge.node.name));
    await page.locator('#upkeep dl.figures').getByText(n(member.organisations.totalCount), { exact: true }).waitFor();
    await page.getByRole('link', { name: `Alle ${member.organisations.totalCount} nicht bestätigten Profile im Verzeichnis` }).waitFor();

    await shot(page, 'desktop-admin');
    const violations = await seriousA11yViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    // Phones: nothing scrolls sideways, the charts shrink with the page.
    await page.setViewportSize(phone);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    const chartWidth = await page
      .locator('.chart canvas')
      .first()
      .evaluate((canvas) => canvas.getBoundingClientRect().width);
    expect(chartWidth).toBeLessThan(phone.width);
    expect(chartWidth).toBeGreaterThan(200);
    await shot(page, 'phone-admin');
    await context.close();
  });

  it('shows a visitor only the public figures: no needs, tasks, agreements or stale profiles', async () => {
    const { page, context } = await browser.newPage();
    await openOverview(page);
    const api = await graphql(server.url, overviewText);
    await page.getByText('Sie sehen die öffentlichen Zahlen.', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(sectionHeadings);

    expect(await rows(page, 'Maßnahmen nach Status – Je Arbeitsgruppe')).toEqual(
      api.steeringOverview.measuresByBody.map((group: any) => statusRow(group.body?.name ?? 'Gremium nicht sichtbar', group.counts)),
    );
    const needs = await rows(page, 'Bedarfe nach Einstufung und Stand');
    expect(needs).toHaveLength(3);
    for (const row of needs) expect(row.slice(1)).toEqual(['0', '0', '0', '0', '0']);
    await page.getByText('Bedarfe sehen nur angemeldete Mitglieder', { exact: false }).waitFor();
    await page.getByText('Aufgaben sehen nur angemeldete Mitglieder der Gremien.').waitFor();
    await page.getByText('Welche Profile veraltet sind, sehen nur angemeldete Mitglieder.').waitFor();
    await page.getByText('Vereinbarungen sehen die Koordinierungsstelle', { exact: false }).waitFor();
    expect(await page.getByRole('table', { name: /^Überfällige Aufgaben/, includeHidden: true }).count()).toBe(0);
    expect(await page.getByRole('table', { name: /^Vereinbarungen in Kraft/, includeHidden: true }).count()).toBe(0);
    expect(await page.getByRole('table', { name: /^Die ersten Organisationen/, includeHidden: true }).count()).toBe(0);

    await shot(page, 'desktop-visitor');
    const violations = await seriousA11yViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await page.setViewportSize(phone);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await shot(page, 'phone-visitor');
    await context.close();
  });

  it('opens the tables and the longer lists with the keyboard', async () => {
    const { page, context } = await browser.newPage();
    await login(page);
    await openOverview(page);
    const byBody = page.getByRole('table', { name: 'Maßnahmen nach Status – Je Arbeitsgruppe' });
    expect(await byBody.isVisible()).toBe(false);
    await page.locator('#measures-body-heading').locator('xpath=ancestor::div[@role="group"]').locator('summary').focus();
    await page.keyboard.press('Enter');
    await byBody.waitFor();

    const tasks = page.getByRole('table', { name: /^Überfällige Aufgaben/ });
    const visibleRows = () => tasks.locator('tbody tr:visible').count();
    expect(await visibleRows()).toBe(10);
    const more = page.locator('button[aria-controls="overdue-tasks-rows"]');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(visibleRows).toBeGreaterThan(10);
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await more.textContent()).toContain('Nur die ersten zeigen');
    await context.close();
  });

  it('prints the tables instead of the charts, without navigation and buttons', async () => {
    const { page, context } = await browser.newPage();
    await login(page);
    await openOverview(page);
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(300);
    for (const caption of [
      'Maßnahmen nach Status – Je Arbeitsgruppe',
      'Maßnahmen nach Status – Je Ziel',
      'Maßnahmen nach Status – Je Handlungsfeld',
      'Indikatoren gegenüber Ausgangs- und Zielwert',
    ]) {
      expect(await page.getByRole('table', { name: caption }).isVisible(), caption).toBe(true);
    }
    for (const canvas of await page.locator('canvas').all()) expect(await canvas.isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: /CSV herunterladen/ })
        .first()
        .isVisible(),
    ).toBe(false);
    // Every row of the long lists is on paper.
    const tasks = page.getByRole('table', { name: /^Überfällige Aufgaben/ });
    expect(await tasks.locator('tbody tr:visible').count()).toBe(await tasks.locator('tbody tr').count());
    await shot(page, 'print');
    await context.close();
  });

  it('saves a section’s table as CSV with the rows the table shows', async () => {
    const { page, context } = await browser.newPage();
    await login(page);
    await openOverview(page);
    const save = async (table: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `CSV herunterladen: ${table}` }).click(),
      ]);
      return { name: download.suggestedFilename(), text: (await readFile(await download.path())).toString('utf8') };
    };

    const byBody = await save('Maßnahmen nach Status – Je Arbeitsgruppe');
    expect(byBody.name).toMatch(/^massnahmen-je-arbeitsgruppe-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(byBody.text.startsWith('\uFEFFArbeitsgruppe;Abgeschlossen;In Umsetzung;Geplant;Ins Stocken geraten;Verworfen;Überfällig;')).toBe(
      true,
    );
    const lines = byBody.text.slice(1).split('\r\n').filter(Boolean);
    expect(lines.slice(1)).toEqual((await rows(page, 'Maßnahmen nach Status – Je Arbeitsgruppe')).map((row) => row.join(';')));

    // A list longer than what is shown at first is saved whole.
    const tasks = await save('Überfällige Aufgaben, die älteste Frist zuerst');
    const taskRows = await rows(page, /^Überfällige Aufgaben/);
    expect(tasks.text.slice(1).split('\r\n').filter(Boolean)).toHaveLength(taskRows.length + 1);
    expect(tasks.text).toContain(taskRows.at(-1)?.slice(0, 3).join(';'));
    await context.close();
  });
});
