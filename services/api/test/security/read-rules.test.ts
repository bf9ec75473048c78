import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { about, MeetingEventKind, meetingTopic } from '../../src/modules/meeting/meeting.topics.js';
import { organisationTopic } from '../../src/modules/organisation/organisation.service.js';
import { TaskEventKind, taskBoardTopic } from '../../src/modules/task/task.topics.js';
import { databaseLabel } from '../support/database.js';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type LeakFixture, type LeakRecord, type Role, readRules, roles, seedLeakFixture } from '../support/leak-fixture.js';
import {
  type ArgumentSet,
  buildWalk,
  type Finding,
  inBatches,
  recordTypeNames,
  scanData,
  type WalkOperation,
} from '../support/schema-walk.js';
import { SocketConnection } from '../support/ws-client.js';

/**
 * Walks every root query field of the schema, every nested field down to four
 * record types, as every role, and fails on any record or text the read rules
 * hide from that role. The operations come from the schema, so a field added
 * later is walked without anyone writing a case for it.
 */

const MAX_RECORD_DEPTH = 4;
const DENIALS = ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'];

/** `history(entityType, entityId)`: the tracked entity types and the GraphQL types whose records they name. */
const historyEntityTypes: Record<string, string[]> = {
  Organisation: ['Organisation'],
  Offer: ['Offer'],
  Person: ['Person'],
  Affiliation: ['Affiliation'],
  User: ['User'],
  Invitation: ['Invitation'],
  ReferenceEntry: ['FieldOfAction', 'District', 'Language', 'TargetGroup'],
  Body: ['Body'],
  Membership: ['Membership'],
  Measure: ['Measure'],
  Indicator: ['Indicator'],
  Agreement: ['Agreement'],
  IntegrationGoal: ['IntegrationGoal'],
  Meeting: ['Meeting'],
  Task: ['Task'],
  Need: ['Need'],
  FundApplication: ['FundApplication'],
  ReferralPath: ['ReferralPath'],
};

/**
 * How each subscription root field is made to fire once its subscription
 * runs: the walk subscribes as every role, triggers the event, and judges the
 * event like a query's answer. A new subscription needs a line here.
 */
const subscriptionTriggers: Record<string, (h: Harness, variables: Record<string, unknown>) => void> = {
  organisationChanged: (h, { id }) =>
    void h.services.live.write(h.orm.em.fork(), (_em, events) =>
      events.append(organisationTopic(String(id)), 'ORGANISATION_CHANGED', { type: 'organisation', id: String(id) }),
    ),
  meetingEvents: (h, { meetingId }) =>
    void h.services.live.write(h.orm.em.fork(), (_em, events) =>
      events.append(meetingTopic(String(meetingId)), MeetingEventKind.MEETING_CHANGED, about.meeting(String(meetingId))),
    ),
  taskBoardEvents: (h, { bodyId }) =>
    void h.services.live.write(h.orm.em.fork(), async (em, events) => {
      const [task] = await em.execute<{ id: string }[]>('select id from task where body_id = ? order by title limit 1', [String(bodyId)]);
      if (task)
        await events.append(taskBoardTopic(String(bodyId)), TaskEventKind.TASK_CHANGED, { type: 'task', id: task.id }, { taskId: task.id });
    }),
};

/** Fields whose values name a record without showing it: the author of a change (its name is shown beside it by design). */
const referenceFields = new Set(['AuditEntry.actorId']);

/**
 * Runs a walk operation; queries are read-only, so one retry is safe when a
 * kept-alive connection was closed by the server just as it was reused.
 */
async function request(client: GraphQLClient, op: WalkOperation, h: Harness): Promise<GraphQLResponse> {
  if (op.kind === 'subscription') return subscribeOnce(client, op, h);
  try {
    return await client.request(op.query, op.variables);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    return client.request(op.query, op.variables);
  }
}

/**
 * Subscribes over the WebSocket as the client's session, fires the event and
 * returns the first answer: the event, or the refusal at subscribe time.
 */
