import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import {
  APPLICATION_FIELDS,
  answersFor,
  apply,
  CHECK,
  clients,
  count,
  DECIDE,
  type FundFixture,
  inDays,
  resetFunds,
  seedApplications,
  VOTE,
} from './fund-fixture.js';

const FUND_FIELDS = `id version year title budget approved remaining requested body { id name }
  criteria { id position title } rounds { id number title deadline isOpen decisionMeeting { id } approved applicationCount }
  viewerCan { manage apply decide }`;

describe(`the integration fund from application to close (${databaseLabel})`, () => {
  let h: Harness;
  let fx: FundFixture;
  let as: ReturnType<typeof clients>;
  beforeAll(async () => {
    h = await startHarness();
    as = clients(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await resetFunds(h);
  });

  const fundQuery = `query($id: UUID!) { fund(id: $id) { ${FUND_FIELDS} } }`;
  const applicationQuery = `query($id: UUID!) { fundApplication(id: $id) { ${APPLICATION_FIELDS} } }`;
  const people = () => ({
    amira: fx.people.consenting.id,
    aylin: fx.structure.people.thirdLead.id,
    tobias: fx.structure.people.leadCity.id,
    chair: fx.structure.people.chair.id,
  });

  it('creates a fund with its criteria and rounds; one fund a year, decision meetings of its body only, admins only', async () => {
    const admin = await as.admin();
    const input = {
      year: 2027,
      title: 'Integrationsfonds Lindenau 2027',
      budget: '60000,50',
      bodyId: fx.structure.bodies.steering.id,
      criteria: [{ title: 'Zeitlich begrenzt' }, { title: 'Klares Ziel', description: 'Was soll erreicht sein?' }],
    };
    const create = `mutation($i: FundInput!) { createFund(input: $i) { ${FUND_FIELDS} } }`;
    const { createFund: fund } = await admin.ok(create, { i: input });
    expect(fund).toMatchObject({
      year: 2027,
      budget: '60000.50',
      approved: '0.00',
      remaining: '60000.50',
      requested: '0.00',
      body: { id: fx.structure.bodies.steering.id },
      criteria: [
        { position: 1, title: 'Zeitlich begrenzt' },
        { position: 2, title: 'Klares Ziel' },
      ],
      rounds: [],
      viewerCan: { manage: true, apply: true, decide: true },
    });

    const again = await admin.request(create, { i: input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS', field: 'input.year' });
    const editor = await as.editorCaritas();
    expect(errorCode(await editor.request(create, { i: { ...input, year: 2028 } }))).toBe('FORBIDDEN');
    expect(errorCode(await h.client().request(create, { i: { ...input, year: 2028 } }))).toBe('UNAUTHENTICATED');
    expect(await count(h, 'fund')).toBe(2);

    const addRound = `mutation($f: UUID!, $i: FundRoundInput!) { addFundRound(fundId: $f, input: $i) { id version number deadline isOpen decisionMeeting { id } fund { id } } }`;
    const outside = await admin.request(addRound, {
      f: fund.id,
      i: { number: 1, title: 'Runde 1', deadline: inDays(10), decisionMeetingId: fx.fund.meetings.otherMeeting.id },
    });
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.decisionMeetingId',
      reason: 'MEETING_OUTSIDE_BODY',
    });
    const { addFundRound: round } = await admin.ok(addRound, {
      f: fund.id,
      i: { number: 1, title: 'Runde 1', deadline: inDays(10), decisionMeetingId: fx.fund.meetings.meeting.id },
    });
    expect(round).toMatchObject({ number: 1, isOpen: true, decisionMeeting: { id: fx.fund.meetings.meeting.id }, fund: { id: fund.id } });
    const duplicate = await admin.request(addRound, { f: fund.id, i: { number: 1, title: 'Nochmal', deadline: inDays(20) } });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });

    const updateRound = `mutation($id: UUID!, $v: Int!, $i: FundRoundInput!) { updateFundRound(id: $id, version: $v, input: $i) { version deadline isOpen } }`;
    const { updateFundRound } = await admin.ok(updateRound, { id: round.id, v: round.version, i: { deadline: inDays(-1) } });
    expect(updateFundRound).toMatchObject({ version: round.version + 1, isOpen: false });
    const stale = await admin.request(updateRound, { id: round.id, v: round.version, i: { title: 'Alt' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' });

    const update = `mutation($id: UUID!, $v: Int!, $i: FundInput!) { updateFund(id: $id, version: $v, input: $i) { version title budget criteria { title } } }`;
    const { updateFund } = await admin.ok(update, { id: fund.id, v: fund.version, i: { title: 'Fonds 2027', budget: '70000' } });
    expect(updateFund).toMatchObject({ version: fund.version + 1, title: 'Fonds 2027', budget: '70000.00' });
    const staleFund = await admin.request(update, { id: fund.id, v: fund.version, i: { title: 'Alt' } });
    expect(staleFund.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' });
    expect(errorCode(await admin.request(fundQuery, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const { fundOfYear } = await h.client().ok('{ fundOfYear(year: 2027) { title } none: fundOfYear(year: 1999) { title } }');
    expect(fundOfYear).toEqual({ title: 'Fonds 2027' });
  });

  it('takes an application from submitted through check, votes and decision to report due and closed', async () => {
    const editor = await as.editorCaritas();
    const applied = await apply(editor, fx);
    expect(applied.errors).toBeUndefined();
    let application = applied.data?.applyForFund;
    expect(application).toMatchObject({
      status: 'SUBMITTED',
      requestedAmount: '4500.00',
      approvedAmount: null,
      isPublic: true,
      round: { number: 1 },
      applicant: { id: fx.orgs.caritas.id },
      partners: [{ id: fx.orgs.cafe.id }],
      answers: fx.fund.criteria.map((c) => ({ criterion: { id: c.id, title: c.title }, answer: `Antwort zu ${c.title}` })),
      statusHistory: [{ fromStatus: null, toStatus: 'SUBMITTED' }],
      viewerCan: { edit: true, check: false, vote: false, decide: false },
    });

    const update = `mutation($id: UUID!, $v: Int!, $i: FundApplicationInput!) { updateFundApplication(id: $id, version: $v, input: $i) { ${APPLICATION_FIELDS} } }`;
    const { updateFundApplication } = await editor.ok(update, {
      id: application.id,
      v: application.version,
      i: { requestedAmount: '4000', answers: answersFor(fx).map((a) => ({ ...a, answer: `${a.answer}, genauer` })) },
    });
    expect(updateFundApplication.version).toBe(application.version + 1);
    expect(updateFundApplication.requestedAmount).toBe('4000.00');
    expect(updateFundApplication.answers[0].answer).toBe('Antwort zu Zeitlich begrenzt, genauer');
    application = updateFundApplication;
    expect((await (await as.admin()).ok(`query($id: UUID!) { fund(id: $id) { requested } }`, { id: fx.fund.fund.id })).fund.requested).toBe(
      '4000.00',
    );

    const admin = await as.admin();
    const { checkFundApplication: checked } = await admin.ok(CHECK, { id: application.id, v: application.version, n: 'Vollständig' });
    const { amira, aylin, tobias, chair } = people();
    expect(checked.status).toBe('CHECKED');
    expect(checked.statusHistory.map((s: any) => s.toStatus)).toEqual(['SUBMITTED', 'CHECKED']);
    expect(checked.recusals).toEqual(
      expect.arrayContaining([
        { person: { id: amira }, reason: 'Handelt für Caritasverband Nordstadt' },
        { person: { id: aylin }, reason: 'Handelt für Sprachcafé Südstadt' },
      ]),
    );
    expect(checked.recusals).toHaveLength(2);
    expect(
      (await editor.request(update, { id: application.id, v: checked.version, i: { projectTitle: 'Zu spät' } })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_EDITABLE',
    });

    // A member acting for the applicant is refused, and nothing is stored.
    const amiraClient = await as.amira();
    const { fundApplication: seenByAmira } = await amiraClient.ok(applicationQuery, { id: application.id });
    expect(seenByAmira).toMatchObject({ viewerRecused: true, viewerCan: { vote: false } });
    const refused = await amiraClient.request(VOTE, { id: application.id, c: 'FOR' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RECUSED' });
    expect(await count(h, 'fund_vote')).toBe(0);
    // Someone outside the deciding body cannot vote at all.
    expect((await (await as.lead()).request(VOTE, { id: application.id, c: 'FOR' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const tobiasClient = await as.tobias();
    const { fundApplication: seenByTobias } = await tobiasClient.ok(applicationQuery, { id: application.id });
    expect(seenByTobias).toMatchObject({ viewerRecused: false, viewerCan: { edit: false, check: false, vote: true, decide: false } });
    await tobiasClient.ok(VOTE, { id: application.id, c: 'FOR' });
    const chairClient = await as.chair();
    await chairClient.ok(VOTE, { id: application.id, c: 'FOR' });
    // Voting again replaces the vote.
    const { castFundVote } = await tobiasClient.ok(VOTE, { id: application.id, c: 'AGAINST' });
    expect(castFundVote.tally).toEqual({ for: 1, against: 1, abstain: 0 });
    expect(castFundVote.votes).toEqual(
      expect.arrayContaining([
        { person: { id: tobias }, choice: 'AGAINST' },
        { person: { id: chair }, choice: 'FOR' },
      ]),
    );
    expect(await count(h, 'fund_vote')).toBe(2);

    const { fundApplication: beforeDecision } = await chairClient.ok(applicationQuery, { id: application.id });
    expect(beforeDecision.viewerCan).toMatchObject({ vote: true, decide: true });
    const decided = await chairClient.ok(DECIDE, {
      id: application.id,
      v: beforeDecision.version,
      i: { agendaItemId: fx.fund.items.item.id, outcome: 'APPROVED', approvedAmount: '4000', note: 'Einstimmig bei Enthaltung' },
    });
    const approved = decided.decideFundApplication;
    expect(approved).toMatchObject({ status: 'APPROVED', approvedAmount: '4000.00' });
    expect(approved.decision).toMatchObject({
      text: 'Antrag „Sprachcafé Nord“ (Caritas): bewilligt mit 4.000,00\u00a0€',
      result: 'ADOPTED',
      votesFor: 1,
      votesAgainst: 1,
      votesAbstaining: 0,
    });
    expect(approved.decision.recusals).toEqual(
      expect.arrayContaining([
        { person: { id: amira }, reason: 'Handelt für Caritasverband Nordstadt' },
        { person: { id: aylin }, reason: 'Handelt für Sprachcafé Südstadt' },
      ]),
    );
    expect(approved.decision.recusals).toHaveLength(2);
    expect(
      await count(h, 'realtime_event', `topic = ? and kind = 'DECISION_CHANGED' and payload->>'decisionId' = ?`, [
        `meeting:${fx.fund.meetings.meeting.id}`,
        approved.decision.id,
      ]),
    ).toBe(1);
    // The agenda item shows the decision in the minutes.
    const { agendaItem } = await chairClient.ok(`query($id: UUID!) { agendaItem(id: $id) { decisions { id text } } }`, {
      id: fx.fund.items.item.id,
    });
    expect(agendaItem.decisions).toEqual([{ id: approved.decision.id, text: approved.decision.text }]);
    const { fund } = await admin.ok(fundQuery, { id: fx.fund.fund.id });
    expect(fund).toMatchObject({ approved: '4000.00', remaining: '46000.00', requested: '0.00' });
    expect(fund.rounds[0]).toMatchObject({ number: 1, approved: '4000.00', applicationCount: 1 });

    const report = `mutation($id: UUID!, $v: Int!, $d: Date!) { requestFundReport(id: $id, version: $v, dueOn: $d) { version status reportDueOn } }`;
    const { requestFundReport } = await admin.ok(report, { id: application.id, v: approved.version, d: '2027-01-31' });
    expect(requestFundReport).toMatchObject({ status: 'REPORT_DUE', reportDueOn: '2027-01-31' });
    const close = `mutation($id: UUID!, $v: Int!, $n: String) { closeFundApplication(id: $id, v: $v, note: $n) { id } }`.replace(
      'v: $v',
      'version: $v',
    );
    expect(errorCode(await editor.request(close, { id: application.id, v: requestFundReport.version, n: null }))).toBe('FORBIDDEN');
    await admin.ok(close, { id: application.id, v: requestFundReport.version, n: 'Bericht liegt vor' });
    const { fundApplication: closed } = await editor.ok(applicationQuery, { id: application.id });
    expect(closed.status).toBe('CLOSED');
    expect(closed.statusHistory.map((s: any) => [s.fromStatus, s.toStatus])).toEqual([
      [null, 'SUBMITTED'],
      ['SUBMITTED', 'CHECKED'],
      ['CHECKED', 'APPROVED'],
      ['APPROVED', 'REPORT_DUE'],
      ['REPORT_DUE', 'CLOSED'],
    ]);
    // Closed projects stay funded: the money stays spent.
    expect((await admin.ok(fundQuery, { id: fx.fund.fund.id })).fund).toMatchObject({ approved: '4000.00', remaining: '46000.00' });
    // Every step left an audit entry naming the applicant and the partner, so their editors may read the history.
    const [actions] = await h.orm.em
      .fork()
      .execute<{ actions: string[] }[]>(
        `select array_agg(action order by at) as actions from audit_entry where entity_type = 'FundApplication' and entity_id = ? and organisation_ids @> ?::uuid[]`,
        [application.id, `{${fx.orgs.caritas.id},${fx.orgs.cafe.id}}`],
      );
    expect(actions?.actions).toEqual(['CREATE', 'UPDATE', 'RECUSAL', 'STATUS', 'VOTE', 'VOTE', 'VOTE', 'DECIDE', 'STATUS', 'STATUS']);
  });

  it('recuses a member who acts for the applicant when they vote, though the check did not know it yet', async () => {
    // Checked before Tobias Lindner began to act for the Caritas: no recusal recorded.
    const [app] = await seedApplications(h, fx, [{ requestedCents: 120_000 }]);
    const tobias = await as.tobias();
    await tobias.ok(VOTE, { id: app?.id, c: 'FOR' });
    expect(await count(h, 'fund_vote')).toBe(1);
    const em = h.orm.em.fork();
    await em.execute(
      `insert into affiliation (id, created_at, updated_at, person_id, organisation_id, role, valid_from)
         values (gen_random_uuid(), now(), now(), ?, ?, 'Beirat', '2020-01-01')`,
      [fx.structure.people.leadCity.id, fx.orgs.caritas.id],
    );
    const refused = await tobias.request(VOTE, { id: app?.id, c: 'AGAINST' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RECUSED' });
    // The recusal is recorded, and the earlier vote no longer counts.
    expect(await count(h, 'fund_vote')).toBe(0);
    expect(
      await count(h, 'fund_recusal', `person_id = ? and reason = 'Handelt für Caritasverband Nordstadt'`, [
        fx.structure.people.leadCity.id,
      ]),
    ).toBe(1);
    const { decideFundApplication } = await (await as.chair()).ok(DECIDE, {
      id: app?.id,
      v: app?.version,
      i: { agendaItemId: fx.fund.items.item.id, outcome: 'REJECTED' },
    });
    expect(decideFundApplication.decision.recusals.map((r: any) => r.person.id).sort()).toEqual(
      [fx.people.consenting.id, fx.structure.people.leadCity.id].sort(),
    );
    expect(decideFundApplication.decision).toMatchObject({ votesFor: 0, votesAgainst: 0, votesAbstaining: 0 });
  });

  it('lets the applicant’s editors change a submitted application until the deadline, the coordination office until the check', async () => {
    const editor = await as.editorCaritas();
    const { applyForFund: app } = (await apply(editor, fx)).data as any;
    await h.orm.em.fork().execute('update fund_round set deadline = ? where id = ?', [inDays(-1), fx.fund.rounds.round1.id]);
    const update = `mutation($id: UUID!, $v: Int!, $i: FundApplicationInput!) { updateFundApplication(id: $id, version: $v, input: $i) { version projectTitle partners { id } } }`;
    const late = await editor.request(update, { id: app.id, v: app.version, i: { projectTitle: 'Nachgereicht' } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_PASSED' });
    const moved = await editor.request(update, { id: app.id, v: app.version, i: { applicantId: fx.orgs.cafe.id } });
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicantId' });
    expect(errorCode(await (await as.editorCafe()).request(update, { id: app.id, v: app.version, i: { projectTitle: 'Fremd' } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await editor.request(update, { id: '00000000-0000-4000-8000-000000000009', v: 1, i: {} }))).toBe('NOT_FOUND');
    const admin = await as.admin();
    const { updateFundApplication } = await admin.ok(update, {
      id: app.id,
      v: app.version,
      i: { projectTitle: 'Sprachcafé Nord (korrigiert)', partnerIds: [] },
    });
    expect(updateFundApplication).toEqual({ version: app.version + 1, projectTitle: 'Sprachcafé Nord (korrigiert)', partners: [] });
    expect(errorCode(await admin.request(update, { id: app.id, v: app.version, i: { projectTitle: 'Alt' } }))).toBe('CONFLICT');
  });

  it('defers to the next round, decides there, and refuses to defer from the last round', async () => {
    const [app] = await seedApplications(h, fx, [{ requestedCents: 250_000 }]);
    const chair = await as.chair();
    await (await as.tobias()).ok(VOTE, { id: app?.id, c: 'ABSTAIN' });
    const { decideFundApplication: deferred } = await chair.ok(DECIDE, {
      id: app?.id,
      v: app?.version,
      i: { agendaItemId: fx.fund.items.item.id, outcome: 'DEFERRED' },
    });
    expect(deferred).toMatchObject({
      status: 'DEFERRED',
      round: { number: 2 },
      approvedAmount: null,
      tally: { for: 0, against: 0, abstain: 0 },
    });
    expect(deferred.decision).toMatchObject({
      text: 'Antrag „Projekt 01“ (Caritas): zurückgestellt in Runde 2',
      result: 'DEFERRED',
      votesAbstaining: 1,
    });
    const again = await chair.request(DECIDE, {
      id: app?.id,
      v: deferred.version,
      i: { agendaItemId: fx.fund.items.item.id, outcome: 'DEFERRED' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_NEXT_ROUND' });
    expect(await count(h, 'decision')).toBe(1);
    const { decideFundApplication: rejected } = await chair.ok(DECIDE, {
      id: app?.id,
      v: deferred.version,
      i: { agendaItemId: fx.fund.items.item.id, outcome: 'REJECTED' },
    });
    expect(rejected).toMatchObject({ status: 'REJECTED', round: { number: 2 } });
    expect(rejected.decision).toMatchObject({ text: 'Antrag „Projekt 01“ (Caritas): abgelehnt', result: 'REJECTED' });
    expect(rejected.statusHistory.map((s: any) => s.toStatus)).toEqual(['CHECKED', 'DEFERRED', 'REJECTED']);
    expect(errorCode(await chair.request(VOTE, { id: app?.id, c: 'FOR' }))).toBe('CONFLICT');
  });

  it('refuses bad applications with typed errors and writes nothing', async () => {
    const editor = await as.editorCaritas();
    const audits = await count(h, 'audit_entry');
    const refusals: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ requestedAmount: '12.345' }, { code: 'BAD_USER_INPUT', field: 'input.requestedAmount' }],
      [{ requestedAmount: '-50' }, { code: 'BAD_USER_INPUT', field: 'input.requestedAmount' }],
      [{ requestedAmount: '0' }, { code: 'BAD_USER_INPUT', field: 'input.requestedAmount' }],
      [{ requestedAmount: '0.00' }, { code: 'BAD_USER_INPUT', field: 'input.requestedAmount' }],
      [{ requestedAmount: 'viel' }, { code: 'BAD_USER_INPUT', field: 'input.requestedAmount' }],
      [{ answers: answersFor(fx).slice(1) }, { code: 'BAD_USER_INPUT', field: 'input.answers' }],
      [
        { answers: answersFor(fx).map((a, i) => (i === 2 ? { ...a, answer: '   ' } : a)) },
        { code: 'BAD_USER_INPUT', field: 'input.answers' },
      ],
      [
        { periodStart: '2026-12-31', periodEnd: '2026-04-01' },
        { code: 'BAD_USER_INPUT', field: 'input.periodEnd' },
      ],
      [{ partnerIds: [fx.orgs.caritas.id] }, { code: 'BAD_USER_INPUT', field: 'input.partnerIds' }],
      [{ partnerIds: ['00000000-0000-4000-8000-000000000001'] }, { code: 'BAD_USER_INPUT', field: 'input.partnerIds' }],
      [{ roundId: '00000000-0000-4000-8000-000000000002' }, { code: 'BAD_USER_INPUT', field: 'input.roundId' }],
      [{ applicantId: fx.orgs.cafe.id }, { code: 'FORBIDDEN' }],
    ];
    for (const [input, expected] of refusals) {
      const res = await apply(editor, fx, input);
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject(expected);
    }
    // After the round's last day (Berlin), no more applications.
    const admin = await as.admin();
    const { addFundRound: past } = await admin.ok(
      `mutation($f: UUID!, $i: FundRoundInput!) { addFundRound(fundId: $f, input: $i) { id } }`,
      { f: fx.fund.fund.id, i: { number: 3, title: 'Vorbei', deadline: inDays(-1) } },
    );
    const late = await apply(editor, fx, { roundId: past.id });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_PASSED' });
    expect(errorCode(await apply(h.client(), fx))).toBe('UNAUTHENTICATED');
    expect(await count(h, 'fund_application')).toBe(0);
    expect(await count(h, 'fund_application_answer')).toBe(0);
    expect(await count(h, 'fund_application_partner')).toBe(0);
    expect(await count(h, 'audit_entry')).toBe(audits + 1);
  });

  it('refuses bad decisions and votes with typed errors and leaves everything as it was', async () => {
    const [checked, submitted] = await seedApplications(h, fx, [
      { requestedCents: 300_000 },
      { requestedCents: 100_000, status: 'SUBMITTED' as never },
    ]);
    const chair = await as.chair();
    const base = { agendaItemId: fx.fund.items.item.id, outcome: 'APPROVED', approvedAmount: '1000' };
    const cases: [GraphQLClient, Record<string, unknown>, Record<string, unknown>][] = [
      [
        chair,
        { i: { ...base, agendaItemId: fx.fund.items.otherItem.id } },
        { code: 'BAD_USER_INPUT', field: 'input.agendaItemId', reason: 'DECISION_OUTSIDE_BODY' },
      ],
      [
        chair,
        { i: { ...base, agendaItemId: '00000000-0000-4000-8000-000000000003' } },
        { code: 'BAD_USER_INPUT', field: 'input.agendaItemId' },
      ],
      [chair, { i: { ...base, agendaItemId: fx.fund.items.cancelledItem.id } }, { code: 'CONFLICT', reason: 'MEETING_CANCELLED' }],
      [chair, { i: { ...base, approvedAmount: '3000.01' } }, { code: 'BAD_USER_INPUT', field: 'input.approvedAmount' }],
      [chair, { i: { ...base, approvedAmount: '10.001' } }, { code: 'BAD_USER_INPUT', field: 'input.approvedAmount' }],
      [chair, { i: { ...base, approvedAmount: null } }, { code: 'BAD_USER_INPUT', field: 'input.approvedAmount' }],
      [chair, { i: { ...base, outcome: 'REJECTED' } }, { code: 'BAD_USER_INPUT', field: 'input.approvedAmount' }],
      [chair, { v: (checked?.version ?? 1) + 1 }, { code: 'CONFLICT', reason: 'VERSION_CONFLICT' }],
      [chair, { id: submitted?.id, v: submitted?.version }, { code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' }],
      [chair, { id: '00000000-0000-4000-8000-000000000004' }, { code: 'NOT_FOUND' }],
      [await as.tobias(), {}, { code: 'FORBIDDEN' }],
      [await as.editorCaritas(), {}, { code: 'FORBIDDEN' }],
      [h.client(), {}, { code: 'UNAUTHENTICATED' }],
    ];
    for (const [client, vars, expected] of cases) {
      const res = await client.request(DECIDE, { id: checked?.id, v: checked?.version, i: base, ...vars });
      expect(res.errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject(expected);
    }
    expect(errorCode(await (await as.tobias()).request(VOTE, { id: submitted?.id, c: 'FOR' }))).toBe('CONFLICT');
    expect(errorCode(await (await as.tobias()).request(VOTE, { id: '00000000-0000-4000-8000-000000000005', c: 'FOR' }))).toBe('NOT_FOUND');
    const check = await (await as.admin()).request(CHECK, { id: submitted?.id, v: (submitted?.version ?? 1) + 5 });
    expect(check.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' });
    expect(await count(h, 'decision')).toBe(0);
    expect(await count(h, 'decision_recusal')).toBe(0);
    expect(await count(h, 'fund_vote')).toBe(0);
    expect(await count(h, 'fund_recusal')).toBe(0);
    expect(await count(h, 'realtime_event')).toBe(0);
    expect(await count(h, 'audit_entry')).toBe(0);
    expect(await count(h, 'fund_application', `status = 'CHECKED' and approved_cents is null and version = 1`)).toBe(1);
    expect(await count(h, 'fund_application', `status = 'SUBMITTED' and version = 1`)).toBe(1);
  });

  it('keeps the budget above what is approved', async () => {
    await seedApplications(h, fx, [{ requestedCents: 2_000_000, approvedCents: 1_500_050, status: 'APPROVED' as never }]);
    const admin = await as.admin();
    const update = `mutation($id: UUID!, $v: Int!, $i: FundInput!) { updateFund(id: $id, version: $v, input: $i) { budget remaining } }`;
    const res = await admin.request(update, { id: fx.fund.fund.id, v: 1, i: { budget: '15000.49' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_BELOW_APPROVED',
      details: { approved: '15000.50' },
    });
    expect((await admin.ok(update, { id: fx.fund.fund.id, v: 1, i: { budget: '15000.50' } })).updateFund).toEqual({
      budget: '15000.50',
      remaining: '0.00',
    });
    // Criteria answered by applications are reworded, not added or removed.
    const criteria = `mutation($id: UUID!, $v: Int!, $i: FundInput!) { updateFund(id: $id, version: $v, input: $i) { criteria { id title } } }`;
    const removed = await admin.request(criteria, { id: fx.fund.fund.id, v: 2, i: { criteria: [{ title: 'Nur eins' }] } });
    expect(removed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CRITERIA_IN_USE' });
    const { updateFund } = await admin.ok(criteria, {
      id: fx.fund.fund.id,
      v: 2,
      i: { criteria: [{ title: 'Befristet' }, { title: 'Klares Ziel' }, { title: 'Vernetzt' }] },
    });
    expect(updateFund.criteria.map((c: any) => c.id)).toEqual(fx.fund.criteria.map((c) => c.id));
    expect(updateFund.criteria[0].title).toBe('Befristet');
  });
});
