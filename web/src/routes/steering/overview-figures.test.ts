import { describe, expect, it } from 'vitest';
import {
  agreementTable,
  approvedShare,
  cellText,
  daysBetween,
  type ExpiringAgreement,
  type Formats,
  type Fund,
  figureCsv,
  fundRoundTable,
  type Indicator,
  indicatorChart,
  indicatorSummary,
  indicatorTable,
  type MeasureCounts,
  mandateTable,
  measureGroups,
  measureStatusChart,
  measureStatusSummary,
  measureStatusTable,
  measureTotals,
  needsHref,
  needTable,
  type OpenMandate,
  type OverdueMeasure,
  type OverdueTask,
  overdueMeasureTable,
  overdueTaskTable,
  type SteeringOverview,
  staleTable,
  statusColours,
  statusKeys,
} from './overview-figures.ts';

/** Formats that show what was asked: the message id with its values, numbers as they are. */
const f: Formats = {
  t: (key, values) => (values ? `${key}${JSON.stringify(values)}` : key),
  number: (value) => String(value),
  percent: (share) => `${Math.round(share * 100)} %`,
  date: (iso) => (iso ? `<${iso.slice(0, 10)}>` : ''),
  reference: (entry) => entry.labelDe,
  money: (amount) => `${amount} EUR`,
};

const counts = (done: number, inProgress: number, planned: number, stalled: number, dropped: number, overdue: number): MeasureCounts => ({
  done,
  inProgress,
  planned,
  stalled,
  dropped,
  overdue,
  total: done + inProgress + planned + stalled + dropped,
});

const indicator = (id: string, attainment: number | null, values: Partial<Indicator> = {}): Indicator => ({
  indicatorId: id,
  name: `Indikator ${id}`,
  unit: 'Personen',
  baseline: 0,
  target: 100,
  latest: attainment === null ? null : attainment * 100,
  latestOn: '2026-06-30',
  attainment,
  measure: { id: `m-${id}`, title: `Maßnahme ${id}`, body: { id: 'b1', name: 'AG Arbeit und Sprache' } },
  ...values,
});

const overview: SteeringOverview = {
  on: '2026-12-01',
  measuresByBody: [
    { body: { id: 'b1', name: 'AG Arbeit und Sprache' }, counts: counts(5, 5, 1, 1, 1, 2) },
    { body: { id: 'b2', name: 'AG Wohnen' }, counts: counts(4, 6, 2, 1, 1, 2) },
    { body: null, counts: counts(1, 0, 0, 0, 0, 0) },
  ],
  measuresByGoal: [
    { goal: { id: 'g1', number: 1, title: 'Steigerung der Sprachkompetenz' }, counts: counts(4, 3, 0, 1, 0, 3) },
    { goal: null, counts: counts(1, 1, 0, 0, 0, 0) },
  ],
  measuresByFieldOfAction: [
    {
      fieldOfAction: {
        id: 'f1',
        labelDe: 'Sprache & Bildung',
        labelEn: 'Language & education',
        labelAr: null,
        labelFa: null,
        labelTr: null,
        labelUk: null,
      },
      counts: counts(10, 9, 2, 2, 2, 4),
    },
    { fieldOfAction: null, counts: counts(0, 1, 0, 0, 0, 1) },
  ],
  needs: [
    { classification: 'REQUIRED_BY_LAW', raised: 1, assessed: 2, prioritised: 3, open: 6, mandated: 4 },
    { classification: 'LOCALLY_NECESSARY', raised: 0, assessed: 0, prioritised: 0, open: 0, mandated: 0 },
    { classification: 'DESIRABLE', raised: 2, assessed: 0, prioritised: 0, open: 2, mandated: 0 },
  ],
  indicators: [indicator('a', 0.47), indicator('b', null, { baseline: null }), indicator('c', 1.2)],
};