async function subscribeOnce(client: GraphQLClient, op: WalkOperation, h: Harness): Promise<GraphQLResponse> {
  const trigger = subscriptionTriggers[op.rootField];
  if (!trigger) return { status: 0, setCookie: null, errors: [{ message: `no trigger for subscription ${op.rootField}` }] };
  const socket = await SocketConnection.open({ url: h.url, cookie: client.cookie });
  try {
    const outcome = socket.run({ query: op.query, variables: op.variables }, 5000, 1);
    // The server registers the subscription after its own checks: fire until the first answer comes.
    const firing = setInterval(() => trigger(h, op.variables), 100);
    const { results, errors } = await outcome.finally(() => clearInterval(firing));
    const first = results[0];
    return { status: 200, setCookie: null, data: first?.data ?? null, errors: (errors ?? first?.errors) as GraphQLResponse['errors'] };
  } finally {
    await socket.dispose();
  }
}

interface Outcome {
  op: WalkOperation;
  res: GraphQLResponse;
}

interface RoleReport {
  leaks: string[];
  errors: string[];
  lookups: string[];
  seenIds: Set<string>;
  seenMarkers: Set<string>;
  unknown: string[];
}

/**
 * Where each document type is downloaded over plain HTTP: a read path outside
 * the schema, judged by the same rules. A new document type needs a line here.
 */
const downloadRoutes: Record<string, string> = {
  AgreementDocument: 'agreement-documents',
  NeedDocument: 'need-documents',
  FundApplicationDocument: 'fund-application-documents',
};

/** Types whose id is the id of another record they stand for. */
const standIns = ['NetworkNode', 'NetworkNodeRef', 'NetworkReason'];

