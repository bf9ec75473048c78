import { z } from 'zod';
import { ensure, policy } from '../../auth/policy.js';
import { timestamp } from '../../db/reader.js';
import { sql } from '../../db/sql.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type PersonRow, personColumns, toPerson } from '../person/person.read.js';
import type { UserRole } from '../user/user.entity.js';
import { UserView } from '../user/user.types.js';
import { containing, toVolunteer, type VolunteerRow, volunteerColumns } from '../volunteering/volunteering.read.js';
import { MAX_ACCOUNTS, PersonalDataPersonMatchView, PersonalDataSearchView } from './personal-data.types.js';

const searchSchema = z.object({
  search: z.string().trim().min(2, 'at least 2 characters').max(200),
  first: z.number().int().min(1).max(50),
});

interface AccountJson {
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

/** Finding data subjects for the coordination office: people and volunteers by name, e-mail, phone or id. */
export class PersonalDataReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  async search(searchInput: string, firstInput: number): Promise<PersonalDataSearchView> {
    ensure(policy.managePersonalData(this.r.actor), this.r.actor, 'Only the coordination office may search personal data');
    const { search, first } = parseInput(searchSchema, { search: searchInput, first: firstInput }, 'args');
    const q = containing(search);
    const id = isUuid(search) ? search.toLowerCase() : null;
    const [people, volunteers] = await Promise.all([
      this.r.rows<PersonRow & { p_erased_at: string | null; p_accounts: AccountJson[] }>(
        sql`select ${personColumns(this.read, 'p')}, p.erased_at as p_erased_at,
                   (select coalesce(json_agg(json_build_object('id', u.id, 'created_at', u.created_at, 'updated_at', u.updated_at,
                      'version', u.version, 'email', u.email, 'display_name', u.display_name, 'role', u.role, 'disabled_at', u.disabled_at,
                      'last_login_at', u.last_login_at) order by u.created_at), '[]')
                      from (select * from app_user a where a.person_id = p.id order by a.created_at limit ${MAX_ACCOUNTS}) u) as p_accounts
              from person p
             where (p.given_name || ' ' || p.family_name) ilike ${q} or p.function ilike ${q}
                or exists (select 1 from jsonb_array_elements(p.contact_channels) c where c ->> 'value' ilike ${q})
                or exists (select 1 from app_user u where u.person_id = p.id and (u.email ilike ${q} or u.display_name ilike ${q}))
                or p.id = ${id}::uuid
             order by p.family_name, p.given_name, p.id limit ${first}`,
      ),
      this.r.rows<VolunteerRow>(
        sql`select ${volunteerColumns('v')} from volunteer v
             where v.name ilike ${q} or v.email ilike ${q} or v.phone ilike ${q} or v.id = ${id}::uuid
             order by v.name, v.id limit ${first}`,
      ),
    ]);
    return Object.assign(new PersonalDataSearchView(), {
      people: people.map((row) =>
        Object.assign(new PersonalDataPersonMatchView(), {
          person: this.read.people.remember(toPerson(row)),
          erasedAt: timestamp(row.p_erased_at),
          accounts: (typeof row.p_accounts === 'string' ? (JSON.parse(row.p_accounts) as AccountJson[]) : row.p_accounts).map((a) =>
            Object.assign(new UserView(), {
              id: a.id,
              createdAt: timestamp(a.created_at),
              updatedAt: timestamp(a.updated_at),
              version: a.version,
              email: a.email,
              displayName: a.display_name,
              role: a.role,
              disabledAt: timestamp(a.disabled_at),
              lastLoginAt: timestamp(a.last_login_at),
            }),
          ),
        }),
      ),
      volunteers: volunteers.map(toVolunteer),
    });
  }
}
