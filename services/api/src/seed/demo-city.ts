import type { EntityManager } from '../db/orm.js';
import { truncateAll } from '../db/reset.js';
import { AuditService } from '../modules/audit/audit.service.js';
import type { ContactChannel } from '../modules/organisation/contact.types.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { ContactChannelKind, OrganisationKind, Sector, Visibility } from '../modules/organisation/organisation.enums.js';
import { organisationSnapshot } from '../modules/organisation/organisation.service.js';
import { ReferenceKind } from '../modules/reference/reference.entity.js';
import { User, UserRole } from '../modules/user/user.entity.js';
import { seedBulkOffers } from './bulk-offers.js';
import {
  demoAffiliationRoles,
  demoDistricts,
  demoFamilyNames,
  demoFieldsOfAction,
  demoFunctions,
  demoGivenNames,
  demoLanguages,
  demoOrganisations,
  demoTargetGroups,
  type ReferenceSeed,
} from './demo-data.js';
import { seedDemoOffers } from './demo-offers.js';
import { seedDemoReferralPaths } from './demo-referral.js';
import { seedDemoSteering } from './demo-steering.js';
import { seedDemoStructure } from './demo-structure.js';
import { seedDemoVolunteering } from './demo-volunteering.js';
import { Factory } from './factories.js';

/** The demo logins the README lists. */
export const demoAccounts = {
  password: 'verbund-demo',
  admin: 'admin@verbund.example',
  editor: 'editor@verbund.example',
  member: 'member@verbund.example',
  lead: 'lead@verbund.example',
} as const;

/** Organisations the demo editor edits. */
export const demoEditorOrganisations = ['WELFARE_ASSOCIATION', 'MIGRANT_ORGANISATION'] as const;

const cityCentre = { latitude: 52.1205, longitude: 11.6276 };

export interface DemoSummary {
  organisations: number;
  people: number;
  users: number;
  bodies: number;
  measures: number;
  meetings: number;
  tasks: number;
  volunteerOpportunities: number;
  volunteers: number;
  offers: number;
  referralPaths: number;
}

/** Loads the demo city into an empty database; does nothing when there is data already. */
export async function loadDemoCityIfEmpty(em: EntityManager): Promise<DemoSummary | undefined> {
  const [organisations, users] = await Promise.all([em.count(Organisation), em.count(User)]);
  if (organisations > 0 || users > 0) return undefined;
  const summary = await seedDemoCity(em);
  await analyze(em);
  return summary;
}

/** Replaces all data with the demo city. */
export async function reloadDemoCity(
  em: EntityManager,
  options: { organisations?: number; structureScale?: number; offers?: number } = {},
): Promise<DemoSummary> {
  await truncateAll(em);
  const summary = await seedDemoCity(em, options);
  // Offers in bulk for load tests, spread over all organisations (bulk-offers.ts); `offers` is the total wanted.
  if (options.offers) summary.offers += await seedBulkOffers(em, options.offers);
  await analyze(em);
  return summary;
}

/** Fresh planner statistics after a bulk load, so the first queries get good plans. */
async function analyze(em: EntityManager) {
  await em.execute('analyze');
}

/**
 * Lindenau, an invented mid-sized German city: reference data, 230+
 * organisations of every kind and sector, 300+ people and three accounts.
 */
