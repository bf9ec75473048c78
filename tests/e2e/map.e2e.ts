import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyId, organisationId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

/** A well-connected organisation that visitors see with its ties. */
const ACTOR = 'Jobcenter Lindenau';
const screens = process.env.MAP_SCREENSHOTS ?? '/tmp/screens3';
const phone = { width: 390, height: 844 };

describe('the actor map and the tandem view', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let actorId: string;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    actorId = await organisationId(server.url, ACTOR);
    await mkdir(screens, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screens, `map-${name}.png`), fullPage: true });

  async function login(page: Page, email: string) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('verbund-demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
  }

  /** Opens the map and waits until sigma has drawn it. */
  async function openMap(page: Page, query = '') {
    await page.goto(`${server.url}/map${query}`);
    await page.locator('[role="application"][data-ready="true"] canvas').first().waitFor({ timeout: 30_000 });
  }

  /** The number of actors the status line reports ("256 Akteure und …"). */
  async function actorCount(page: Page): Promise<number> {
    const status = page.getByText(/^\d+ Akteure? und/);
    await status.waitFor();
    return Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  }

  const details = (page: Page) => page.getByRole('region', { name: ACTOR });
  const search = (page: Page) => new URL(page.url()).searchParams;

  it('finds an actor, focuses it and shows its ties with their reasons, for visitors', async () => {
    const { page, context } = await browser.newPage();
    await openMap(page);
    expect(await actorCount(page)).toBeGreaterThan(50);
    await page.getByRole('link', { name: 'Netzwerkkarte', exact: true }).first().waitFor();

    await page.getByLabel('Akteur suchen').fill('jobcenter');
    await page.getByRole('button', { name: new RegExp(`^${ACTOR}`) }).click();
    await expect.poll(() => search(page).get('focus')).toBe(actorId);
    expect(search(page).get('actor')).toBe(actorId);
    await page.getByText(`Im Fokus: ${ACTOR}`).waitFor();

    const panel = details(page);
    await panel.getByRole('heading', { name: ACTOR, level: 2 }).waitFor();
    await panel.getByRole('link', { name: 'Zum Profil' }).waitFor();
    const reasons = panel.getByRole('list', { name: 'Gründe' }).first().getByRole('listitem');
    expect(await reasons.count()).toBeGreaterThan(0);
    expect(await reasons.first().textContent()).toMatch(/^Gremium:/);
    expect(
      await panel
        .getByRole('link')
        .filter({ hasText: /^AG |Lenkungsgruppe|Teilprojekt/ })
        .count(),
    ).toBeGreaterThan(0);
    await shot(page, 'desktop-visitor-focus');

    // A neighbour in the details is moved to the middle of the map; a click on it there opens it again.
    const neighbour = panel.locator('.tie button').first();
    const neighbourName = (await neighbour.textContent())?.trim() ?? '';
    await neighbour.click();
    const neighbourPanel = page.getByRole('region', { name: neighbourName });
    await neighbourPanel.waitFor();
    const neighbourId = search(page).get('actor');
    expect(neighbourId).not.toBe(actorId);
    await neighbourPanel.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => search(page).get('actor')).toBeNull();
    await page.waitForTimeout(600);
    const box = await page.getByRole('application').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => search(page).get('actor')).toBe(neighbourId);

    // Escape ends the details, then the focus.
    await page.getByRole('application').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => search(page).get('actor')).toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => search(page).get('focus')).toBeNull();
    await context.close();
  });

  it('moves through the map with the keyboard and opens the current actor', async () => {
    const { page, context } = await browser.newPage();
    await openMap(page);
    const map = page.getByRole('application');
    await map.focus();
    await page.keyboard.press('n');
    const live = page.locator('#map-announcement');
    await expect.poll(() => live.textContent()).toMatch(/Verbindung/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const announced = (await live.textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page).get('actor')).not.toBeNull();
    const heading = page.locator('#actor-heading');
    await heading.waitFor();
    expect(announced.startsWith(`${await heading.textContent()},`)).toBe(true);
    // The details take the keyboard focus; Escape there closes them and returns to the map, where F focuses the neighbourhood.
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const opened = search(page).get('actor');
    await page.keyboard.press('Escape');
    await expect.poll(() => search(page).get('actor')).toBeNull();
    await expect.poll(() => map.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => search(page).get('focus')).toBe(opened);
    await context.close();
  });

  it('restores filters, focus and details from a deep link after a reload', async () => {
    const { page, context } = await browser.newPage();
    const query = `?colour=community&size=betweenness&focus=${actorId}&depth=2&actor=${actorId}&edge=CO_MEMBERSHIP`;
    await openMap(page, query);
    const check = async () => {
      await details(page).getByRole('heading', { name: ACTOR, level: 2 }).waitFor();
      expect(await page.getByLabel('Farbe nach').inputValue()).toBe('community');
      expect(await page.getByLabel('Größe nach').inputValue()).toBe('betweenness');
      expect(await page.getByRole('radio', { name: '2 Schritte' }).isChecked()).toBe(true);
      await page.getByText(`Im Fokus: ${ACTOR} mit Nachbarn (2 Schritte)`).waitFor();
      await page.getByRole('button', { name: 'Filter zeigen' }).click();
      expect(await page.getByRole('checkbox', { name: 'Gemeinsame Gremien' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'Tandem' }).isChecked()).toBe(false);
    };
    await check();
    await page.reload();
    await page.locator('[role="application"][data-ready="true"]').waitFor();
    await check();
    expect(search(page).get('colour')).toBe('community');
    await context.close();
  });

  it('answers the questions in the table: sorted by ties, only the isolated, who links two kinds', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/map?view=table`);
    const table = page.getByRole('table', { name: /Akteure der Netzwerkkarte/ });
    await table.waitFor();
    const total = await table.getByRole('row').count();

    await table.getByRole('button', { name: 'Verbindungen', exact: true }).click();
    await expect.poll(() => search(page).get('sort')).toBe('degree');
    const header = table.getByRole('columnheader', { name: 'Verbindungen', exact: true });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const degrees = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(degrees.map(Number)).toEqual([...degrees.map(Number)].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');

    await page.getByLabel('Nur isolierte Akteure').check();
    await expect.poll(() => search(page).get('isolated')).toBe('1');
    const isolated = await table.locator('tbody tr td:nth-child(8)').allTextContents();
    expect(isolated.length).toBeGreaterThan(0);
    expect(isolated.length).toBeLessThan(total);
    expect(new Set(isolated)).toEqual(new Set(['ja']));
    await shot(page, 'desktop-table-isolated');
    const violations = await seriousA11yViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    await page.getByLabel('Nur isolierte Akteure').uncheck();
    await page.getByLabel('Art A').selectOption({ label: 'Wohlfahrtsverband' });
    await page.getByLabel('mit Art B').selectOption({ label: 'Migrantenorganisation' });
    await expect.poll(() => search(page).get('linkB')).toBe('MIGRANT_ORGANISATION');
    const linking = await table.locator('tbody tr').count();
    expect(linking).toBeGreaterThan(0);
    expect(linking).toBeLessThan(total - 1);
    await page.getByText(/^\d+ von \d+ Akteuren$/).waitFor();

    await page.setViewportSize(phone);
    await shot(page, 'phone-table');
    await context.close();
  });

  it('shows the admin more of the network, with people, bodies and agreements', async () => {
    const visitor = await browser.newPage();
    await openMap(visitor.page);
    const visitorCount = await actorCount(visitor.page);
    await visitor.context.close();

    const { page, context } = await browser.newPage();
    await login(page, 'admin@verbund.example');
    await openMap(page);
    expect(await actorCount(page)).toBeGreaterThanOrEqual(visitorCount);
    await page.goto(`${server.url}/map?people=1&bodies=1&actor=${actorId}`);
    await page.locator('[role="application"][data-ready="true"]').waitFor();
    expect(await actorCount(page)).toBeGreaterThan(visitorCount);
    const panel = details(page);
    await panel.getByRole('heading', { name: 'Vereinbarungen', level: 3 }).waitFor();
    await panel.getByRole('heading', { name: 'Zugehörigkeit', level: 4 }).waitFor();
    await panel.getByRole('heading', { name: 'Aufgaben', level: 3 }).waitFor();
    await page.getByRole('heading', { name: 'Legende' }).waitFor();
    await shot(page, 'desktop-admin-people-bodies');
    // A body's panel lists its open tasks, each a way to its board.
    const group = await bodyId(server.url, 'AG Arbeit und Sprache');
    await page.goto(`${server.url}/map?people=1&bodies=1&actor=${group}`);
    const bodyPanel = page.getByRole('region', { name: 'AG Arbeit und Sprache' });
    await bodyPanel.getByRole('heading', { name: 'Aufgaben', level: 3 }).waitFor();
    await bodyPanel.locator(`a[href="/bodies/${group}/tasks"]`).first().waitFor();
    const violations = await seriousA11yViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    await page.setViewportSize(phone);
    await page.waitForTimeout(300);
    await shot(page, 'phone-admin-panel');
    await context.close();
  });

  it('has no serious accessibility violations on the map, and fits a phone', async () => {
    const { page, context } = await browser.newPage();
    await openMap(page, `?focus=${actorId}`);
    await page.waitForLoadState('networkidle');
    await shot(page, 'desktop-visitor');
    const violations = await seriousA11yViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    await page.setViewportSize(phone);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await shot(page, 'phone-map');
    await context.close();
  });

  it('saves the map as a picture, as GEXF and as CSV files of actors and ties', async () => {
    const { page, context } = await browser.newPage();
    await openMap(page);
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const file = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(file) };
    };
    const png = await save('Bild (PNG)');
    expect(png.name).toMatch(/^netzwerk-\d{4}-\d{2}-\d{2}\.png$/);
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(20_000);
    const gexf = (await save('GEXF (Gephi)')).bytes.toString('utf8');
    expect(gexf).toContain('<gexf version="1.3"');
    expect(gexf).toContain(ACTOR);
    const actors = (await save('Akteure (CSV)')).bytes.toString('utf8');
    expect(actors.startsWith('\uFEFFid,Name,Art,Sektor,Verbindungen')).toBe(true);
    expect(actors).toContain(`${actorId},${ACTOR},Städtisches Amt,`);
    const ties = (await save('Verbindungen (CSV)')).bytes.toString('utf8').split('\r\n');
    expect(ties[0]).toBe('\uFEFFid,Art der Verbindung,id von,von,id zu,zu,Gewicht,Gründe,neu');
    expect(ties.length).toBeGreaterThan(50);
    await context.close();
  });

  it('shows the tandems as pairs and triangles, the incomplete ones marked, and the sector matrix', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(`${server.url}/bodies`);
    await page.getByRole('link', { name: 'Tandems', exact: true }).click();
    await page.getByRole('heading', { name: 'Tandems und Sektorenbrücken', level: 1 }).waitFor();

    const matrix = page.getByRole('table', { name: /Sektoren der Tandem-Leitungen/ });
    await matrix.waitFor();
    await matrix.getByRole('rowheader', { name: 'Öffentliche Verwaltung' }).waitFor();
    await matrix.getByRole('columnheader', { name: 'Freie Wohlfahrtspflege' }).waitFor();
    const bodies = page.getByRole('heading', { level: 3 });
    const all = await bodies.count();
    expect(all).toBeGreaterThan(2);
    expect(await page.getByRole('img', { name: /^Tandem aus/ }).count()).toBe(all);

    await page.getByLabel('Nur unvollständige Tandems').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('incomplete')).toBe('1');
    const incomplete = await bodies.count();
    expect(incomplete).toBeLessThan(all);
    expect(await page.getByText('Tandem unvollständig', { exact: true }).count()).toBe(incomplete);
    await page.getByLabel('Nur unvollständige Tandems').uncheck();

    // A matrix cell lists the bodies whose leads come from those two sectors.
    await matrix.getByRole('link', { name: /aus Öffentliche Verwaltung und Freie Wohlfahrtspflege/ }).click();
    await page.getByText('Tandems mit Leitungen aus Öffentliche Verwaltung und Freie Wohlfahrtspflege').waitFor();
    expect(await bodies.count()).toBeLessThan(all);
    await bodies.first().getByRole('link').click();
    await page.waitForURL(/\/bodies\/[0-9a-f-]{36}$/);

    await page.goto(`${server.url}/bodies/tandems`);
    await matrix.waitFor();
    await shot(page, 'tandems-desktop');
    const violations = await seriousA11yViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await page.setViewportSize(phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await shot(page, 'tandems-phone');
    await context.close();
  });
});
