/**
 * A generated network for the map benchmark, written with plain SQL into a
 * database that Verbund has migrated: organisations of every kind and sector
 * in 40 districts, working groups and round tables whose members come mostly
 * from one district (so the graph has communities), one person per
 * organisation with an affiliation (so visitors see the memberships), two
 * tandem leads per body, and agreements in force between a few organisations
 * of a district. Everything is public. Deterministic (seeded): the same
 * sizes give the same rows, ids and layout in every run.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export interface NetworkSize {
  organisations: number;
  bodies: number;
  /** Members per body, inclusive. */
  minMembers: number;
  maxMembers: number;
  agreements: number;
}

export const defaultSize: NetworkSize = { organisations: 10_000, bodies: 1_500, minMembers: 4, maxMembers: 13, agreements: 300 };

export interface Generated {
  organisations: number;
  bodies: number;
  persons: number;
  memberships: number;
  agreements: number;
  parties: number;
  /** Distinct organisation pairs that share a body (the CO_MEMBERSHIP edges). */
  coMembershipPairs: number;
  /** Organisations in no body. */
  isolated: number;
  /** `verbund_session` cookie of an admin account created here. */
  adminCookie: string;
  ms: number;
}

const kinds = [
  'MUNICIPAL_DEPARTMENT',
  'PUBLIC_AGENCY',
  'WELFARE_ASSOCIATION',
  'CHURCH_OR_PARISH',
  'MIGRANT_ORGANISATION',
  'VOLUNTEER_INITIATIVE',
  'ASSOCIATION',
  'EDUCATION_PROVIDER',
  'EMPLOYER_OR_CHAMBER',
  'OTHER',
] as const;
const sectors = [
  'PUBLIC_ADMINISTRATION',
  'WELFARE',
  'CIVIL_SOCIETY',
  'MIGRANT_SELF_ORGANISATION',
  'FAITH',
  'EDUCATION',
  'BUSINESS',
] as const;
/** The sector that goes with a kind (OTHER: any). */
const sectorOfKind: Record<(typeof kinds)[number], (typeof sectors)[number] | null> = {
  MUNICIPAL_DEPARTMENT: 'PUBLIC_ADMINISTRATION',
  PUBLIC_AGENCY: 'PUBLIC_ADMINISTRATION',
  WELFARE_ASSOCIATION: 'WELFARE',
  CHURCH_OR_PARISH: 'FAITH',
  MIGRANT_ORGANISATION: 'MIGRANT_SELF_ORGANISATION',
  VOLUNTEER_INITIATIVE: 'CIVIL_SOCIETY',
  ASSOCIATION: 'CIVIL_SOCIETY',
  EDUCATION_PROVIDER: 'EDUCATION',
  EMPLOYER_OR_CHAMBER: 'BUSINESS',
  OTHER: null,
};
const bodyKinds = ['WORKING_GROUP', 'WORKING_GROUP', 'WORKING_GROUP', 'ROUND_TABLE', 'SUB_GROUP', 'FORUM'] as const;
const DISTRICTS = 40;

