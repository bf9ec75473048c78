import { parseDay } from '#lib/dates.ts';
import type { MeasureStatus } from '#lib/graphql/enums.ts';
import type { ResultOf } from '#lib/graphql/graphql.ts';
import type { AgreementListFields } from '#lib/graphql/operations.ts';
import type {
  MeasureCountFields,
  SteeringFundQuery,
  SteeringMandatesQuery,
  SteeringMemberOverviewQuery,
  SteeringOverdueMeasuresQuery,
  SteeringOverviewQuery,
} from '#lib/graphql/overview-operations.ts';
import type { MessageKey } from '#lib/i18n/i18n.ts';
import { parseMoney } from '#lib/money.ts';
import { toCsv } from '#lib/network/csv.ts';
import { writeNeedParams } from '../needs/need-list.ts';

/*
 * The overview's answers turned into what the page shows: one table model per
 * figure (rendered as a table, written as CSV) and, where there is a chart,
 * the chart's rows and series. Table and chart are built from the same rows,
 * so they always carry the same numbers.
 */

export type Overview = ResultOf<typeof SteeringOverviewQuery>;
export type SteeringOverview = Overview['steeringOverview'];
export type MeasureCounts = ResultOf<typeof MeasureCountFields>;
export type Indicator = SteeringOverview['indicators'][number];
export type OverdueMeasure = ResultOf<typeof SteeringOverdueMeasuresQuery>['measures'][number];
export type OpenMandate = ResultOf<typeof SteeringMandatesQuery>['mandates'][number];
export type NeedCounts = SteeringOverview['needs'][number];
export type MemberOverview = ResultOf<typeof SteeringMemberOverviewQuery>;
export type OverdueTask = MemberOverview['tasks'][number];
export type StaleOrganisation = MemberOverview['organisations']['edges'][number]['node'];
export type ExpiringAgreement = ResultOf<typeof AgreementListFields>;
export type Fund = NonNullable<ResultOf<typeof SteeringFundQuery>['fundOfYear']>;

/** The words and number formats of the reader's language. */
export interface Formats {
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A number with the language's grouping and decimal marks. */
  number(value: number): string;
  /** A share (0.47) as a percentage ("47 %"). */
  percent(share: number): string;
  /** A calendar day or instant as a date; empty for none. */
  date(iso: string | null | undefined): string;
  /** A reference entry's label in the reader's language. */
  reference(entry: { labelDe: string; labelEn: string }): string;
  /** An amount of euros (`Money`, "52440.30") in the reader's language. */
  money(amount: string): string;
}

// ─── Tables ──────────────────────────────────────────────────────────────────

/** A table cell: its text, optionally a link and a small bar (0–100) drawn beside the text. */
export type FigureCell = string | { text: string; href?: string; bar?: number };

export interface FigureColumn {
  label: string;
  /** Right-aligned, for figures. */
  numeric?: boolean;
  /** Kept on one line, for dates. */
  nowrap?: boolean;
}

/** A figure as a table: the first cell of each row names the row. */
export interface FigureTable {
  caption: string;
  columns: readonly FigureColumn[];
  rows: readonly { key: string; cells: readonly FigureCell[] }[];
}

export const cellText = (cell: FigureCell): string => (typeof cell === 'string' ? cell : cell.text);

/**
 * A table as CSV, cell for cell as the page shows it. The separator is `;`:
 * the steering committee opens these files in a German spreadsheet, which
 * splits lines on semicolons (the comma is its decimal mark), and the figures
 * are written with the language's marks ("1.234,5"), which that spreadsheet
 * reads as numbers. `download` adds the byte-order mark for UTF-8.
 */
export function figureCsv(table: FigureTable): string {
  return toCsv(
    table.columns.map((column) => column.label),
    table.rows.map((row) => row.cells.map(cellText)),
    ';',
  );
}

// ─── Charts ──────────────────────────────────────────────────────────────────

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
  values: readonly number[];
}

/** Horizontal bars, one per row, each stacked from its series. */
export interface StackedBarChart {
  kind: 'stacked';
  rows: readonly string[];
  series: readonly BarSeries[];
}

/** Horizontal bullet bars: each row's value in percent of the way from baseline (0) to target (100). */
export interface BulletChart {
  kind: 'bullet';
  rows: readonly string[];
  values: readonly number[];
  /** What a pointer over a row shows. */
  tooltips: readonly string[];
  valueLabel: string;
  targetLabel: string;
}

