import type { EntityManager } from '../../src/db/orm.js';
import { OrganisationKind, Sector, Visibility } from '../../src/modules/organisation/organisation.enums.js';
import { ReferenceKind } from '../../src/modules/reference/reference.entity.js';
import { UserRole } from '../../src/modules/user/user.entity.js';
import { Factory } from '../../src/seed/factories.js';

export const PASSWORD = 'correct horse battery';

/**
 * The known state every integration test starts from: a handful of
 * organisations (public, internal, archived, stale), people with and without
 * consent, and one account per role.
 */
export async function seedFixture(em: EntityManager) {
  const f = new Factory(em);
  const language = f.reference(ReferenceKind.FIELD_OF_ACTION, {
    code: 'sprache',
    labelDe: 'Sprache und Bildung',
    labelEn: 'Language and education',
  });
  const work = f.reference(ReferenceKind.FIELD_OF_ACTION, {
    code: 'arbeit',
    labelDe: 'Ausbildung und Arbeit',
    labelEn: 'Training and work',
  });
  const north = f.reference(ReferenceKind.DISTRICT, { code: 'nord', labelDe: 'Nordstadt', labelEn: 'North' });
  const south = f.reference(ReferenceKind.DISTRICT, { code: 'sued', labelDe: 'Südstadt', labelEn: 'South' });
  const german = f.reference(ReferenceKind.LANGUAGE, { code: 'de', labelDe: 'Deutsch', labelEn: 'German' });
  const arabic = f.reference(ReferenceKind.LANGUAGE, { code: 'ar', labelDe: 'Arabisch', labelEn: 'Arabic' });
  const women = f.reference(ReferenceKind.TARGET_GROUP, { code: 'frauen', labelDe: 'Frauen', labelEn: 'Women' });
  const youth = f.reference(ReferenceKind.TARGET_GROUP, { code: 'jugend', labelDe: 'Jugendliche', labelEn: 'Young people' });

  const caritas = f.organisation({
    name: 'Caritasverband Nordstadt',
    shortName: 'Caritas',
    kind: OrganisationKind.WELFARE_ASSOCIATION,
    sector: Sector.WELFARE,
    description: 'Beratungsstellen für Geflüchtete und Sprachkurse für Frauen.',
    fieldsOfAction: [language],
    districts: [north],
    languages: [german, arabic],
    targetGroups: [women],
  });
  const cafe = f.organisation({
    name: 'Sprachcafé Südstadt',
    kind: OrganisationKind.VOLUNTEER_INITIATIVE,
    sector: Sector.CIVIL_SOCIETY,
    description: 'Ehrenamtliche Gesprächsrunden und Hausaufgabenhilfe für Jugendliche.',
    fieldsOfAction: [language],
    districts: [south],
    languages: [german],
    targetGroups: [youth],
  });
  const jobcenter = f.organisation({
    name: 'Jobcenter Lindenau',
    kind: OrganisationKind.MUNICIPAL_DEPARTMENT,
    sector: Sector.PUBLIC_ADMINISTRATION,
    description: 'Vermittlung in Arbeit und Ausbildung.',
    fieldsOfAction: [work],
    districts: [north, south],
    languages: [german],
    lastConfirmedAt: new Date(Date.now() - 2 * 365 * 86400_000),
  });
  const internal = f.organisation({
    name: 'Interne Steuerungsrunde Sozialamt',
    kind: OrganisationKind.MUNICIPAL_DEPARTMENT,
    sector: Sector.PUBLIC_ADMINISTRATION,
    visibility: Visibility.INTERNAL,
    fieldsOfAction: [work],
  });
  const archived = f.organisation({
    name: 'Aufgelöste Willkommensinitiative',
    kind: OrganisationKind.VOLUNTEER_INITIATIVE,
    archivedAt: new Date(),
  });

  const consenting = f.person({
    givenName: 'Amira',
    familyName: 'Haddad',
    function: 'Leitung Migrationsberatung',
    consentToPublishContact: true,
  });
  const private_ = f.person({ givenName: 'Jonas', familyName: 'Becker', function: 'Sozialarbeiter' });
  const volunteer = f.person({ givenName: 'Olena', familyName: 'Kovalenko', function: 'Ehrenamtskoordination' });
  const official = f.person({ givenName: 'Petra', familyName: 'Schulz', function: 'Sachbearbeitung' });
  f.affiliation(consenting, caritas, { role: 'Leitung', validFrom: '2019-01-01' });
  f.affiliation(private_, caritas, { role: 'Mitarbeiter' });
  f.affiliation(volunteer, cafe, { role: 'Koordination' });
  f.affiliation(official, internal, { role: 'Sachbearbeitung' });
  f.affiliation(volunteer, jobcenter, { role: 'Praktikum', validFrom: '2017-01-01', validTo: '2018-12-31' });

  const admin = await f.user({ email: 'admin@test.example', displayName: 'Admin', role: UserRole.ADMIN, password: PASSWORD });
  const editorCaritas = await f.user({
    email: 'editor.caritas@test.example',
    displayName: 'Editor Caritas',
    role: UserRole.EDITOR,
    password: PASSWORD,
    organisations: [caritas],
  });
  const editorCafe = await f.user({
    email: 'editor.cafe@test.example',
    displayName: 'Editor Café',
    role: UserRole.EDITOR,
    password: PASSWORD,
    organisations: [cafe],
  });
  const member = await f.user({ email: 'member@test.example', displayName: 'Member', role: UserRole.MEMBER, password: PASSWORD });
  await em.flush();
  em.clear();

  return {
    refs: { language, work, north, south, german, arabic, women, youth },
    orgs: { caritas, cafe, jobcenter, internal, archived },
    people: { consenting, private: private_, volunteer, official },
    users: { admin, editorCaritas, editorCafe, member },
  };
}

export type Fixture = Awaited<ReturnType<typeof seedFixture>>;