export async function seedDemoCity(
  em: EntityManager,
  options: { organisations?: number; structureScale?: number } = {},
): Promise<DemoSummary> {
  const total = options.organisations ?? demoOrganisations.length;
  const extraOrganisations = Math.max(0, total - demoOrganisations.length);
  return em.transactional(async (tem) => {
    const factory = new Factory(tem, 2026);
    const r = factory.random;
    const refs = <K extends ReferenceKind>(kind: K, seeds: ReferenceSeed[]) =>
      new Map(seeds.map((s, i) => [s.code, factory.reference(kind, { ...s, position: i })]));
    const fields = refs(ReferenceKind.FIELD_OF_ACTION, demoFieldsOfAction);
    const districts = refs(ReferenceKind.DISTRICT, demoDistricts);
    const languages = refs(ReferenceKind.LANGUAGE, demoLanguages);
    const targetGroups = refs(ReferenceKind.TARGET_GROUP, demoTargetGroups);
    const lookup = <T>(map: Map<string, T>, codes: string[]) => codes.map((c) => map.get(c)).filter((x): x is T => x !== undefined);
    const districtCentres = new Map(
      demoDistricts.map((d, i) => {
        const angle = (i / demoDistricts.length) * 2 * Math.PI;
        const radius = i === 0 ? 0 : 0.02 + (i % 3) * 0.012;
        return [
          d.code,
          { latitude: cityCentre.latitude + radius * Math.sin(angle), longitude: cityCentre.longitude + radius * 1.6 * Math.cos(angle) },
        ];
      }),
    );

    const now = Date.now();
    const organisations = demoOrganisations.slice(0, total).map((seed, i) => {
      const centre = districtCentres.get(seed.districts[0] ?? '') ?? cityCentre;
      const contactChannels: ContactChannel[] = [];
      if (seed.email) contactChannels.push({ kind: ContactChannelKind.EMAIL, value: seed.email, label: null });
      if (seed.phone) contactChannels.push({ kind: ContactChannelKind.PHONE, value: seed.phone, label: null });
      // Roughly one profile in seven has not been confirmed for over a year.
      const ageDays = i % 7 === 3 ? r.int(370, 900) : r.int(0, 300);
      return factory.organisation({
        name: seed.name,
        shortName: seed.shortName ?? null,
        kind: seed.kind as OrganisationKind,
        sector: seed.sector as Sector,
        description: seed.description,
        visibility: seed.internal ? Visibility.INTERNAL : Visibility.PUBLIC,
        website: seed.website ?? null,
        contactChannels,
        address: {
          street: seed.street,
          postalCode: seed.postalCode,
          city: 'Lindenau',
          latitude: round(centre.latitude + (r.next() - 0.5) * 0.01),
          longitude: round(centre.longitude + (r.next() - 0.5) * 0.016),
        },
        lastConfirmedAt: new Date(now - ageDays * 86400_000),
        fieldsOfAction: lookup(fields, seed.fieldsOfAction),
        districts: lookup(districts, seed.districts),
        languages: lookup(languages, seed.languages),
        targetGroups: lookup(targetGroups, seed.targetGroups),
      });
    });
    for (let i = 0; i < extraOrganisations; i++) {
      const seed = r.pick(demoOrganisations);
      organisations.push(
        factory.organisation({
          name: `${seed.name} (${i + 1})`,
          kind: seed.kind as OrganisationKind,
          sector: seed.sector as Sector,
          description: seed.description,
          fieldsOfAction: lookup(fields, seed.fieldsOfAction),
          districts: lookup(districts, seed.districts),
          languages: lookup(languages, seed.languages),
          targetGroups: lookup(targetGroups, seed.targetGroups),
          lastConfirmedAt: new Date(now - r.int(0, 700) * 86400_000),
        }),
      );
    }

    const people = [];
    const usedNames = new Set<string>();
    const peopleCount = 320 + Math.floor(extraOrganisations * 0.5);
    while (people.length < peopleCount) {
      const givenName = r.pick(demoGivenNames);
      const familyName = r.pick(demoFamilyNames);
      if (usedNames.has(`${givenName} ${familyName}`) && usedNames.size < (demoGivenNames.length * demoFamilyNames.length) / 2) continue;
      usedNames.add(`${givenName} ${familyName}`);
      const n = people.length;
      const handle = `${givenName}.${familyName}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z.]/g, '');
      const person = factory.person({
        givenName,
        familyName,
        function: r.pick(demoFunctions),
        consentToPublishContact: r.chance(0.45),
        contactChannels: [
          { kind: ContactChannelKind.EMAIL, value: `${handle}${n}@lindenau.example`, label: null },
          ...(r.chance(0.6) ? [{ kind: ContactChannelKind.PHONE, value: `+49 391 ${r.int(100000, 999999)}`, label: 'Büro' }] : []),
        ],
      });
      // Every organisation gets at least one contact; then people spread at random.
      const primary = n < organisations.length ? (organisations[n] as Organisation) : r.pick(organisations);
      factory.affiliation(person, primary, {
        role: r.pick(demoAffiliationRoles),
        validFrom: `${r.int(2015, 2025)}-${pad(r.int(1, 12))}-01`,
      });
      if (r.chance(0.2)) {
        factory.affiliation(person, r.pick(organisations), {
          role: r.pick(demoAffiliationRoles),
          validFrom: `${r.int(2016, 2024)}-0${r.int(1, 9)}-15`,
        });
      }
      if (r.chance(0.08)) {
        factory.affiliation(person, r.pick(organisations), {
          role: 'Ehemalige Ansprechperson',
          validFrom: '2016-01-01',
          validTo: `${r.int(2018, 2023)}-12-31`,
        });
      }
      people.push(person);
    }

    // The structure needs the demo's own organisations; a cut-down directory (benchmarks) goes without it.
    const structure =
      total >= demoOrganisations.length
        ? seedDemoStructure(factory, new Map(organisations.map((o) => [o.name, o])), fields, {
            scale: options.structureScale,
            extraPeople: people,
          })
        : undefined;

    if (structure) {
      // The steering work reads the meetings back, so they must be written first.
      await tem.flush();
      await seedDemoSteering(tem, factory, {
        concept: structure.concept,
        bodies: structure.bodies,
        organisations,
        fields,
        districts,
        targetGroups,
        measures: structure.measures,
      });
    }

    // Offers come after the structure and the steering work, with their own random numbers, so both stay as they were.
    const audit = new AuditService();
    const demoOffers = seedDemoOffers(factory, {
      organisations: new Map(organisations.map((o) => [o.name, o])),
      fields,
      districts,
      languages,
      targetGroups,
      districtCentres,
      addCounsellingCentres: total >= demoOrganisations.length,
      people,
      audit,
      now: new Date(now),
    });

    // The referral paths lead to the demo offers (by their codes); they draw no random numbers.
    const referralPaths = seedDemoReferralPaths(tem, factory, demoOffers.offers, audit, new Date(now));

    // Volunteering needs the demo's own organisations; it draws no random numbers, so what follows stays as it was.
    const volunteering =
      total >= demoOrganisations.length
        ? seedDemoVolunteering(factory, new Map(organisations.map((o) => [o.name, o])), { districts, languages, targetGroups })
        : undefined;

    const editorOrganisations = demoEditorOrganisations.map(
      (kind) => organisations.find((o) => o.kind === kind && o.visibility === Visibility.PUBLIC) as Organisation,
    );
    await factory.user({
      email: demoAccounts.admin,
      displayName: 'Koordinierungsstelle Lindenau',
      role: UserRole.ADMIN,
      password: demoAccounts.password,
    });
    await factory.user({
      email: demoAccounts.editor,
      displayName: `Redaktion ${editorOrganisations[0]?.shortName ?? editorOrganisations[0]?.name ?? ''}`.trim(),
      role: UserRole.EDITOR,
      password: demoAccounts.password,
      organisations: editorOrganisations,
    });
    await factory.user({
      email: demoAccounts.member,
      displayName: structure ? `${structure.steeringMember.givenName} ${structure.steeringMember.familyName}` : 'Mitglied Lenkungsgruppe',
      role: UserRole.MEMBER,
      password: demoAccounts.password,
      person: structure?.steeringMember ?? null,
    });
    await factory.user({
      email: demoAccounts.lead,
      displayName: structure ? `${structure.lead.givenName} ${structure.lead.familyName}` : 'Tandem-Leitung',
      role: UserRole.MEMBER,
      password: demoAccounts.password,
      person: structure?.lead ?? null,
    });

    for (const org of organisations.slice(0, demoOrganisations.length)) {
      audit.record(
        tem,
        { kind: 'system' },
        { entityType: 'Organisation', entityId: org.id, action: 'CREATE', after: organisationSnapshot(org), organisationIds: [org.id] },
      );
    }
    await tem.flush();
    return {
      organisations: organisations.length + demoOffers.organisations.length,
      people: people.length,
      users: 4,
      bodies: structure?.bodies.size ?? 0,
      measures: structure?.measures.size ?? 0,
      meetings: structure?.meetings ?? 0,
      tasks: structure?.tasks ?? 0,
      volunteerOpportunities: volunteering?.opportunities ?? 0,
      volunteers: volunteering?.volunteers ?? 0,
      offers: demoOffers.offers.size,
      referralPaths,
    };
  });
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
const pad = (n: number) => String(n).padStart(2, '0');
