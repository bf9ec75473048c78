import { type ApplicationStatus, applicationStatuses } from '#lib/fund.ts';
import type { FundApplicationDetailQuery, FundApplicationsQuery, FundPageQuery } from '#lib/graphql/fund-operations.ts';
import type { ResultOf, VariablesOf } from '#lib/graphql/graphql.ts';
import { pickOf } from '#lib/steering.ts';
import type { FigureTable, Formats } from '../steering/overview-figures.ts';

export type FundPage = ResultOf<typeof FundPageQuery>;
export type PageFund = NonNullable<FundPage['fundOfYear']>;
/** An application as its page shows it. */
export type DetailApplication = ResultOf<typeof FundApplicationDetailQuery>['fundApplication'];
type ApplicationFilter = NonNullable<VariablesOf<typeof FundApplicationsQuery>['filter']>;

/** The page's choices as the URL carries them: `?year=2026&round=…&status=CHECKED`. */
export interface FundParams {
  /** The fund's year; the current one when the URL names none. */
  year: number;
  roundId: string;
  statuses: ApplicationStatus[];
}

export function readFundParams(search: Pick<URLSearchParams, 'get' | 'getAll'>, currentYear: number): FundParams {
  const year = Number(search.get('year'));
  const round = search.get('round') ?? '';
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear,
    roundId: round.length <= 64 ? round : '',
    statuses: [...new Set(search.getAll('status').flatMap((v) => pickOf(applicationStatuses, v) ?? []))],
  };
}

/** The search part of the page's URL; the current year is left out. */
export function writeFundParams(params: FundParams, currentYear: number): string {
  const out = new URLSearchParams();
  if (params.year !== currentYear) out.set('year', String(params.year));
  if (params.roundId) out.set('round', params.roundId);
  for (const status of params.statuses) out.append('status', status);
  return out.toString();
}

/** The API filter for the applications of a fund, narrowed by the URL's round and statuses. */
export function toApplicationFilter(fundId: string, params: FundParams): ApplicationFilter {
  const filter: ApplicationFilter = { fundId };
  if (params.roundId) filter.roundId = params.roundId;
  if (params.statuses.length) filter.statuses = params.statuses;
  return filter;
}

/** The years there are funds for, newest first, with the one shown even when it has none. */
export function fundYears(funds: readonly { year: number }[], shown: number): number[] {
  return [...new Set([shown, ...funds.map((f) => f.year)])].sort((a, b) => b - a);
}

/** "1. Mär. 2026 – 30. Sep. 2026": a project's period. */
export const period = (from: string, to: string, f: Formats): string => f.t('fund.period', { from: f.date(from), to: f.date(to) });

/** The fund's rounds by number: deadline, open or closed, the meeting that decides, applications and what they approved. */
export function roundTable(
  fund: PageFund,
  f: Formats,
  meetingLabel: (meeting: { title: string; startsAt: string }) => string,
): FigureTable {
  return {
    caption: f.t('fund.rounds.caption', { title: fund.title }),
    columns: [
      { label: f.t('fund.rounds.round') },
      { label: f.t('fund.rounds.deadline'), nowrap: true },
      { label: f.t('fund.rounds.state') },
      { label: f.t('fund.rounds.meeting') },
      { label: f.t('fund.rounds.applications'), numeric: true },
      { label: f.t('fund.rounds.approved'), numeric: true },
    ],
    rows: fund.rounds.map((round) => ({
      key: round.id,
      cells: [
        round.title,
        f.date(round.deadline),
        round.isOpen ? f.t('fund.rounds.open') : f.t('fund.rounds.closed'),
        round.decisionMeeting
          ? { text: meetingLabel(round.decisionMeeting), href: `/meetings/${round.decisionMeeting.id}` }
          : f.t('fund.rounds.noMeeting'),
        f.number(round.applicationCount),
        f.money(round.approved),
      ],
    })),
  };
}

/**
 * The funded projects the reader may see, by title: project (linked to its
 * application where the reader may open it), organisation, round, period
 * and amount.
 */
export function fundedTable(fund: PageFund, f: Formats): FigureTable {
  return {
    caption: f.t('fund.funded.caption', { title: fund.title }),
    columns: [
      { label: f.t('fund.funded.project') },
      { label: f.t('fund.funded.organisation') },
      { label: f.t('fund.funded.round'), numeric: true },
      { label: f.t('fund.funded.period') },
      { label: f.t('fund.funded.amount'), numeric: true },
    ],
    rows: fund.fundedProjects.map((project, index) => ({
      key: project.application?.id ?? `${project.round.id}-${index}`,
      cells: [
        project.application ? { text: project.projectTitle, href: `/fund/applications/${project.application.id}` } : project.projectTitle,
        project.applicant
          ? { text: project.applicant.name, href: `/organisations/${project.applicant.id}` }
          : f.t('fund.funded.hiddenOrganisation'),
        f.number(project.round.number),
        period(project.periodStart, project.periodEnd, f),
        f.money(project.approvedAmount),
      ],
    })),
  };
}
