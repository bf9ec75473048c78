import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/api.ts';
import { type BrowserSession, launchBrowser, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const screens = process.env.FUND_SCREENSHOTS ?? '/tmp/screens-fund';
const phone = { width: 390, height: 844 };

/** The organisation the demo editor applies for; the demo committee member does not act for it. */
const APPLICANT = 'Verband der Migrantenorganisationen Lindenau e. V.';
const PARTNER = 'Freiwilligenagentur Lindenau';
const PROJECT = 'Nachbarschaftsküche im Hafenviertel';
const AGENDA_ITEM = 'Integrationsfonds: Anträge der laufenden Runde';

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

/** A day `days` from today as YYYY-MM-DD. */
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The cents of a `Money` string ("147559.70" → 14755970), taken apart as digits. */
function parseMoney(amount: string): number {
  const match = /^(\d+)\.(\d{2})$/.exec(amount);
  if (!match) throw new Error(`not money: ${amount}`);
  return Number(match[1]) * 100 + Number(match[2]);
}

/** Cents as a `Money` string: 14755970 → "147559.70". */
const centsToMoney = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** "147.559,70 €" as the German pages write it, with the no-break space before the sign. */
function euros(amount: string): string {
  const [whole = '', fraction = ''] = centsToMoney(parseMoney(amount)).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}\u00a0€`;
}

/**
 * The integration fund end to end: an editor applies for the open round
 * (finding the form from the fund page, answering the criteria), the
 * coordination office checks the application, a member of the steering
 * committee votes, the office decides it in the round's meeting with less
 * than requested, and the overview and the fund page show the new remaining
 * budget. An approval above the remaining budget is refused with the amount
 * left and changes nothing; visitors see funded projects but no applications.
 */
describe('the integration fund', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let admin: string;
  let editor: string;
  let member: string;
  const year = new Date().getFullYear();
  let fund: { id: string; title: string; criteria: { id: string; position: number; title: string }[] };
  let openRound: { id: string; title: string; deadline: string; version: number; decisionMeeting: { id: string; title: string } };
  let applicationId: string;

  const api = <T = any>(cookie: string | undefined, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(server.url, query, variables, cookie);
  const fundFigures = async () =>
    (await api(admin, 'query($y: Int!) { fundOfYear(year: $y) { id version budget approved remaining } }', { y: year })).fundOfYear as {
      id: string;
      version: number;
      budget: string;
      approved: string;
      remaining: string;
    };
  const applicationState = async (id: string) =>
    (
      await api(
        admin,
        'query($id: UUID!) { fundApplication(id: $id) { status version approvedAmount requestedAmount tally { for against abstain } decision { id } } }',
        { id },
      )
    ).fundApplication;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    await mkdir(screens, { recursive: true });
    admin = await loginCookie(server.url, 'admin@verbund.example');
    editor = await loginCookie(server.url, 'editor@verbund.example');
    member = await loginCookie(server.url, 'member@verbund.example');

    const data = await api(
      admin,
      `query($y: Int!) { fundOfYear(year: $y) { id title criteria { id position title }
         rounds { id title deadline version isOpen decisionMeeting { id title } } } }`,
      { y: year },
    );
    fund = data.fundOfYear;
    if (!fund) throw new Error(`no fund for ${year} in the demo`);
    openRound = data.fundOfYear.rounds.find((r: any) => r.isOpen);
    if (!openRound?.decisionMeeting) throw new Error('the demo fund needs an open round with a decision meeting');
    // The round's meeting gets an item for the fund's applications.
    await api(admin, 'mutation($m: UUID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $input) { id } }', {
      m: openRound.decisionMeeting.id,
      input: { title: AGENDA_ITEM },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(email: string | null, to: string, width = 1280) {
    const session = await browser.newPage();
    if (email) {
      await session.page.goto(`${server.url}/login`);
      await session.page.getByLabel('E-Mail-Adresse').fill(email);
      await session.page.getByLabel('Passwort').fill('verbund-demo');
      await session.page.getByRole('button', { name: 'Anmelden' }).click();
      await session.page.getByRole('button', { name: 'Abmelden' }).waitFor();
    }
    if (width !== 1280) await session.page.setViewportSize({ width, height: phone.height });
    await session.page.goto(`${server.url}${to}`);
    await session.page.locator('h1').first().waitFor();
    return session;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screens, `${name}.png`), fullPage: true });

  /** No serious axe violation, and nothing wider than the screen. */
  async function check(page: Page) {
    expect(await seriousA11yViolations(page)).toEqual([]);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  }

  /** A page at phone width, checked like the desktop one, with its screenshot. */
  async function onPhone(email: string | null, to: string, name: string, ready: (page: Page) => Promise<unknown>) {
    const session = await open(email, to, phone.width);
    await ready(session.page);
    await check(session.page);
    await shot(session.page, `${name}-phone`);
    await session.context.close();
  }

  /** The text of the fund page's (or the overview's) key figures. */
  const figures = (page: Page, scope = 'main') => page.locator(`${scope} dl.figures`).first().textContent();

  it('a visitor sees the fund, its rounds and the funded projects, but no applications', async () => {
    const { page, context } = await open(null, '/fund');
    await page.getByRole('heading', { level: 1, name: fund.title }).waitFor();
    const before = await fundFigures();
    await page.getByRole('heading', { name: 'Budget' }).waitFor();
    const shown = await figures(page);
    expect(shown).toContain(euros(before.budget));
    expect(shown).toContain(euros(before.remaining));
    expect(shown).toContain(euros(before.approved));
    // The public list: title, organisation, amount, period; a project not marked public is left out.
    const funded = page.getByRole('table', { name: `Geförderte Projekte – ${fund.title}` });
    await funded.waitFor();
    await funded.getByRole('rowheader', { name: 'Fahrradwerkstatt für alle' }).waitFor();
    expect(await funded.getByText('Rechtsberatung zum Aufenthalt').count()).toBe(0);
    expect(await funded.getByRole('link', { name: 'Fahrradwerkstatt für alle' }).count()).toBe(0);
    // Ten rows first, the rest on request.
    await page
      .locator('#funded')
      .getByRole('button', { name: /^Alle \d+ zeigen$/ })
      .click();
    await funded.getByRole('rowheader', { name: 'Sprachcafé am Hafen' }).waitFor();
    await page
      .getByRole('table', { name: `Antragsrunden – ${fund.title}` })
      .getByRole('rowheader', { name: openRound.title })
      .waitFor();
    await page.getByRole('heading', { name: 'Förderkriterien' }).waitFor();
    // No applications, no steering tabs, no way to apply without logging in.
    expect(await page.getByRole('heading', { name: 'Anträge', exact: true }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Bereiche der Steuerung' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Antrag stellen' }).count()).toBe(0);
    await page.getByText('Redaktionen der Partnerorganisationen stellen Anträge nach der Anmeldung.').waitFor();
    await check(page);
    await shot(page, 'fund-visitor-desktop');

    // An application is not found for visitors, as the API answers.
    const some = await api(admin, '{ fundApplications(first: 1) { id } }');
    expect(
      (await graphql(server.url, 'query($id: UUID!) { fundApplication(id: $id) { id } }', { id: some.fundApplications[0].id }).catch(
        (error: Error) => error.message,
      )) as string,
    ).toContain('NOT_FOUND');
    await page.goto(`${server.url}/fund/applications/${some.fundApplications[0].id}`);
    await page.getByRole('heading', { level: 1, name: 'Antrag nicht gefunden' }).waitFor();
    await check(page);
    await shot(page, 'fund-application-not-found-desktop');
    await context.close();
    await onPhone(null, '/fund', 'fund-visitor', (p) => p.getByRole('heading', { name: 'Geförderte Projekte' }).waitFor());
  });

  it('an editor finds the form, answers the criteria and applies; problems show at the fields and nothing typed is lost', async () => {
    const { page, context } = await open('editor@verbund.example', '/fund');
    const tabs = page.getByRole('navigation', { name: 'Bereiche der Steuerung' });
    expect(await tabs.getByRole('link', { name: 'Verfügungsfonds' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Antrag stellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Antrag stellen' }).waitFor();
    await page.getByLabel('Antragstellende Organisation').waitFor();
    // The open round is chosen; closed ones are not offered.
    expect(await page.getByLabel('Antragsrunde').inputValue()).toBe(openRound.id);
    expect(await page.getByLabel('Antragsrunde').locator('option').count()).toBe(2);
    await check(page);

    await page.getByLabel('Antragstellende Organisation').selectOption({ label: APPLICANT });
    await page.getByLabel('Projekttitel').fill(PROJECT);
    await page.getByLabel('Kurzbeschreibung').fill('Einmal im Monat kochen Nachbarinnen und Nachbarn aus dem Hafenviertel gemeinsam.');
    // Three decimals: refused at the field.
    await page.getByLabel('Beantragter Betrag in Euro').fill('4.000,505');
    await page.getByLabel('Beginn', { exact: true }).fill(dayFrom(40));
    await page.getByLabel('Ende', { exact: true }).fill(dayFrom(220));
    const partners = page.getByRole('group', { name: 'Partnerorganisationen' });
    await partners.getByLabel('Organisation suchen').fill('Freiwilligenagentur');
    await partners.getByRole('checkbox', { name: PARTNER }).check();
    const answers = fund.criteria.map((c) => `Antwort zu „${c.title}“: im Hafenviertel, zwölf Termine.`);
    for (const [i, criterion] of fund.criteria.entries())
      await page.getByLabel(`${criterion.position}. ${criterion.title}`).fill(answers[i] as string);
    await page.getByRole('button', { name: 'Antrag einreichen' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((node) => node === document.activeElement)).toBe(true);
    await summary.getByText('Ein Betrag hat höchstens zwei Nachkommastellen (Cent).').waitFor();
    const amount = page.getByLabel('Beantragter Betrag in Euro');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    // The summary's entry moves the focus to the field.
    await summary.getByRole('link', { name: /Beantragter Betrag in Euro/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('application-amount');
    expect(await page.getByLabel('Projekttitel').inputValue()).toBe(PROJECT);
    await check(page);
    await shot(page, 'fund-apply-error-desktop');

    // The deadline passes while the form is open: the API's typed error shows at the round.
    await api(
      admin,
      'mutation($id: UUID!, $v: Int!, $input: FundRoundInput!) { updateFundRound(id: $id, version: $v, input: $input) { id } }',
      {
        id: openRound.id,
        v: openRound.version,
        input: { deadline: dayFrom(-2) },
      },
    );
    await amount.fill('4.000,50');
    await page.getByText('Beantragt werden 4.000,50').waitFor();
    await page.getByRole('button', { name: 'Antrag einreichen' }).click();
    await page
      .locator('.error-summary')
      .getByText(/Die Antragsfrist dieser Runde ist am .* abgelaufen/)
      .waitFor();
    expect(await page.getByLabel('Antragsrunde').getAttribute('aria-invalid')).toBe('true');
    const refused = await api(admin, 'query($id: UUID!) { fundApplications(filter: { roundId: $id }) { projectTitle } }', {
      id: openRound.id,
    });
    expect(refused.fundApplications.some((a: any) => a.projectTitle === PROJECT)).toBe(false);
    const round = await api(admin, `query($y: Int!) { fundOfYear(year: $y) { rounds { id version } } }`, { y: year });
    await api(
      admin,
      'mutation($id: UUID!, $v: Int!, $input: FundRoundInput!) { updateFundRound(id: $id, version: $v, input: $input) { id } }',
      {
        id: openRound.id,
        v: round.fundOfYear.rounds.find((r: any) => r.id === openRound.id).version,
        input: { deadline: openRound.deadline },
      },
    );
    // Everything typed is still there; sent again, it goes through.
    expect(await page.getByLabel(`1. ${fund.criteria[0]?.title}`).inputValue()).toBe(answers[0]);
    expect(await partners.getByText(PARTNER).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Antrag einreichen' }).click();

    await page.waitForURL(/\/fund\/applications\/[0-9a-f-]{36}\?submitted=1$/);
    applicationId = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await page.getByText('Ihr Antrag ist eingegangen.').waitFor();
    await page.locator('.application-header').getByText('Eingegangen', { exact: true }).waitFor();
    const saved = await api(
      editor,
      'query($id: UUID!) { fundApplication(id: $id) { requestedAmount status applicant { name } partners { name } answers { answer } viewerCan { edit } } }',
      { id: applicationId },
    );
    expect(saved.fundApplication).toMatchObject({
      requestedAmount: '4000.50',
      status: 'SUBMITTED',
      applicant: { name: APPLICANT },
      partners: [{ name: PARTNER }],
      viewerCan: { edit: true },
    });
    expect(saved.fundApplication.answers.map((a: any) => a.answer)).toEqual(answers);
    await page.getByRole('button', { name: 'Antrag ändern' }).waitFor();
    await check(page);
    await shot(page, 'fund-application-submitted-desktop');
    await context.close();
    await onPhone('editor@verbund.example', '/fund/apply', 'fund-apply', (p) => p.getByLabel('Antragstellende Organisation').waitFor());
  });

  it('the coordination office checks it, after a version conflict is explained', async () => {
    const { page, context } = await open('admin@verbund.example', `/fund/applications/${applicationId}`);
    await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await page.getByRole('heading', { name: 'Formale Prüfung' }).waitFor();
    // Someone changes the application while the page is open.
    const { version } = await applicationState(applicationId);
    await api(
      admin,
      'mutation($id: UUID!, $v: Int!, $input: FundApplicationInput!) { updateFundApplication(id: $id, version: $v, input: $input) { id } }',
      {
        id: applicationId,
        v: version,
        input: { summary: 'Einmal im Monat kochen Nachbarinnen und Nachbarn gemeinsam, mit Kinderbetreuung.' },
      },
    );
    await page.getByRole('button', { name: 'Als formal geprüft bestätigen' }).click();
    await page.getByText('Der Antrag wurde inzwischen geändert').waitFor();
    await page.getByRole('button', { name: 'Aktuellen Stand laden' }).click();
    await page.getByText('mit Kinderbetreuung').waitFor();
    await page.getByLabel('Vermerk').fill('Unterlagen vollständig.');
    await page.getByRole('button', { name: 'Als formal geprüft bestätigen' }).click();
    await page.getByText('Die formale Prüfung ist gespeichert.').waitFor();
    await page.locator('.application-header').getByText('Formal geprüft', { exact: true }).waitFor();
    await page.getByText('Eingegangen → Formal geprüft').waitFor();
    expect((await applicationState(applicationId)).status).toBe('CHECKED');
    await check(page);
    await shot(page, 'fund-application-checked-desktop');
    await context.close();
  });

  it('a member of the steering committee votes by keyboard; a recused member sees why they cannot', async () => {
    const recused = await api(member, '{ fundApplications(filter: { statuses: [CHECKED] }) { id projectTitle viewerRecused } }');
    expect(recused.fundApplications.find((a: any) => a.id === applicationId)?.viewerRecused).toBe(false);
    const { page, context } = await open('member@verbund.example', `/fund/applications/${applicationId}`);
    await page.getByRole('heading', { name: 'Ihre Stimme' }).waitFor();
    await page.getByRole('radio', { name: 'Dagegen' }).focus();
    // Arrow keys move between the choices of the group; Space is not needed.
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: 'Dafür' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Stimme abgeben');
    await page.keyboard.press('Enter');
    await page.getByText('Ihre Stimme „Dafür“ ist gespeichert.').waitFor();
    await page.getByText(/Matthias Overkamp: Dafür/).waitFor();
    expect((await applicationState(applicationId)).tally).toEqual({ for: 1, against: 0, abstain: 0 });
    await check(page);
    await shot(page, 'fund-application-vote-desktop');

    const other = recused.fundApplications.find((a: any) => a.viewerRecused);
    expect(other).toBeDefined();
    await page.goto(`${server.url}/fund/applications/${other.id}`);
    await page.getByRole('heading', { level: 1, name: other.projectTitle }).waitFor();
    await page.getByText('Sie nehmen an dieser Entscheidung nicht teil').waitFor();
    await page.getByText(/Wegen dieser Befangenheit können Sie über diesen Antrag nicht abstimmen/).waitFor();
    expect(await page.getByRole('radio', { name: 'Dafür' }).count()).toBe(0);
    await check(page);
    await shot(page, 'fund-application-recused-desktop');
    await context.close();
    await onPhone('member@verbund.example', `/fund/applications/${applicationId}`, 'fund-application-vote', (p) =>
      p.getByRole('heading', { name: 'Ihre Stimme' }).waitFor(),
    );
  });

  it('the office decides it in the round’s meeting with less than requested; overview and fund page show the new remaining budget', async () => {
    const before = await fundFigures();
    const { page, context } = await open('admin@verbund.example', `/fund/applications/${applicationId}`);
    const form = page.getByRole('form', { name: 'Entscheidung in der Sitzung' });
    await form.waitFor();
    // The round's meeting to start with, the requested amount, and the remaining budget beside it.
    const meetingSelect = form.getByLabel('Sitzung', { exact: true });
    await expect.poll(() => meetingSelect.inputValue()).toBe(openRound.decisionMeeting.id);
    expect(await form.getByLabel('Bewilligter Betrag in Euro').inputValue()).toBe('4000,50');
    expect(await form.locator('dl.budget').textContent()).toContain(euros(before.remaining));
    const itemSelect = form.getByLabel('Tagesordnungspunkt');
    await itemSelect.selectOption((await itemSelect.locator('option', { hasText: AGENDA_ITEM }).getAttribute('value')) as string);
    await form.getByLabel('Bewilligter Betrag in Euro').fill('3.200');
    const expected = centsToMoney(parseMoney(before.remaining) - 320_000);
    await expect.poll(() => form.locator('dl.budget').textContent()).toContain(euros(expected));
    await form.getByLabel('Vermerk').fill('Bewilligt ohne die Kosten für Werbung.');
    await check(page);
    await shot(page, 'fund-application-decision-desktop');
    await form.getByRole('button', { name: 'Entscheidung speichern' }).click();

    await page.getByText(/^Entschieden: bewilligt mit 3\.200,00/).waitFor();
    await page.locator('.application-header').getByText('Bewilligt', { exact: true }).waitFor();
    const after = await fundFigures();
    expect(parseMoney(after.remaining)).toBe(parseMoney(before.remaining) - 320_000);
    expect(parseMoney(after.approved)).toBe(parseMoney(before.approved) + 320_000);
    expect(await page.locator('.notice').textContent()).toContain(euros(after.remaining));
    const state = await applicationState(applicationId);
    expect(state).toMatchObject({ status: 'APPROVED', approvedAmount: '3200.00', requestedAmount: '4000.50' });
    expect(state.decision).not.toBeNull();
    await page.getByRole('heading', { name: 'Entscheidung', exact: true }).waitFor();
    await page.getByText(`Antrag „${PROJECT}“`).waitFor();
    // The office may now ask for the report.
    await page.getByRole('button', { name: 'Bericht anfordern' }).waitFor();
    await check(page);
    await shot(page, 'fund-application-decided-desktop');

    // The steering overview's fund section and the fund page show what is left, as the API counts it.
    await page.goto(`${server.url}/steering`);
    const section = page.locator('#fund');
    await section.getByRole('heading', { name: `Integrationsfonds ${year}` }).waitFor();
    await expect.poll(() => figures(page, '#fund')).toContain(euros(after.remaining));
    await section.getByRole('link', { name: /^Zum Integrationsfonds/ }).click();
    await page.getByRole('heading', { level: 1, name: fund.title }).waitFor();
    await expect.poll(() => figures(page)).toContain(euros(after.remaining));
    const funded = page.getByRole('table', { name: `Geförderte Projekte – ${fund.title}` });
    await funded.waitFor();
    await page
      .locator('#funded')
      .getByRole('button', { name: /^Alle \d+ zeigen$/ })
      .click();
    await funded.getByRole('link', { name: PROJECT }).waitFor();
    // The applications list filters by round and status.
    await page.getByRole('group', { name: 'Stand' }).getByRole('checkbox', { name: 'Bewilligt' }).check();
    await page.waitForURL(/status=APPROVED/);
    await page.getByLabel('Runde', { exact: true }).selectOption(openRound.id);
    await page.waitForURL(/round=.*status=APPROVED/);
    const list = page.locator('#applications');
    await list.getByRole('link', { name: PROJECT }).waitFor();
    await list.getByText(/^1 Antrag, beantragt 4\.000,50/).waitFor();
    await check(page);
    await shot(page, 'fund-admin-desktop');
    await context.close();
    await onPhone('admin@verbund.example', `/fund?round=${openRound.id}`, 'fund-admin', (p) =>
      p.locator('#applications').getByRole('link', { name: PROJECT }).waitFor(),
    );
    await onPhone('admin@verbund.example', `/fund/applications/${applicationId}`, 'fund-application-decided', (p) =>
      p.getByRole('button', { name: 'Bericht anfordern' }).waitFor(),
    );
  });

  it('an approval above the remaining budget shows the typed error with the amount left, and changes nothing', async () => {
    // Leave 1,000.00 € in the fund: less than a checked demo application asks for.
    const start = await fundFigures();
    const budget = centsToMoney(parseMoney(start.approved) + 100_000);
    await api(admin, 'mutation($id: UUID!, $v: Int!, $input: FundInput!) { updateFund(id: $id, version: $v, input: $input) { id } }', {
      id: start.id,
      v: start.version,
      input: { budget },
    });
    try {
      const checked = await api(admin, '{ fundApplications(filter: { statuses: [CHECKED] }) { id projectTitle requestedAmount } }');
      const target = checked.fundApplications.find((a: any) => a.id !== applicationId && parseMoney(a.requestedAmount) > 100_000);
      expect(target).toBeDefined();
      const before = await applicationState(target.id);
      const { page, context } = await open('admin@verbund.example', `/fund/applications/${target.id}`);
      const form = page.getByRole('form', { name: 'Entscheidung in der Sitzung' });
      await form.waitFor();
      await expect.poll(() => form.getByLabel('Sitzung', { exact: true }).inputValue()).toBe(openRound.decisionMeeting.id);
      const itemSelect = form.getByLabel('Tagesordnungspunkt');
      await itemSelect.selectOption((await itemSelect.locator('option', { hasText: AGENDA_ITEM }).getAttribute('value')) as string);
      // The requested amount stands; the form warns, the API decides.
      await form.getByText('Dieser Betrag übersteigt das noch verfügbare Budget.').waitFor();
      await form.getByRole('button', { name: 'Entscheidung speichern' }).click();
      const message = `Das übersteigt das verfügbare Budget: Im Fonds sind nur noch ${euros('1000.00')} verfügbar.`;
      await page.locator('.error-summary').getByText(message).waitFor();
      expect(await form.getByLabel('Bewilligter Betrag in Euro').getAttribute('aria-invalid')).toBe('true');
      await page.locator('.application-header').getByText('Formal geprüft', { exact: true }).waitFor();
      expect(await applicationState(target.id)).toEqual(before);
      const figuresAfter = await fundFigures();
      expect(figuresAfter.approved).toBe(start.approved);
      expect(figuresAfter.remaining).toBe('1000.00');
      await check(page);
      await shot(page, 'fund-application-budget-exceeded-desktop');
      await context.close();
    } finally {
      const now = await fundFigures();
      await api(admin, 'mutation($id: UUID!, $v: Int!, $input: FundInput!) { updateFund(id: $id, version: $v, input: $input) { id } }', {
        id: now.id,
        v: now.version,
        input: { budget: start.budget },
      });
    }
    expect((await fundFigures()).remaining).toBe(start.remaining);
  });
});
