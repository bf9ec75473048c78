/**
 * Concurrent approvals on one fund. Per round: a fresh fund of the demo's
 * steering committee (its own year) with one open round, prepared through
 * the API as the coordination office would (createFund, addFundRound, then
 * 20 × applyForFund and checkFundApplication), so that 20 checked
 * applications of 700.00 € each wait for a decision and the budget holds
 * exactly `fits` of them. Then 20 clients, each with its own manager
 * session (an admin account of the coordination office) and its own
 * keep-alive connection, already open, send `decideFundApplication(…
 * APPROVED, approvedAmount: "700.00")` for one application each at the same
 * moment, under the same agenda item of the committee's next meeting. Read
 * back with SQL afterwards: the approved sum, how many are approved, how
 * many decisions were written.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type pg from 'pg';

export const amountCents = 70_000;
export const clientsPerRound = 20;

const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** A GraphQL request with a session; throws on errors. */
export async function ask<T = any>(url: string, cookie: string, query: string, variables: object = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (res.status !== 200 || body.errors || !body.data) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body).slice(0, 800)}`);
  return body.data;
}

export interface FundSetup {
  bodyId: string;
  bodyName: string;
  meetingId: string;
  meetingTitle: string;
  agendaItemId: string;
  applicantIds: string[];
}

/** The demo fund's deciding body, its next meeting whose minutes are still open, an agenda item of it, and 20 applicants. */
export async function fundSetup(db: pg.Client): Promise<FundSetup> {
  const { rows: bodies } = await db.query<{ id: string; name: string }>(
    `select b.id, b.name from fund f join body b on b.id = f.body_id order by f.year desc limit 1`,
  );
  const body = bodies[0];
  if (!body) throw new Error('fund race: the demo city has no fund');
  const { rows: meetings } = await db.query<{ id: string; title: string; item: string }>(
    `select m.id, m.title, (select a.id from agenda_item a where a.meeting_id = m.id and a.parent_id is null order by a.position limit 1) as item
       from meeting m
      where m.body_id = $1 and m.status::text not in ('MINUTES_APPROVED', 'PUBLISHED', 'CANCELLED')
        and exists (select 1 from agenda_item a where a.meeting_id = m.id)
      order by m.starts_at limit 1`,
    [body.id],
  );
  const meeting = meetings[0];
  if (!meeting) throw new Error(`fund race: ${body.name} has no meeting with open minutes and an agenda`);
  const { rows: applicants } = await db.query<{ id: string }>(
    `select id from organisation where archived_at is null and visibility = 'PUBLIC' order by name, id limit $1`,
    [clientsPerRound],
  );
  return {
    bodyId: body.id,
    bodyName: body.name,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    agendaItemId: meeting.item,
    applicantIds: applicants.map((a) => a.id),
  };
}

/** `count` admin accounts of the coordination office, each with a session written into the database; their cookies. */
export async function managerSessions(db: pg.Client, count = clientsPerRound): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = randomUUID();
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `insert into app_user (id, created_at, updated_at, email, display_name, password_hash, role)
       values ($1, now(), now(), $2, $3, 'not-a-hash', 'ADMIN')`,
      [id, `bench-manager-${String(i).padStart(2, '0')}@bench.example`, `Koordinierung ${i}`],
    );
    await db.query(`insert into session (id, user_id, created_at, expires_at) values ($1, $2, now(), now() + interval '1 day')`, [
      createHash('sha256').update(token).digest('hex'),
      id,
    ]);
    cookies.push(`verbund_session=${token}`);
  }
  return cookies;
}

const berlinDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + offsetDays * 86400_000));

export interface PreparedRound {
  fundId: string;
  year: number;
  budgetCents: number;
  applications: { id: string; version: number }[];
}

/** A fund whose budget fits `fits` of 20 checked applications of 700.00 €, through the API as the admin. */
export async function prepareRound(url: string, cookie: string, setup: FundSetup, year: number, fits: number): Promise<PreparedRound> {
  const budgetCents = fits * amountCents;
  const { createFund: fund } = await ask(url, cookie, `mutation($i: FundInput!) { createFund(input: $i) { id criteria { id } } }`, {
    i: {
      year,
      title: `Lastprobe Integrationsfonds ${year}`,
      budget: money(budgetCents),
      bodyId: setup.bodyId,
      criteria: [{ title: 'Zeitlich begrenzt' }, { title: 'Klares Ziel' }, { title: 'Vernetzt' }],
    },
  });
  const { addFundRound: round } = await ask(
    url,
    cookie,
    `mutation($f: UUID!, $i: FundRoundInput!) { addFundRound(fundId: $f, input: $i) { id } }`,
    { f: fund.id, i: { number: 1, title: '1. Antragsrunde', deadline: berlinDay(30), decisionMeetingId: setup.meetingId } },
  );
  const applications: { id: string; version: number }[] = [];
  for (const [n, applicantId] of setup.applicantIds.entries()) {
    const { applyForFund: applied } = await ask(
      url,
      cookie,
      `mutation($i: FundApplicationInput!) { applyForFund(input: $i) { id version } }`,
      {
        i: {
          roundId: round.id,
          applicantId,
          projectTitle: `Lastprobe ${year} Nr. ${n + 1}`,
          summary: 'Ein kleines Projekt im Quartier, beantragt für die Lastprobe.',
          requestedAmount: money(amountCents),
          periodStart: `${year}-03-01`,
          periodEnd: `${year}-10-31`,
          answers: fund.criteria.map((c: { id: string }, k: number) => ({ criterionId: c.id, answer: `Antwort ${k + 1}` })),
        },
      },
    );
    const { checkFundApplication: checked } = await ask(
      url,
      cookie,
      `mutation($id: UUID!, $v: Int!) { checkFundApplication(id: $id, version: $v) { id version status } }`,
      { id: applied.id, v: applied.version },
    );
    if (checked.status !== 'CHECKED') throw new Error(`application ${applied.id} is ${checked.status} after the check`);
    applications.push({ id: checked.id, version: checked.version });
  }
  return { fundId: fund.id, year, budgetCents, applications };
}

const DECIDE = `mutation Decide($id: UUID!, $v: Int!, $i: FundDecisionInput!) {
  decideFundApplication(id: $id, version: $v, input: $i) { id status approvedAmount }
}`;

interface Answer {
  status: number;
  text: string;
  statements: number;
  ms: number;
  endedAt: number;
}

/** A client with one keep-alive connection of its own. */
class Client {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;
  private readonly cookie: string;

  constructor(url: URL, cookie: string) {
    this.url = url;
    this.cookie = cookie;
  }

  post(body: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          path: '/graphql',
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: this.cookie },
          timeout: 60_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const endedAt = performance.now();
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              statements: Number(res.headers['x-sql-statements']),
              ms: endedAt - started,
              endedAt,
            });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
      req.on('error', reject);
      req.end(body);
    });
  }

  close() {
    this.agent.destroy();
  }
}

export interface RaceResult {
  succeeded: number;
  budgetExceeded: number;
  /** Any other refusal or failure, with its reason. */
  other: string[];
  /** From the moment all 20 were sent until the last answer was in. */
  wallMs: number;
  /** Each request's time, sent to answered. */
  latencies: number[];
  /** SQL statements Verbund reported per approval and per refusal. */
  statements: { approved: number[]; refused: number[] };
}

/** 20 clients, one application each, sent at the same moment; every client's connection is opened (and its session checked) first. */
export async function race(url: string, cookies: string[], round: PreparedRound, agendaItemId: string): Promise<RaceResult> {
  const base = new URL(url);
  const clients = round.applications.map((_, i) => new Client(base, cookies[i % cookies.length] as string));
  try {
    const warm = await Promise.all(clients.map((c) => c.post(JSON.stringify({ query: '{ me { id role } }' }))));
    for (const w of warm) {
      if (!JSON.parse(w.text).data?.me) throw new Error(`a manager session is not valid: ${w.text.slice(0, 300)}`);
    }
    const bodies = round.applications.map((a) =>
      JSON.stringify({
        operationName: 'Decide',
        query: DECIDE,
        variables: { id: a.id, v: a.version, i: { agendaItemId, outcome: 'APPROVED', approvedAmount: money(amountCents) } },
      }),
    );
    const started = performance.now();
    const answers = await Promise.all(clients.map((c, i) => c.post(bodies[i] as string)));
    const wallMs = Math.max(...answers.map((a) => a.endedAt)) - started;
    const result: RaceResult = {
      succeeded: 0,
      budgetExceeded: 0,
      other: [],
      wallMs,
      latencies: [],
      statements: { approved: [], refused: [] },
    };
    for (const a of answers) {
      result.latencies.push(a.ms);
      let body: any;
      try {
        body = JSON.parse(a.text);
      } catch {
        result.other.push(`HTTP ${a.status}: ${a.text.slice(0, 200)}`);
        continue;
      }
      const error = body.errors?.[0];
      if (!error && body.data?.decideFundApplication?.status === 'APPROVED') {
        result.succeeded++;
        result.statements.approved.push(a.statements);
      } else if (error?.extensions?.reason === 'BUDGET_EXCEEDED') {
        result.budgetExceeded++;
        result.statements.refused.push(a.statements);
      } else
        result.other.push(
          error ? `${error.extensions?.code ?? ''} ${error.extensions?.reason ?? ''}: ${error.message}` : a.text.slice(0, 200),
        );
    }
    return result;
  } finally {
    for (const c of clients) c.close();
  }
}

export interface ReadBack {
  budgetCents: number;
  approvedCents: number;
  approved: number;
  stillChecked: number;
  decisions: number;
}

/** What the database holds for the fund after a round. */
export async function readBack(db: pg.Client, fundId: string): Promise<ReadBack> {
  const { rows } = await db.query<{ budget: string; approved: string; n_approved: number; n_checked: number; decisions: number }>(
    `select f.budget_cents::text as budget,
            coalesce(sum(a.approved_cents) filter (where a.status::text in ('APPROVED', 'REPORT_DUE', 'CLOSED')), 0)::text as approved,
            count(a.id) filter (where a.status::text = 'APPROVED')::int as n_approved,
            count(a.id) filter (where a.status::text = 'CHECKED')::int as n_checked,
            count(distinct a.decision_id)::int as decisions
       from fund f left join fund_application a on a.fund_id = f.id
      where f.id = $1 group by f.id`,
    [fundId],
  );
  const row = rows[0];
  if (!row) throw new Error(`fund ${fundId} is gone`);
  return {
    budgetCents: Number(row.budget),
    approvedCents: Number(row.approved),
    approved: row.n_approved,
    stillChecked: row.n_checked,
    decisions: row.decisions,
  };
}
