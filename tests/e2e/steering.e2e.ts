import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyId, graphql } from '../support/api.ts';
import { type BrowserSession, launchBrowser, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const WORKING_GROUP = 'AG Arbeit und Sprache';
const screens = process.env.STEERING_SCREENSHOTS ?? '/tmp/screens-steering';
const phone = { width: 390, height: 844 };

const NEED = 'Wartezeit auf Integrationskurse in Lindenau-Nord';
const OTHER_NEEDS = ['Kinderbetreuung während der Sprachkurse', 'Beratung zur Anerkennung ausländischer Abschlüsse'];
const ROUND = 'Prioritäten Sprache und Arbeit 2026';

async function loginCookie(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!) { login(email: $e, password: "verbund-demo") { id } }', variables: { e: email } }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login failed: ${await res.text()}`);
  return cookie;
}

/**
 * The steering committee's work end to end: a member raises a need, the
 * coordination office assesses it, a committee member ranks the round's
 * needs with the keyboard alone, the office closes the round and records the
 * decision in a meeting, and the prioritised need becomes a mandate that the
 * working group's page shows with its progress.
 */
describe('needs, review rounds and mandates', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let admin: string;
  let member: string;
  let steering: { id: string; name: string };
  let groupId: string;
  let meeting: { id: string; title: string };
  let needId: string;
  let reviewId: string;
  let mandateTitle: string;

  const api = <T = any>(cookie: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(server.url, query, variables, cookie);

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    await mkdir(screens, { recursive: true });
    admin = await loginCookie(server.url, 'admin@verbund.example');
    member = await loginCookie(server.url, 'member@verbund.example');
    groupId = await bodyId(server.url, WORKING_GROUP);

    // The steering committee the demo member sits in.
    const committees = await api(member, '{ bodies(filter: { kinds: [STEERING_COMMITTEE] }) { id name } }');
    steering = committees.bodies[0];
    if (!steering) throw new Error('no steering committee in the demo');

    // Two more assessed needs, so the round has something to rank against.
    for (const title of OTHER_NEEDS) {
      const raised = await api(admin, 'mutation($input: NeedInput!) { raiseNeed(input: $input) { id version } }', {
        input: { title, classification: 'LOCALLY_NECESSARY', raisedByBodyId: steering.id },
      });
      await api(admin, 'mutation($id: UUID!, $v: Int!) { changeNeedStatus(id: $id, version: $v, input: { status: ASSESSED }) { id } }', {
        id: raised.raiseNeed.id,
        v: raised.raiseNeed.version,
      });
    }

    // A meeting of the committee whose minutes are open, with an item for the priorities.
    const open = await api(
      admin,
      'query($b: UUID!) { meetings(bodyId: $b, statuses: [PLANNED, INVITED, RUNNING, MINUTES_DRAFT], first: 5) { id title } }',
      { b: steering.id },
    );
    meeting = open.meetings[0];
    if (!meeting) {
      const startsAt = new Date(Date.now() + 7 * 86_400_000);
      startsAt.setUTCHours(14, 0, 0, 0);
      const created = await api(admin, 'mutation($input: MeetingInput!) { createMeeting(input: $input) { id title } }', {
        input: {
          bodyId: steering.id,
          title: 'Sitzung der Lenkungsgruppe',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        },
      });
      meeting = created.createMeeting;
    }
    await api(admin, 'mutation($m: UUID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $input) { id } }', {
      m: meeting.id,
      input: { title: 'Priorisierung der Handlungsbedarfe' },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(email: string, to: string, width = 1280) {
    const session = await browser.newPage();
    await session.page.goto(`${server.url}/login`);
    await session.page.getByLabel('E-Mail-Adresse').fill(email);
    await session.page.getByLabel('Passwort').fill('verbund-demo');
    await session.page.getByRole('button', { name: 'Anmelden' }).click();
    await session.page.getByRole('button', { name: 'Abmelden' }).waitFor();
    if (width !== 1280) await session.page.setViewportSize({ width, height: phone.height });
    await session.page.goto(`${server.url}${to}`);
    await session.page.locator('h1').first().waitFor();
    return session;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screens, `${name}.png`), fullPage: true });

  /** No serious axe violation, and (on a phone) nothing wider than the screen. */
  async function check(page: Page) {
    expect(await seriousA11yViolations(page)).toEqual([]);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  }

  /** Screenshots of a page at phone width, checked like the desktop one. */
  async function onPhone(email: string, to: string, name: string, ready: (page: Page) => Promise<unknown>) {
    const session = await open(email, to, phone.width);
    await ready(session.page);
    await check(session.page);
    await shot(session.page, `${name}-phone`);
    await session.context.close();
  }

  it('a member raises a need for the committee they sit in; problems show at the fields', async () => {
    const { page, context } = await open('member@verbund.example', '/needs');
    // The steering area is in the main navigation and has its own tabs.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Steuerung' }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Bereiche der Steuerung' });
    expect(await tabs.getByRole('link', { name: 'Bedarfe' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Bedarf melden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedarf melden' }).waitFor();
    await page.getByRole('radio', { name: 'Gesetzlich erforderlich' }).waitFor();
    await check(page);

    // Sent empty: the summary takes the focus and the title says what it needs.
    await page.getByRole('button', { name: 'Bedarf melden' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.getByText('Bitte geben Sie einen Titel mit mindestens 3 Zeichen ein.').first().waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Titel', { exact: true }).fill(NEED);
    await page.getByLabel('Beschreibung').fill('Neu zugewanderte Menschen warten in Lindenau-Nord bis zu neun Monate auf einen Platz.');
    await page.getByRole('radio', { name: 'Kommunal notwendig' }).check();
    await page.getByLabel('Handlungsfeld').selectOption({ index: 1 });
    await page.getByRole('group', { name: 'Stadtteile' }).getByRole('checkbox').first().check();
    await page.getByLabel('Gremium', { exact: true }).selectOption({ label: steering.name });
    await page.getByLabel('Belege').fill('42 Personen auf der Warteliste der Volkshochschule (Stand März).');
    await shot(page, 'need-new-desktop');
    await page.getByRole('button', { name: 'Bedarf melden' }).click();

    await page.waitForURL(/\/needs\/[0-9a-f-]{36}\?raised=1$/);
    needId = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('heading', { level: 1, name: NEED }).waitFor();
    await page.getByText('Der Bedarf wurde gemeldet.').waitFor();
    await page.getByText('Gemeldet', { exact: true }).first().waitFor();
    // The raiser (here also a committee member, so an assessor) may still change it.
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    const edit = page.getByRole('form', { name: 'Bedarf bearbeiten' });
    await edit.getByLabel('Belege').fill('42 Personen auf der Warteliste der Volkshochschule, 17 beim Jobcenter (Stand März).');
    await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Die Änderungen wurden gespeichert.').waitFor();
    await page.getByText('17 beim Jobcenter').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('need-edit-button');
    await check(page);
    await context.close();
    await onPhone('member@verbund.example', '/needs/new', 'need-new', (p) => p.getByRole('radio', { name: 'Wünschenswert' }).waitFor());
  });

  it('the coordination office assesses it, after a version conflict is explained', async () => {
    const { page, context } = await open('admin@verbund.example', `/needs/${needId}`);
    await page.getByRole('heading', { level: 1, name: NEED }).waitFor();
    // Someone else changes the need while the page is open.
    const current = await api(admin, 'query($id: UUID!) { need(id: $id) { version raisedByBody { id } } }', { id: needId });
    await api(admin, 'mutation($id: UUID!, $v: Int!, $input: NeedInput!) { updateNeed(id: $id, version: $v, input: $input) { id } }', {
      id: needId,
      v: current.need.version,
      input: {
        title: NEED,
        classification: 'LOCALLY_NECESSARY',
        raisedByBodyId: current.need.raisedByBody.id,
        description: 'Neu zugewanderte Menschen warten in Lindenau-Nord bis zu neun Monate auf einen Platz im Integrationskurs.',
      },
    });
    await page.getByRole('button', { name: 'Als bewertet einstufen' }).click();
    await page.getByLabel('Einstufung nach der Bewertung').selectOption({ label: 'Gesetzlich erforderlich' });
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await page.getByText('Jemand anderes hat diesen Bedarf inzwischen geändert').waitFor();
    await page.getByRole('button', { name: 'Neu laden' }).click();
    await page.getByText('bis zu neun Monate auf einen Platz im Integrationskurs').waitFor();

    await page.getByRole('button', { name: 'Als bewertet einstufen' }).click();
    await page.getByLabel('Einstufung nach der Bewertung').selectOption({ label: 'Gesetzlich erforderlich' });
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await page.getByText('Der Stand ist jetzt „Bewertet“.').waitFor();
    await page.locator('.need-header').getByText('Bewertet', { exact: true }).waitFor();
    await page.locator('.need-header').getByText('Gesetzlich erforderlich', { exact: true }).waitFor();
    await page.getByText('Gemeldet → Bewertet').waitFor();
    await check(page);
    await shot(page, 'need-detail-desktop');

    // The list filters by status and class, and counts.
    await page.goto(`${server.url}/needs?status=ASSESSED&class=REQUIRED_BY_LAW`);
    await page.getByRole('link', { name: NEED }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Bewertet', exact: true }).isChecked()).toBe(true);
    await page.getByText(/^\d+ Bedarfe?$/).waitFor();
    await check(page);
    await shot(page, 'needs-desktop');
    await context.close();
    await onPhone('admin@verbund.example', '/needs?open=1', 'needs', (p) => p.getByRole('link', { name: NEED }).waitFor());
    await onPhone('admin@verbund.example', `/needs/${needId}`, 'need-detail', (p) => p.getByText('Gemeldet → Bewertet').waitFor());
  });

  it('the committee’s managers start a review round of assessed needs', async () => {
    const { page, context } = await open('admin@verbund.example', '/steering/reviews');
    await page.getByRole('heading', { level: 1, name: 'Priorisierungsrunden' }).waitFor();
    await page.getByRole('button', { name: 'Neue Runde anlegen' }).click();
    const form = page.getByRole('form', { name: 'Neue Priorisierungsrunde' });
    await form.getByLabel('Lenkungsgruppe').selectOption({ label: steering.name });
    await form.getByLabel('Titel der Runde').fill(ROUND);
    for (const title of [NEED, ...OTHER_NEEDS]) await form.getByRole('checkbox', { name: new RegExp(`^${title}`) }).check();
    await form.getByText('3 Bedarfe gewählt').waitFor();
    await check(page);
    await shot(page, 'reviews-new-desktop');
    await form.getByRole('button', { name: 'Runde anlegen' }).click();
    await page.waitForURL(/\/steering\/reviews\/[0-9a-f-]{36}$/);
    reviewId = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('heading', { level: 1, name: ROUND }).waitFor();
    await page.getByText('Das Ergebnis erscheint, sobald die Runde geschlossen ist').waitFor();
    await context.close();
  });

  it('a committee member ranks the needs with the keyboard alone', async () => {
    const { page, context } = await open('member@verbund.example', '/steering/reviews');
    await page.getByRole('link', { name: ROUND }).waitFor();
    await check(page);
    await shot(page, 'reviews-desktop');
    await page.goto(`${server.url}/steering/reviews/${reviewId}`);
    const list = page.getByRole('list', { name: 'Bedarfe in Ihrer Reihenfolge' });
    await list.waitFor();
    await page.getByText('Sie haben in dieser Runde noch nicht abgestimmt.').waitFor();
    const titles = async () => (await list.locator('.title').allTextContents()).map((s) => s.trim());
    const [beratung, kinder] = [...OTHER_NEEDS].sort((a, b) => a.localeCompare(b, 'de'));
    // The list starts in the order of the titles.
    expect(await titles()).toEqual([beratung, kinder, NEED]);
    const announced = (title: string, place: number) => page.getByText(`„${title}“ steht jetzt auf Platz ${place} von 3.`).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? document.activeElement?.id);

    // Enter on the need's "up" button, twice: at the top the focus moves on to its "down" button.
    await list.getByRole('button', { name: `„${NEED}“ nach oben` }).focus();
    await page.keyboard.press('Enter');
    await announced(NEED, 2);
    expect(await focused()).toContain(`„${NEED}“ nach oben`);
    await page.keyboard.press('Enter');
    await announced(NEED, 1);
    expect(await titles()).toEqual([NEED, beratung, kinder]);
    expect(await focused()).toContain(`„${NEED}“ nach unten`);
    // Tab goes on to its place select, then to the next need's buttons.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^ranking-position-/);
    await page.keyboard.press('Tab');
    expect(await focused()).toContain(`„${beratung}“ nach oben`);
    await page.keyboard.press('Tab');
    expect(await focused()).toContain(`„${beratung}“ nach unten`);
    await page.keyboard.press('Enter');
    await announced(beratung, 3);
    expect(await titles()).toEqual([NEED, kinder, beratung]);
    // The place select: End puts a need last.
    await list.getByRole('combobox', { name: `Platz für „${kinder}“` }).focus();
    await page.keyboard.press('End');
    await announced(kinder, 3);
    expect(await titles()).toEqual([NEED, beratung, kinder]);
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^ranking-position-/);
    const ranked = await titles();
    await page.getByText('Geänderte Rangfolge – noch nicht gespeichert.').waitFor();
    await check(page);
    await shot(page, 'review-ranking-desktop');

    await page.getByRole('button', { name: 'Rangfolge speichern' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Ihre Rangfolge wurde gespeichert.').waitFor();
    await page.getByText(/^1 von \d+ Mitgliedern haben abgestimmt\.$/).waitFor();

    const saved = await api(member, 'query($id: UUID!) { priorityReview(id: $id) { myRanking items { need { id title } } } }', {
      id: reviewId,
    });
    const byId = new Map<string, string>(saved.priorityReview.items.map((i: any) => [i.need.id, i.need.title]));
    expect(saved.priorityReview.myRanking.map((id: string) => byId.get(id))).toEqual(ranked);

    // A reload starts from the saved ranking.
    await page.reload();
    await page.getByText('Das ist Ihre gespeicherte Rangfolge.').waitFor();
    expect(await titles()).toEqual(ranked);
    await context.close();
    await onPhone('member@verbund.example', `/steering/reviews/${reviewId}`, 'review-ranking', (p) =>
      p.getByRole('list', { name: 'Bedarfe in Ihrer Reihenfolge' }).waitFor(),
    );
    await onPhone('member@verbund.example', '/steering/reviews', 'reviews', (p) => p.getByRole('link', { name: ROUND }).waitFor());
  });

  it('a manager closes the round, sees the result and records the decision in a meeting', async () => {
    const { page, context } = await open('admin@verbund.example', `/steering/reviews/${reviewId}`);
    await page.getByText(/^1 von \d+ Mitgliedern haben abgestimmt\.$/).waitFor();
    await page.getByRole('button', { name: 'Runde schließen' }).click();
    await page.getByText('Die Runde ist geschlossen; das Ergebnis wird angezeigt.').waitFor();
    const table = page.getByRole('table', { name: 'Ergebnis der Runde nach Punkten' });
    await table.waitFor();
    // The member's first place: three points and one first place.
    const row = table.getByRole('row', { name: new RegExp(NEED) });
    expect((await row.locator('td').allTextContents()).map((s) => s.trim())).toEqual(['1', '3', '1', '1', '1,0']);
    await page.getByText('Borda-Zählung: Bei 3 Bedarfen bringt ein erster Platz 3 Punkte').waitFor();

    const form = page.getByRole('form', { name: 'Beschluss eintragen' });
    // The decision starts from the result's order, everything chosen.
    const decisionList = form.getByRole('list', { name: 'Bedarfe in der beschlossenen Reihenfolge' });
    await decisionList.waitFor();
    const order = (await decisionList.locator('.title').allTextContents()).map((s) => s.trim());
    expect(order[0]).toBe(NEED);
    await form.getByText('3 von 3 Bedarfen werden priorisiert.').waitFor();
    await form.getByRole('checkbox', { name: `priorisieren ${order[2]}` }).uncheck();
    await form.getByText('2 von 3 Bedarfen werden priorisiert.').waitFor();
    // Sent without a meeting: said at the field.
    await form.getByRole('button', { name: 'Beschluss eintragen' }).click();
    await page.locator('.error-summary').getByText('Bitte wählen Sie die Sitzung.').waitFor();
    const meetingSelect = form.getByLabel('Sitzung', { exact: true });
    const meetingOption = await meetingSelect.locator('option', { hasText: meeting.title }).first().getAttribute('value');
    await meetingSelect.selectOption(meetingOption as string);
    const itemSelect = form.getByLabel('Tagesordnungspunkt');
    const itemOption = await itemSelect.locator('option', { hasText: 'Priorisierung der Handlungsbedarfe' }).first().getAttribute('value');
    await itemSelect.selectOption(itemOption as string);
    await check(page);
    await shot(page, 'review-decision-desktop');
    await form.getByRole('button', { name: 'Beschluss eintragen' }).click();

    const final = page.getByRole('region', { name: 'Beschlossene Prioritäten' });
    await final.waitFor();
    await final.getByText('Der Beschluss wurde eingetragen').waitFor();
    expect((await final.locator('ol.final li a').allTextContents()).map((s) => s.trim())).toEqual(order.slice(0, 2));
    await final.getByRole('heading', { name: 'Nicht priorisiert' }).waitFor();
    const link = final.getByRole('link', { name: /^Zum Beschluss in der Sitzung/ });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^/meetings/${meeting.id}\\?item=`));
    await check(page);
    await shot(page, 'review-decided-desktop');

    // The meeting's minutes hold the decision.
    await link.click();
    await page.getByRole('region', { name: 'Beschlüsse' }).getByText(`Prioritäten aus „${ROUND}“`).waitFor({ timeout: 15_000 });
    await context.close();
    await onPhone('admin@verbund.example', `/steering/reviews/${reviewId}`, 'review-decided', (p) =>
      p.getByRole('region', { name: 'Beschlossene Prioritäten' }).waitFor(),
    );
  });

  it('the prioritised need becomes a mandate that the working group’s page shows with its progress', async () => {
    const { page, context } = await open('admin@verbund.example', `/needs/${needId}`);
    await page.locator('.need-header').getByText('Priorisiert', { exact: true }).waitFor();
    await page.getByText('Priorität 1', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mandat erteilen …' }).click();
    const form = page.getByRole('form', { name: 'Mandat erteilen' });
    await form.getByLabel('Arbeitsgruppe').selectOption({ label: WORKING_GROUP });
    mandateTitle = `Mehr Kursplätze: ${NEED}`;
    await form.getByLabel('Titel des Auftrags').fill(mandateTitle);
    await form.getByLabel('Auftrag im Einzelnen').fill('Mit VHS und Jobcenter zwei zusätzliche Kurse im Herbst einrichten.');
    const due = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Zu erledigen bis (freiwillig)').fill(due);
    expect(await form.getByRole('checkbox', { name: new RegExp(`Auf den Beschluss der Runde „${ROUND}“`) }).isChecked()).toBe(true);
    await check(page);
    await shot(page, 'need-mandate-desktop');
    await form.getByRole('button', { name: 'Mandat erteilen' }).click();
    await page.getByText(`Das Mandat an ${WORKING_GROUP} wurde erteilt.`).waitFor();
    await page.locator('.need-header').getByText('Beauftragt', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Mandate', exact: true }).getByText(mandateTitle).waitFor();
    await check(page);

    // A measure of the group carries the mandate out.
    const measures = await api(admin, 'query($id: UUID!) { body(id: $id) { measures(first: 1) { id version title } } }', { id: groupId });
    const measure = measures.body.measures[0];
    const mandates = await api(admin, 'query($id: UUID!) { body(id: $id) { mandates { id title } } }', { id: groupId });
    const mandate = mandates.body.mandates.find((m: any) => m.title === mandateTitle);
    await api(
      admin,
      'mutation($id: UUID!, $v: Int!, $input: MeasureInput!) { updateMeasure(id: $id, version: $v, input: $input) { id } }',
      {
        id: measure.id,
        v: measure.version,
        input: { mandateId: mandate.id },
      },
    );

    await page.getByRole('link', { name: `Zur Seite von ${WORKING_GROUP}` }).click();
    await page.getByRole('heading', { level: 1, name: WORKING_GROUP }).waitFor();
    const section = page.getByRole('region', { name: 'Mandate', exact: true });
    await section.getByRole('heading', { name: mandateTitle }).waitFor();
    const item = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: mandateTitle }) });
    await item.getByRole('link', { name: NEED }).waitFor();
    await item.getByText('Offen', { exact: true }).waitFor();
    await item.getByText('1 Maßnahme', { exact: true }).waitFor();
    await item.getByText(/^Fortschritt: \d+ %/).waitFor();
    await check(page);
    await shot(page, 'body-mandates-desktop');

    // The measure's details name the mandate.
    await page.goto(`${server.url}/bodies/${groupId}/measures`);
    await page
      .getByRole('button', { name: /^Details anzeigen/ })
      .filter({ hasText: measure.title })
      .click();
    await page.getByRole('heading', { name: 'Mandat', exact: true }).waitFor();
    // The details' own text, not the mandate select of the board's "new measure" form.
    await page.locator('p.mandate').getByText(mandateTitle).waitFor();
    await context.close();
    await onPhone('admin@verbund.example', `/bodies/${groupId}`, 'body-mandates', (p) =>
      p.getByRole('region', { name: 'Mandate', exact: true }).getByRole('heading', { name: mandateTitle }).waitFor(),
    );
  });
});
