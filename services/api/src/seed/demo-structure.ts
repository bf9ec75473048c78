import { AgreementKind, AgreementStatus } from '../modules/agreement/agreement.entity.js';
import type { Body } from '../modules/body/body.entity.js';
import { BodyKind, BodyStatus } from '../modules/body/body.enums.js';
import type { IntegrationConcept, IntegrationGoal } from '../modules/goal/goal.entity.js';
import { type Measure, MeasureStatus } from '../modules/measure/measure.entity.js';
import { MembershipRole } from '../modules/membership/membership.entity.js';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import { ContactChannelKind, Visibility } from '../modules/organisation/organisation.enums.js';
import type { Person } from '../modules/person/person.entity.js';
import type { FieldOfAction } from '../modules/reference/reference.entity.js';
import { seedDemoMeetings } from './demo-meetings.js';
import { demoAgreements, demoBodies, demoGoals, demoMeasures, demoStructurePeople } from './demo-structure-data.js';
import type { Factory } from './factories.js';

export interface DemoStructure {
  concept: IntegrationConcept;
  bodies: Map<string, Body>;
  people: Map<string, Person>;
  measures: Map<string, Measure>;
  /** A current tandem lead of the first working group, for the demo lead account. */
  lead: Person;
  /** A voting member of the steering committee, for the demo member account. */
  steeringMember: Person;
  meetings: number;
  tasks: number;
}

/**
 * The network's structure for the demo city: integration goals, a steering
 * committee with working groups, tandems and sub-projects, measures with
 * owners and indicators, and agreements in every status.
 */