describe('measures by status', () => {
  it('names the rows of each grouping, with a way to a working group’s measures and a row for what has none', () => {
    expect(measureGroups(overview, 'body', f).map(({ key, label, href }) => ({ key, label, href }))).toEqual([
      { key: 'b1', label: 'AG Arbeit und Sprache', href: '/bodies/b1/measures' },
      { key: 'b2', label: 'AG Wohnen', href: '/bodies/b2/measures' },
      { key: 'none', label: 'overview.status.hiddenBody', href: undefined },
    ]);
    expect(measureGroups(overview, 'goal', f).map((group) => group.label)).toEqual([
      'overview.status.goalLabel{"number":1,"title":"Steigerung der Sprachkompetenz"}',
      'overview.status.noGoal',
    ]);
    expect(measureGroups(overview, 'field', f).map((group) => group.label)).toEqual(['Sprache & Bildung', 'overview.status.noField']);
  });

  it('stacks the statuses from done to dropped, each in its own colour, with the same numbers as the table', () => {
    const groups = measureGroups(overview, 'body', f);
    const chart = measureStatusChart(groups, f);
    expect(chart.rows).toEqual(['AG Arbeit und Sprache', 'AG Wohnen', 'overview.status.hiddenBody']);
    expect(chart.series.map((series) => series.key)).toEqual(['done', 'inProgress', 'planned', 'stalled', 'dropped']);
    expect(chart.series.map((series) => series.label)).toEqual([
      'enum.MeasureStatus.DONE',
      'enum.MeasureStatus.IN_PROGRESS',
      'enum.MeasureStatus.PLANNED',
      'enum.MeasureStatus.STALLED',
      'enum.MeasureStatus.DROPPED',
    ]);
    expect(new Set(statusKeys.map((key) => statusColours[key])).size).toBe(statusKeys.length);
    expect(chart.series.find((series) => series.key === 'inProgress')?.values).toEqual([5, 6, 0]);

    const table = measureStatusTable(groups, 'body', f);
    expect(table.columns.map((column) => column.label)).toEqual([
      'overview.status.bodyColumn',
      ...chart.series.map((series) => series.label),
      'overview.status.overdue',
      'overview.status.total',
    ]);
    expect(table.rows[0]?.cells).toEqual([
      { text: 'AG Arbeit und Sprache', href: '/bodies/b1/measures' },
      '5',
      '5',
      '1',
      '1',
      '1',
      '2',
      '13',
    ]);
    // Chart and table carry the same figures, row for row.
    for (const [row, { cells }] of table.rows.entries()) {
      expect(cells.slice(1, 6).map(cellText)).toEqual(chart.series.map((series) => String(series.values[row])));
    }
    expect(table.rows[2]?.cells[0]).toBe('overview.status.hiddenBody');
  });

  it('adds up every measure once, from the working groups', () => {
    expect(measureTotals(overview)).toEqual({ done: 10, inProgress: 11, planned: 3, stalled: 2, dropped: 2, overdue: 4, total: 28 });
  });

  it('summarises a chart by its size and its largest row', () => {
    expect(measureStatusSummary(measureGroups(overview, 'body', f), 'body', f)).toBe(
      'overview.status.chartSummary{"grouping":"overview.status.byBody","rows":3,"top":"AG Wohnen","topTotal":14}',
    );
  });
});

describe('indicators', () => {
  it('charts those with an attainment, in percent, and lists them all in the table', () => {
    const chart = indicatorChart(overview.indicators, f);
    expect(chart.rows).toEqual(['Indikator a', 'Indikator c']);
    expect(chart.values).toEqual([47, 120]);
    expect(chart.tooltips[0]).toBe(
      'overview.indicators.tooltip{"latest":"47","unit":"Personen","date":"<2026-06-30>","baseline":"0","target":"100","attainment":"47 %"}',
    );

    const table = indicatorTable(overview.indicators, f);
    expect(table.rows.map((row) => row.key)).toEqual(['a', 'b', 'c']);
    expect(table.rows[1]?.cells.map(cellText)).toEqual([
      'Indikator b',
      'Maßnahme b',
      'AG Arbeit und Sprache',
      'Personen',
      'overview.none',
      '100',
      'overview.none',
      '<2026-06-30>',
      'overview.none',
    ]);
    expect(table.rows[0]?.cells[1]).toEqual({ text: 'Maßnahme a', href: '/bodies/b1/measures#measure-m-a' });
    expect(table.rows[2]?.cells.at(-1)).toBe('120 %');
  });

  it('names the one furthest behind and counts those at their target', () => {
    expect(indicatorSummary(overview.indicators, f)).toBe(
      'overview.indicators.chartSummary{"count":2,"reached":1,"behind":"Indikator a","behindShare":"47 %"}',
    );
  });
});

