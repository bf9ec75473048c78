import { registerEnumType } from 'type-graphql';
import { ident, idIn, type Sql, sql, TODAY, TRUE } from '../../db/sql.js';
import { formatCents } from '../../shared/money.js';
import { DecisionResult } from '../meeting/meeting.enums.js';
import { MEETING_TIME_ZONE } from '../meeting/meeting.format.js';
import { ApplicationStatus } from './fund.entity.js';

/**
 * submitted → checked → approved, rejected or deferred; a deferred
 * application is decided again in the next round; approved → report due →
 * closed. Nothing else.
 */
export const applicationTransitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  [ApplicationStatus.SUBMITTED]: [ApplicationStatus.CHECKED],
  [ApplicationStatus.CHECKED]: [ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.DEFERRED],
  [ApplicationStatus.DEFERRED]: [ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.DEFERRED],
  [ApplicationStatus.APPROVED]: [ApplicationStatus.REPORT_DUE],
  [ApplicationStatus.REPORT_DUE]: [ApplicationStatus.CLOSED],
  [ApplicationStatus.REJECTED]: [],
  [ApplicationStatus.CLOSED]: [],
};

/** Applications still to be decided: what a fund's `requested` adds up. */
export const undecidedStatuses: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.CHECKED,
  ApplicationStatus.DEFERRED,
];

/** The deciding body votes on checked applications, and again on deferred ones. */
export const votingStatuses: readonly ApplicationStatus[] = [ApplicationStatus.CHECKED, ApplicationStatus.DEFERRED];

/** A fund has a handful of criteria, rounds and partners per application, never a crowd. */
export const MAX_CRITERIA = 20;
export const MAX_ROUNDS = 12;
export const MAX_PARTNERS = 20;

/**
 * The reasons of the fund's refusals (`extensions.reason`), beside the
 * shared ones (`VERSION_CONFLICT`, `INVALID_TRANSITION`, `UNKNOWN_REFERENCE`…).
 */
export const FundErrorReason = {
  /** A budget below what is already approved. */
  BUDGET_BELOW_APPROVED: 'BUDGET_BELOW_APPROVED',
  /** An approval beyond the remaining budget; `details.remaining` says how much is left. */
  BUDGET_EXCEEDED: 'BUDGET_EXCEEDED',
  /** The round's last day (Europe/Berlin) is over. */
  DEADLINE_PASSED: 'DEADLINE_PASSED',
  /** Deferred, but the fund has no later round. */
  NO_NEXT_ROUND: 'NO_NEXT_ROUND',
  /** The agenda item belongs to a meeting of another body than the fund's. */
  DECISION_OUTSIDE_BODY: 'DECISION_OUTSIDE_BODY',
  /** The decision meeting of a round belongs to another body than the fund's. */
  MEETING_OUTSIDE_BODY: 'MEETING_OUTSIDE_BODY',
  /** The voter acts for the applicant or a partner and takes no part. */
  RECUSED: 'RECUSED',
  /** Votes are taken on checked and deferred applications only. */
  VOTING_CLOSED: 'VOTING_CLOSED',
  /** Only submitted applications change; after the check they are decided as they are. */
  NOT_EDITABLE: 'NOT_EDITABLE',
  /** Criteria answered by applications can be reworded, not added or removed. */
  CRITERIA_IN_USE: 'CRITERIA_IN_USE',
  /** The deciding body cannot change once applications or decision meetings depend on it. */
  BODY_IN_USE: 'BODY_IN_USE',
} as const;

const berlinDay = new Intl.DateTimeFormat('sv-SE', { timeZone: MEETING_TIME_ZONE });

/** Today in Berlin (YYYY-MM-DD): the day deadlines are judged on. */
export const berlinToday = (now = new Date()) => berlinDay.format(now);

/** Whether a round still takes applications: its last day (Berlin) has not passed. */
export const roundOpen = (deadline: string, day = berlinToday()) => deadline >= day;

const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

/** "4.000,00 €", exact to the cent (formatted from the decimal string, never from a float). */
export const germanEuros = (cents: number) => euros.format(formatCents(cents) as `${number}`);

