import type { SqlReader } from '../../db/reader.js';
import { ident, type Sql, sql } from '../../db/sql.js';

/** The format named in every export, so a reader knows what the file holds. */
export const exportFormat = 'verbund-personal-data/1';

type Row = Record<string, unknown>;

/**
 * Columns that point at a data subject although they are no foreign key
 * (votes and rankings keep a plain person id), or that the sections below
 * already cover. Everything else that points at the subject — found in the
 * catalogue, so tables added later are not forgotten — is exported raw under
 * `otherRecords`.
 */
const covered: Record<'person' | 'app_user' | 'volunteer', string[]> = {
  person: [
    'affiliation.person_id',
    'membership.person_id',
    'meeting_participant.person_id',
    'agenda_item.presenter_id',
    'task.assignee_id',
    'measure.responsible_id',
    'fund_vote.person_id',
    'fund_recusal.person_id',
    'priority_ranking.person_id',
    'app_user.person_id',
  ],
  app_user: [
    'session.user_id',
    'password_reset.user_id',
    'user_organisation.user_id',
    'meeting_presence.user_id',
    'invitation.invited_by_id',
  ],
  volunteer: ['volunteer_interest.volunteer_id', 'volunteer_language.volunteer_id'],
};

/** Secrets that never leave the database, even in the subject's own export. */
const secretColumns = new Set(['password_hash', 'token_hash', 'calendar_feed_token_hash', 'id_hash']);

/**
 * Tables and columns that refer to rows of `table`: foreign keys from the
 * catalogue, plus uuid columns named after the subject (`person_id`) that
 * carry no key.
 */
