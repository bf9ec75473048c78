import { randomBytes } from 'node:crypto';
import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { SessionService } from '../../auth/session.service.js';
import { SqlReader } from '../../db/reader.js';
import { ident, sql } from '../../db/sql.js';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors/domain-error.js';
import { isUuid } from '../../validation/ids.js';
import type { AuditService, Snapshot } from '../audit/audit.service.js';
import { Person } from '../person/person.entity.js';
import { User } from '../user/user.entity.js';
import { type InterestMessage, InterestMessageAuthor, Volunteer, VolunteerInterest } from '../volunteering/volunteering.entity.js';
import { pseudonymPrefix } from '../volunteering/volunteering.rules.js';
import { collectPersonExport, collectVolunteerExport, exportFormat } from './personal-data.export.js';

/** What an erasure did, for the admin's confirmation. */
export interface Erasure {
  pseudonym: string;
  accountsDisabled: number;
  sessionsEnded: number;
}

/** The kinds of data subject. */
export type SubjectKind = 'person' | 'volunteer';

/** Columns that hold a user's display name as the author of something (a status change, an upload, approved minutes). */
const authorNameColumns = ['actor_name', 'uploaded_by_name', 'approved_by_name', 'author_name'];

const alreadyErased = (kind: string) =>
  new DomainError(ErrorCode.CONFLICT, `This ${kind} has already been erased`, { reason: 'ALREADY_ERASED' });

/** "3F2A": four hex digits that tell erased people apart without saying who they were. */
const pseudonymCode = () => randomBytes(2).toString('hex').toUpperCase();

/** Replaces every occurrence of the given texts (names, addresses) in a free text. */
function scrubText(text: string, secrets: readonly string[], replacement: string): string {
  let out = text;
  for (const secret of secrets.filter((s) => s.trim().length >= 3)) {
    out = out.replace(new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), replacement);
  }
  return out;
}

/**
 * The data subject's rights (GDPR art. 15, 17) for the coordination office:
 * an export with everything held about a person or a volunteer, and erasure.
 * Erasure removes the personal fields and puts a pseudonym in their place,
 * ends the sessions of the person's accounts and disables them, and keeps the
 * history (memberships, votes, interests, change entries) but pseudonymised:
 * names and addresses are replaced in the change entries' snapshots and in
 * the author columns. Both leave a change entry; both are all or nothing.
 */
