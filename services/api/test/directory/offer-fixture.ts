import type { EntityManager } from '../../src/db/orm.js';
import type { OpeningHoursData } from '../../src/modules/offer/offer.entity.js';
import { OfferKind } from '../../src/modules/offer/offer.enums.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Visibility } from '../../src/modules/organisation/organisation.enums.js';
import { District, FieldOfAction, Language, TargetGroup } from '../../src/modules/reference/reference.entity.js';
import { Factory } from '../../src/seed/factories.js';
import type { Fixture } from '../support/fixture.js';

/** Every day, all day: open whenever a test runs. */
export const alwaysOpen: OpeningHoursData[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

/**
 * Offers beside the common fixture: public ones of public organisations, and
 * the ones visitors must not see (internal, archived, of an internal or an
 * archived organisation), one stale, one whose last day has passed.
 */
export async function seedOffers(em: EntityManager, fx: Fixture) {
  const f = new Factory(em, 7);
  const org = (o: { id: string }) => em.getReference(Organisation, o.id);
  const ref = <T extends object>(entity: new () => T, r: { id: string }) => em.getReference(entity, r.id as never);
  const caritas = org(fx.orgs.caritas);
  const counselling = f.offer(caritas, {
    title: 'Migrationsberatung für Erwachsene',
    description: 'Beratung zu Aufenthalt, Familiennachzug und Anerkennung von Abschlüssen.',
    kind: OfferKind.COUNSELLING,
    locations: [
      {
        name: 'Beratungsstelle Nord',
        street: 'Lindenweg 3',
        postalCode: '39104',
        city: 'Lindenau',
        openingHours: alwaysOpen,
        byAppointment: true,
      },
    ],
    languages: [ref(Language, fx.refs.arabic), ref(Language, fx.refs.german)],
    districts: [ref(District, fx.refs.north)],
    fieldsOfAction: [ref(FieldOfAction, fx.refs.language)],
    targetGroups: [ref(TargetGroup, fx.refs.women)],
  });
  const cafe = f.offer(org(fx.orgs.cafe), {
    title: 'Sprachcafé am Donnerstag',
    description: 'Deutsch üben bei Kaffee und Kuchen.',
    kind: OfferKind.LANGUAGE_CAFE,
    languages: [ref(Language, fx.refs.german)],
    districts: [ref(District, fx.refs.south)],
    targetGroups: [ref(TargetGroup, fx.refs.youth)],
  });
  const stale = f.offer(org(fx.orgs.jobcenter), {
    title: 'Bewerbungstraining',
    kind: OfferKind.WORK_AND_TRAINING,
    lastConfirmedAt: new Date(Date.now() - 2 * 365 * 86400_000),
  });
  const internal = f.offer(caritas, { title: 'Interne Fallbesprechung', visibility: Visibility.INTERNAL });
  const archived = f.offer(caritas, { title: 'Frühere Hausaufgabenhilfe', archivedAt: new Date('2024-01-01T00:00:00Z') });
  const ofInternal = f.offer(org(fx.orgs.internal), { title: 'Sprechstunde der Steuerungsrunde' });
  const ofArchived = f.offer(org(fx.orgs.archived), { title: 'Willkommensfest' });
  const ended = f.offer(caritas, {
    title: 'Sommerferienkurs 2020',
    validUntil: '2020-08-31',
    locations: [{ openingHours: alwaysOpen, byAppointment: false }],
  });
  await em.flush();
  em.clear();
  return { counselling, cafe, stale, internal, archived, ofInternal, ofArchived, ended };
}

export type OfferFixture = Awaited<ReturnType<typeof seedOffers>>;