/** What the deciding body may decide on an application. */
export enum FundOutcome {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DEFERRED = 'DEFERRED',
}
registerEnumType(FundOutcome, {
  name: 'FundOutcome',
  valuesConfig: {
    APPROVED: { description: 'Granted with an amount up to the requested one.' },
    DEFERRED: { description: 'Moved to the fund’s next round, to be decided there.' },
  },
});

/** How a meeting records what became of an application. */
export const decisionResultOf: Record<FundOutcome, DecisionResult> = {
  [FundOutcome.APPROVED]: DecisionResult.ADOPTED,
  [FundOutcome.REJECTED]: DecisionResult.REJECTED,
  [FundOutcome.DEFERRED]: DecisionResult.DEFERRED,
};

/** The status an outcome leaves the application in. */
export const statusOf: Record<FundOutcome, ApplicationStatus> = {
  [FundOutcome.APPROVED]: ApplicationStatus.APPROVED,
  [FundOutcome.REJECTED]: ApplicationStatus.REJECTED,
  [FundOutcome.DEFERRED]: ApplicationStatus.DEFERRED,
};

/** The decision's text in the minutes: `Antrag „Sprachcafé Nord“ (Caritas): bewilligt mit 4.000,00 €`. */
export function decisionText(
  application: { projectTitle: string; applicantName: string },
  outcome:
    | { kind: FundOutcome.APPROVED; cents: number }
    | { kind: FundOutcome.REJECTED }
    | { kind: FundOutcome.DEFERRED; roundNumber: number },
): string {
  const subject = `Antrag „${application.projectTitle}“ (${application.applicantName})`;
  switch (outcome.kind) {
    case FundOutcome.APPROVED:
      return `${subject}: bewilligt mit ${germanEuros(outcome.cents)}`;
    case FundOutcome.REJECTED:
      return `${subject}: abgelehnt`;
    case FundOutcome.DEFERRED:
      return `${subject}: zurückgestellt in Runde ${outcome.roundNumber}`;
  }
}

/** A membership held today (the database's UTC day, as the read rules judge it). */
const heldToday = (alias: string): Sql =>
  sql`${ident(alias)}.valid_from <= ${TODAY} and (${ident(alias)}.valid_to is null or ${ident(alias)}.valid_to >= ${TODAY})`;

/**
 * Conflicts of interest, as one statement: per application, the members of
 * the fund's deciding body today who act today for the applicant or a
 * partner (by an affiliation, or sitting in the body on its behalf), with the
 * names of those organisations. Columns `application_id`, `person_id`,
 * `organisations`. With `personId`, only that person's.
 */
export function conflictsOf(applicationIds: readonly string[], personId?: string): Sql {
  return sql`with parties as (
      select a.id as application_id, a.applicant_id as organisation_id, f.body_id
        from fund_application a join fund f on f.id = a.fund_id where ${idIn(sql`a.id`, applicationIds)}
      union
      select a.id, p.organisation_id, f.body_id
        from fund_application a join fund f on f.id = a.fund_id join fund_application_partner p on p.fund_application_id = a.id
       where ${idIn(sql`a.id`, applicationIds)}
    ), acting as (
      select m.person_id, m.body_id, af.organisation_id
        from membership m join affiliation af on af.person_id = m.person_id
       where m.body_id in (select body_id from parties) and ${heldToday('m')}
         and (af.valid_from is null or af.valid_from <= ${TODAY}) and (af.valid_to is null or af.valid_to >= ${TODAY})
      union
      select m.person_id, m.body_id, m.organisation_id from membership m
       where m.body_id in (select body_id from parties) and m.organisation_id is not null and ${heldToday('m')}
    )
    select p.application_id, x.person_id, string_agg(distinct o.name, ', ' order by o.name) as organisations
      from parties p join acting x on x.body_id = p.body_id and x.organisation_id = p.organisation_id
      join organisation o on o.id = p.organisation_id
     where ${personId ? sql`x.person_id = ${personId}::uuid` : TRUE}
     group by p.application_id, x.person_id`;
}
