import { describe, expect, it } from 'vitest';
import { formatMoney } from '#lib/money.ts';
import type { Formats } from '../steering/overview-figures.ts';
import { fundedTable, fundYears, type PageFund, readFundParams, roundTable, toApplicationFilter, writeFundParams } from './fund-page.ts';

/** Formats that show the message id with its values, so the tests read what goes where. */
const f: Formats = {
  t: (key, values) => (values ? `${key}(${Object.values(values).join('|')})` : key),
  number: (value) => String(value),
  percent: (share) => `${Math.round(share * 100)} %`,
  date: (iso) => iso ?? '',
  reference: (entry) => entry.labelDe,
  money: (amount) => formatMoney(amount, 'de'),
};
const nbsp = '\u00a0';

const fund: PageFund = {
  id: 'fund-1',
  year: 2026,
  title: 'Integrationsfonds 2026',
  description: null,
  budget: '200000.00',
  approved: '52440.30',
  remaining: '147559.70',
  requested: '12000.00',
  viewerCan: { manage: false, apply: false, decide: false },
  body: null,
  criteria: [],
  rounds: [
    {
      id: 'r1',
      number: 1,
      title: '1. Antragsrunde',
      deadline: '2026-02-01',
      isOpen: false,
      approved: '12345.67',
      applicationCount: 4,
      decisionMeeting: { id: 'm1', title: 'Lenkungsgruppe', startsAt: '2026-02-20T14:00:00Z', status: 'PUBLISHED' },
    },
    {
      id: 'r5',
      number: 5,
      title: '5. Antragsrunde',
      deadline: '2026-12-10',
      isOpen: true,
      approved: '0.00',
      applicationCount: 2,
      decisionMeeting: null,
    },
  ],
  fundedProjects: [
    {
      projectTitle: 'Sprachcafé am Hafen',
      approvedAmount: '1413.37',
      periodStart: '2026-03-01',
      periodEnd: '2026-09-30',
      applicant: { id: 'o1', name: 'Caritasverband Lindenau' },
      round: { id: 'r1', number: 1 },
      application: { id: 'a1' },
    },
    {
      projectTitle: 'Chor der Kulturen',
      approvedAmount: '900.00',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      applicant: null,
      round: { id: 'r1', number: 1 },
      application: null,
    },
  ],
};

describe('readFundParams and writeFundParams', () => {
  it('reads the year, round and statuses, and writes them back the same', () => {
    const search = new URLSearchParams('year=2025&round=r1&status=CHECKED&status=APPROVED');
    const params = readFundParams(search, 2026);
    expect(params).toEqual({ year: 2025, roundId: 'r1', statuses: ['CHECKED', 'APPROVED'] });
    expect(writeFundParams(params, 2026)).toBe('year=2025&round=r1&status=CHECKED&status=APPROVED');
  });

  it('takes the current year when the URL names none, or none that makes sense, and leaves it out', () => {
    for (const year of ['', 'abc', '1999', '2101', '2026.5'])
      expect(readFundParams(new URLSearchParams(year ? `year=${year}` : ''), 2026).year).toBe(2026);
    expect(writeFundParams({ year: 2026, roundId: '', statuses: [] }, 2026)).toBe('');
  });

  it('drops unknown statuses, duplicates and overlong round ids', () => {
    const params = readFundParams(new URLSearchParams(`status=NOPE&status=CLOSED&status=CLOSED&round=${'x'.repeat(65)}`), 2026);
    expect(params.statuses).toEqual(['CLOSED']);
    expect(params.roundId).toBe('');
  });
});

describe('toApplicationFilter', () => {
  it('always names the fund, and the round and statuses when chosen', () => {
    expect(toApplicationFilter('fund-1', { year: 2026, roundId: '', statuses: [] })).toEqual({ fundId: 'fund-1' });
    expect(toApplicationFilter('fund-1', { year: 2026, roundId: 'r5', statuses: ['SUBMITTED'] })).toEqual({
      fundId: 'fund-1',
      roundId: 'r5',
      statuses: ['SUBMITTED'],
    });
  });
});

describe('fundYears', () => {
  it('lists the years of the funds, newest first, with the year shown', () => {
    expect(fundYears([{ year: 2025 }, { year: 2026 }], 2026)).toEqual([2026, 2025]);
    expect(fundYears([{ year: 2025 }], 2027)).toEqual([2027, 2025]);
  });
});

describe('roundTable', () => {
  it('shows each round’s deadline, state, decision meeting, applications and approved amount', () => {
    const table = roundTable(fund, f, (m) => `${m.startsAt.slice(0, 10)}: ${m.title}`);
    expect(table.caption).toBe('fund.rounds.caption(Integrationsfonds 2026)');
    expect(table.columns.map((c) => c.numeric ?? false)).toEqual([false, false, false, false, true, true]);
    expect(table.rows[0]?.cells).toEqual([
      '1. Antragsrunde',
      '2026-02-01',
      'fund.rounds.closed',
      { text: '2026-02-20: Lenkungsgruppe', href: '/meetings/m1' },
      '4',
      `12.345,67${nbsp}€`,
    ]);
    expect(table.rows[1]?.cells.slice(2, 4)).toEqual(['fund.rounds.open', 'fund.rounds.noMeeting']);
  });
});

describe('fundedTable', () => {
  it('links projects and organisations where the reader may open them, and shows exact amounts', () => {
    const table = fundedTable(fund, f);
    expect(table.rows.map((r) => r.key)).toEqual(['a1', 'r1-1']);
    expect(table.rows[0]?.cells).toEqual([
      { text: 'Sprachcafé am Hafen', href: '/fund/applications/a1' },
      { text: 'Caritasverband Lindenau', href: '/organisations/o1' },
      '1',
      'fund.period(2026-03-01|2026-09-30)',
      `1.413,37${nbsp}€`,
    ]);
    expect(table.rows[1]?.cells.slice(0, 2)).toEqual(['Chor der Kulturen', 'fund.funded.hiddenOrganisation']);
  });
});