/** mulberry32: a small seeded generator, so every run writes the same network. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped UUID from the generator. */
function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '8';
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Writes the network into an empty, migrated Verbund database. */
export async function generateNetwork(databaseUrl: string, size: NetworkSize = defaultSize): Promise<Generated> {
  const started = performance.now();
  const random = seeded(20261201);
  const perDistrict = Math.ceil(size.organisations / DISTRICTS);

  const org = { id: [] as string[], name: [] as string[], kind: [] as string[], sector: [] as string[] };
  const person = { id: [] as string[], given: [] as string[], family: [] as string[] };
  const affiliation = { id: [] as string[], person: [] as string[], organisation: [] as string[] };
  for (let i = 0; i < size.organisations; i++) {
    const kind = pick(random, kinds);
    const district = Math.floor(i / perDistrict) + 1;
    org.id.push(uuidFrom(random));
    org.name.push(`Organisation ${pad(i + 1, 5)} (Bezirk ${pad(district, 2)})`);
    org.kind.push(kind);
    org.sector.push(sectorOfKind[kind] ?? pick(random, sectors));
    person.id.push(uuidFrom(random));
    person.given.push('Person');
    person.family.push(pad(i + 1, 5));
    affiliation.id.push(uuidFrom(random));
    affiliation.person.push(person.id[i] as string);
    affiliation.organisation.push(org.id[i] as string);
  }

  const body = { id: [] as string[], name: [] as string[], kind: [] as string[] };
  const membership = {
    id: [] as string[],
    body: [] as string[],
    person: [] as string[],
    organisation: [] as string[],
    role: [] as string[],
  };
  const pairs = new Set<string>();
  const inBody = new Set<number>();
  for (let b = 0; b < size.bodies; b++) {
    const district = b % DISTRICTS;
    const cityWide = random() < 0.1;
    const kind = pick(random, bodyKinds);
    body.id.push(uuidFrom(random));
    body.name.push(`${kind === 'ROUND_TABLE' ? 'Runder Tisch' : kind === 'FORUM' ? 'Forum' : 'AG'} ${pad(b + 1, 4)}`);
    body.kind.push(kind);
    const wanted = size.minMembers + Math.floor(random() * (size.maxMembers - size.minMembers + 1));
    const members = new Set<number>();
    while (members.size < wanted) {
      // Mostly the body's own district, some from the next one, city-wide bodies from anywhere.
      const home = cityWide ? Math.floor(random() * DISTRICTS) : random() < 0.85 ? district : (district + 1) % DISTRICTS;
      const index = home * perDistrict + Math.floor(random() * perDistrict);
      if (index < size.organisations) members.add(index);
    }
    const list = [...members];
    list.forEach((o, position) => {
      membership.id.push(uuidFrom(random));
      membership.body.push(body.id[b] as string);
      membership.person.push(person.id[o] as string);
      membership.organisation.push(org.id[o] as string);
      membership.role.push(position < 2 ? 'TANDEM_LEAD' : 'MEMBER');
      inBody.add(o);
    });
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i] as number, list[j] as number];
        pairs.add(x < y ? `${x}:${y}` : `${y}:${x}`);
      }
  }

  const agreement = { id: [] as string[], title: [] as string[] };
  const party = { id: [] as string[], agreement: [] as string[], organisation: [] as string[] };
  for (let a = 0; a < size.agreements; a++) {
    agreement.id.push(uuidFrom(random));
    agreement.title.push(`Kooperationsvereinbarung ${pad(a + 1, 4)}`);
    const district = Math.floor(random() * DISTRICTS);
    const parties = new Set<number>();
    const wanted = 2 + Math.floor(random() * 3);
    while (parties.size < wanted) {
      const index = district * perDistrict + Math.floor(random() * perDistrict);
      if (index < size.organisations) parties.add(index);
    }
    for (const o of parties) {
      party.id.push(uuidFrom(random));
      party.agreement.push(agreement.id[a] as string);
      party.organisation.push(org.id[o] as string);
    }
  }

  const adminToken = randomBytes(32).toString('base64url');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into organisation (id, created_at, updated_at, name, kind, sector, visibility, last_confirmed_at)
       select id, now(), now(), name, kind::organisation_kind, sector::sector, 'PUBLIC', now()
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as t(id, name, kind, sector)`,
      [org.id, org.name, org.kind, org.sector],
    );
    await client.query(
      `insert into person (id, created_at, updated_at, given_name, family_name)
       select id, now(), now(), given, family from unnest($1::uuid[], $2::text[], $3::text[]) as t(id, given, family)`,
      [person.id, person.given, person.family],
    );
    await client.query(
      `insert into affiliation (id, created_at, updated_at, person_id, organisation_id, role, valid_from)
       select id, now(), now(), person_id, organisation_id, 'Ansprechperson', '2020-01-01'
         from unnest($1::uuid[], $2::uuid[], $3::uuid[]) as t(id, person_id, organisation_id)`,
      [affiliation.id, affiliation.person, affiliation.organisation],
    );
    await client.query(
      `insert into body (id, created_at, updated_at, name, kind, visibility, status, founded_on)
       select id, now(), now(), name, kind::body_kind, 'PUBLIC', 'ACTIVE', '2020-01-01'
         from unnest($1::uuid[], $2::text[], $3::text[]) as t(id, name, kind)`,
      [body.id, body.name, body.kind],
    );
    await client.query(
      `insert into membership (id, created_at, updated_at, body_id, person_id, organisation_id, role, valid_from)
       select id, now(), now(), body_id, person_id, organisation_id, role::membership_role, '2020-01-01'
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[]) as t(id, body_id, person_id, organisation_id, role)`,
      [membership.id, membership.body, membership.person, membership.organisation, membership.role],
    );
    await client.query(
      `insert into agreement (id, created_at, updated_at, title, kind, status, signed_on, valid_from)
       select id, now(), now(), title, 'COOPERATION', 'IN_FORCE', '2024-01-01', '2024-01-01'
         from unnest($1::uuid[], $2::text[]) as t(id, title)`,
      [agreement.id, agreement.title],
    );
    await client.query(
      `insert into agreement_party (id, agreement_id, organisation_id, role)
       select id, agreement_id, organisation_id, 'Partner' from unnest($1::uuid[], $2::uuid[], $3::uuid[]) as t(id, agreement_id, organisation_id)`,
      [party.id, party.agreement, party.organisation],
    );
    // An admin account with a session, as the live benchmark makes its members: no password, the cookie is the key.
    const admin = uuidFrom(random);
    await client.query(
      `insert into app_user (id, created_at, updated_at, email, display_name, password_hash, role)
       values ($1, now(), now(), 'bench-admin@bench.example', 'Bench Admin', 'not-a-hash', 'ADMIN')`,
      [admin],
    );
    await client.query(`insert into session (id, user_id, created_at, expires_at) values ($1, $2, now(), now() + interval '1 day')`, [
      createHash('sha256').update(adminToken).digest('hex'),
      admin,
    ]);
    await client.query('commit');
    await client.query('analyze');
  } finally {
    await client.end();
  }
  return {
    organisations: size.organisations,
    bodies: size.bodies,
    persons: person.id.length,
    memberships: membership.id.length,
    agreements: agreement.id.length,
    parties: party.id.length,
    coMembershipPairs: pairs.size,
    isolated: size.organisations - inBody.size,
    adminCookie: `verbund_session=${adminToken}`,
    ms: Math.round(performance.now() - started),
  };
}
