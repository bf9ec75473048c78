import type { SqlReader } from '../db/reader.js';
import { and, FALSE, ident, or, type Sql, sql, TODAY, TRUE } from '../db/sql.js';
import { isUuid } from '../validation/ids.js';
import type { Actor } from './actor.js';
import { policy } from './policy.js';

/** Organisations whose agreements and history an actor may read as their editor. */
export const editedOrganisationIds = (actor: Actor): string[] =>
  actor.kind === 'user' ? [...actor.organisationIds].filter((id) => policy.editOrganisation(actor, id)) : [];

const exists = (table: string, alias: string, link: Sql, rule: Sql): Sql =>
  rule === TRUE ? TRUE : rule === FALSE ? FALSE : sql`exists (select 1 from ${ident(table)} ${ident(alias)} where ${link} and ${rule})`;

/** Whether the person sits in the body today. */
const bodyMember = (personId: string, bodyId: Sql): Sql =>
  sql`exists (select 1 from membership rr_bm where rr_bm.body_id = ${bodyId} and rr_bm.person_id = ${personId}
    and rr_bm.valid_from <= ${TODAY} and (rr_bm.valid_to is null or rr_bm.valid_to >= ${TODAY}))`;

/** Whether the person sits in the meeting's body today or is a participant of the meeting. */
const meetingInsider = (personId: string, meeting: Sql): Sql =>
  or(
    bodyMember(personId, sql`${meeting}.body_id`),
    sql`exists (select 1 from meeting_participant rr_mp where rr_mp.meeting_id = ${meeting}.id and rr_mp.person_id = ${personId})`,
  );

/**
 * Whether an actor may see a record, one rule per record type, as the SQL
 * condition on a row of that type's table under the given alias. Every read
 * path applies these: direct lookups, lists, search and every nested field,
 * so a record hidden in one place is hidden in all. Logged-in users' rules
 * mostly reduce to `TRUE`, which the combinators drop from the statement.
 *
 * Write rules live next door in `policy.ts`; services never restate either.
 */
