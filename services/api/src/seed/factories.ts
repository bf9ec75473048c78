import { hashPassword } from '../auth/password.js';
import { tokenHash } from '../auth/tokens.js';
import type { EntityManager } from '../db/orm.js';
import type { ContactChannel } from '../modules/organisation/contact.types.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { ContactChannelKind, OrganisationKind, Sector, Visibility } from '../modules/organisation/organisation.enums.js';
import { Affiliation, Person } from '../modules/person/person.entity.js';
import {
  District,
  FieldOfAction,
  Language,
  ReferenceKind,
  referenceEntityByKind,
  TargetGroup,
} from '../modules/reference/reference.entity.js';
import { Invitation, User, UserRole } from '../modules/user/user.entity.js';
import { Random } from './random.js';

export interface OrganisationOverrides {
  name?: string;
  shortName?: string | null;
  kind?: OrganisationKind;
  sector?: Sector;
  description?: string | null;
  visibility?: Visibility;
  website?: string | null;
  contactChannels?: ContactChannel[];
  address?: Partial<Organisation['address']>;
  lastConfirmedAt?: Date;
  archivedAt?: Date | null;
  fieldsOfAction?: FieldOfAction[];
  districts?: District[];
  languages?: Language[];
  targetGroups?: TargetGroup[];
}

export interface PersonOverrides {
  givenName?: string;
  familyName?: string;
  function?: string | null;
  contactChannels?: ContactChannel[];
  consentToPublishContact?: boolean;
  archivedAt?: Date | null;
}

export interface UserOverrides {
  email?: string;
  displayName?: string;
  role?: UserRole;
  password?: string;
  organisations?: Organisation[];
  person?: Person | null;
  disabledAt?: Date | null;
}

/** Hashing is deliberately slow; tests and the demo reuse one hash per password. */
const hashes = new Map<string, Promise<string>>();
const cachedHash = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
};

/**
 * One factory per entity, used by the tests and by the demo city alike. Each
 * method persists a valid record with sensible defaults; callers flush.
 */
export class Factory {
  private sequence = 0;
  readonly random: Random;

  constructor(
    readonly em: EntityManager,
    seed = 1,
  ) {
    this.random = new Random(seed);
  }

  private next() {
    this.sequence += 1;
    return this.sequence;
  }

  reference<K extends ReferenceKind>(kind: K, data: { code?: string; labelDe?: string; labelEn?: string; position?: number } = {}) {
    const n = this.next();
    const Entity = referenceEntityByKind[kind] as typeof FieldOfAction;
    return this.em.create(Entity, {
      code: data.code ?? `${kind.toLowerCase().replaceAll('_', '-').slice(0, 20)}-${n}`,
      labelDe: data.labelDe ?? `Eintrag ${n}`,
      labelEn: data.labelEn ?? `Entry ${n}`,
      position: data.position ?? n,
    }) as InstanceType<(typeof referenceEntityByKind)[K]>;
  }

  organisation(data: OrganisationOverrides = {}): Organisation {
    const n = this.next();
    const org = this.em.create(Organisation, {
      name: data.name ?? `Organisation ${n}`,
      shortName: data.shortName ?? null,
      kind: data.kind ?? OrganisationKind.ASSOCIATION,
      sector: data.sector ?? Sector.CIVIL_SOCIETY,
      description: data.description ?? null,
      visibility: data.visibility ?? Visibility.PUBLIC,
      website: data.website ?? null,
      contactChannels: data.contactChannels ?? [{ kind: ContactChannelKind.EMAIL, value: `kontakt${n}@verbund.example`, label: null }],
      address: { street: null, postalCode: null, city: null, latitude: null, longitude: null, ...data.address },
      lastConfirmedAt: data.lastConfirmedAt ?? new Date(),
      archivedAt: data.archivedAt ?? null,
    });
    if (data.fieldsOfAction) org.fieldsOfAction.set(data.fieldsOfAction);
    if (data.districts) org.districts.set(data.districts);
    if (data.languages) org.languages.set(data.languages);
    if (data.targetGroups) org.targetGroups.set(data.targetGroups);
    return org;
  }

  person(data: PersonOverrides = {}): Person {
    const n = this.next();
    return this.em.create(Person, {
      givenName: data.givenName ?? 'Alex',
      familyName: data.familyName ?? `Muster${n}`,
      function: data.function ?? null,
      contactChannels: data.contactChannels ?? [{ kind: ContactChannelKind.EMAIL, value: `person${n}@verbund.example`, label: null }],
      consentToPublishContact: data.consentToPublishContact ?? false,
      archivedAt: data.archivedAt ?? null,
    });
  }

  affiliation(
    person: Person,
    organisation: Organisation,
    data: { role?: string; validFrom?: string | null; validTo?: string | null } = {},
  ) {
    return this.em.create(Affiliation, {
      person,
      organisation,
      role: data.role ?? 'Ansprechperson',
      validFrom: data.validFrom ?? null,
      validTo: data.validTo ?? null,
    });
  }

  async user(data: UserOverrides = {}): Promise<User> {
    const n = this.next();
    const user = this.em.create(User, {
      email: data.email ?? `user${n}@verbund.example`,
      displayName: data.displayName ?? `User ${n}`,
      role: data.role ?? UserRole.MEMBER,
      passwordHash: await cachedHash(data.password ?? 'correct horse battery'),
      person: data.person ?? null,
      disabledAt: data.disabledAt ?? null,
    });
    if (data.organisations) user.organisations.set(data.organisations);
    return user;
  }

  invitation(data: { email?: string; role?: UserRole; token: string; expiresAt?: Date; organisations?: Organisation[] }) {
    const n = this.next();
    const invitation = this.em.create(Invitation, {
      email: data.email ?? `invitee${n}@verbund.example`,
      role: data.role ?? UserRole.MEMBER,
      tokenHash: tokenHash(data.token),
      expiresAt: data.expiresAt ?? new Date(Date.now() + 3600_000),
    });
    if (data.organisations) invitation.organisations.set(data.organisations);
    return invitation;
  }
}
