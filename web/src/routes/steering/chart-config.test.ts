import { describe, expect, it } from 'vitest';
import { barChartConfig, bulletRange, type ChartWords, chartHeight, labelLines, wrapLabel } from './chart-config.ts';
import type { BulletChart, StackedBarChart } from './overview-figures.ts';

const words: ChartWords = { fontFamily: 'system-ui', formatValue: (value) => `${value} %`, axisTitle: 'Zielerreichung' };

const stacked: StackedBarChart = {
  kind: 'stacked',
  rows: ['AG Arbeit und Sprache', 'AG Wohnen'],
  series: [
    { key: 'done', label: 'Abgeschlossen', colour: '#007A5A', values: [5, 3] },
    { key: 'inProgress', label: 'In Umsetzung', colour: '#0072B2', values: [5, 0] },
  ],
};

const bullet: BulletChart = {
  kind: 'bullet',
  rows: ['Mietführerschein', 'Willkommensmappen'],
  values: [47, 124],
  tooltips: ['141 Personen', '3.720 Exemplare'],
  valueLabel: 'Zielerreichung',
  targetLabel: 'Weg zum Ziel',
};

describe('wrapLabel', () => {
  it('keeps short labels on one line and breaks long ones between words', () => {
    expect(wrapLabel('AG Wohnen', 16, 2)).toEqual(['AG Wohnen']);
    expect(wrapLabel('Sprache & Bildung in der Stadt', 16, 3)).toEqual(['Sprache &', 'Bildung in der', 'Stadt']);
    expect(wrapLabel('Sprache & Bildung in der Stadt', 16, 2)).toEqual(['Sprache &', 'Bildung in der…']);
  });

  it('splits words longer than a line with a hyphen, and ends what does not fit with an ellipsis', () => {
    expect(wrapLabel('2. Chancengleichheit in der frühkindlichen Bildung', 16, 3)).toEqual([
      '2. Chancengleic-',
      'hheit in der',
      'frühkindlichen…',
    ]);
    expect(wrapLabel('Optimierung von (Erst-)Unterstützungsstrukturen', 38, 2)).toEqual([
      'Optimierung von',
      '(Erst-)Unterstützungsstrukturen',
    ]);
    for (const line of wrapLabel('Verbindliche inhaltliche Kooperation von Stadt, freien Trägern und Migrantenorganisationen', 16, 3)) {
      expect(line.length).toBeLessThanOrEqual(16);
    }
  });
});

describe('chart sizes', () => {
  it('gives phones shorter label lines and more of them', () => {
    expect(labelLines(320)).toEqual({ width: 16, lines: 3 });
    expect(labelLines(600)).toEqual({ width: 26, lines: 2 });
    expect(labelLines(1100)).toEqual({ width: 38, lines: 2 });
    expect(chartHeight(stacked, 1100)).toBeLessThan(chartHeight(stacked, 320));
  });

  it('runs a bullet axis from 0 to 100 % at least, in steps of 25', () => {
    expect(bulletRange([47, 90])).toEqual({ min: 0, max: 100 });
    expect(bulletRange([47, 124])).toEqual({ min: 0, max: 125 });
    expect(bulletRange([-12, 30])).toEqual({ min: -25, max: 100 });
  });
});

describe('barChartConfig', () => {
  it('stacks horizontal bars, one dataset per series, without the canvas legend', () => {
    const config = barChartConfig(stacked, words);
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(stacked.rows);
    expect(config.data.datasets.map((dataset) => [dataset.label, dataset.data, dataset.backgroundColor])).toEqual([
      ['Abgeschlossen', [5, 3], '#007A5A'],
      ['In Umsetzung', [5, 0], '#0072B2'],
    ]);
    expect(config.options?.scales?.x?.stacked).toBe(true);
    expect(config.options?.scales?.y?.stacked).toBe(true);
    expect(config.options?.plugins?.legend?.display).toBe(false);
    expect(config.options?.animation).toBe(false);
  });

  it('draws a bullet as the attainment over a target track that ends at 100 %', () => {
    const config = barChartConfig(bullet, words);
    const [value, track] = config.data.datasets;
    expect(value?.data).toEqual([47, 124]);
    expect(track?.data).toEqual([100, 100]);
    expect(value?.grouped).toBe(false);
    expect(track?.grouped).toBe(false);
    // The lower order is drawn on top: the attainment over its track.
    expect((value?.order ?? 0) < (track?.order ?? 0)).toBe(true);
    const x = config.options?.scales?.x as { min?: number; max?: number; stacked?: boolean };
    expect([x.min, x.max, x.stacked]).toEqual([0, 125, false]);
  });
});