describe(`read rules on every path of the schema (${databaseLabel})`, () => {
  let h: Harness;
  let fx: LeakFixture;
  let walk: ReturnType<typeof buildWalk>;
  let schemaRecordTypes: string[];
  let sessions: Map<Role, GraphQLClient>;
  const reports = new Map<Role, RoleReport>();
  const outcomes = new Map<Role, Outcome[]>();
  let summary = '';

  beforeAll(async () => {
    const started = performance.now();
    h = await startHarness({ GRAPHQL_LIMITS: 'off', INTROSPECTION: 'everyone' });
    fx = await seedLeakFixture(h);
    // The schema as served; type-graphql's own graphql-js instance is a different module from this file's.
    const schema = buildClientSchema(await h.client().ok<IntrospectionQuery>(getIntrospectionQuery()));
    schemaRecordTypes = recordTypeNames(schema);
    const history: ArgumentSet[] = Object.entries(historyEntityTypes).flatMap(([entityType, types]) =>
      types.flatMap((type) =>
        (fx.byType.get(type) ?? []).map((r) => ({ label: `${entityType}, ${r.label}`, args: { entityType, entityId: r.id } })),
      ),
    );
    walk = buildWalk(schema, {
      maxRecordDepth: MAX_RECORD_DEPTH,
      recordsOf: (type) => fx.byType.get(type) ?? [],
      rootArguments: {
        history,
        meetingEvents: (fx.byType.get('Meeting') ?? []).map((r) => ({ label: r.label, args: { meetingId: r.id } })),
        taskBoardEvents: [{ label: 'bWorkingGroup', args: { bodyId: fx.ids.bWorkingGroup } }],
        fundOfYear: [
          { label: 'fundSteering (2026)', args: { year: 2026 } },
          { label: 'fundGroup (2025)', args: { year: 2025 } },
        ],
        volunteerMatches: [
          {
            label: 'district, language, time and skill',
            args: {
              input: {
                districtId: fx.ids.district,
                languageIds: [fx.ids.language],
                timeAvailable: 'SEVERAL_TIMES_A_WEEK',
                skills: ['Geduld'],
              },
            },
          },
        ],
        volunteerSuggestions: (fx.byType.get('Volunteer') ?? []).map((r) => ({ label: r.label, args: { volunteerId: r.id } })),
        personalDataSearch: [
          { label: 'markers', args: { search: 'leak' } },
          { label: 'addresses', args: { search: '.example' } },
        ],
        invitationPreview: [
          { label: 'open invitation', args: { token: fx.invitationTokens.open }, allowedMarkers: fx.invitationTokens.openMarkers },
          { label: 'unknown token', args: { token: 'no-such-token' } },
        ],
      },
      argumentValues: {
        first: 100,
        since: '2000-01-01',
        // Suggestions and the personal-data search are bounded lower than other lists.
        'Query.volunteerMatches.first': 50,
        'Query.volunteerSuggestions.first': 50,
        'Query.personalDataSearch.first': 50,
        // Answers that lead to both outcomes of the published path: the one whose offer is internal must stay members'.
        'ReferralPath.result.answers': [{ questionKey: 'status', optionKey: 'asylum' }],
      },
      widening: new Set(['includePast', 'includeEnded', 'includeArchived', 'includeClosed', 'includePeople', 'includeBodies']),
    });
    for (const target of fx.auditTargets) {
      if (!historyEntityTypes[target.entityType])
        walk.problems.push(`History entries of type ${target.entityType} exist, but history(entityType) is not walked for it`);
    }

    const clients = new Map(
      await Promise.all(
        roles.map(async (role) => [role, role === 'visitor' ? h.client() : await h.client().login(fx.logins[role])] as const),
      ),
    );
    sessions = clients;
    const seeded = performance.now();
    const jobs = roles.flatMap((role) => walk.operations.map((op) => ({ role, op })));
    let requests = 0;
    const answers = await inBatches(jobs, 4, async ({ role, op }) => {
      const client = clients.get(role) ?? h.client();
      const runs: Outcome[] = [];
      for (let next: WalkOperation | undefined = op; next; ) {
        const res: GraphQLResponse = await request(client, next, h);
        requests += 1;
        runs.push({ op: next, res });
        next = res.errors?.some((e) => (e.path?.length ?? 0) <= 1) ? next.fallback : undefined;
      }
      return { role, runs };
    });
    for (const { role, runs } of answers) outcomes.set(role, [...(outcomes.get(role) ?? []), ...runs]);
    const walked = performance.now();
    for (const role of roles) reports.set(role, judge(role, outcomes.get(role) ?? []));
    summary = `${walk.operations.length} operations × ${roles.length} roles = ${requests} requests; seed ${Math.round(seeded - started)} ms, walk ${Math.round(walked - seeded)} ms, judging ${Math.round(performance.now() - walked)} ms (${databaseLabel})`;
    console.info(`read-rule walk: ${summary}`);
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  const describeRecord = (id: string) => fx.records.get(id)?.label ?? id;
  const describeMarker = (marker: string) => {
    const m = fx.markers.get(marker);
    return m ? `${marker} of ${m.owner.label}${m.part === 'contact' ? ' (contact data)' : ''}` : marker;
  };

  function judge(role: Role, list: Outcome[]): RoleReport {
    const report: RoleReport = { leaks: [], errors: [], lookups: [], seenIds: new Set(), seenMarkers: new Set(), unknown: [] };
    const forbiddenIds = fx.forbiddenIds(role);
    const grouped = new Map<string, { finding: Finding; op: WalkOperation; count: number; roots: Set<string> }>();
    for (const { op, res } of list) {
      const forbiddenMarkers = fx.forbiddenMarkers(role).filter((m) => !op.allowedMarkers.includes(m));
      const scan = scanData(op.rootField, res.data?.[op.rootField], { forbiddenIds, forbiddenMarkers, referenceFields }, (id) =>
        fx.records.has(id),
      );
      for (const id of scan.seenIds) report.seenIds.add(id);
      for (const marker of scan.seenMarkers) if (!op.allowedMarkers.includes(marker)) report.seenMarkers.add(marker);
      for (const u of scan.unknown) report.unknown.push(`${role} · ${op.label} · ${u.path}: ${u.type} ${u.id} is not a fixture record`);
      for (const finding of scan.findings) {
        const owner = finding.kind === 'marker' ? (fx.markers.get(finding.value)?.owner.id ?? finding.value) : finding.value;
        const key = `${finding.edge}|${owner}|${finding.kind === 'marker' ? (fx.markers.get(finding.value)?.part ?? '') : 'record'}`;
        const known = grouped.get(key);
        if (known) {
          known.count += 1;
          known.roots.add(op.rootField);
        } else grouped.set(key, { finding, op, count: 1, roots: new Set([op.rootField]) });
      }

      const errors = res.errors ?? [];
      const rootDenial = (e: (typeof errors)[number]) =>
        (e.path?.length ?? 0) <= 1 && DENIALS.includes(String(e.extensions?.code)) && !res.data?.[op.rootField];
      for (const e of errors) {
        if (!rootDenial(e))
          report.errors.push(`${role} · ${op.label} · ${e.path?.join('.') ?? '(no path)'}: ${e.extensions?.code} ${e.message}`);
      }
      if (op.target) {
        const record = fx.records.get(op.target.id) as LeakRecord;
        const answered = res.data?.[op.rootField]?.id === op.target.id;
        if (record.visibleTo.has(role) && !answered)
          report.lookups.push(`${role} · ${op.label}: refused a record the rules show (${errors[0]?.extensions?.code ?? 'no data'})`);
        if (!record.visibleTo.has(role) && !errors.some(rootDenial))
          report.lookups.push(
            `${role} · ${op.label}: a hidden record must answer ${DENIALS.join('/')}, got ${errors[0]?.extensions?.code ?? 'data'}`,
          );
      }
    }
    for (const { finding, op, count, roots: via } of grouped.values()) {
      const what =
        finding.kind === 'record'
          ? describeRecord(finding.value)
          : finding.kind === 'marker'
            ? `text ${describeMarker(finding.value)}`
            : `id of ${describeRecord(finding.value)} in text`;
      report.leaks.push(
        `${role} · ${finding.edge} → ${what} · under ${[...via].sort().join(', ')} · e.g. ${op.label} at ${finding.path}${count > 1 ? ` (${count} paths)` : ''}`,
      );
    }
    report.leaks.sort();
    return report;
  }

  it('covers every record type and every required argument of the schema', () => {
    // The map's nodes and reasons stand for the organisation, person, body, agreement or meeting their id names, and are judged as those.
    const described = [...Object.keys(readRules), ...standIns];
    const undescribed = schemaRecordTypes.filter((t) => !described.includes(t));
    expect(undescribed.map((t) => `${t} has an id field, but test/support/leak-fixture.ts has no read rule and no records for it`)).toEqual(
      [],
    );
    expect(
      Object.keys(readRules)
        .filter((t) => !(fx.byType.get(t) ?? []).length)
        .map((t) => `The leak fixture has no ${t} record`),
      'every described type needs records',
    ).toEqual([]);
    expect(walk.problems).toEqual([]);
  });

  describe.each(roles)('as %s', (role) => {
    it('no path shows a record or text the read rules hide', () => {
      expect(reports.get(role)?.leaks).toEqual([]);
    });

    it('hidden records asked for directly answer NOT_FOUND, FORBIDDEN or UNAUTHENTICATED, and nothing else fails', () => {
      const report = reports.get(role);
      expect([...(report?.lookups ?? []), ...(report?.errors ?? []), ...(report?.unknown ?? [])]).toEqual([]);
    });

    it('some path shows every record and text the read rules grant', () => {
      const report = reports.get(role);
      const missingRecords = [...fx.records.values()]
        .filter((r) => r.visibleTo.has(role) && !report?.seenIds.has(r.id))
        .map((r) => `${role} sees no ${r.label} on any path`);
      const missingMarkers = [...fx.markers.values()]
        .filter((m) => m.visibleTo.has(role) && !report?.seenMarkers.has(m.marker))
        .map((m) => `${role} sees no text ${describeMarker(m.marker)} on any path`);
      expect([...missingRecords, ...missingMarkers]).toEqual([]);
    });
  });

  it('hands out every document over HTTP exactly to the roles the read rules show it to', async () => {
    expect(schemaRecordTypes.filter((t) => t.endsWith('Document')).sort()).toEqual(Object.keys(downloadRoutes).sort());
    const wrong: string[] = [];
    for (const [type, route] of Object.entries(downloadRoutes)) {
      for (const record of fx.byType.get(type) ?? []) {
        for (const role of roles) {
          const cookie = sessions.get(role)?.cookie;
          const res = await fetch(`${h.url}/api/${route}/${record.id}`, { headers: cookie ? { cookie } : {} });
          const body = Buffer.from(await res.arrayBuffer());
          const expected = record.visibleTo.has(role) ? 200 : 404;
          if (res.status !== expected) wrong.push(`${role} · ${record.label}: ${res.status}, expected ${expected}`);
          // A refusal says only that the document does not exist, never what it holds.
          if (expected === 404 && fx.forbiddenMarkers(role).some((m) => body.toString('utf8').toLowerCase().includes(m)))
            wrong.push(`${role} · ${record.label}: the refusal names the file`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('visitors see the public organisation, public bodies (ended ones too) and the consenting person’s contact data', () => {
    const seen = reports.get('visitor')?.seenIds ?? new Set();
    for (const name of ['orgA', 'bWorkingGroup', 'bMerged', 'bDissolved', 'pConsenting', 'measureOwnedByHidden'])
      expect(seen.has(fx.ids[name] ?? ''), name).toBe(true);
    const consentContact = [...fx.markers.values()].find((m) => m.part === 'contact' && m.owner.id === fx.ids.pConsenting);
    expect(consentContact && reports.get('visitor')?.seenMarkers.has(consentContact.marker)).toBe(true);
  });

  it('admins see internal and archived records, every agreement, document and history entry', () => {
    const seen = reports.get('admin')?.seenIds ?? new Set();
    for (const name of ['orgInternal', 'orgArchived', 'bInternal', 'pInternalOnly', 'pArchived', 'measureInternal', 'agreementBInternal'])
      expect(seen.has(fx.ids[name] ?? ''), name).toBe(true);
    for (const type of ['AgreementDocument', 'NeedDocument', 'FundApplicationDocument', 'AuditEntry', 'Invitation', 'User'])
      expect((fx.byType.get(type) ?? []).filter((r) => !seen.has(r.id)).map((r) => r.label)).toEqual([]);
  });
});

describe('the response scan', () => {
  const [visible, hidden, hiddenChild, author] = [1, 2, 3, 4].map((n) => `00000000-0000-4000-8000-00000000000${n}`) as [
    string,
    string,
    string,
    string,
  ];
  const rules = { forbiddenIds: new Set([hidden, hiddenChild, author]), forbiddenMarkers: ['leak-900'], referenceFields };

  it('reports a hidden record once, at the field that let it through, and not what lies inside it', () => {
    const data = {
      __typename: 'Measure',
      id: visible,
      owners: [
        {
          __typename: 'Organisation',
          id: hidden,
          name: 'LEAK-900 Interne Stelle',
          affiliations: [{ __typename: 'Affiliation', id: hiddenChild }],
        },
      ],
    };
    const scan = scanData('measure', data, rules, () => true);
    expect(scan.findings).toEqual([{ kind: 'record', path: 'measure.owners[0]', edge: 'Measure.owners', value: hidden }]);
    expect([...scan.seenIds]).toEqual([visible, hidden, hiddenChild]);
    expect([...scan.seenMarkers]).toEqual(['leak-900']);
  });

  it('reports hidden text and ids inside visible records and wrappers, except in reference fields', () => {
    const data = [
      { __typename: 'Tandem', leads: [{ __typename: 'Membership', id: visible, organisation: null, note: 'siehe leak-900' }] },
      { __typename: 'AuditEntry', id: visible, actorId: author, after: { organisation: hidden } },
    ];
    expect(scanData('tandems', data, rules, () => true).findings).toEqual([
      { kind: 'marker', path: 'tandems[0].leads[0].note', edge: 'Membership.note', value: 'leak-900' },
      { kind: 'id', path: 'tandems[1].after.organisation', edge: 'AuditEntry.after.organisation', value: hidden },
    ]);
  });

  it('names the wrapper path of a record reached through a connection or a tandem', () => {
    const data = {
      __typename: 'OrganisationConnection',
      edges: [{ __typename: 'OrganisationEdge', node: { __typename: 'Organisation', id: hidden } }],
    };
    expect(scanData('organisations', data, rules, () => true).findings[0]?.edge).toBe('Query.organisations.edges.node');
    expect(scanData('organisations', data, rules, (id) => id !== hidden).unknown).toEqual([
      { path: 'organisations.edges[0].node', type: 'Organisation', id: hidden },
    ]);
  });
});