describe('daysBetween', () => {
  it('counts whole days, across a change of the clocks too', () => {
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2025-12-01', '2026-12-01')).toBe(365);
  });

  it('is zero for a later or unreadable day', () => {
    expect(daysBetween('2026-12-02', '2026-12-01')).toBe(0);
    expect(daysBetween('bald', '2026-12-01')).toBe(0);
  });
});

describe('overdue measures and tasks', () => {
  const measure = (id: string, dueOn: string, title = `Maßnahme ${id}`): OverdueMeasure => ({
    id,
    title,
    status: 'STALLED',
    dueOn,
    progress: 35,
    body: { id: 'b1', name: 'AG Arbeit und Sprache' },
  });

  it('lists the longest overdue first, with the days past the due date and links to the measure and its group', () => {
    const table = overdueMeasureTable([measure('m2', '2026-11-01'), measure('m1', '2026-06-30')], '2026-12-01', f);
    expect(table.rows.map((row) => row.key)).toEqual(['m1', 'm2']);
    expect(table.rows[0]?.cells).toEqual([
      { text: 'Maßnahme m1', href: '/bodies/b1/measures#measure-m1' },
      { text: 'AG Arbeit und Sprache', href: '/bodies/b1' },
      '<2026-06-30>',
      '154',
      'enum.MeasureStatus.STALLED',
      { text: '35 %', bar: 35 },
    ]);
  });

  it('links a task to its body’s board and says when nobody has it', () => {
    const tasks: OverdueTask[] = [
      {
        id: 't1',
        title: 'Träger anschreiben',
        status: 'OPEN',
        dueOn: '2026-11-21',
        body: { id: 'b2', name: 'AG Wohnen' },
        assignee: { id: 'p1', givenName: 'Elif', familyName: 'Yurt' },
      },
      { id: 't2', title: 'Raumfrage klären', status: 'IN_PROGRESS', dueOn: '2026-01-02', body: null, assignee: null },
    ];
    const table = overdueTaskTable(tasks, '2026-12-01', f);
    expect(table.rows.map((row) => row.cells.map(cellText))).toEqual([
      ['Raumfrage klären', 'overview.none', 'overview.overdue.nobody', '<2026-01-02>', '333', 'enum.TaskStatus.IN_PROGRESS'],
      ['Träger anschreiben', 'AG Wohnen', 'Elif Yurt', '<2026-11-21>', '10', 'enum.TaskStatus.OPEN'],
    ]);
    expect(table.rows[1]?.cells[0]).toEqual({ text: 'Träger anschreiben', href: '/bodies/b2/tasks' });
    expect(table.rows[0]?.cells[0]).toBe('Raumfrage klären');
  });
});

describe('mandates', () => {
  it('shows each mandate’s group, need, due date (marked when overdue) and progress', () => {
    const mandates: OpenMandate[] = [
      {
        id: 'a1',
        title: 'Sprachmittlerpool aufbauen',
        dueOn: '2026-10-31',
        overdue: true,
        body: { id: 'b1', name: 'AG Arbeit und Sprache' },
        need: { id: 'n1', title: 'Sprachmittlung fehlt' },
        progress: { measures: 3, done: 1, overdue: 1, percent: 40 },
      },
      {
        id: 'a2',
        title: 'Wohnraum',
        dueOn: null,
        overdue: false,
        body: null,
        need: null,
        progress: { measures: 0, done: 0, overdue: 0, percent: 0 },
      },
    ];
    const table = mandateTable(mandates, f, (id) => `/needs/${id}`);
    expect(table.rows[0]?.cells).toEqual([
      'Sprachmittlerpool aufbauen',
      { text: 'AG Arbeit und Sprache', href: '/bodies/b1' },
      { text: 'Sprachmittlung fehlt', href: '/needs/n1' },
      'overview.mandates.overdueOn{"date":"<2026-10-31>"}',
      'overview.mandates.doneOf{"done":"1","measures":"3"}',
      { text: '40 %', bar: 40 },
    ]);
    expect(table.rows[1]?.cells.slice(1, 4)).toEqual(['overview.none', 'overview.none', 'overview.none']);
    expect(mandateTable(mandates, f).rows[0]?.cells[2]).toBe('Sprachmittlung fehlt');
  });
});