export const readRules = {
  /** Visitors: public and not archived. Members: all. */
  organisation(actor: Actor, alias: string): Sql {
    if (policy.readInternal(actor)) return TRUE;
    const o = ident(alias);
    return sql`(${o}.visibility = 'PUBLIC' and ${o}.archived_at is null)`;
  },

  /** An organisation's name and description in another language: with its organisation. */
  organisationTranslation(actor: Actor, alias: string): Sql {
    return exists('organisation', 'rr_tro', sql`rr_tro.id = ${ident(alias)}.organisation_id`, readRules.organisation(actor, 'rr_tro'));
  },

  /** Visitors: public and not archived, of an organisation visitors see. Members: all. */
  offer(actor: Actor, alias: string): Sql {
    if (policy.readInternal(actor)) return TRUE;
    const o = ident(alias);
    return and(
      sql`(${o}.visibility = 'PUBLIC' and ${o}.archived_at is null)`,
      exists('organisation', 'rr_ofo', sql`rr_ofo.id = ${o}.organisation_id`, readRules.organisation(actor, 'rr_ofo')),
    );
  },

  /** An offer's title and description in another language: with its offer. */
  offerTranslation(actor: Actor, alias: string): Sql {
    return exists('offer', 'rr_tof', sql`rr_tof.id = ${ident(alias)}.offer_id`, readRules.offer(actor, 'rr_tof'));
  },

  /** Visitors: not archived, and acting today for an organisation visitors see. Members: all. */
  person(actor: Actor, alias: string): Sql {
    if (policy.readInternal(actor)) return TRUE;
    const p = ident(alias);
    const day = TODAY;
    return sql`(${p}.archived_at is null and exists (select 1 from affiliation rr_pa join organisation rr_po on rr_po.id = rr_pa.organisation_id
      where rr_pa.person_id = ${p}.id and (rr_pa.valid_from is null or rr_pa.valid_from <= ${day}) and (rr_pa.valid_to is null or rr_pa.valid_to >= ${day})
      and ${readRules.organisation(actor, 'rr_po')}))`;
  },

  /** A person's contact data: with their consent for everyone, otherwise for members. */
  personContact(actor: Actor, alias: string): Sql {
    return policy.readInternal(actor) ? TRUE : sql`${ident(alias)}.consent_to_publish_contact`;
  },

  /** Visible when both its organisation and its person are. */
  affiliation(actor: Actor, alias: string): Sql {
    const a = ident(alias);
    return and(
      exists('organisation', 'rr_ao', sql`rr_ao.id = ${a}.organisation_id`, readRules.organisation(actor, 'rr_ao')),
      exists('person', 'rr_ap', sql`rr_ap.id = ${a}.person_id`, readRules.person(actor, 'rr_ap')),
    );
  },

  /** Visitors: public bodies, ended ones included. Members: all. */
  body(actor: Actor, alias: string): Sql {
    return policy.readInternal(actor) ? TRUE : sql`${ident(alias)}.visibility = 'PUBLIC'`;
  },

  /** Visible when its body and its person are; the organisation it acts for is shown only when visible. */
  membership(actor: Actor, alias: string): Sql {
    const m = ident(alias);
    return and(
      exists('body', 'rr_mb', sql`rr_mb.id = ${m}.body_id`, readRules.body(actor, 'rr_mb')),
      exists('person', 'rr_mp', sql`rr_mp.id = ${m}.person_id`, readRules.person(actor, 'rr_mp')),
    );
  },

  /** Visible with its body; so are its status history, indicators and measurements. */
  measure(actor: Actor, alias: string): Sql {
    return exists('body', 'rr_xb', sql`rr_xb.id = ${ident(alias)}.body_id`, readRules.body(actor, 'rr_xb'));
  },

  /** The coordination office, and the editors of a party organisation. */
  agreement(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    const organisations = editedOrganisationIds(actor);
    if (organisations.length === 0) return FALSE;
    return sql`exists (select 1 from agreement_party rr_gp where rr_gp.agreement_id = ${ident(alias)}.id and rr_gp.organisation_id = any(${organisations}::uuid[]))`;
  },

  /** With its agreement. */
  agreementDocument(actor: Actor, alias: string): Sql {
    return exists('agreement', 'rr_dg', sql`rr_dg.id = ${ident(alias)}.agreement_id`, readRules.agreement(actor, 'rr_dg'));
  },

  /**
   * Visitors: public meetings of public bodies. Members: public meetings, and
   * internal ones of bodies they sit in or meetings they are invited to.
   */
  meeting(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    const m = ident(alias);
    const open = and(
      sql`${m}.visibility = 'PUBLIC'`,
      exists('body', 'rr_eb', sql`rr_eb.id = ${m}.body_id`, readRules.body(actor, 'rr_eb')),
    );
    return actor.kind === 'user' && actor.personId ? or(open, meetingInsider(actor.personId, m)) : open;
  },

  /** A meeting's internals (attendance, internal items, drafts): admins, its body's members and its invitees. */
  meetingInternals(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    return actor.kind === 'user' && actor.personId ? meetingInsider(actor.personId, ident(alias)) : FALSE;
  },

  /** With its meeting; internal items (and the sub-items of internal items) only for the meeting's insiders. */
  agendaItem(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    const a = ident(alias);
    const open = sql`(${a}.visibility = 'PUBLIC' and not exists (select 1 from agenda_item rr_ap where rr_ap.id = ${a}.parent_id and rr_ap.visibility = 'INTERNAL'))`;
    return sql`exists (select 1 from meeting rr_am where rr_am.id = ${a}.meeting_id and ${readRules.meeting(actor, 'rr_am')} and ${or(
      open,
      readRules.meetingInternals(actor, 'rr_am'),
    )})`;
  },

  /**
   * An agenda item's minutes (notes, decisions, amendments): insiders while
   * they are written; everyone who sees the item once they are published.
   */
  minutes(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    const a = ident(alias);
    return and(
      readRules.agendaItem(actor, alias),
      sql`exists (select 1 from meeting rr_nm where rr_nm.id = ${a}.meeting_id and ${or(
        sql`rr_nm.status = 'PUBLISHED'`,
        readRules.meetingInternals(actor, 'rr_nm'),
      )})`,
    );
  },

  /** With the minutes of its agenda item. */
  decision(actor: Actor, alias: string): Sql {
    return exists('agenda_item', 'rr_di', sql`rr_di.id = ${ident(alias)}.agenda_item_id`, readRules.minutes(actor, 'rr_di'));
  },

  /** Tasks: admins, the members of the task's body, and its assignee. */
  task(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    if (actor.kind !== 'user' || !actor.personId) return FALSE;
    const t = ident(alias);
    return or(sql`${t}.assignee_id = ${actor.personId}`, bodyMember(actor.personId, sql`${t}.body_id`));
  },

  /** Needs and gaps are the network's internal business: members only. */
  need(actor: Actor, _alias: string): Sql {
    return policy.readInternal(actor) ? TRUE : FALSE;
  },

  /** With its need. */
  needDocument(actor: Actor, alias: string): Sql {
    return exists('need', 'rr_dn', sql`rr_dn.id = ${ident(alias)}.need_id`, readRules.need(actor, 'rr_dn'));
  },

  /** Review rounds and their results, past ones included: members only. */
  priorityReview(actor: Actor, _alias: string): Sql {
    return policy.readInternal(actor) ? TRUE : FALSE;
  },

  /** A member's own ranking in a review round; the coordination office sees all. Others see only the aggregate. */
  priorityRanking(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    return actor.kind === 'user' && actor.personId ? sql`${ident(alias)}.person_id = ${actor.personId}` : FALSE;
  },

  /** Visible with the working group it was given to. */
  mandate(actor: Actor, alias: string): Sql {
    return exists('body', 'rr_zb', sql`rr_zb.id = ${ident(alias)}.body_id`, readRules.body(actor, 'rr_zb'));
  },

  /** Applications (with answers, votes, recusals, history): admins, the applicant's editors and the deciding body's members. */
  fundApplication(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    if (actor.kind !== 'user') return FALSE;
    const a = ident(alias);
    const organisations = editedOrganisationIds(actor);
    const applicant = organisations.length > 0 ? sql`${a}.applicant_id = any(${organisations}::uuid[])` : FALSE;
    const decider = actor.personId
      ? sql`exists (select 1 from fund rr_ff where rr_ff.id = ${a}.fund_id and ${bodyMember(actor.personId, sql`rr_ff.body_id`)})`
      : FALSE;
    return or(applicant, decider);
  },

  /** With its application. */
  fundApplicationDocument(actor: Actor, alias: string): Sql {
    return exists('fund_application', 'rr_da', sql`rr_da.id = ${ident(alias)}.application_id`, readRules.fundApplication(actor, 'rr_da'));
  },

  /** Funded projects are public (name, organisation, amount, period) unless marked otherwise; the rest as applications. */
  fundedProject(actor: Actor, alias: string): Sql {
    const a = ident(alias);
    return and(
      sql`${a}.status in ('APPROVED', 'REPORT_DUE', 'CLOSED')`,
      or(
        and(
          sql`${a}.is_public`,
          exists('organisation', 'rr_fo', sql`rr_fo.id = ${a}.applicant_id`, readRules.organisation(actor, 'rr_fo')),
        ),
        readRules.fundApplication(actor, alias),
      ),
    );
  },

  /**
   * Volunteer opportunities: visitors see open ones of organisations they see,
   * until their last day; members see every one of the organisations they see.
   */
  volunteerOpportunity(actor: Actor, alias: string): Sql {
    const v = ident(alias);
    const organisation = exists('organisation', 'rr_vo', sql`rr_vo.id = ${v}.organisation_id`, readRules.organisation(actor, 'rr_vo'));
    if (policy.readInternal(actor)) return organisation;
    return and(sql`(${v}.status = 'OPEN' and (${v}.valid_until is null or ${v}.valid_until >= ${TODAY}))`, organisation);
  },

  /**
   * Volunteers' personal data: the coordination office, and the editors of an
   * organisation whose opportunity the volunteer registered interest in.
   */
  volunteer(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    const organisations = editedOrganisationIds(actor);
    if (organisations.length === 0) return FALSE;
    return sql`exists (select 1 from volunteer_interest rr_vi join volunteer_opportunity rr_vio on rr_vio.id = rr_vi.opportunity_id
      where rr_vi.volunteer_id = ${ident(alias)}.id and rr_vio.organisation_id = any(${organisations}::uuid[]))`;
  },

  /** An interest and its messages: the coordination office, and the editors of the opportunity's organisation. */
  volunteerInterest(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    const organisations = editedOrganisationIds(actor);
    if (organisations.length === 0) return FALSE;
    return sql`exists (select 1 from volunteer_opportunity rr_io where rr_io.id = ${ident(alias)}.opportunity_id
      and rr_io.organisation_id = any(${organisations}::uuid[]))`;
  },

  /** Visitors and members: published paths. The coordination office, which keeps them: drafts too. */
  referralPath(actor: Actor, alias: string): Sql {
    return policy.manageReferralPaths(actor) ? TRUE : sql`${ident(alias)}.published`;
  },

  /** With its path, and only while its offer is visible: an outcome pointing at a hidden offer is left out. */
  referralOutcome(actor: Actor, alias: string): Sql {
    const r = ident(alias);
    return and(
      exists('referral_path', 'rr_rp', sql`rr_rp.id = ${r}.path_id`, readRules.referralPath(actor, 'rr_rp')),
      exists('offer', 'rr_rof', sql`rr_rof.id = ${r}.offer_id`, readRules.offer(actor, 'rr_rof')),
    );
  },

  /** The change history: admins, and the editors of an organisation a change concerns. */
  auditEntry(actor: Actor, alias: string): Sql {
    if (policy.isAdmin(actor)) return TRUE;
    const organisations = editedOrganisationIds(actor);
    if (organisations.length === 0) return FALSE;
    const e = ident(alias);
    // Accounts and invitations are the coordination office's business, whichever organisation they name.
    return and(
      sql`${e}.entity_type not in ('User', 'Invitation')`,
      or(
        sql`${e}.organisation_ids && ${organisations}::uuid[]`,
        sql`(${e}.entity_type = 'Organisation' and ${e}.entity_id = any(${organisations}::uuid[]))`,
      ),
    );
  },

  /**
   * Who recorded a status change or uploaded a file: names of staff, shown to
   * members only; visitors read public timelines without them.
   */
  staffName(actor: Actor, column: string): Sql {
    return policy.readInternal(actor) ? ident(column) : sql`null::text`;
  },

  /** Admins see every account; everyone else only their own. */
  user(actor: Actor, alias: string): Sql {
    if (policy.manageUsers(actor)) return TRUE;
    return actor.kind === 'user' ? sql`${ident(alias)}.id = ${actor.userId}` : FALSE;
  },

  /** Admins only. */
  invitation(actor: Actor, _alias: string): Sql {
    return policy.manageUsers(actor) ? TRUE : FALSE;
  },
} as const;