export type BarChart = StackedBarChart | BulletChart;

// ─── Measures by status ──────────────────────────────────────────────────────

/** The statuses as the charts stack them and the tables list them: what is done first, what is dropped last. */
export const statusKeys = ['done', 'inProgress', 'planned', 'stalled', 'dropped'] as const;
export type StatusKey = (typeof statusKeys)[number];

const statusOf: Record<StatusKey, MeasureStatus> = {
  done: 'DONE',
  inProgress: 'IN_PROGRESS',
  planned: 'PLANNED',
  stalled: 'STALLED',
  dropped: 'DROPPED',
};

/**
 * The status colours: colour-blind-safe hues (Okabe–Ito) with at least 3:1
 * contrast on white (WCAG 1.4.11); the chart separates segments with white
 * lines, and the legend and the table name every status in words.
 */
export const statusColours: Record<StatusKey, string> = {
  done: '#007A5A',
  inProgress: '#0072B2',
  planned: '#6A3D9A',
  stalled: '#C24E00',
  dropped: '#5E5E5E',
};

/** The colour of an indicator's attainment bar, and of its target track's end. */
export const attainmentColour = '#0a5a6e';
export const targetTrackColour = '#dfe4e9';
export const targetEdgeColour = '#48525e';

export type MeasureGrouping = 'body' | 'goal' | 'field';

/** One row of a measures-by-status figure. */
export interface MeasureGroup {
  key: string;
  label: string;
  href?: string;
  counts: MeasureCounts;
}

const groupingWords: Record<MeasureGrouping, { title: MessageKey; column: MessageKey }> = {
  body: { title: 'overview.status.byBody', column: 'overview.status.bodyColumn' },
  goal: { title: 'overview.status.byGoal', column: 'overview.status.goalColumn' },
  field: { title: 'overview.status.byField', column: 'overview.status.fieldColumn' },
};

/** The rows of one grouping, in the API's order (bodies by name, goals by number, fields by position; "none" last). */
export function measureGroups(overview: SteeringOverview, grouping: MeasureGrouping, f: Formats): MeasureGroup[] {
  if (grouping === 'body') {
    return overview.measuresByBody.map(({ body, counts }) =>
      body
        ? { key: body.id, label: body.name, href: `/bodies/${body.id}/measures`, counts }
        : { key: 'none', label: f.t('overview.status.hiddenBody'), counts },
    );
  }
  if (grouping === 'goal') {
    return overview.measuresByGoal.map(({ goal, counts }) =>
      goal
        ? { key: goal.id, label: f.t('overview.status.goalLabel', { number: goal.number, title: goal.title }), counts }
        : { key: 'none', label: f.t('overview.status.noGoal'), counts },
    );
  }
  return overview.measuresByFieldOfAction.map(({ fieldOfAction, counts }) =>
    fieldOfAction
      ? { key: fieldOfAction.id, label: f.reference(fieldOfAction), counts }
      : { key: 'none', label: f.t('overview.status.noField'), counts },
  );
}

export const measureGroupingTitle = (grouping: MeasureGrouping, f: Formats): string => f.t(groupingWords[grouping].title);

const statusLabel = (key: StatusKey, f: Formats) => f.t(`enum.MeasureStatus.${statusOf[key]}`);

/** The legend of the status charts, in stacking order. */
export const statusLegend = (f: Formats): { key: StatusKey; label: string; colour: string }[] =>
  statusKeys.map((key) => ({ key, label: statusLabel(key, f), colour: statusColours[key] }));

export function measureStatusChart(groups: readonly MeasureGroup[], f: Formats): StackedBarChart {
  return {
    kind: 'stacked',
    rows: groups.map((group) => group.label),
    series: statusKeys.map((key) => ({
      key,
      label: statusLabel(key, f),
      colour: statusColours[key],
      values: groups.map((group) => group.counts[key]),
    })),
  };
}

export function measureStatusTable(groups: readonly MeasureGroup[], grouping: MeasureGrouping, f: Formats): FigureTable {
  return {
    caption: f.t('overview.status.caption', { grouping: measureGroupingTitle(grouping, f) }),
    columns: [
      { label: f.t(groupingWords[grouping].column) },
      ...statusKeys.map((key) => ({ label: statusLabel(key, f), numeric: true })),
      { label: f.t('overview.status.overdue'), numeric: true },
      { label: f.t('overview.status.total'), numeric: true },
    ],
    rows: groups.map((group) => ({
      key: group.key,
      cells: [
        group.href ? { text: group.label, href: group.href } : group.label,
        ...statusKeys.map((key) => f.number(group.counts[key])),
        f.number(group.counts.overdue),
        f.number(group.counts.total),
      ],
    })),
  };
}

