import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, seriousA11yViolations } from '../support/browser.ts';
import { type StartedVerbund, startVerbund } from '../support/server.ts';

const WORKING_GROUP = 'AG Arbeit und Sprache';
/** Screenshots of the new pages, for people to look at. */
const screens = '/tmp/screens';
/** Screenshots of the pages changed later. */
const screens2 = '/tmp/screens2';

/** GraphQL as a logged-in user (by session cookie); fails on any error. */
async function api<T = any>(url: string, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

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

describe('meetings and tasks, live in two browsers', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let groupId: string;
  let lead: string;
  let admin: string;
  let meetingId: string;
  let itemId: string;
  let secondItemId: string;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    await mkdir(screens, { recursive: true });
    groupId = await bodyId(server.url, WORKING_GROUP);
    lead = await loginCookie(server.url, 'lead@verbund.example');
    admin = await loginCookie(server.url, 'admin@verbund.example');
    const member = await loginCookie(server.url, 'member@verbund.example');

    // The tandem lead plans a meeting of their working group and invites the steering-committee member.
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    startsAt.setUTCHours(15, 0, 0, 0);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    const created = await api(server.url, lead, 'mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }', {
      input: {
        bodyId: groupId,
        title: 'Sitzung der AG Arbeit und Sprache',
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        location: 'Rathaus, Raum 214',
      },
    });
    meetingId = created.createMeeting.id;
    const add = 'mutation($m: UUID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $input) { id } }';
    itemId = (await api(server.url, lead, add, { m: meetingId, input: { title: 'Sprachkurse im Herbst' } })).addAgendaItem.id;
    secondItemId = (await api(server.url, lead, add, { m: meetingId, input: { title: 'Anerkennungsberatung' } })).addAgendaItem.id;
    await api(server.url, lead, add, { m: meetingId, input: { title: 'Termine', parentId: secondItemId } });

    const me = await api(server.url, member, '{ me { displayName } }');
    const name: string = me.me.displayName;
    const people = await api(
      server.url,
      lead,
      'query($s: String) { people(filter: { search: $s }, first: 20) { edges { node { id givenName familyName } } } }',
      {
        s: name.split(' ').at(-1),
      },
    );
    const person = people.people.edges.map((e: any) => e.node).find((p: any) => `${p.givenName} ${p.familyName}` === name);
    if (!person) throw new Error(`no person for ${name}`);
    await api(server.url, lead, 'mutation($id: UUID!, $p: [UUID!]!) { inviteToMeeting(id: $id, personIds: $p) { id } }', {
      id: meetingId,
      p: [person.id],
    });
    const check = await api(server.url, member, 'query($id: UUID!) { meeting(id: $id) { viewerCan { writeMinutes } } }', { id: meetingId });
    expect(check.meeting.viewerCan.writeMinutes).toBe(true);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(email: string, path: string, width = 1280, prepare?: (context: BrowserContext) => Promise<unknown>) {
    const session = await browser.newPage();
    await prepare?.(session.context);
    await session.page.goto(`${server.url}/login`);
    await session.page.getByLabel('E-Mail-Adresse').fill(email);
    await session.page.getByLabel('Passwort').fill('verbund-demo');
    await session.page.getByRole('button', { name: 'Anmelden' }).click();
    await session.page.getByRole('button', { name: 'Abmelden' }).waitFor();
    if (width !== 1280) await session.page.setViewportSize({ width, height: 844 });
    await session.page.goto(`${server.url}${path}`);
    await session.page.locator('h1').first().waitFor();
    return session;
  }

  const notesEditor = (page: Page, number: string, title: string) =>
    page.getByRole('textbox', { name: `Notizen zu Punkt ${number} ${title}` });

  async function notesText(): Promise<string> {
    const data = await api(server.url, lead, 'query($id: UUID!) { agendaItem(id: $id) { notes { text } } }', { id: itemId });
    return data.agendaItem.notes?.text ?? '';
  }

  it('two people type into the same item’s notes at once and both see both texts', async () => {
    const a = await open('lead@verbund.example', `/meetings/${meetingId}?item=${itemId}`);
    const b = await open('member@verbund.example', `/meetings/${meetingId}?item=${itemId}`);
    const editorA = notesEditor(a.page, '1', 'Sprachkurse im Herbst');
    const editorB = notesEditor(b.page, '1', 'Sprachkurse im Herbst');
    await editorA.waitFor();
    await editorB.waitFor();
    await editorA.click();
    await editorB.click();
    await Promise.all([
      a.page.keyboard.type('Frau Yurt berichtet über die Wartelisten. ', { delay: 15 }),
      b.page.keyboard.type('Das Jobcenter meldet 40 freie Plätze. ', { delay: 15 }),
    ]);
    for (const editor of [editorA, editorB]) {
      await expect.poll(() => editor.textContent(), { timeout: 15_000 }).toContain('Frau Yurt berichtet über die Wartelisten.');
      await expect.poll(() => editor.textContent(), { timeout: 15_000 }).toContain('Das Jobcenter meldet 40 freie Plätze.');
    }
    // Both documents converge to the same text, character for character.
    await expect.poll(async () => (await editorA.textContent()) === (await editorB.textContent()), { timeout: 10_000 }).toBe(true);
    await expect.poll(notesText, { timeout: 10_000 }).toContain('Das Jobcenter meldet 40 freie Plätze.');
    expect(await notesText()).toContain('Frau Yurt berichtet über die Wartelisten.');

    // Each sees the other at the same item.
    await a.page.getByRole('region', { name: 'Gerade dabei' }).getByText('bei Punkt 1').waitFor({ timeout: 15_000 });
    await a.page.screenshot({ path: `${screens}/meeting-live-lead-desktop.png`, fullPage: true });
    await b.page.screenshot({ path: `${screens}/meeting-live-member-desktop.png`, fullPage: true });
    await a.context.close();
    await b.context.close();
  });

  it('keeps edits typed offline, says how many are unsent, and sends them when the connection is back', async () => {
    const a = await open('lead@verbund.example', `/meetings/${meetingId}?item=${itemId}`);
    const b = await open('member@verbund.example', `/meetings/${meetingId}?item=${itemId}`);
    const editorA = notesEditor(a.page, '1', 'Sprachkurse im Herbst');
    const editorB = notesEditor(b.page, '1', 'Sprachkurse im Herbst');
    await editorA.waitFor();
    await editorB.waitFor();
    await b.context.setOffline(true);
    await editorB.click();
    await b.page.keyboard.press('Control+End');
    await b.page.keyboard.type(' Offline notiert.', { delay: 10 });
    await b.page
      .getByText(/Offline – \d+ ungesendete Änderung/)
      .first()
      .waitFor({ timeout: 15_000 });
    await b.page.screenshot({ path: `${screens}/meeting-offline-desktop.png`, fullPage: true });
    expect(await editorA.textContent()).not.toContain('Offline notiert.');
    await b.context.setOffline(false);
    await expect.poll(() => editorA.textContent(), { timeout: 20_000 }).toContain('Offline notiert.');
    await b.page.getByText('Alle Änderungen gespeichert.').waitFor({ timeout: 15_000 });
    await a.context.close();
    await b.context.close();
  });

  it('reorders the agenda by keyboard, live on the other page, and turns a line into a task', async () => {
    const a = await open('lead@verbund.example', `/meetings/${meetingId}?item=${itemId}`);
    const b = await open('member@verbund.example', `/meetings/${meetingId}`);
    await b.page.getByRole('button', { name: /^1\s*Sprachkurse im Herbst/ }).waitFor();
    const down = a.page.getByRole('button', { name: 'Punkt 1 nach unten' });
    await down.focus();
    await a.page.keyboard.press('Enter');
    // The other page follows without a reload.
    await b.page.getByRole('button', { name: /^2\s*Sprachkurse im Herbst/ }).waitFor({ timeout: 15_000 });
    await b.page.getByRole('button', { name: /^1\s*Anerkennungsberatung/ }).waitFor();

    const editor = notesEditor(a.page, '2', 'Sprachkurse im Herbst');
    await editor.click();
    await a.page.keyboard.press('Control+End');
    await a.page.keyboard.type('\n- Aufgabe: Kursplan an alle Träger schicken');
    await a.page.getByRole('button', { name: 'Aufgabe aus Zeile' }).click();
    await a.page
      .getByRole('region', { name: 'Aufgaben aus diesem Punkt' })
      .getByText('Kursplan an alle Träger schicken')
      .waitFor({ timeout: 10_000 });
    // … and a line into a decision, which the invited member sees come in.
    await editor.click();
    await a.page.keyboard.press('Control+End');
    await a.page.keyboard.type('\nBeschluss: Die AG empfiehlt zwei zusätzliche Abendkurse');
    await a.page.getByRole('button', { name: 'Beschluss aus Zeile' }).click();
    await b.page.getByRole('button', { name: /^2\s*Sprachkurse im Herbst/ }).click();
    const decisions = b.page.getByRole('region', { name: 'Beschlüsse' });
    await decisions.getByText('Die AG empfiehlt zwei zusätzliche Abendkurse').waitFor({ timeout: 15_000 });
    await decisions.getByText('Angenommen').waitFor();
    // Only that line became the decision, and only once.
    await a.page.getByRole('region', { name: 'Beschlüsse' }).getByText('Die AG empfiehlt zwei zusätzliche Abendkurse').waitFor();
    expect(await decisions.getByText('Frau Yurt berichtet').count()).toBe(0);

    // Someone else moves the item back while the lead is typing: the editor keeps the focus and the cursor.
    await editor.click();
    await a.page.keyboard.press('Control+End');
    await a.page.keyboard.type('\nWeiter im ');
    await api(server.url, admin, 'mutation($id: UUID!) { moveAgendaItem(id: $id, position: 1) { id } }', { id: itemId });
    const renumbered = notesEditor(a.page, '1', 'Sprachkurse im Herbst');
    await renumbered.waitFor({ timeout: 15_000 });
    await a.page.keyboard.type('Text.');
    await expect.poll(() => renumbered.textContent(), { timeout: 10_000 }).toContain('Weiter im Text.');
    expect(await renumbered.evaluate((node) => node.contains(document.activeElement))).toBe(true);
    await a.context.close();
    await b.context.close();
  });

  it('moves a task on one board; another open board shows it in the new column without a reload', async () => {
    const title = 'Liste der Sprachcoachings aktualisieren';
    await api(server.url, lead, 'mutation($input: TaskInput!) { createTask(input: $input) { id } }', {
      input: { bodyId: groupId, title, dueOn: '2020-01-31' },
    });
    const a = await open('lead@verbund.example', `/bodies/${groupId}/tasks`);
    const b = await open('admin@verbund.example', `/bodies/${groupId}/tasks`);
    const column = (page: Page, status: string) => page.locator(`section[data-status="${status}"]`);
    await column(a.page, 'OPEN').getByRole('heading', { name: title }).waitFor();
    await column(b.page, 'OPEN').getByRole('heading', { name: title }).waitFor();
    // Overdue tasks are marked.
    await column(a.page, 'OPEN').getByRole('article', { name: title }).getByText('Überfällig').waitFor();

    // By keyboard on the lead's board …
    const card = column(a.page, 'OPEN').getByRole('article', { name: title });
    await card.getByLabel('Neuer Stand').selectOption({ label: 'In Arbeit' });
    await card.getByRole('button', { name: /^Verschieben/ }).click();
    await column(b.page, 'IN_PROGRESS').getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    expect(await column(b.page, 'OPEN').getByRole('heading', { name: title }).count()).toBe(0);

    // … and by dragging on the other one.
    // (From the card's top edge: its middle holds the status form.)
    await column(b.page, 'IN_PROGRESS')
      .getByRole('article', { name: title })
      .dragTo(column(b.page, 'DONE'), { sourcePosition: { x: 12, y: 8 }, targetPosition: { x: 20, y: 20 } });
    await column(a.page, 'DONE').getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    await a.page.screenshot({ path: `${screens}/tasks-board-desktop.png`, fullPage: true });
    await a.context.close();
    await b.context.close();
  });

  it('tells of a version conflict on the board and shows the current state', async () => {
    const title = 'Raum für die Herbstsitzung buchen';
    const created = await api(server.url, lead, 'mutation($input: TaskInput!) { createTask(input: $input) { id version } }', {
      input: { bodyId: groupId, title },
    });
    // This board hears no live events (its socket goes nowhere), so it still holds the old version when it moves the task.
    const a = await open('lead@verbund.example', `/bodies/${groupId}/tasks`, 1280, (context) =>
      context.routeWebSocket(/\/graphql$/, () => {}),
    );
    const card = a.page.locator('section[data-status="OPEN"]').getByRole('article', { name: title });
    await card.waitFor();
    await api(
      server.url,
      admin,
      'mutation($id: UUID!, $v: Int!, $input: TaskInput!) { updateTask(id: $id, version: $v, input: $input) { id } }',
      {
        id: created.createTask.id,
        v: created.createTask.version,
        input: { description: 'Großer Saal, mit Beamer' },
      },
    );
    await card.getByLabel('Neuer Stand').selectOption({ label: 'Erledigt' });
    await card.getByRole('button', { name: /^Verschieben/ }).click();
    await a.page.getByRole('alert').filter({ hasText: 'inzwischen von jemand anderem geändert' }).waitFor({ timeout: 10_000 });
    // The board was reloaded: the other change shows, and the task stayed where the server has it.
    await a.page
      .locator('section[data-status="OPEN"]')
      .getByRole('article', { name: title })
      .getByText('Großer Saal, mit Beamer')
      .waitFor();
    expect(await a.page.locator('section[data-status="DONE"]').getByRole('heading', { name: title }).count()).toBe(0);
    await a.context.close();
  });

  it('edits a meeting’s place; another open page of the meeting shows the new place live', async () => {
    const a = await open('lead@verbund.example', `/meetings/${meetingId}`);
    const b = await open('member@verbund.example', `/meetings/${meetingId}`);
    await b.page.getByText('Rathaus, Raum 214').waitFor();
    await a.page.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
    const form = a.page.getByRole('form', { name: 'Sitzung bearbeiten' });
    await form.getByLabel('Ort', { exact: true }).fill('Bürgerhaus Lindenau, Saal 2');
    await mkdir(screens2, { recursive: true });
    await a.page.screenshot({ path: `${screens2}/meeting-edit-desktop.png`, fullPage: true });
    await form.getByRole('button', { name: 'Änderungen speichern' }).click();
    await a.page.getByText('Die Änderungen an der Sitzung wurden gespeichert.').waitFor();
    // The other page follows without a reload.
    await b.page.getByText('Bürgerhaus Lindenau, Saal 2').waitFor({ timeout: 15_000 });
    expect(await b.page.getByText('Rathaus, Raum 214').count()).toBe(0);
    await a.context.close();
    await b.context.close();
  });

  it('has no serious accessibility violations on the meeting page and the task board', async () => {
    const ready: [string, (page: Page) => Promise<unknown>][] = [
      [`/meetings/${meetingId}?item=${itemId}`, (page) => notesEditor(page, '1', 'Sprachkurse im Herbst').waitFor()],
      [`/bodies/${groupId}/tasks`, (page) => page.locator('section[data-status="OPEN"] h2').waitFor()],
    ];
    for (const [path, isReady] of ready) {
      const { page, context } = await open('lead@verbund.example', path);
      await isReady(page);
      await page.waitForLoadState('networkidle');
      const violations = await seriousA11yViolations(page);
      await context.close();
      expect(violations, `${path}\n${violations.join('\n')}`).toEqual([]);
    }
  });

  it('takes screenshots of every new page at desktop and phone width', async () => {
    // Something for "Meine Aufgaben": a task of the lead's own, one overdue.
    const leadName: string = (await api(server.url, lead, '{ me { displayName } }')).me.displayName;
    const found = await api(
      server.url,
      lead,
      'query($s: String) { people(filter: { search: $s }, first: 20) { edges { node { id givenName familyName } } } }',
      {
        s: leadName.split(' ').at(-1),
      },
    );
    const self = found.people.edges.map((e: any) => e.node).find((p: any) => `${p.givenName} ${p.familyName}` === leadName);
    for (const [title, dueOn] of [
      ['Protokoll der letzten Sitzung gegenlesen', '2020-03-01'],
      ['Träger zum Fachtag Sprache einladen', '2030-05-15'],
    ])
      await api(server.url, lead, 'mutation($input: TaskInput!) { createTask(input: $input) { id } }', {
        input: { bodyId: groupId, title, dueOn, assigneePersonId: self.id },
      });
    const pages: [string, string, string | RegExp][] = [
      ['meetings-list', `/bodies/${groupId}/meetings`, 'Anstehende Sitzungen'],
      ['meetings-calendar', `/bodies/${groupId}/meetings?view=calendar`, /Sitzung(en)? in diesem Monat/],
      ['meeting', `/meetings/${meetingId}?item=${itemId}`, 'Alle Änderungen gespeichert.'],
      ['tasks-board', `/bodies/${groupId}/tasks`, /Aufgaben, davon/],
      ['my-tasks', '/my-tasks', /offene Aufgaben?,/],
      ['my-meetings', '/my-meetings', 'Anstehende Sitzungen'],
    ];
    for (const [name, path, text] of pages) {
      for (const [label, width] of [
        ['desktop', 1280],
        ['phone', 390],
      ] as const) {
        const { page, context } = await open('lead@verbund.example', path, width);
        await page.getByText(text).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `${screens}/${name}-${label}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await context.close();
        expect(overflow, `${name} at ${width}px is wider than the screen`).toBeLessThanOrEqual(0);
      }
    }
  });
});