describe('needs', () => {
  it('links each classification to its needs, as the needs page reads its filters', () => {
    expect(needsHref('DESIRABLE')).toBe('/needs?class=DESIRABLE');
    expect(needsHref('REQUIRED_BY_LAW', true)).toBe('/needs?class=REQUIRED_BY_LAW&open=1');
    const table = needTable(overview.needs, f);
    expect(table.rows.map((row) => row.cells.map(cellText))).toEqual([
      ['steering.enum.NeedClassification.REQUIRED_BY_LAW', '6', '1', '2', '3', '4'],
      ['steering.enum.NeedClassification.LOCALLY_NECESSARY', '0', '0', '0', '0', '0'],
      ['steering.enum.NeedClassification.DESIRABLE', '2', '2', '0', '0', '0'],
    ]);
    expect(table.rows[0]?.cells[0]).toEqual({
      text: 'steering.enum.NeedClassification.REQUIRED_BY_LAW',
      href: '/needs?class=REQUIRED_BY_LAW',
    });
  });
});

describe('agreements and profiles', () => {
  it('lists the agreements ending soon with all their parties', () => {
    const agreements: ExpiringAgreement[] = [
      {
        id: 'v1',
        title: 'Kooperationsvertrag Sprachcafé Weststadt',
        kind: 'COOPERATION',
        status: 'IN_FORCE',
        validFrom: '2024-01-16',
        validTo: '2027-01-15',
        noticeOn: null,
        parties: [
          { id: 'p1', role: 'Partner', organisation: { id: 'o1', name: 'Diakonie Weststadt' } },
          { id: 'p2', role: 'Träger', organisation: { id: 'o2', name: 'Sprachcafé Weststadt' } },
        ],
      },
    ];
    expect(agreementTable(agreements, f).rows[0]?.cells).toEqual([
      { text: 'Kooperationsvertrag Sprachcafé Weststadt', href: '/agreements/v1' },
      'enum.AgreementKind.COOPERATION',
      'Diakonie Weststadt, Sprachcafé Weststadt',
      '<2027-01-15>',
      'overview.none',
    ]);
  });

  it('links each stale profile', () => {
    expect(staleTable([{ id: 'o1', name: 'AWO Kreisverband', lastConfirmedAt: '2025-04-25T16:48:34.828Z' }], f).rows[0]?.cells).toEqual([
      { text: 'AWO Kreisverband', href: '/organisations/o1' },
      '<2025-04-25>',
    ]);
  });
});

describe('figureCsv', () => {
  it('writes the table as the page shows it, separated by semicolons, quoting where needed', () => {
    const csv = figureCsv({
      caption: 'Bedarfe',
      columns: [{ label: 'Einstufung' }, { label: 'Offen', numeric: true }, { label: 'Anteil' }],
      rows: [
        { key: 'a', cells: [{ text: 'Gesetzlich erforderlich', href: '/needs?class=REQUIRED_BY_LAW' }, '1.234', '12,5 %'] },
        { key: 'b', cells: ['Wohnen; Quartier', '0', '-'] },
      ],
    });
    expect(csv).toBe('Einstufung;Offen;Anteil\r\nGesetzlich erforderlich;1.234;12,5 %\r\n"Wohnen; Quartier";0;\'-\r\n');
  });
});

describe('the fund', () => {
  const fund: Fund = {
    id: 'f1',
    title: 'Integrationsfonds 2026',
    year: 2026,
    budget: '200000.00',
    approved: '52440.30',
    remaining: '147559.70',
    rounds: [
      { id: 'r1', number: 1, title: '1. Antragsrunde', deadline: '2026-02-17', isOpen: false, approved: '15251.25', applicationCount: 4 },
      { id: 'r5', number: 5, title: '5. Antragsrunde', deadline: '2026-12-11', isOpen: true, approved: '0.00', applicationCount: 5 },
    ],
  };

  it('takes the approved share from the exact cents', () => {
    expect(approvedShare(fund)).toBe(5_244_030 / 20_000_000);
    expect(approvedShare({ budget: '0.00', approved: '0.00' })).toBe(0);
  });

  it('lists each round with its deadline, state, applications and approved amount', () => {
    expect(fundRoundTable(fund, f).rows.map((row) => row.cells)).toEqual([
      ['1. Antragsrunde', '1', '<2026-02-17>', 'overview.fund.closed', '4', '15251.25 EUR'],
      ['5. Antragsrunde', '5', '<2026-12-11>', 'overview.fund.open', '5', '0.00 EUR'],
    ]);
  });
});
