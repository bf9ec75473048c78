import type { ChartConfiguration, Scale, ScriptableContext } from 'chart.js';
import {
  attainmentColour,
  type BarChart,
  type BulletChart,
  type StackedBarChart,
  targetEdgeColour,
  targetTrackColour,
} from './overview-figures.ts';

/*
 * Chart.js configurations for the overview's charts, built from the chart
 * models alone. Only types come from Chart.js here: the library itself is
 * loaded when a chart is first drawn (see `bar-chart.ts`).
 */

/** How a chart's numbers and axes are labelled in the reader's language. */
export interface ChartWords {
  fontFamily: string;
  /** A value on the axis: a count, or a percentage for bullet charts. */
  formatValue(value: number): string;
  axisTitle: string;
}

const textColour = '#1c2127';
const gridColour = '#d5dbe1';

/**
 * A row label broken into at most `maxLines` lines of at most `width`
 * characters. Words longer than a line (German compounds) are split with a
 * hyphen; what does not fit ends in "…" (the table and the tooltip have the
 * whole name).
 */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word) {
      const room = line ? width - line.length - 1 : width;
      if (word.length <= room) {
        line = line ? `${line} ${word}` : word;
        word = '';
      } else if (word.length > width && room >= 4) {
        const head = word.slice(0, room - 1);
        lines.push(line ? `${line} ${head}-` : `${head}-`);
        line = '';
        word = word.slice(room - 1);
      } else {
        lines.push(line);
        line = '';
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const shown = lines.slice(0, maxLines);
  const last = (shown.pop() ?? '').replace(/-$/, '');
  shown.push(last.length >= width ? `${last.slice(0, width - 1)}…` : `${last}…`);
  return shown;
}

/** Below this width (in pixels) a chart counts as narrow: shorter label lines, three of them. */
const narrow = 480;

/** Characters per label line for a chart this many pixels wide, and how many lines: phones keep room for the bars. */
export const labelLines = (chartWidth: number): { width: number; lines: number } =>
  chartWidth < narrow ? { width: 16, lines: 3 } : chartWidth < 800 ? { width: 26, lines: 2 } : { width: 38, lines: 2 };

/** The height a chart needs at a width: its rows (each room for its label lines and a bar), the axis and its title. */
export const chartHeight = (chart: BarChart, chartWidth: number): number =>
  Math.max(2, chart.rows.length) * (chartWidth < narrow ? 48 : 38) + 72;

type BarConfig = ChartConfiguration<'bar', number[], string>;

function baseOptions(chart: BarChart, words: ChartWords, stacked: boolean): NonNullable<BarConfig['options']> {
  const font = { family: words.fontFamily, size: 12 };
  return {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    // Charts appear complete at once: nothing moves for people who are sensitive to motion, and printing sees the end state.
    animation: false,
    // A pointer anywhere on a row shows that row's figures.
    interaction: { mode: 'index', axis: 'y', intersect: false },
    scales: {
      x: {
        stacked,
        beginAtZero: true,
        ticks: { color: textColour, font, precision: 0, callback: (value) => words.formatValue(Number(value)) },
        grid: { color: gridColour },
        border: { color: targetEdgeColour },
        title: { display: true, text: words.axisTitle, color: textColour, font },
      },
      y: {
        stacked,
        ticks: {
          color: textColour,
          font,
          autoSkip: false,
          callback(this: Scale, _value, index) {
            const { width, lines } = labelLines(this.chart.width);
            return wrapLabel(chart.rows[index] ?? '', width, lines);
          },
        },
        grid: { display: false },
        border: { color: targetEdgeColour },
      },
    },
    plugins: {
      // The legend is a list beside the chart, where screen readers and the print find it.
      legend: { display: false },
      tooltip: {
        callbacks: { title: (items) => chart.rows[items[0]?.dataIndex ?? 0] ?? '' },
      },
    },
  };
}

function stackedConfig(chart: StackedBarChart, words: ChartWords): BarConfig {
  return {
    type: 'bar',
    data: {
      labels: [...chart.rows],
      datasets: chart.series.map((series) => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: series.colour,
        // White lines between the segments, so neighbouring statuses stay apart whatever the colours.
        borderColor: '#ffffff',
        borderWidth: (context: ScriptableContext<'bar'>) => (context.raw === 0 ? 0 : 1),
        borderSkipped: false,
        barPercentage: 0.75,
        categoryPercentage: 0.9,
      })),
    },
    options: baseOptions(chart, words, true),
  };
}

/** The x axis of a bullet chart: from 0 (or the lowest value) to 100 % (or the highest), in steps of 25. */
export function bulletRange(values: readonly number[]): { min: number; max: number } {
  const low = Math.min(0, ...values);
  const high = Math.max(100, ...values);
  return { min: Math.floor(low / 25) * 25, max: Math.ceil(high / 25) * 25 };
}

function bulletConfig(chart: BulletChart, words: ChartWords): BarConfig {
  const options = baseOptions(chart, words, false);
  const range = bulletRange(chart.values);
  const x = options.scales?.x;
  if (x) Object.assign(x, { min: range.min, max: range.max, ticks: { ...x.ticks, stepSize: 25 } });
  const tooltip = options.plugins?.tooltip;
  if (tooltip) {
    tooltip.filter = (item) => item.datasetIndex === 0;
    tooltip.callbacks = { ...tooltip.callbacks, label: (item) => chart.tooltips[item.dataIndex] ?? '' };
  }
  return {
    type: 'bar',
    data: {
      labels: [...chart.rows],
      datasets: [
        {
          label: chart.valueLabel,
          data: [...chart.values],
          backgroundColor: attainmentColour,
          barPercentage: 0.45,
          categoryPercentage: 0.9,
          grouped: false,
          order: 1,
        },
        {
          // The way from baseline to target: a light track whose dark end marks the target.
          label: chart.targetLabel,
          data: chart.rows.map(() => 100),
          backgroundColor: targetTrackColour,
          borderColor: targetEdgeColour,
          borderWidth: { top: 0, bottom: 0, left: 0, right: 3 },
          borderSkipped: false,
          barPercentage: 0.85,
          categoryPercentage: 0.9,
          grouped: false,
          order: 2,
        },
      ],
    },
    options,
  };
}

/** The Chart.js configuration of a chart model. */
export function barChartConfig(chart: BarChart, words: ChartWords): BarConfig {
  return chart.kind === 'stacked' ? stackedConfig(chart, words) : bulletConfig(chart, words);
}