/** What a screen reader hears for a status chart: its shape and the row with the most measures; the table has the rest. */
export function measureStatusSummary(groups: readonly MeasureGroup[], grouping: MeasureGrouping, f: Formats): string {
  const top = groups.reduce<MeasureGroup | undefined>(
    (best, group) => (!best || group.counts.total > best.counts.total ? group : best),
    undefined,
  );
  return f.t('overview.status.chartSummary', {
    grouping: measureGroupingTitle(grouping, f),
    rows: groups.length,
    top: top?.label ?? '',
    topTotal: top?.counts.total ?? 0,
  });
}

/** Every measure once: each belongs to exactly one body, so the bodies' counts add up to the network's. */
export function measureTotals(overview: SteeringOverview): MeasureCounts {
  const sum: MeasureCounts = { planned: 0, inProgress: 0, done: 0, stalled: 0, dropped: 0, overdue: 0, total: 0 };
  for (const { counts } of overview.measuresByBody) {
    for (const key of Object.keys(sum) as (keyof MeasureCounts)[]) sum[key] += counts[key];
  }
  return sum;
}

// ─── Indicators ──────────────────────────────────────────────────────────────

const valueOr = (value: number | null, f: Formats) => (value === null ? f.t('overview.none') : f.number(value));

/** The link to a measure: its card on the working group's board, opened. */
export const measureHref = (measure: { id: string; body: { id: string } }): string =>
  `/bodies/${measure.body.id}/measures#measure-${measure.id}`;

/** The indicators that have baseline, target and a measurement, as bullet bars, furthest behind first (the API's order). */
export function indicatorChart(indicators: readonly Indicator[], f: Formats): BulletChart {
  const charted = indicators.filter((indicator) => indicator.attainment !== null);
  return {
    kind: 'bullet',
    rows: charted.map((indicator) => indicator.name),
    values: charted.map((indicator) => (indicator.attainment ?? 0) * 100),
    tooltips: charted.map((indicator) =>
      f.t('overview.indicators.tooltip', {
        latest: valueOr(indicator.latest, f),
        unit: indicator.unit,
        date: f.date(indicator.latestOn),
        baseline: valueOr(indicator.baseline, f),
        target: valueOr(indicator.target, f),
        attainment: f.percent(indicator.attainment ?? 0),
      }),
    ),
    valueLabel: f.t('overview.indicators.attainment'),
    targetLabel: f.t('overview.indicators.targetTrack'),
  };
}

export function indicatorTable(indicators: readonly Indicator[], f: Formats): FigureTable {
  return {
    caption: f.t('overview.indicators.caption'),
    columns: [
      { label: f.t('overview.indicators.name') },
      { label: f.t('overview.indicators.measure') },
      { label: f.t('overview.indicators.body') },
      { label: f.t('overview.indicators.unit') },
      { label: f.t('overview.indicators.baseline'), numeric: true },
      { label: f.t('overview.indicators.target'), numeric: true },
      { label: f.t('overview.indicators.latest'), numeric: true },
      { label: f.t('overview.indicators.latestOn'), nowrap: true },
      { label: f.t('overview.indicators.attainment'), numeric: true },
    ],
    rows: indicators.map((indicator) => ({
      key: indicator.indicatorId,
      cells: [
        indicator.name,
        { text: indicator.measure.title, href: measureHref(indicator.measure) },
        indicator.measure.body.name,
        indicator.unit,
        valueOr(indicator.baseline, f),
        valueOr(indicator.target, f),
        valueOr(indicator.latest, f),
        indicator.latestOn ? f.date(indicator.latestOn) : f.t('overview.none'),
        indicator.attainment === null ? f.t('overview.none') : f.percent(indicator.attainment),
      ],
    })),
  };
}

export function indicatorSummary(indicators: readonly Indicator[], f: Formats): string {
  const charted = indicators.filter((indicator) => indicator.attainment !== null);
  const behind = charted[0];
  return f.t('overview.indicators.chartSummary', {
    count: charted.length,
    reached: charted.filter((indicator) => (indicator.attainment ?? 0) >= 1).length,
    behind: behind?.name ?? '',
    behindShare: behind ? f.percent(behind.attainment ?? 0) : '',
  });
}

