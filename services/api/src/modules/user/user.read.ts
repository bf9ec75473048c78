import { ensure, policy } from '../../auth/policy.js';
import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, idIn, type Sql, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { listSizes, MAX_TAGS, pageSize } from '../../graphql/lists.js';
import { groupBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { isUuid } from '../../validation/ids.js';
import { type OrganisationRow, organisationColumns, toOrganisation } from '../organisation/organisation.read.js';
import type { OrganisationView } from '../organisation/organisation.types.js';
import type { UserRole } from './user.entity.js';
import { InvitationView, UserView } from './user.types.js';

interface UserRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  email: string;
  display_name: string;
  role: UserRole;
  disabled_at: string | null;
  last_login_at: string | null;
}

const userColumns = sql`u.id, u.created_at, u.updated_at, u.version, u.email, u.display_name, u.role, u.disabled_at, u.last_login_at`;

const toUser = (row: UserRow): UserView =>
  Object.assign(new UserView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    disabledAt: timestamp(row.disabled_at),
    lastLoginAt: timestamp(row.last_login_at),
  });

interface InvitationRow {
  id: string;
  created_at: string;
  updated_at: string;
  email: string;
  role: UserRole;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  invited_by_name: string | null;
}

const invitationQuery = (where: Sql) =>
  sql`select i.id, i.created_at, i.updated_at, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at, ib.display_name as invited_by_name
        from invitation i left join app_user ib on ib.id = i.invited_by_id where ${where}`;

const toInvitation = (row: InvitationRow): InvitationView =>
  Object.assign(new InvitationView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    email: row.email,
    role: row.role,
    expiresAt: timestamp(row.expires_at),
    acceptedAt: timestamp(row.accepted_at),
    revokedAt: timestamp(row.revoked_at),
    invitedByName: row.invited_by_name,
  });

/** Reads of accounts and invitations. */
export class UserReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** The logged-in user, or null. */
  async me(): Promise<UserView | null> {
    const actor = this.r.actor;
    if (actor.kind !== 'user') return null;
    const [row] = await this.r.rows<UserRow>(sql`select ${userColumns} from app_user u where u.id = ${actor.userId}`);
    return row ? toUser(row) : null;
  }

  /** Every account, for admins. */
  async list(first: number | null | undefined): Promise<UserView[]> {
    ensure(policy.manageUsers(this.r.actor), this.r.actor);
    const limit = pageSize(first, listSizes.root);
    const rows = await this.r.rows<UserRow>(
      sql`select ${userColumns} from app_user u where ${readRules.user(this.r.actor, 'u')} order by u.display_name, u.id limit ${limit}`,
    );
    return rows.map(toUser);
  }

  /** One account; to those who may not see it, it does not exist. */
  async get(id: string): Promise<UserView> {
    const [row] = isUuid(id)
      ? await this.r.rows<UserRow>(sql`select ${userColumns} from app_user u where u.id = ${id} and ${readRules.user(this.r.actor, 'u')}`)
      : [];
    if (!row) throw notFound('User', id);
    return toUser(row);
  }

  /** Organisations a user edits (visible ones). */
  organisationsOfUser(userId: string): Promise<OrganisationView[]> {
    return this.linkedOrganisations('user_organisation', 'user_id', userId);
  }

  /** Organisations an invited editor will edit. */
  organisationsOfInvitation(invitationId: string): Promise<OrganisationView[]> {
    return this.linkedOrganisations('invitation_organisation', 'invitation_id', invitationId);
  }

  private linkedOrganisations(pivot: 'user_organisation' | 'invitation_organisation', column: 'user_id' | 'invitation_id', key: string) {
    return this.r
      .loader<string, OrganisationView[]>(`user.${pivot}`, async (ids) => {
        const rows = await this.r.rows<OrganisationRow & { parent: string }>(
          sql`select p.${sql.raw(column)} as parent, ${organisationColumns('o')} from ${sql.raw(pivot)} p join organisation o on o.id = p.organisation_id
               where ${idIn(sql`p.${sql.raw(column)}`, ids)} and ${readRules.organisation(this.r.actor, 'o')} order by o.name, o.id`,
        );
        return groupBy(ids, rows, (row) => row.parent).map((group) =>
          group.slice(0, MAX_TAGS).map((row) => this.read.organisations.remember(toOrganisation(row))),
        );
      })
      .load(key);
  }

  /** Open invitations (or all), newest first, for admins. */
  async invitations(includeClosed: boolean, first: number | null | undefined): Promise<InvitationView[]> {
    ensure(policy.manageUsers(this.r.actor), this.r.actor);
    const limit = pageSize(first, listSizes.root);
    const open = includeClosed ? [] : [sql`i.accepted_at is null and i.revoked_at is null and i.expires_at > now()`];
    const rows = await this.r.rows<InvitationRow>(
      sql`${invitationQuery(and(readRules.invitation(this.r.actor, 'i'), ...open))} order by i.created_at desc, i.id limit ${limit}`,
    );
    return rows.map(toInvitation);
  }

  async getInvitation(id: string): Promise<InvitationView> {
    const [row] = isUuid(id)
      ? await this.r.rows<InvitationRow>(invitationQuery(and(sql`i.id = ${id}`, readRules.invitation(this.r.actor, 'i'))))
      : [];
    if (!row) throw notFound('Invitation', id);
    return toInvitation(row);
  }
}