export function seedDemoStructure(
  factory: Factory,
  organisations: Map<string, Organisation>,
  fieldsOfAction: Map<string, FieldOfAction>,
  options: { scale?: number; extraPeople?: Person[] } = {},
): DemoStructure {
  const need = <T>(map: Map<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (!value) throw new Error(`demo structure: unknown ${what} "${key}"`);
    return value;
  };

  const concept = factory.concept({
    title: 'Integrationskonzept „Lindenau integriert“ 2022',
    description:
      'Das Integrationskonzept der Stadt Lindenau, 2022 vom Rat beschlossen: sechzehn integrationspolitische Ziele in sieben Handlungsfeldern, umgesetzt von der Lenkungsgruppe und ihren Arbeitsgruppen.',
    validFrom: '2022-01-01',
    isCurrent: true,
  });
  const goals = new Map<number, IntegrationGoal>(
    demoGoals.map((g) => [
      g.number,
      factory.goal({
        concept,
        number: g.number,
        title: g.title,
        description: g.description ?? null,
        fieldOfAction: fieldsOfAction.get(g.fieldOfAction) ?? null,
      }),
    ]),
  );

  const goal = (n: number) => {
    const found = goals.get(n);
    if (!found) throw new Error(`demo structure: unknown goal ${n}`);
    return found;
  };

  const people = new Map<string, Person>();
  const homeOrganisation = new Map<string, Organisation>();
  for (const p of demoStructurePeople) {
    const organisation = need(organisations, p.organisation, 'organisation');
    const handle = `${p.givenName}.${p.familyName}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    const person = factory.person({
      givenName: p.givenName,
      familyName: p.familyName,
      function: p.function,
      consentToPublishContact: p.consent ?? false,
      contactChannels: [{ kind: ContactChannelKind.EMAIL, value: `${handle}@lindenau.example`, label: null }],
    });
    factory.affiliation(person, organisation, { role: p.function, validFrom: '2016-01-01' });
    people.set(p.key, person);
    homeOrganisation.set(p.key, organisation);
  }

  const bodies = new Map<string, Body>();
  for (const b of demoBodies) {
    bodies.set(
      b.key,
      factory.body({
        name: b.name,
        shortName: b.shortName ?? null,
        kind: b.kind as BodyKind,
        mandate: b.mandate,
        visibility: b.internal ? Visibility.INTERNAL : Visibility.PUBLIC,
        foundedOn: b.foundedOn,
        allowSameOrganisationLeads: b.allowSameOrganisationLeads ?? false,
        meetingIntervalMinWeeks: b.meetingCadence?.minWeeks ?? null,
        meetingIntervalMaxWeeks: b.meetingCadence?.maxWeeks ?? null,
        meetingNote: b.meetingCadence?.note ?? null,
        fieldsOfAction: b.fieldsOfAction.map((code) => need(fieldsOfAction, code, 'field of action')),
        goals: b.goals.map(goal),
      }),
    );
  }
  for (const b of demoBodies) {
    const body = need(bodies, b.key, 'body');
    if (b.parent) body.parent = need(bodies, b.parent, 'body');
    for (const step of b.history ?? []) {
      factory.bodyStatus(
        body,
        step.status as BodyStatus,
        step.on,
        step.reason,
        step.mergedInto ? need(bodies, step.mergedInto, 'body') : undefined,
      );
    }
    for (const m of b.members) {
      factory.membership(body, need(people, m.person, 'person'), {
        role: m.role as MembershipRole,
        organisation: m.organisation ? need(organisations, m.organisation, 'organisation') : (homeOrganisation.get(m.person) ?? null),
        votingRight: m.votingRight,
        validFrom: m.from ?? b.foundedOn,
        validTo: m.to ?? null,
      });
    }
  }

  const measures = new Map<string, Measure>();
  for (const m of demoMeasures) {
    const measure = factory.measure(need(bodies, m.body, 'body'), {
      title: m.title,
      description: m.description,
      owners: m.owners.map((name) => need(organisations, name, 'organisation')),
      responsible: need(people, m.responsible, 'person'),
      goals: m.goals.map(goal),
      history: m.history.map((h) => ({ status: h.status as MeasureStatus, on: h.on, note: h.reason })),
      startOn: m.startOn ?? null,
      dueOn: m.dueOn ?? null,
      progress: m.progress,
    });
    for (const indicator of m.indicators ?? []) factory.indicator(measure, indicator);
    measures.set(m.key, measure);
  }

  for (const a of demoAgreements) {
    factory.agreement({
      title: a.title,
      kind: a.kind as AgreementKind,
      description: a.description,
      parties: a.parties.map((p) => ({ organisation: need(organisations, p.organisation, 'organisation'), role: p.role })),
      history: a.history.map((h) => ({ status: h.status as AgreementStatus, on: h.on, note: h.reason })),
      signedOn: a.signedOn ?? null,
      validFrom: a.validFrom ?? null,
      validTo: a.validTo ?? null,
      noticeOn: a.noticeOn ?? null,
      body: a.body ? need(bodies, a.body, 'body') : null,
      measure: a.measure ? need(measures, a.measure, 'measure') : null,
    });
  }

  // For load tests: every body gets `scale` times its members and measures.
  const scale = options.scale ?? 1;
  const pool = options.extraPeople ?? [];
  if (scale > 1 && pool.length) {
    let next = 0;
    for (const b of demoBodies) {
      const body = need(bodies, b.key, 'body');
      const current = b.members.filter((m) => !m.to);
      for (let copy = 1; copy < scale; copy++) {
        for (const m of current) {
          const person = pool[next++ % pool.length] as Person;
          factory.membership(body, person, {
            role: MembershipRole.MEMBER,
            organisation: homeOrganisation.get(m.person) ?? null,
            validFrom: b.foundedOn,
          });
        }
      }
    }
    for (const m of demoMeasures) {
      for (let copy = 1; copy < scale; copy++) {
        factory.measure(need(bodies, m.body, 'body'), {
          title: `${m.title} (${copy + 1})`,
          owners: m.owners.map((name) => need(organisations, name, 'organisation')),
          responsible: need(people, m.responsible, 'person'),
          goals: m.goals.map(goal),
          history: m.history.map((h) => ({ status: h.status as MeasureStatus, on: h.on, note: h.reason })),
          dueOn: m.dueOn ?? null,
          progress: m.progress,
        });
      }
    }
  }

  const firstWorkingGroup = demoBodies.find((b) => b.kind === BodyKind.WORKING_GROUP && !b.history?.length);
  // The demo lead is the working group's lead with the most measures of their own.
  const responsibleFor = (key: string) => demoMeasures.filter((m) => m.responsible === key).length;
  const leadSeed = firstWorkingGroup?.members
    .filter((m) => m.role === MembershipRole.TANDEM_LEAD && !m.to)
    .sort((a, b) => responsibleFor(b.person) - responsibleFor(a.person))[0];
  const steering = demoBodies.find((b) => b.kind === BodyKind.STEERING_COMMITTEE);
  const memberSeed = steering?.members.find((m) => m.role === MembershipRole.MEMBER && !m.to && m.votingRight !== false);
  if (!leadSeed || !memberSeed) throw new Error('demo structure: needs a working group with a tandem lead and a steering committee member');
  const activity = seedDemoMeetings(factory, {
    bodies,
    people,
    homeOrganisation,
    organisations,
    measures: demoMeasures.map((m) => ({ body: m.body, measure: need(measures, m.key, 'measure') })),
    seeds: demoBodies,
    leadBody: firstWorkingGroup?.key ?? '',
  });
  return {
    concept,
    meetings: activity.meetings,
    tasks: activity.tasks,
    bodies,
    people,
    measures,
    lead: need(people, leadSeed.person, 'person'),
    steeringMember: need(people, memberSeed.person, 'person'),
  };
}