// ─── Overdue measures and tasks ──────────────────────────────────────────────

/** Whole days from one calendar day to a later one (0 when not later or not days). */
export function daysBetween(from: string, to: string): number {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) return 0;
  // Local midnights; a day with a clock change is 23 or 25 hours long, so round.
  return Math.max(0, Math.round((end.getTime() - start.getTime()) / 86_400_000));
}

const byDueDate = <T extends { dueOn?: string | null; title: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.title.localeCompare(b.title, 'de'));

/** The overdue measures, the longest overdue first. */
export function overdueMeasureTable(measures: readonly OverdueMeasure[], today: string, f: Formats): FigureTable {
  return {
    caption: f.t('overview.overdue.measuresCaption'),
    columns: [
      { label: f.t('overview.overdue.measure') },
      { label: f.t('overview.overdue.body') },
      { label: f.t('overview.overdue.dueOn'), nowrap: true },
      { label: f.t('overview.overdue.daysOver'), numeric: true },
      { label: f.t('overview.overdue.status') },
      { label: f.t('overview.overdue.progress'), numeric: true },
    ],
    rows: byDueDate(measures).map((measure) => ({
      key: measure.id,
      cells: [
        { text: measure.title, href: measureHref(measure) },
        { text: measure.body.name, href: `/bodies/${measure.body.id}` },
        f.date(measure.dueOn),
        f.number(measure.dueOn ? daysBetween(measure.dueOn, today) : 0),
        f.t(`enum.MeasureStatus.${measure.status}`),
        { text: f.percent(measure.progress / 100), bar: measure.progress },
      ],
    })),
  };
}

/** The overdue tasks, the longest overdue first, each a way to its body's board. */
export function overdueTaskTable(tasks: readonly OverdueTask[], today: string, f: Formats): FigureTable {
  return {
    caption: f.t('overview.overdue.tasksCaption'),
    columns: [
      { label: f.t('overview.overdue.task') },
      { label: f.t('overview.overdue.taskBody') },
      { label: f.t('overview.overdue.assignee') },
      { label: f.t('overview.overdue.dueOn'), nowrap: true },
      { label: f.t('overview.overdue.daysOver'), numeric: true },
      { label: f.t('overview.overdue.status') },
    ],
    rows: byDueDate(tasks).map((task) => ({
      key: task.id,
      cells: [
        task.body ? { text: task.title, href: `/bodies/${task.body.id}/tasks` } : task.title,
        task.body?.name ?? f.t('overview.none'),
        task.assignee ? `${task.assignee.givenName} ${task.assignee.familyName}` : f.t('overview.overdue.nobody'),
        f.date(task.dueOn),
        f.number(task.dueOn ? daysBetween(task.dueOn, today) : 0),
        f.t(`enum.TaskStatus.${task.status}`),
      ],
    })),
  };
}

// ─── Mandates ────────────────────────────────────────────────────────────────

/** The open mandates by due date (the API's order), with the progress of their measures. */
export function mandateTable(mandates: readonly OpenMandate[], f: Formats, needHref?: (id: string) => string): FigureTable {
  return {
    caption: f.t('overview.mandates.caption'),
    columns: [
      { label: f.t('overview.mandates.mandate') },
      { label: f.t('overview.mandates.body') },
      { label: f.t('overview.mandates.need') },
      { label: f.t('overview.mandates.dueOn') },
      { label: f.t('overview.mandates.measuresDone'), numeric: true },
      { label: f.t('overview.mandates.progress'), numeric: true },
    ],
    rows: mandates.map((mandate) => ({
      key: mandate.id,
      cells: [
        mandate.title,
        mandate.body ? { text: mandate.body.name, href: `/bodies/${mandate.body.id}` } : f.t('overview.none'),
        mandate.need
          ? needHref
            ? { text: mandate.need.title, href: needHref(mandate.need.id) }
            : mandate.need.title
          : f.t('overview.none'),
        mandate.dueOn
          ? mandate.overdue
            ? f.t('overview.mandates.overdueOn', { date: f.date(mandate.dueOn) })
            : f.date(mandate.dueOn)
          : f.t('overview.none'),
        f.t('overview.mandates.doneOf', { done: f.number(mandate.progress.done), measures: f.number(mandate.progress.measures) }),
        { text: f.percent(mandate.progress.percent / 100), bar: mandate.progress.percent },
      ],
    })),
  };
}

// ─── Needs ───────────────────────────────────────────────────────────────────

