import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { addItem, advance, clients, createMeeting, resetMeetings } from '../support/meeting-fixture.js';
import type { StructureFixture } from '../support/structure-fixture.js';

const TASK = 'id version title status dueOn overdue assignee { familyName } meeting { id } agendaItem { id } viewerCan { manage move }';
const CREATE = `mutation($i: TaskInput!) { createTask(input: $i) { ${TASK} } }`;
const UPDATE = `mutation($id: UUID!, $v: Int!, $i: TaskInput!) { updateTask(id: $id, version: $v, input: $i) { ${TASK} } }`;

describe(`tasks: board, assignee, permissions (${databaseLabel})`, () => {
  let h: Harness;
  let fx: StructureFixture;
  let as: ReturnType<typeof clients>;
  let lead: GraphQLClient;
  beforeAll(async () => {
    h = await startHarness();
    as = clients(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await resetMeetings(h);
    lead = await as.lead();
  });
  const wg = () => fx.structure.bodies.workingGroup.id;
  const countTasks = async () => Number((await h.orm.em.fork().execute('select count(*)::int as n from task'))[0]?.n);

  it('turns an agenda item into a task for a member, who moves it along; others may not', async () => {
    const meeting = await advance(lead, await createMeeting(lead, wg()), 'RUNNING');
    const item = await addItem(lead, meeting.id, { title: 'Kursangebote' });
    const created = await lead.ok<any>(CREATE, {
      i: { agendaItemId: item.id, title: 'Kursliste an alle schicken', assigneePersonId: fx.people.volunteer.id, dueOn: '2020-01-31' },
    });
    const task = created.createTask;
    expect(task).toMatchObject({ status: 'OPEN', overdue: true, assignee: { familyName: 'Kovalenko' }, meeting: { id: meeting.id } });
    const volunteer = await as.volunteer();
    const moved = await volunteer.ok<any>(UPDATE, { id: task.id, v: task.version, i: { status: 'IN_PROGRESS' } });
    expect(moved.updateTask).toMatchObject({ status: 'IN_PROGRESS', viewerCan: { manage: false, move: true } });
    const retitled = await volunteer.request(UPDATE, { id: task.id, v: moved.updateTask.version, i: { title: 'Anders' } });
    expect(errorCode(retitled)).toBe('FORBIDDEN');
    const stale = await lead.request(UPDATE, { id: task.id, v: task.version, i: { status: 'DONE' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' });
    const mine = await volunteer.ok<any>('{ myTasks { id status } }');
    expect(mine.myTasks).toEqual([{ id: task.id, status: 'IN_PROGRESS' }]);
    const board = await lead.ok<any>('query($b: UUID!) { tasks(filter: { bodyId: $b, overdue: true }) { id } }', { b: wg() });
    expect(board.tasks.map((t: any) => t.id)).toEqual([task.id]);
  });

  it('lists the tasks taken on for an organisation, to those who see them', async () => {
    const caritas = fx.orgs.caritas.id;
    await lead.ok<any>(CREATE, { i: { bodyId: wg(), title: 'Beratungszeiten melden', organisationId: caritas } });
    await lead.ok<any>(CREATE, { i: { bodyId: wg(), title: 'Ohne Organisation' } });
    const ofCaritas = await lead.ok<any>('query($o: UUID!) { tasks(filter: { organisationId: $o }) { title } }', { o: caritas });
    expect(ofCaritas.tasks.map((t: any) => t.title)).toEqual(['Beratungszeiten melden']);
    const official = await as.official();
    expect((await official.ok<any>('query($o: UUID!) { tasks(filter: { organisationId: $o }) { id } }', { o: caritas })).tasks).toEqual([]);
  });

  it('keeps tasks from visitors and from members of other bodies; refuses tasks on bodies one does not run', async () => {
    const created = await lead.ok<any>(CREATE, { i: { bodyId: wg(), title: 'Raum buchen' } });
    const id = created.createTask.id;
    expect(errorCode(await as.visitor().request('{ tasks { id } }'))).toBe('UNAUTHENTICATED');
    const official = await as.official();
    expect(errorCode(await official.request('query($id: UUID!) { task(id: $id) { id } }', { id }))).toBe('NOT_FOUND');
    expect((await official.ok<any>('{ tasks { id } }')).tasks).toEqual([]);
    expect(errorCode(await official.request(UPDATE, { id, v: 1, i: { status: 'DONE' } }))).toBe('NOT_FOUND');
    expect(errorCode(await official.request('mutation($id: UUID!) { commentOnTask(id: $id, text: "Hallo") { id } }', { id }))).toBe(
      'NOT_FOUND',
    );
    const onInternal = await lead.request(CREATE, { i: { bodyId: fx.structure.bodies.internal.id, title: 'Fremde Aufgabe' } });
    expect(errorCode(onInternal)).toBe('FORBIDDEN');
    const unknown = await lead.request(CREATE, { i: { bodyId: '00000000-0000-4000-8000-000000000000', title: 'Nirgends' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE' });
    const noBody = await lead.request(CREATE, { i: { title: 'Ohne Gremium' } });
    expect(noBody.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bodyId' });
    expect(await countTasks()).toBe(1);
  });

  it('counts the board’s events for a fresh subscription, and tells the meeting when a task comes out of its item', async () => {
    const meeting = await advance(lead, await createMeeting(lead, wg()), 'RUNNING');
    const item = await addItem(lead, meeting.id, { title: 'Raumfrage' });
    const seqs = async () => {
      const data = await lead.ok<any>('query($b: UUID!, $m: UUID!) { body(id: $b) { taskEventSeq } meeting(id: $m) { eventSeq } }', {
        b: wg(),
        m: meeting.id,
      });
      return [data.body.taskEventSeq, data.meeting.eventSeq];
    };
    const [board, minutes] = await seqs();
    await lead.ok(CREATE, { i: { agendaItemId: item.id, title: 'Raum anfragen' } });
    expect(await seqs()).toEqual([board + 1, minutes + 1]);
    await lead.ok(CREATE, { i: { bodyId: wg(), title: 'Ohne Sitzung' } });
    expect(await seqs()).toEqual([board + 2, minutes + 1]);
  });

  it('takes comments from whoever sees the task, oldest first', async () => {
    const { createTask } = await lead.ok<any>(CREATE, { i: { bodyId: wg(), title: 'Flyer drucken' } });
    const volunteer = await as.volunteer();
    await volunteer.ok('mutation($id: UUID!) { commentOnTask(id: $id, text: "Mache ich bis Freitag") { id } }', { id: createTask.id });
    await lead.ok('mutation($id: UUID!) { commentOnTask(id: $id, text: "Danke!") { id } }', { id: createTask.id });
    const empty = await volunteer.request('mutation($id: UUID!) { commentOnTask(id: $id, text: "   ") { id } }', { id: createTask.id });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const { task } = await volunteer.ok<any>('query($id: UUID!) { task(id: $id) { comments { text authorName } } }', { id: createTask.id });
    expect(task.comments).toEqual([
      { text: 'Mache ich bis Freitag', authorName: 'Olena Kovalenko' },
      { text: 'Danke!', authorName: 'Miriam Okafor' },
    ]);
  });
});
