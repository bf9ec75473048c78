import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { Decision } from '../../src/modules/meeting/meeting.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Need, NeedClassification, NeedStatus, PriorityRanking } from '../../src/modules/steering/steering.entity.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type SteeringFixture, seedSteeringFixture } from './steering-fixture.js';

const NEED =
  'id version status classification declineReason nextStatuses statusHistory { fromStatus toStatus note } viewerCan { edit assess }';
const REVIEW = `id version status closesOn method ballotCount eligibleCount myRanking
  items { finalRank need { id title status } tally { position points firstPlaces ballots meanRank } }
  decision { id text result } viewerCan { manage rank }`;

describe(`needs, review rounds and mandates (${databaseLabel})`, () => {
  let h: Harness;
  let fx: SteeringFixture;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    const em = h.orm.em.fork();
    await emptyTables(em);
    await h.throttleStore.clear();
    fx = await seedSteeringFixture(em);
  });

  const login = (who: 'admin' | 'lead' | 'chair' | 'voter' | 'voter2' | 'member' | 'editor') =>
    h.client().login(
      {
        admin: 'admin@test.example',
        lead: 'lead@test.example',
        chair: 'chair@test.example',
        voter: 'voter@test.example',
        voter2: 'voter2@test.example',
        member: 'member@test.example',
        editor: 'editor.caritas@test.example',
      }[who],
    );
  const needInDb = (id: string) => h.orm.em.fork().findOneOrFail(Need, id);

  const RAISE = `mutation($input: NeedInput!) { raiseNeed(input: $input) { ${NEED} raisedByOrganisation { name } } }`;
  const STATUS = `mutation($id: UUID!, $v: Int!, $input: NeedStatusInput!) { changeNeedStatus(id: $id, version: $v, input: $input) { ${NEED} } }`;

  it('takes a need from raised to assessed, declined and back, with typed errors for everything else', async () => {
    const lead = await login('lead');
    const input = {
      title: 'Kinderbetreuung während der Sprachkurse',
      classification: 'LOCALLY_NECESSARY',
      raisedByOrganisationId: fx.orgs.caritas.id,
      evidence: 'Abbruchquote 46 %',
      districtIds: [fx.refs.north.id],
    };
    const raised = (await lead.ok<any>(RAISE, { input })).raiseNeed;
    expect(raised).toMatchObject({
      status: 'RAISED',
      raisedByOrganisation: { name: fx.orgs.caritas.name },
      nextStatuses: ['ASSESSED', 'DECLINED'],
      viewerCan: { edit: true, assess: false },
    });

    // Visitors are told to log in; a lead cannot raise for an organisation they do not act for, nor assess.
    expect(errorCode(await h.client().request(RAISE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await lead.request(RAISE, { input: { ...input, raisedByOrganisationId: fx.orgs.jobcenter.id } }))).toBe('FORBIDDEN');
    const both = await lead.request(RAISE, { input: { ...input, raisedByBodyId: fx.structure.bodies.workingGroup.id } });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.raisedByOrganisationId' });
    expect(errorCode(await lead.request(STATUS, { id: raised.id, v: raised.version, input: { status: 'ASSESSED' } }))).toBe('FORBIDDEN');

    // A steering committee member assesses it and settles the classification.
    const chair = await login('chair');
    const assessed = (
      await chair.ok<any>(STATUS, { id: raised.id, v: raised.version, input: { status: 'ASSESSED', classification: 'REQUIRED_BY_LAW' } })
    ).changeNeedStatus;
    expect(assessed).toMatchObject({ status: 'ASSESSED', classification: 'REQUIRED_BY_LAW', viewerCan: { assess: true } });

    // PRIORITISED comes from a review round only; declining needs a reason; an old version conflicts.
    const jump = await chair.request(STATUS, { id: raised.id, v: assessed.version, input: { status: 'PRIORITISED' } });
    expect(jump.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
    const noReason = await chair.request(STATUS, { id: raised.id, v: assessed.version, input: { status: 'DECLINED' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    const stale = await chair.request(STATUS, { id: raised.id, v: raised.version, input: { status: 'DECLINED', note: 'x' } });
    expect(stale.errors?.[0]?.extensions?.reason).toBe('VERSION_CONFLICT');
    expect((await needInDb(raised.id)).status).toBe(NeedStatus.ASSESSED);

    const declined = (
      await chair.ok<any>(STATUS, { id: raised.id, v: assessed.version, input: { status: 'DECLINED', note: 'Zuständig ist das Land' } })
    ).changeNeedStatus;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'Zuständig ist das Land', nextStatuses: ['RAISED'] });
    const reopened = (await chair.ok<any>(STATUS, { id: raised.id, v: declined.version, input: { status: 'RAISED' } })).changeNeedStatus;
    expect(reopened.declineReason).toBeNull();
    expect(reopened.statusHistory.map((c: any) => c.toStatus)).toEqual(['RAISED', 'ASSESSED', 'DECLINED', 'RAISED']);
  });

  it('shows needs to members only, on every path', async () => {
    const visitor = h.client();
    expect((await visitor.ok<any>('{ needs { id } }')).needs).toEqual([]);
    expect(errorCode(await visitor.request('query($id: UUID!) { need(id: $id) { id } }', { id: fx.steering.needs.kita }))).toBe(
      'NOT_FOUND',
    );
    const member = await login('member');
    const needs = (await member.ok<any>('{ needs(filter: { open: true }) { title classification } }')).needs;
    // The most pressing classification first.
    expect(needs.map((n: any) => n.title)).toEqual(['Kita-Plätze', 'Sprachmittlung', 'Sportvereine', 'Übersetzungs-App']);
    const lawOnly = (await member.ok<any>('{ needs(filter: { classifications: [REQUIRED_BY_LAW] }) { title } }')).needs;
    expect(lawOnly).toEqual([{ title: 'Kita-Plätze' }]);
    const search = (await member.ok<any>('{ needs(filter: { text: "belege zu sport" }) { title } }')).needs;
    expect(search).toEqual([{ title: 'Sportvereine' }]);
  });

  /** Creates the round over the three assessed needs as the chair. */
  async function openRound(chair: GraphQLClient) {
    const n = fx.steering.needs;
    return (
      await chair.ok<any>(`mutation($input: PriorityReviewInput!) { createPriorityReview(input: $input) { ${REVIEW} } }`, {
        input: {
          bodyId: fx.structure.bodies.steering.id,
          title: 'Prioritätenrunde',
          closesOn: '2099-12-31',
          needIds: [n.kita, n.sprache, n.sport],
        },
      })
    ).createPriorityReview;
  }
  const RANK = `mutation($id: UUID!, $needs: [UUID!]!) { rankNeeds(reviewId: $id, needIds: $needs) { ${REVIEW} } }`;
  const CLOSE = `mutation($id: UUID!, $v: Int!) { changePriorityReviewStatus(id: $id, version: $v, status: CLOSED) { ${REVIEW} } }`;
  const DECIDE = `mutation($id: UUID!, $v: Int!, $input: DecideReviewInput!) { decidePriorityReview(id: $id, version: $v, input: $input) { ${REVIEW} } }`;

  it('aggregates a round by the Borda count on a known input, and the decision in a meeting fixes the priorities', async () => {
    const n = fx.steering.needs;
    const [chair, voter, voter2, lead] = await Promise.all([login('chair'), login('voter'), login('voter2'), login('lead')]);
    const refused = await chair.request(`mutation($input: PriorityReviewInput!) { createPriorityReview(input: $input) { id } }`, {
      input: { bodyId: fx.structure.bodies.steering.id, title: 'Runde', closesOn: '2099-12-31', needIds: [n.kita, n.raised] },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NEED_NOT_ASSESSED' });
    const review = await openRound(chair);
    expect(review).toMatchObject({ status: 'OPEN', eligibleCount: 3, ballotCount: 0, viewerCan: { manage: true, rank: true } });

    // Three ballots over three needs: a first place is worth 3 points, a second 2, a third 1.
    await chair.ok(RANK, { id: review.id, needs: [n.kita, n.sprache, n.sport] });
    await voter.ok(RANK, { id: review.id, needs: [n.sprache, n.kita] });
    // Ranking again replaces the earlier ballot.
    await voter2.ok(RANK, { id: review.id, needs: [n.sport] });
    const mine = (await voter2.ok<any>(RANK, { id: review.id, needs: [n.sprache, n.sport, n.kita] })).rankNeeds;
    expect(mine.myRanking).toEqual([n.sprache, n.sport, n.kita]);
    // While open nobody sees the tallies, only the turnout.
    expect(mine.ballotCount).toBe(3);
    expect(mine.items.every((i: any) => i.tally === null)).toBe(true);

    // Outsiders and strays are refused, and nothing is stored for them.
    expect(errorCode(await lead.request(RANK, { id: review.id, needs: [n.kita] }))).toBe('FORBIDDEN');
    const stray = await chair.request(RANK, { id: review.id, needs: [n.raised] });
    expect(stray.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_IN_REVIEW' });
    const twice = await chair.request(RANK, { id: review.id, needs: [n.kita, n.kita] });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(await h.orm.em.fork().count(PriorityRanking, { review: review.id })).toBe(3 + 2 + 3);

    const closed = (await chair.ok<any>(CLOSE, { id: review.id, v: review.version })).changePriorityReviewStatus;
    const tally = Object.fromEntries(closed.items.map((i: any) => [i.need.title, i.tally]));
    // Sprachmittlung: 2 + 3 + 3 = 8; Kita: 3 + 2 + 1 = 6; Sport: 1 + 0 + 2 = 3.
    expect(tally).toEqual({
      Sprachmittlung: { position: 1, points: 8, firstPlaces: 2, ballots: 3, meanRank: 4 / 3 },
      'Kita-Plätze': { position: 2, points: 6, firstPlaces: 1, ballots: 3, meanRank: 2 },
      Sportvereine: { position: 3, points: 3, firstPlaces: 0, ballots: 2, meanRank: 2.5 },
    });
    expect(closed.method).toMatch(/Borda/);
    expect(errorCode(await voter.request(RANK, { id: review.id, needs: [n.kita] }))).toBe('CONFLICT');

    // A decision under another body's agenda item is refused, and nothing changes.
    const outside = await chair.request(DECIDE, {
      id: review.id,
      v: closed.version,
      input: { agendaItemId: fx.steering.groupItem.id, prioritisedNeedIds: [n.sprache] },
    });
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DECISION_OUTSIDE_BODY',
      field: 'input.agendaItemId',
    });
    expect(await h.orm.em.fork().count(Decision, {})).toBe(0);
    expect((await needInDb(n.sprache)).status).toBe(NeedStatus.ASSESSED);
    expect(
      errorCode(
        await voter.request(DECIDE, {
          id: review.id,
          v: closed.version,
          input: { agendaItemId: fx.steering.item.id, prioritisedNeedIds: [] },
        }),
      ),
    ).toBe('FORBIDDEN');

    const decided = (
      await chair.ok<any>(DECIDE, {
        id: review.id,
        v: closed.version,
        input: { agendaItemId: fx.steering.item.id, prioritisedNeedIds: [n.sprache, n.kita] },
      })
    ).decidePriorityReview;
    expect(decided.status).toBe('DECIDED');
    expect(decided.decision).toMatchObject({
      result: 'ADOPTED',
      text: 'Prioritäten aus „Prioritätenrunde“: 1. Sprachmittlung; 2. Kita-Plätze',
    });
    expect(decided.items.map((i: any) => [i.need.title, i.finalRank, i.need.status])).toEqual([
      ['Sprachmittlung', 1, 'PRIORITISED'],
      ['Kita-Plätze', 2, 'PRIORITISED'],
      ['Sportvereine', null, 'ASSESSED'],
    ]);
    // The decision is part of the meeting's minutes; the round stays readable from the need.
    const meeting = await chair.ok<any>('query($id: UUID!) { meeting(id: $id) { decisions { text } } }', { id: fx.steering.meeting.id });
    expect(meeting.meeting.decisions).toEqual([{ text: decided.decision.text }]);
    const need = await voter.ok<any>('query($id: UUID!) { need(id: $id) { reviews { finalRank review { id status } } } }', {
      id: n.sprache,
    });
    expect(need.need.reviews).toEqual([{ finalRank: 1, review: { id: review.id, status: 'DECIDED' } }]);
  });

  it('turns a prioritised need into a mandate whose progress comes from its measures', async () => {
    const n = fx.steering.needs;
    const chair = await login('chair');
    const review = await openRound(chair);
    await chair.ok(RANK, { id: review.id, needs: [n.kita] });
    const closed = (await chair.ok<any>(CLOSE, { id: review.id, v: review.version })).changePriorityReviewStatus;
    await chair.ok(DECIDE, {
      id: review.id,
      v: closed.version,
      input: { agendaItemId: fx.steering.item.id, prioritisedNeedIds: [n.kita] },
    });

    const CREATE = `mutation($input: MandateInput!) { createMandate(input: $input) { id version status need { id status } body { id } progress { measures done percent } } }`;
    const input = {
      title: 'Brückenangebote bis zum Kita-Platz',
      needId: n.kita,
      bodyId: fx.structure.bodies.workingGroup.id,
      issuedById: fx.structure.bodies.steering.id,
      dueOn: '2099-06-30',
    };
    const lead = await login('lead');
    expect(errorCode(await lead.request(CREATE, { input }))).toBe('FORBIDDEN');
    const notYet = await chair.request(CREATE, { input: { ...input, needId: n.sport } });
    expect(notYet.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NEED_NOT_PRIORITISED' });
    const mandate = (await chair.ok<any>(CREATE, { input })).createMandate;
    expect(mandate).toMatchObject({ status: 'OPEN', need: { id: n.kita, status: 'MANDATED' }, progress: { measures: 0, percent: 0 } });

    // The working group's lead links its measures; a mandate of another body is refused.
    const m = fx.structure.measures;
    const LINK = `mutation($id: UUID!, $v: Int!, $mandate: UUID) { updateMeasure(id: $id, version: $v, input: { mandateId: $mandate }) { version mandate { id } } }`;
    await lead.ok(LINK, { id: m.overdue.id, v: m.overdue.version, mandate: mandate.id });
    await lead.ok(LINK, { id: m.planned.id, v: m.planned.version, mandate: mandate.id });
    const PROGRESS = `mutation($id: UUID!, $v: Int!) { reportMeasureProgress(id: $id, version: $v, input: { status: DONE, progress: 100 }) { version } }`;
    const measure = await lead.ok<any>('query($id: UUID!) { measure(id: $id) { version mandate { id title } } }', { id: m.planned.id });
    expect(measure.measure.mandate).toEqual({ id: mandate.id, title: input.title });
    await lead.ok(PROGRESS, { id: m.planned.id, v: measure.measure.version });

    const BODY = `query($id: UUID!) { body(id: $id) { mandates { id title overdue need { title } progress { measures planned inProgress done overdue percent } measures { title } } } }`;
    const body = (await lead.ok<any>(BODY, { id: fx.structure.bodies.workingGroup.id })).body;
    // The overdue measure at 40 %, the done one at 100 %: 70 % on average.
    expect(body.mandates).toEqual([
      {
        id: mandate.id,
        title: input.title,
        overdue: false,
        need: { title: 'Kita-Plätze' },
        progress: { measures: 2, planned: 0, inProgress: 1, done: 1, overdue: 1, percent: 70 },
        measures: [{ title: 'Sprachkursangebote abstimmen' }, { title: 'Sprachcafé für Berufseinsteiger' }],
      },
    ]);
    // Visitors see the mandate of a public working group, not the need behind it.
    const visitorBody = (await h.client().ok<any>(BODY, { id: fx.structure.bodies.workingGroup.id })).body;
    expect(visitorBody.mandates[0]).toMatchObject({ id: mandate.id, need: null });

    const done = await chair.ok<any>(
      `mutation($id: UUID!, $v: Int!) { updateMandate(id: $id, version: $v, input: { status: COMPLETED }) { status need { status } } }`,
      { id: mandate.id, v: mandate.version },
    );
    expect(done.updateMandate).toEqual({ status: 'COMPLETED', need: { status: 'ADDRESSED' } });
  });

  it('reads lists of needs, rounds and mandates in the same statements however many there are', async () => {
    const member = await login('chair');
    const query = `{ needs { id fieldOfAction { id } districts { id } targetGroups { id } raisedByOrganisation { name } statusHistory { toStatus }
      reviews { finalRank } mandates { id } viewerCan { edit assess } }
      priorityReviews { id items { need { id } tally { points } } ballotCount myRanking decision { id } body { name } viewerCan { manage rank } } }`;
    const count = async () => {
      const before = statementCounter.count;
      await member.ok(query);
      return statementCounter.count - before;
    };
    await openRound(member);
    const small = await count();
    const em = h.orm.em.fork();
    const caritas = em.getReference(Organisation, fx.orgs.caritas.id);
    for (let i = 0; i < 12; i++)
      em.create(Need, {
        title: `Bedarf ${i}`,
        classification: NeedClassification.DESIRABLE,
        raisedByOrganisation: caritas,
        raisedOn: '2026-03-01',
        status: NeedStatus.ASSESSED,
      });
    await em.flush();
    await openRound(member);
    expect(await count()).toBe(small);
  });
});