/** The list of needs of one classification, optionally only those still waiting. */
export const needsHref = (classification: NeedCounts['classification'], open = false): string =>
  `/needs?${writeNeedParams({ statuses: [], classifications: [classification], fieldOfActionId: '', districtId: '', open, text: '' })}`;

/** The needs per classification (most pressing first, the API's order), each a way to the list of needs. */
export function needTable(needs: readonly NeedCounts[], f: Formats): FigureTable {
  return {
    caption: f.t('overview.needs.caption'),
    columns: [
      { label: f.t('overview.needs.classification') },
      { label: f.t('overview.needs.open'), numeric: true },
      { label: f.t('overview.needs.raised'), numeric: true },
      { label: f.t('overview.needs.assessed'), numeric: true },
      { label: f.t('overview.needs.prioritised'), numeric: true },
      { label: f.t('overview.needs.mandated'), numeric: true },
    ],
    rows: needs.map((need) => ({
      key: need.classification,
      cells: [
        { text: f.t(`steering.enum.NeedClassification.${need.classification}`), href: needsHref(need.classification) },
        f.number(need.open),
        f.number(need.raised),
        f.number(need.assessed),
        f.number(need.prioritised),
        f.number(need.mandated),
      ],
    })),
  };
}

// ─── Agreements and profiles ─────────────────────────────────────────────────

/** The agreements in force that end or must be renewed within 90 days, soonest first (the API's order). */
export function agreementTable(agreements: readonly ExpiringAgreement[], f: Formats): FigureTable {
  return {
    caption: f.t('overview.upkeep.agreementsCaption'),
    columns: [
      { label: f.t('overview.upkeep.agreement') },
      { label: f.t('overview.upkeep.kind') },
      { label: f.t('overview.upkeep.parties') },
      { label: f.t('overview.upkeep.validTo'), nowrap: true },
      { label: f.t('overview.upkeep.noticeOn'), nowrap: true },
    ],
    rows: agreements.map((agreement) => ({
      key: agreement.id,
      cells: [
        { text: agreement.title, href: `/agreements/${agreement.id}` },
        f.t(`enum.AgreementKind.${agreement.kind}`),
        agreement.parties.map((party) => party.organisation.name).join(', '),
        agreement.validTo ? f.date(agreement.validTo) : f.t('overview.none'),
        agreement.noticeOn ? f.date(agreement.noticeOn) : f.t('overview.none'),
      ],
    })),
  };
}

/** The first profiles not confirmed for too long. */
export function staleTable(organisations: readonly StaleOrganisation[], f: Formats): FigureTable {
  return {
    caption: f.t('overview.upkeep.staleCaption'),
    columns: [{ label: f.t('overview.upkeep.organisation') }, { label: f.t('overview.upkeep.lastConfirmed'), nowrap: true }],
    rows: organisations.map((organisation) => ({
      key: organisation.id,
      cells: [{ text: organisation.name, href: `/organisations/${organisation.id}` }, f.date(organisation.lastConfirmedAt)],
    })),
  };
}

// ─── The integration fund ────────────────────────────────────────────────────

/** How much of the budget is approved, from the exact cents: 0.2622 for 52,440.30 of 200,000.00 €; 0 without a budget. */
export function approvedShare(fund: Pick<Fund, 'budget' | 'approved'>): number {
  const budget = parseMoney(fund.budget) ?? 0;
  const approved = parseMoney(fund.approved) ?? 0;
  return budget > 0 ? approved / budget : 0;
}

/** The fund's rounds by number, with their deadline, applications and what they approved. */
export function fundRoundTable(fund: Fund, f: Formats): FigureTable {
  return {
    caption: f.t('overview.fund.caption', { title: fund.title }),
    columns: [
      { label: f.t('overview.fund.round') },
      { label: f.t('overview.fund.number'), numeric: true },
      { label: f.t('overview.fund.deadline'), nowrap: true },
      { label: f.t('overview.fund.state') },
      { label: f.t('overview.fund.applications'), numeric: true },
      { label: f.t('overview.fund.approved'), numeric: true },
    ],
    rows: fund.rounds.map((round) => ({
      key: round.id,
      cells: [
        round.title,
        f.number(round.number),
        f.date(round.deadline),
        round.isOpen ? f.t('overview.fund.open') : f.t('overview.fund.closed'),
        f.number(round.applicationCount),
        f.money(round.approved),
      ],
    })),
  };
}
