import { axisChart, type PlotArea } from './chart-axes';
import { chartData, isEmptyChart, type ChartData } from './chart-data';
import type { ReportFormatters } from './chart-format';
import { funnelChart, pieChart } from './chart-round';
import { fitText, textWidth } from './chart-scale';
import { chartColour, ink, lineDashes, markerSymbols, type ChartModel, type ChartShape } from './chart-shapes';
import type { ReportResult } from './types';

/** Every chart has this size: the screen scales it, the documents print it at the page's width. */
export const chartSize = { width: 720, height: 360 } as const;

const legendFont = 11;
const legendRow = 18;

/** The series' names in a row (wrapping when they do not fit), each with its colour, dash and marker. */
function legend(kind: ReportResult['chart']['kind'], data: ChartData, right: number): { shapes: ChartShape[]; height: number } {
  if (data.series.length < 2) return { shapes: [], height: 0 };
  const shapes: ChartShape[] = [];
  let x = 16;
  let y = 18;
  data.series.forEach((series, index) => {
    const label = fitText(series.label, 180, legendFont);
    const width = 22 + textWidth(label, legendFont) + 18;
    if (x + width > right && x > 16) {
      x = 16;
      y += legendRow;
    }
    if (kind === 'line') {
      const dash = lineDashes[index % lineDashes.length];
      shapes.push({ shape: 'line', x1: x, y1: y - 4, x2: x + 16, y2: y - 4, stroke: chartColour(index), width: 2, ...(dash ? { dash } : {}) });
      shapes.push({ shape: 'marker', x: x + 8, y: y - 4, symbol: markerSymbols[index % markerSymbols.length] ?? 'circle', fill: chartColour(index) });
    } else {
      shapes.push({ shape: 'rect', x, y: y - 10, width: 12, height: 12, fill: chartColour(index) });
    }
    shapes.push({ shape: 'text', x: x + 22, y, text: label, anchor: 'start', size: legendFont, fill: ink.text });
    x += width;
  });
  return { shapes, height: y + 8 };
}

/** A framed, light area saying there is nothing to draw for this period and these filters. */
function noData(format: ReportFormatters): ChartShape[] {
  const { width, height } = chartSize;
  return [
    { shape: 'rect', x: 1, y: 1, width: width - 2, height: height - 2, fill: ink.empty, stroke: ink.grid },
    { shape: 'text', x: width / 2, y: height / 2, text: format.word('reports.document.chart.noData'), anchor: 'middle', size: 15, fill: ink.muted, bold: true },
    { shape: 'text', x: width / 2, y: height / 2 + 22, text: format.word('reports.document.chart.noDataHint'), anchor: 'middle', size: 11, fill: ink.muted },
  ];
}

/**
 * The report's chart as shapes, from its table: the kind the report asks for (bar, stacked bar,
 * line, pie, funnel), labels and values written by the caller's formatters (the user's language
 * and currency), a legend when there are several series, a note when only the first categories
 * are drawn, and a clear "no data" drawing when there is nothing to show.
 */
export function buildReportChart(result: ReportResult, format: ReportFormatters, title: string): ChartModel {
  const { width, height } = chartSize;
  const data = chartData(result, format);
  if (isEmptyChart(data)) return { width, height, title, empty: true, shapes: noData(format) };
  const kind = result.chart.kind;
  const key = legend(kind, data, width - 16);
  const shapes: ChartShape[] = [...key.shapes];
  if (data.totalCategories > data.categories.length) {
    const note = format.word('reports.document.chart.firstOf', { shown: data.categories.length, total: data.totalCategories });
    shapes.push({ shape: 'text', x: width - 16, y: 14, text: note, anchor: 'end', size: 10, fill: ink.muted });
  }
  const area: PlotArea = { top: Math.max(28, key.height + 14), width, height };
  if (kind === 'pie') shapes.push(...pieChart(data, format, area));
  else if (kind === 'funnel') shapes.push(...funnelChart(data, format, area));
  else shapes.push(...axisChart(kind, data, format, area));
  return { width, height, title, empty: false, shapes };
}