export type ReadRuleType = keyof typeof readRules;
/** The rules that decide over whole rows of one table. */
export type TableRuleType = Exclude<ReadRuleType, 'personContact' | 'staffName'>;

export const tableOf: Record<TableRuleType, string> = {
  organisation: 'organisation',
  organisationTranslation: 'organisation_translation',
  offer: 'offer',
  offerTranslation: 'offer_translation',
  person: 'person',
  affiliation: 'affiliation',
  body: 'body',
  membership: 'membership',
  measure: 'measure',
  agreement: 'agreement',
  agreementDocument: 'agreement_document',
  auditEntry: 'audit_entry',
  user: 'app_user',
  invitation: 'invitation',
  meeting: 'meeting',
  meetingInternals: 'meeting',
  agendaItem: 'agenda_item',
  minutes: 'agenda_item',
  decision: 'decision',
  task: 'task',
  need: 'need',
  needDocument: 'need_document',
  priorityReview: 'priority_review',
  priorityRanking: 'priority_ranking',
  mandate: 'mandate',
  fundApplication: 'fund_application',
  fundApplicationDocument: 'fund_application_document',
  fundedProject: 'fund_application',
  referralPath: 'referral_path',
  referralOutcome: 'referral_outcome',
  volunteerOpportunity: 'volunteer_opportunity',
  volunteer: 'volunteer',
  volunteerInterest: 'volunteer_interest',
};

/**
 * The predicate form of the same rules: whether an actor may see these
 * records, answered by the database with the rule's condition. Services use
 * it where a record must be visible before anything else happens (a
 * download, a subscription); unknown and malformed ids are simply not visible.
 */
export async function visibleIds(reader: SqlReader, type: TableRuleType, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter(isUuid))];
  if (wanted.length === 0) return new Set();
  const rule = readRules[type](actor, 't');
  if (rule === FALSE) return new Set();
  const rows = await reader.rows<{ id: string }>(
    sql`select t.id from ${ident(tableOf[type])} t where t.id = any(${wanted}::uuid[]) and ${rule}`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Whether an actor may see one record. */
export async function canRead(reader: SqlReader, type: TableRuleType, actor: Actor, id: string) {
  return (await visibleIds(reader, type, actor, [id])).has(id);
}
