import { ensure, policy } from '../../auth/policy.js';
import { editedOrganisationIds, readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { and, idIn, type Sql, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { documentList } from '../../graphql/documents.js';
import { listSizes, pageSize } from '../../graphql/lists.js';
import { groupBy, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { statusHistoryList } from '../../graphql/status-history.js';
import { addDays, today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type OrganisationRow, organisationColumns, toOrganisation } from '../organisation/organisation.read.js';
import { type AgreementKind, AgreementStatus } from './agreement.entity.js';
import { type AgreementFilter, agreementFilterSchema } from './agreement.inputs.js';
import { AgreementDocumentView, AgreementPartyView, AgreementStatusChangeView, AgreementView } from './agreement.types.js';

interface AgreementRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  title: string;
  kind: AgreementKind;
  description: string | null;
  status: AgreementStatus;
  signed_on: string | null;
  valid_from: string | null;
  valid_to: string | null;
  notice_on: string | null;
  body_id: string | null;
  measure_id: string | null;
}

const agreementColumns = sql`g.id, g.created_at, g.updated_at, g.version, g.title, g.kind, g.description, g.status,
  g.signed_on, g.valid_from, g.valid_to, g.notice_on, g.body_id, g.measure_id`;

const toAgreement = (row: AgreementRow): AgreementView =>
  Object.assign(new AgreementView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    title: row.title,
    kind: row.kind,
    description: row.description,
    status: row.status,
    signedOn: row.signed_on,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    noticeOn: row.notice_on,
    bodyId: row.body_id,
    measureId: row.measure_id,
  });

/** Reads of agreements, their parties, timelines and documents. */
export class AgreementReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** Admins see all agreements; editors those of their organisations; for anyone else the list is refused. */
  async list(filterInput: AgreementFilter | null | undefined, first: number | null | undefined): Promise<AgreementView[]> {
    const { actor } = this.r;
    ensure(
      policy.isAdmin(actor) || editedOrganisationIds(actor).length > 0,
      actor,
      'Agreements are visible to the coordination office and to the parties’ editors',
    );
    const f = parseInput(agreementFilterSchema, filterInput, 'filter');
    const limit = pageSize(first, listSizes.root);
    const conditions: Sql[] = [readRules.agreement(actor, 'g')];
    if (f.organisationId) {
      conditions.push(
        sql`exists (select 1 from agreement_party fp where fp.agreement_id = g.id and fp.organisation_id = ${f.organisationId})`,
      );
    }
    if (f.statuses?.length) conditions.push(sql`g.status::text = any(${f.statuses}::text[])`);
    if (f.expiringWithinDays !== null && f.expiringWithinDays !== undefined) {
      const from = today();
      const to = addDays(from, f.expiringWithinDays);
      conditions.push(
        sql`g.status = ${AgreementStatus.IN_FORCE} and ((g.valid_to between ${from} and ${to}) or (g.notice_on between ${from} and ${to}))`,
      );
    }
    const rows = await this.r.rows<AgreementRow>(
      sql`select ${agreementColumns} from agreement g where ${and(...conditions)} order by g.valid_to asc nulls last, g.title, g.id limit ${limit}`,
    );
    return rows.map(toAgreement);
  }

  byId(id: string): Promise<AgreementView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.r
      .loader<string, AgreementView | null>('agreement.byId', async (ids) => {
        const rows = await this.r.rows<AgreementRow>(
          sql`select ${agreementColumns} from agreement g where ${idIn(sql`g.id`, ids)} and ${readRules.agreement(this.r.actor, 'g')}`,
        );
        return indexBy(ids, rows, (row) => row.id).map((row) => row && toAgreement(row));
      })
      .load(id);
  }

  /** One agreement; to those who may not see it, it does not exist. */
  async get(id: string): Promise<AgreementView> {
    const agreement = await this.byId(id);
    if (!agreement) throw notFound('Agreement', id);
    return agreement;
  }

  /** The parties of agreements, with their organisations, by name. */
  parties(agreementId: string): Promise<AgreementPartyView[]> {
    return this.r
      .loader<string, AgreementPartyView[]>('agreement.parties', async (ids) => {
        const rows = await this.r.rows<OrganisationRow & { party_id: string; agreement_id: string; role: string; organisation_id: string }>(
          sql`select ap.id as party_id, ap.agreement_id, ap.role, ap.organisation_id, ${organisationColumns('o')}
                from agreement_party ap join agreement g on g.id = ap.agreement_id
                left join organisation o on o.id = ap.organisation_id and ${readRules.organisation(this.r.actor, 'o')}
               where ${idIn(sql`ap.agreement_id`, ids)} and ${readRules.agreement(this.r.actor, 'g')}
               order by o.name, ap.id`,
        );
        return groupBy(ids, rows, (row) => row.agreement_id).map((group) =>
          group.map((row) =>
            Object.assign(new AgreementPartyView(), {
              id: row.party_id,
              role: row.role,
              organisationId: row.organisation_id,
              organisation: row.o_id ? this.read.organisations.remember(toOrganisation(row)) : null,
            }),
          ),
        );
      })
      .load(agreementId);
  }

  statusHistory(agreementId: string, first: number | null | undefined): Promise<AgreementStatusChangeView[]> {
    return this.r
      .children(
        statusHistoryList({
          actor: this.r.actor,
          table: 'agreement_status_change',
          parentKey: 'agreement_id',
          parentTable: 'agreement',
          parentAlias: 'g',
          parentRule: readRules.agreement(this.r.actor, 'g'),
          view: AgreementStatusChangeView,
          extra: { note: 'note' },
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(agreementId);
  }

  /** An agreement's files, newest first. */
  documents(agreementId: string, first: number | null | undefined): Promise<AgreementDocumentView[]> {
    return this.r
      .children(
        documentList({
          actor: this.r.actor,
          kind: 'agreement',
          rule: 'agreementDocument',
          parentKey: 'agreement_id',
          view: AgreementDocumentView,
          limit: pageSize(first, listSizes.items),
        }),
      )
      .load(agreementId);
  }
}