export class PersonalDataService {
  constructor(
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  /** The export of one data subject as a JSON document; NOT_FOUND for unknown ids, with nothing recorded. */
  async export(scope: Scope, kind: SubjectKind, id: string): Promise<{ fileName: string; document: Record<string, unknown> }> {
    ensure(policy.managePersonalData(scope.actor), scope.actor, 'Only the coordination office may export personal data');
    const entity = kind === 'person' ? 'Person' : 'Volunteer';
    const data = isUuid(id) ? await (kind === 'person' ? collectPersonExport : collectVolunteerExport)(new SqlReader(scope.em), id) : null;
    if (!data) throw notFound(entity, id);
    const exportedAt = new Date();
    await scope.em.transactional(async (em) => {
      this.audit.record(em, scope.actor, { entityType: entity, entityId: id, action: 'EXPORT', after: { format: exportFormat } });
      await em.flush();
    });
    return {
      fileName: `personal-data-${kind}-${id}-${exportedAt.toISOString().slice(0, 10)}.json`,
      document: {
        format: exportFormat,
        exportedAt: exportedAt.toISOString(),
        exportedBy: scope.actor.kind === 'user' ? scope.actor.displayName : null,
        subject: { kind, id },
        ...data,
      },
    };
  }

  /**
   * Erases a person of the directory and their accounts. Refused for the
   * admin's own person (they would lock themselves out mid-request), for
   * unknown ids (NOT_FOUND) and for people erased before (CONFLICT).
   */
  async erasePerson(scope: Scope, id: string): Promise<Erasure> {
    ensure(policy.managePersonalData(scope.actor), scope.actor, 'Only the coordination office may erase personal data');
    const actor = scope.actor;
    return scope.em.transactional(async (em) => {
      const person = isUuid(id) ? await em.findOne(Person, { id }) : null;
      if (!person) throw notFound('Person', id);
      if (person.erasedAt) throw alreadyErased('person');
      const accounts = await em.find(User, { person: person.id });
      if (actor.kind === 'user' && accounts.some((a) => a.id === actor.userId)) {
        throw badInput('id', 'You cannot erase your own person record', 'SELF_ERASURE');
      }
      const code = pseudonymCode();
      const pseudonym = `${pseudonymPrefix} ${code}`;
      const oldEmails = [
        ...person.contactChannels.filter((c) => c.kind === 'EMAIL').map((c) => c.value.toLowerCase()),
        ...accounts.map((a) => a.email.toLowerCase()),
      ];
      const oldAccountNames = accounts.map((a) => a.displayName);
      const now = new Date();

      person.givenName = pseudonymPrefix;
      person.familyName = code;
      person.function = null;
      person.contactChannels = [];
      person.consentToPublishContact = false;
      person.archivedAt ??= now;
      person.erasedAt = now;

      const reader = new SqlReader(em);
      let sessionsEnded = 0;
      for (const account of accounts) {
        sessionsEnded += await this.sessions.revokeAllOf(em, account.id);
        // Plain SQL: the password hash is a lazy column; '!erased' is no hash any password verifies against.
        await reader.rows(
          sql`update app_user set email = ${erasedEmail(account.id)}, display_name = ${pseudonym}, password_hash = '!erased',
                     disabled_at = coalesce(disabled_at, now()), calendar_feed_token_hash = null, updated_at = now(), version = version + 1
               where id = ${account.id}`,
        );
        await reader.rows(
          sql`update password_reset set revoked_at = now() where user_id = ${account.id} and used_at is null and revoked_at is null`,
        );
        await reader.rows(sql`delete from meeting_presence where user_id = ${account.id}`);
      }
      if (oldEmails.length) {
        await reader.rows(
          sql`update invitation set email = 'erased-' || id || '@erased.invalid', updated_at = now() where lower(email) = any(${oldEmails}::text[])`,
        );
      }

      await this.scrubHistory(reader, {
        person: { id: person.id, code },
        accounts: accounts.map((a) => ({ id: a.id, email: erasedEmail(a.id) })),
        oldEmails,
        pseudonym,
      });
      await this.scrubAuthorNames(
        reader,
        oldAccountNames,
        accounts.map((a) => a.id),
        pseudonym,
      );

      this.audit.record(em, actor, {
        entityType: 'Person',
        entityId: person.id,
        action: 'ERASE',
        after: { pseudonym, accountsDisabled: accounts.length, sessionsEnded },
      });
      await em.flush();
      return { pseudonym, accountsDisabled: accounts.length, sessionsEnded };
    });
  }

  /** Erases a volunteer: name pseudonymised, contact and profile cleared, their own messages emptied, names in answers replaced. */
  async eraseVolunteer(scope: Scope, id: string): Promise<Erasure> {
    ensure(policy.managePersonalData(scope.actor), scope.actor, 'Only the coordination office may erase personal data');
    return scope.em.transactional(async (em) => {
      const volunteer = isUuid(id) ? await em.findOne(Volunteer, { id }, { populate: ['languages'] }) : null;
      if (!volunteer) throw notFound('Volunteer', id);
      if (volunteer.erasedAt) throw alreadyErased('volunteer');
      const pseudonym = `${pseudonymPrefix} ${pseudonymCode()}`;
      const secrets = [volunteer.name, volunteer.email ?? '', volunteer.phone ?? ''];
      volunteer.name = pseudonym;
      volunteer.email = null;
      volunteer.phone = null;
      volunteer.languages.removeAll();
      volunteer.district = null;
      volunteer.timeAvailable = null;
      volunteer.skills = [];
      volunteer.erasedAt = new Date();
      for (const interest of await em.find(VolunteerInterest, { volunteer })) {
        interest.messages = interest.messages.map(
          (m): InterestMessage =>
            m.author === InterestMessageAuthor.VOLUNTEER
              ? { ...m, text: null }
              : { ...m, text: m.text === null ? null : scrubText(m.text, secrets, pseudonym) },
        );
      }
      this.audit.record(em, scope.actor, { entityType: 'Volunteer', entityId: volunteer.id, action: 'ERASE', after: { pseudonym } });
      await em.flush();
      return { pseudonym, accountsDisabled: 0, sessionsEnded: 0 };
    });
  }

  /**
   * The change entries keep what happened, not who it was: the person's and
   * their accounts' snapshots lose name, function, contact data and e-mail,
   * invitations to their addresses lose the address, and the entries they
   * made name the pseudonym.
   */
  private async scrubHistory(
    reader: SqlReader,
    subject: { person: { id: string; code: string }; accounts: { id: string; email: string }[]; oldEmails: string[]; pseudonym: string },
  ) {
    const accountIds = subject.accounts.map((a) => a.id);
    const rows = await reader.rows<{ id: string; entity_type: string; entity_id: string; before: Snapshot | null; after: Snapshot | null }>(
      sql`select e.id, e.entity_type, e.entity_id, e.before, e.after from audit_entry e
           where (e.entity_type = 'Person' and e.entity_id = ${subject.person.id})
              or (e.entity_type = 'User' and e.entity_id = any(${accountIds}::uuid[]))
              or (e.entity_type = 'Invitation' and lower(coalesce(e.after ->> 'email', '')) = any(${subject.oldEmails}::text[]))`,
    );
    for (const row of rows) {
      const replacements: Snapshot =
        row.entity_type === 'Person'
          ? { givenName: pseudonymPrefix, familyName: subject.person.code, function: null, contactChannels: [] }
          : row.entity_type === 'User'
            ? { email: subject.accounts.find((a) => a.id === row.entity_id)?.email ?? null, displayName: subject.pseudonym }
            : { email: `erased-${row.entity_id}@erased.invalid` };
      const scrub = (snapshot: Snapshot | null) =>
        snapshot && Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, k in replacements ? replacements[k] : v]));
      await reader.rows(
        sql`update audit_entry set before = ${json(scrub(row.before))}::jsonb, after = ${json(scrub(row.after))}::jsonb where id = ${row.id}`,
      );
    }
    if (accountIds.length) {
      await reader.rows(sql`update audit_entry set actor_name = ${subject.pseudonym} where actor_id = any(${accountIds}::uuid[])`);
    }
  }

  /**
   * Author names are plain text (status changes, uploads, minutes, comments,
   * interest answers), found in every table that has such a column. A name
   * another active account also bears is left alone: it cannot be told apart.
   */
  private async scrubAuthorNames(reader: SqlReader, names: string[], accountIds: string[], pseudonym: string) {
    if (names.length === 0) return;
    const shared = await reader.rows<{ display_name: string }>(
      sql`select distinct display_name from app_user where display_name = any(${names}::text[]) and not (id = any(${accountIds}::uuid[]))`,
    );
    const own = names.filter((n) => !shared.some((s) => s.display_name === n));
    if (own.length === 0) return;
    const columns = await reader.rows<{ table_name: string; column_name: string }>(
      sql`select table_name::text, column_name::text from information_schema.columns
           where table_schema = current_schema() and column_name = any(${authorNameColumns}::text[]) and table_name <> 'audit_entry'`,
    );
    for (const c of columns) {
      const column = ident(c.column_name);
      await reader.rows(sql`update ${ident(c.table_name)} set ${column} = ${pseudonym} where ${column} = any(${own}::text[])`);
    }
    await reader.rows(
      sql`update volunteer_interest set messages = (
            select jsonb_agg(case when m ->> 'authorName' = any(${own}::text[]) then jsonb_set(m, '{authorName}', to_jsonb(${pseudonym}::text)) else m end
                             order by n)
              from jsonb_array_elements(messages) with ordinality as e(m, n))
          where exists (select 1 from jsonb_array_elements(messages) m where m ->> 'authorName' = any(${own}::text[]))`,
    );
  }
}

/** The address an erased account keeps: unique, and no mailbox anywhere (`.invalid` is reserved). */
const erasedEmail = (accountId: string) => `erased-${accountId}@erased.invalid`;

/** A snapshot as a bound JSON text, or null. */
const json = (snapshot: Snapshot | null) => (snapshot === null ? null : JSON.stringify(snapshot));
