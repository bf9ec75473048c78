import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { barChartConfig, type ChartWords } from './chart-config.ts';
import type { BarChart } from './overview-figures.ts';

/*
 * Chart.js with only what the overview's bar charts use. This module is
 * imported on demand when the first chart is drawn, so other pages do not
 * carry the library.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Draws a chart model on a canvas; the canvas's parent sets the size. */
export function drawBarChart(canvas: HTMLCanvasElement, chart: BarChart, words: ChartWords): Chart<'bar', number[], string> {
  return new Chart(canvas, barChartConfig(chart, words));
}

/** Shows a new model (new figures, another language) on a drawn chart. */
export function redrawBarChart(drawn: Chart<'bar', number[], string>, chart: BarChart, words: ChartWords): void {
  const config = barChartConfig(chart, words);
  drawn.data = config.data;
  if (config.options) drawn.options = config.options;
  drawn.update();
}
