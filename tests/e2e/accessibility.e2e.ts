import type { Cookie } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyId, organisationId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, screenshot, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

describe('pages have no serious or critical accessibility violations (axe-core)', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let orgId: string;
  let groupId: string;
  let agreementId: string;
  let meetingId: string;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    orgId = await organisationId(server.url, 'Caritasverband Lindenau e. V.');
    groupId = await bodyId(server.url, 'AG Arbeit und Sprache');
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "admin@verbund.example", password: "verbund-demo") { id } }' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const list = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ agreements { id } }' }),
    });
    agreementId = ((await list.json()) as any).data.agreements[0].id;
    const write = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      return ((await res.json()) as any).data;
    };
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const meeting = await write('mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }', {
      input: {
        bodyId: groupId,
        title: 'Sitzung der AG Arbeit und Sprache',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        location: 'Rathaus, Raum 214',
      },
    });
    meetingId = meeting.createMeeting.id;
    for (const title of ['Sprachkurse im Herbst', 'Anerkennungsberatung'])
      await write('mutation($m: UUID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $input) { id } }', {
        m: meetingId,
        input: { title },
      });
    await write('mutation($input: TaskInput!) { createTask(input: $input) { id } }', {
      input: { bodyId: groupId, title: 'Kursplan an alle Träger schicken', dueOn: '2020-01-31' },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Each account logs in once (the login page has its own check); later pages reuse its session cookie. */
  const sessions = new Map<string, Cookie[]>();

  async function check(path: string, name: string, login?: string, ready?: (page: import('playwright-core').Page) => Promise<unknown>) {
    const { page, context } = await browser.newPage();
    const session = login && sessions.get(login);
    if (session) await context.addCookies(session);
    else if (login) {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('E-Mail-Adresse').fill(login);
      await page.getByLabel('Passwort').fill('verbund-demo');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByRole('button', { name: 'Abmelden' }).waitFor();
      sessions.set(login, await context.cookies());
    }
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor();
    if (ready) await ready(page);
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    const violations = await seriousA11yViolations(page);
    await context.close();
    expect(violations, `${path}\n${violations.join('\n')}`).toEqual([]);
  }

  it('directory', () => check('/', 'a11y-directory', undefined, (p) => p.getByText(/^\d+ Angebote$/).waitFor()));
  it('directory, organisations', () =>
    check('/?tab=organisations', 'a11y-directory-organisations', undefined, (p) => p.getByText(/^\d+ Organisationen$/).waitFor()));
  it('directory with a search', () => check('/?q=Beratung', 'a11y-directory-search'));
  it('organisation profile', () => check(`/organisations/${orgId}`, 'a11y-organisation'));
  it('login', () => check('/login', 'a11y-login'));
  it('invitation with an invalid link', () => check('/invitation/not-a-valid-token-123', 'a11y-invitation'));
  it('forgot password', () => check('/reset-password', 'a11y-forgot-password', undefined, (p) => p.getByLabel('E-Mail-Adresse').waitFor()));
  it('forgot password with an error', () =>
    check('/reset-password', 'a11y-forgot-password-error', undefined, async (p) => {
      await p.getByRole('button', { name: 'Link anfordern' }).click();
      await p.getByText('Bitte prüfen Sie Ihre Angaben').waitFor();
    }));
  it('new password from a link', () =>
    check('/reset-password/not-a-valid-token-123', 'a11y-reset-password', undefined, (p) =>
      p.getByLabel('Neues Passwort wiederholen').waitFor(),
    ));
  it('new password from an invalid link', () =>
    check('/reset-password/not-a-valid-token-123', 'a11y-reset-password-invalid', undefined, async (p) => {
      await p.getByLabel('Neues Passwort', { exact: true }).fill('ein langes Passwort');
      await p.getByLabel('Neues Passwort wiederholen').fill('ein langes Passwort');
      await p.getByRole('button', { name: 'Passwort speichern' }).click();
      await p.getByRole('link', { name: 'Neuen Link anfordern' }).waitFor();
    }));
  it('my account (member)', () =>
    check('/account', 'a11y-account', 'member@verbund.example', (p) => p.getByLabel('Aktuelles Passwort').waitFor()));
  it('my organisations (editor)', () => check('/my-organisations', 'a11y-my-organisations', 'editor@verbund.example'));
  it('edit form (editor)', () =>
    check(`/organisations/${orgId}/edit`, 'a11y-edit', 'editor@verbund.example', (p) => p.getByLabel('Beschreibung').waitFor()));
  it('users and invitations (admin)', () =>
    check('/admin/users', 'a11y-admin-users', 'admin@verbund.example', (p) => p.getByRole('table').first().waitFor()));
  it('bodies: organisation chart', () => check('/bodies', 'a11y-bodies'));
  it('body page', () => check(`/bodies/${groupId}`, 'a11y-body', 'member@verbund.example'));
  it('measures board (tandem lead)', () =>
    check(`/bodies/${groupId}/measures`, 'a11y-board', 'lead@verbund.example', (p) => p.getByRole('form').first().waitFor()));
  it('my measures (tandem lead)', () =>
    check('/my-measures', 'a11y-my-measures', 'lead@verbund.example', (p) => p.getByRole('form').first().waitFor()));
  it('meetings of a body (tandem lead)', () =>
    check(`/bodies/${groupId}/meetings`, 'a11y-meetings', 'lead@verbund.example', (p) => p.getByText('Anstehende Sitzungen').waitFor()));
  it('meetings calendar (tandem lead)', () =>
    check(`/bodies/${groupId}/meetings?view=calendar`, 'a11y-meetings-calendar', 'lead@verbund.example', (p) =>
      p.getByText(/in diesem Monat/).waitFor(),
    ));
  it('meeting page with the live notes editor (tandem lead)', () =>
    check(`/meetings/${meetingId}`, 'a11y-meeting', 'lead@verbund.example', (p) =>
      p.getByRole('textbox', { name: 'Notizen zu Punkt 1 Sprachkurse im Herbst' }).waitFor(),
    ));
  it('meeting page for a visitor', () =>
    check(`/meetings/${meetingId}`, 'a11y-meeting-visitor', undefined, (p) =>
      p.getByRole('button', { name: /Sprachkurse im Herbst/ }).waitFor(),
    ));
  it('task board (tandem lead)', () =>
    check(`/bodies/${groupId}/tasks`, 'a11y-tasks', 'lead@verbund.example', (p) => p.locator('section[data-status="OPEN"] h2').waitFor()));
  it('my tasks (tandem lead)', () => check('/my-tasks', 'a11y-my-tasks', 'lead@verbund.example'));
  it('my meetings (member)', () => check('/my-meetings', 'a11y-my-meetings', 'member@verbund.example'));
  it('agreements (admin)', () => check('/agreements', 'a11y-agreements', 'admin@verbund.example'));
  it('agreement detail (admin)', () => check(`/agreements/${agreementId}`, 'a11y-agreement', 'admin@verbund.example'));
  it('new body form (admin)', () =>
    check('/bodies/new', 'a11y-body-new', 'admin@verbund.example', (p) => p.locator('form').first().waitFor()));
  it('new agreement form (admin)', () =>
    check('/agreements/new', 'a11y-agreement-new', 'admin@verbund.example', (p) => p.locator('form').first().waitFor()));
  it('directory on a phone-sized screen', async () => {
    const { page, context } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url);
    await page.getByText(/^\d+ Angebote$/).waitFor();
    await screenshot(page, 'a11y-directory-mobile');
    const violations = await seriousA11yViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});