async function referencesTo(reader: SqlReader, table: keyof typeof covered): Promise<{ table: string; column: string }[]> {
  const named = table === 'app_user' ? 'user_id' : `${table}_id`;
  const rows = await reader.rows<{ table_name: string; column_name: string }>(
    sql`select cl.relname as table_name, att.attname as column_name
          from pg_constraint c
          join pg_class cl on cl.oid = c.conrelid
          join pg_namespace ns on ns.oid = cl.relnamespace
          join pg_attribute att on att.attrelid = c.conrelid and att.attnum = any(c.conkey)
         where c.contype = 'f' and c.confrelid = (select oid from pg_class where relname = ${table} and relnamespace = ns.oid)
           and ns.nspname = current_schema()
        union
        select table_name::text, column_name::text from information_schema.columns
         where table_schema = current_schema() and data_type = 'uuid' and column_name = ${named} and table_name <> ${table}`,
  );
  const skip = new Set(covered[table]);
  return rows
    .filter((r) => !skip.has(`${r.table_name}.${r.column_name}`))
    .map((r) => ({ table: r.table_name, column: r.column_name }))
    .sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

/** The rows of every uncovered table that point at the subject, secrets left out. */
async function otherRecords(reader: SqlReader, table: keyof typeof covered, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const found: { table: string; column: string; rows: Row[] }[] = [];
  for (const ref of await referencesTo(reader, table)) {
    const rows = await reader.rows<Row>(
      sql`select to_jsonb(t) as row from ${ident(ref.table)} t where t.${ident(ref.column)} = any(${ids}::uuid[]) limit 10000`,
    );
    if (rows.length)
      found.push({
        ...ref,
        rows: rows.map(({ row }) => Object.fromEntries(Object.entries(row as Row).filter(([k]) => !secretColumns.has(k)))),
      });
  }
  return found;
}

const history = (reader: SqlReader, where: Sql) =>
  reader.rows<Row>(
    sql`select e.entity_type as "entityType", e.entity_id as "entityId", e.action, e.at, e.actor_name as "actorName", e.before, e.after
          from audit_entry e where ${where} order by e.at, e.id`,
  );

/**
 * Everything held about a person of the directory (a contact person, a
 * member, a user's own person record): the record, their roles in
 * organisations and bodies, meetings, tasks, measures, votes and rankings,
 * their accounts with sessions and reset links (never tokens or password
 * hashes), invitations to their addresses, the history of their records and
 * what they changed. Null when there is no such person.
 */
export async function collectPersonExport(reader: SqlReader, personId: string): Promise<Row | null> {
  const [person] = await reader.rows<Row & { contactChannels: { kind: string; value: string }[] }>(
    sql`select id, given_name as "givenName", family_name as "familyName", function, contact_channels as "contactChannels",
               consent_to_publish_contact as "consentToPublishContact", archived_at as "archivedAt", erased_at as "erasedAt",
               created_at as "createdAt", updated_at as "updatedAt"
          from person where id = ${personId}`,
  );
  if (!person) return null;
  const accounts = await reader.rows<Row & { id: string; email: string }>(
    sql`select u.id, u.email, u.display_name as "displayName", u.role, u.created_at as "createdAt", u.last_login_at as "lastLoginAt",
               u.disabled_at as "disabledAt", u.calendar_feed_token_hash is not null as "hasCalendarFeed",
               array(select o.name from user_organisation uo join organisation o on o.id = uo.organisation_id where uo.user_id = u.id order by o.name) as "editsOrganisations"
          from app_user u where u.person_id = ${personId} order by u.created_at`,
  );
  const userIds = accounts.map((a) => a.id);
  const emails = [
    ...accounts.map((a) => a.email),
    ...person.contactChannels.filter((c) => c.kind === 'EMAIL').map((c) => c.value.toLowerCase()),
  ];
  const perAccount = async (query: (ids: string[]) => Sql) => (userIds.length ? reader.rows<Row & { userId: string }>(query(userIds)) : []);
  const [sessions, resets, presence] = await Promise.all([
    perAccount(
      (ids) =>
        sql`select user_id as "userId", created_at as "createdAt", expires_at as "expiresAt", revoked_at as "revokedAt" from session where user_id = any(${ids}::uuid[]) order by created_at`,
    ),
    perAccount(
      (ids) =>
        sql`select user_id as "userId", created_at as "createdAt", expires_at as "expiresAt", used_at as "usedAt", revoked_at as "revokedAt" from password_reset where user_id = any(${ids}::uuid[]) order by created_at`,
    ),
    perAccount(
      (ids) =>
        sql`select user_id as "userId", meeting_id as "meetingId", display_name as "displayName", seen_at as "seenAt" from meeting_presence where user_id = any(${ids}::uuid[])`,
    ),
  ]);
  const of = (rows: (Row & { userId: string })[], id: string) => rows.filter((r) => r.userId === id).map(({ userId: _u, ...rest }) => rest);
  const byPerson = (query: Sql) => reader.rows<Row>(query);
  return {
    person,
    affiliations: await byPerson(
      sql`select o.id as "organisationId", o.name as organisation, a.role, a.valid_from as "validFrom", a.valid_to as "validTo"
            from affiliation a join organisation o on o.id = a.organisation_id where a.person_id = ${personId} order by a.valid_from nulls first, o.name`,
    ),
    memberships: await byPerson(
      sql`select b.id as "bodyId", b.name as body, o.name as "forOrganisation", m.role, m.voting_right as "votingRight",
                 m.valid_from as "validFrom", m.valid_to as "validTo"
            from membership m join body b on b.id = m.body_id left join organisation o on o.id = m.organisation_id
           where m.person_id = ${personId} order by m.valid_from, b.name`,
    ),
    meetings: await byPerson(
      sql`select mt.id as "meetingId", mt.title, mt.starts_at as "startsAt", p.invited, p.attendance, p.checked_in_at as "checkedInAt"
            from meeting_participant p join meeting mt on mt.id = p.meeting_id where p.person_id = ${personId} order by mt.starts_at`,
    ),
    agendaItemsPresented: await byPerson(
      sql`select ai.id, ai.title, mt.title as meeting, mt.starts_at as "startsAt"
            from agenda_item ai join meeting mt on mt.id = ai.meeting_id where ai.presenter_id = ${personId} order by mt.starts_at, ai.position`,
    ),
    tasksAssigned: await byPerson(
      sql`select id, title, status, due_on as "dueOn", completed_on as "completedOn" from task where assignee_id = ${personId} order by created_at`,
    ),
    measuresResponsible: await byPerson(
      sql`select id, title, status, due_on as "dueOn" from measure where responsible_id = ${personId} order by created_at`,
    ),
    fundVotes: await byPerson(
      sql`select v.application_id as "applicationId", a.project_title as "project", v.choice, v.cast_at as "castAt"
            from fund_vote v join fund_application a on a.id = v.application_id where v.person_id = ${personId} order by v.cast_at`,
    ),
    fundRecusals: await byPerson(
      sql`select r.application_id as "applicationId", a.project_title as "project", r.reason
            from fund_recusal r join fund_application a on a.id = r.application_id where r.person_id = ${personId}`,
    ),
    priorityRankings: await byPerson(
      sql`select r.review_id as "reviewId", pr.title as review, n.title as need, r.rank, r.created_at as "createdAt"
            from priority_ranking r join priority_review pr on pr.id = r.review_id join need n on n.id = r.need_id
           where r.person_id = ${personId} order by pr.title, r.rank`,
    ),
    accounts: accounts.map((a) => ({
      ...a,
      sessions: of(sessions, a.id),
      passwordResets: of(resets, a.id),
      meetingPresence: of(presence, a.id),
    })),
    invitations: emails.length
      ? await reader.rows<Row>(
          sql`select email, role, created_at as "createdAt", expires_at as "expiresAt", accepted_at as "acceptedAt", revoked_at as "revokedAt"
                from invitation where lower(email) = any(${emails}::text[]) order by created_at`,
        )
      : [],
    history: await history(
      reader,
      userIds.length
        ? sql`(e.entity_type = 'Person' and e.entity_id = ${personId}) or (e.entity_type = 'User' and e.entity_id = any(${userIds}::uuid[]))`
        : sql`e.entity_type = 'Person' and e.entity_id = ${personId}`,
    ),
    changesMade: userIds.length
      ? await reader.rows<Row>(
          sql`select e.entity_type as "entityType", e.entity_id as "entityId", e.action, e.at from audit_entry e
               where e.actor_id = any(${userIds}::uuid[]) order by e.at, e.id`,
        )
      : [],
    otherRecords: [...(await otherRecords(reader, 'person', [personId])), ...(await otherRecords(reader, 'app_user', userIds))],
  };
}

/**
 * Everything held about a volunteer: the record with languages and district,
 * every interest with its opportunity and messages, and their history. Null
 * when there is no such volunteer.
 */
export async function collectVolunteerExport(reader: SqlReader, volunteerId: string): Promise<Row | null> {
  const [volunteer] = await reader.rows<Row>(
    sql`select v.id, v.name, v.email, v.phone,
               array(select l.label_de from volunteer_language vl join language l on l.id = vl.language_id where vl.volunteer_id = v.id order by l.position, l.label_de) as languages,
               d.label_de as district, v.time_available as "timeAvailable", v.skills, v.consent_given_at as "consentGivenAt",
               v.created_at as "createdAt", v.updated_at as "updatedAt", v.erased_at as "erasedAt"
          from volunteer v left join district d on d.id = v.district_id where v.id = ${volunteerId}`,
  );
  if (!volunteer) return null;
  const interests = await reader.rows<Row & { id: string }>(
    sql`select i.id, vo.id as "opportunityId", vo.title as opportunity, o.name as organisation, i.status, i.messages,
               i.created_at as "createdAt", i.updated_at as "updatedAt"
          from volunteer_interest i join volunteer_opportunity vo on vo.id = i.opportunity_id join organisation o on o.id = vo.organisation_id
         where i.volunteer_id = ${volunteerId} order by i.created_at`,
  );
  const interestIds = interests.map((i) => i.id);
  return {
    volunteer,
    interests,
    history: await history(
      reader,
      interestIds.length
        ? sql`(e.entity_type = 'Volunteer' and e.entity_id = ${volunteerId}) or (e.entity_type = 'VolunteerInterest' and e.entity_id = any(${interestIds}::uuid[]))`
        : sql`e.entity_type = 'Volunteer' and e.entity_id = ${volunteerId}`,
    ),
    otherRecords: await otherRecords(reader, 'volunteer', [volunteerId]),
  };
}
