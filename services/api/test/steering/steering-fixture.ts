import type { EntityManager } from '../../src/db/orm.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { MeetingStatus } from '../../src/modules/meeting/meeting.enums.js';
import { MembershipRole } from '../../src/modules/membership/membership.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Need, NeedClassification, NeedStatus, NeedStatusChange } from '../../src/modules/steering/steering.entity.js';
import { UserRole } from '../../src/modules/user/user.entity.js';
import { Factory } from '../../src/seed/factories.js';
import { PASSWORD } from '../support/fixture.js';
import { seedStructureFixture } from '../support/structure-fixture.js';

/**
 * The structure fixture with a steering committee of three voting members
 * (the chair Renate Vogel, `voter@` for Caritas and `voter2@` for the
 * Jobcenter), a meeting of it and one of the working group, each with an
 * agenda item, and four needs: three assessed, one only raised.
 */
export async function seedSteeringFixture(em: EntityManager) {
  const base = await seedStructureFixture(em);
  const f = new Factory(em, 9);
  const s = base.structure;
  const steering = em.getReference(Body, s.bodies.steering.id);
  const workingGroup = em.getReference(Body, s.bodies.workingGroup.id);
  const consenting = em.getReference(Person, base.people.consenting.id);
  const leadCity = em.getReference(Person, s.people.leadCity.id);
  f.membership(steering, leadCity, {
    role: MembershipRole.MEMBER,
    organisation: em.getReference(Organisation, base.orgs.jobcenter.id),
    validFrom: '2020-01-01',
  });
  const voter = await f.user({
    email: 'voter@test.example',
    displayName: 'Anna Voter',
    role: UserRole.MEMBER,
    password: PASSWORD,
    person: consenting,
  });
  const voter2 = await f.user({
    email: 'voter2@test.example',
    displayName: 'Tobias Lindner',
    role: UserRole.MEMBER,
    password: PASSWORD,
    person: leadCity,
  });

  const meeting = f.meeting(steering, {
    title: 'Lenkungsgruppe',
    startsAt: new Date(Date.now() - 3600_000),
    status: MeetingStatus.RUNNING,
  });
  const item = f.agendaItem(meeting, { title: 'Prioritäten', position: 1 });
  const groupMeeting = f.meeting(workingGroup, {
    title: 'AG-Sitzung',
    startsAt: new Date(Date.now() - 7200_000),
    status: MeetingStatus.RUNNING,
  });
  const groupItem = f.agendaItem(groupMeeting, { title: 'Verschiedenes', position: 1 });

  const need = (title: string, classification: NeedClassification, status: NeedStatus) => {
    const n = em.create(Need, {
      title,
      classification,
      raisedByOrganisation: em.getReference(Organisation, base.orgs.caritas.id),
      raisedOn: '2026-01-15',
      status,
      evidence: `Belege zu ${title}`,
    });
    em.create(NeedStatusChange, { need: n, fromStatus: null, toStatus: NeedStatus.RAISED, on: '2026-01-15' });
    if (status !== NeedStatus.RAISED)
      em.create(NeedStatusChange, { need: n, fromStatus: NeedStatus.RAISED, toStatus: status, on: '2026-02-01' });
    return n;
  };
  const kita = need('Kita-Plätze', NeedClassification.REQUIRED_BY_LAW, NeedStatus.ASSESSED);
  const sprache = need('Sprachmittlung', NeedClassification.LOCALLY_NECESSARY, NeedStatus.ASSESSED);
  const sport = need('Sportvereine', NeedClassification.DESIRABLE, NeedStatus.ASSESSED);
  const raised = need('Übersetzungs-App', NeedClassification.DESIRABLE, NeedStatus.RAISED);
  await em.flush();
  em.clear();
  return {
    ...base,
    steering: {
      users: { voter, voter2 },
      meeting: { id: meeting.id },
      item: { id: item.id },
      groupItem: { id: groupItem.id },
      needs: { kita: kita.id, sprache: sprache.id, sport: sport.id, raised: raised.id },
    },
  };
}

export type SteeringFixture = Awaited<ReturnType<typeof seedSteeringFixture>>;
