import type { ChartData } from './chart-data';
import type { ReportFormatters } from './chart-format';
import { fitText, niceTicks, round1, textWidth } from './chart-scale';
import { chartColour, ink, lineDashes, markerSymbols, type ChartShape } from './chart-shapes';
import type { ChartKind } from './types';

/** The room the axis chart may use below its legend. */
export type PlotArea = { top: number; width: number; height: number };

const fontSize = 11;
const valueColumn = (data: ChartData) => ({ key: '', label: '', type: data.valueType });

/** Where each category sits and how its label is written (turned when they would overlap). */
function categoryAxis(data: ChartData, left: number, right: number) {
  const count = Math.max(1, data.categories.length);
  const band = (right - left) / count;
  const longest = Math.max(0, ...data.categories.map((category) => textWidth(category.label, fontSize)));
  const turned = longest > band - 6;
  return { band, turned, room: turned ? 110 : band - 6, bottom: turned ? 92 : 30 };
}

/** The lowest and highest values drawn: stacked bars add up their series. */
function valueRange(data: ChartData, kind: ChartKind): [number, number] {
  if (kind === 'stacked-bar') {
    const sums = data.categories.map((category) => category.values.reduce((sum, value) => sum + Math.max(0, value), 0));
    return [0, Math.max(0, ...sums)];
  }
  const values = data.categories.flatMap((category) => category.values);
  return [Math.min(0, ...values), Math.max(0, ...values)];
}

/**
 * Bars (side by side or stacked) and lines over categories: a value axis with round ticks and
 * light grid lines, the zero line, category labels, each bar's height proportional to its value.
 */
export function axisChart(kind: 'bar' | 'stacked-bar' | 'line', data: ChartData, format: ReportFormatters, area: PlotArea): ChartShape[] {
  const [min, max] = valueRange(data, kind);
  const smallest = data.valueType === 'money' ? 100 : data.valueType === 'count' ? 1 : 0;
  const ticks = niceTicks(min, max, 5, smallest);
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 1;
  const tickLabels = ticks.map((tick) => format.tick(data.valueType, tick));
  const left = Math.min(140, Math.max(48, ...tickLabels.map((label) => textWidth(label, fontSize) + 14)));
  const right = area.width - 16;
  const axis = categoryAxis(data, left, right);
  const top = area.top;
  const bottom = area.height - axis.bottom;
  const y = (value: number): number => bottom - ((value - low) / (high - low || 1)) * (bottom - top);
  const shapes: ChartShape[] = [];

  ticks.forEach((tick, index) => {
    shapes.push({ shape: 'line', x1: left, y1: round1(y(tick)), x2: right, y2: round1(y(tick)), stroke: tick === 0 ? ink.axis : ink.grid, width: tick === 0 ? 1 : 0.6 });
    shapes.push({ shape: 'text', x: left - 6, y: round1(y(tick) + 4), text: tickLabels[index] ?? '', anchor: 'end', size: fontSize, fill: ink.muted });
  });

  data.categories.forEach((category, index) => {
    const centre = left + axis.band * (index + 0.5);
    const label = fitText(category.label, axis.room, fontSize);
    shapes.push(
      axis.turned
        ? { shape: 'text', x: round1(centre + 3), y: bottom + 14, text: label, anchor: 'end', size: fontSize, fill: ink.text, rotate: -40 }
        : { shape: 'text', x: round1(centre), y: bottom + 17, text: label, anchor: 'middle', size: fontSize, fill: ink.text },
    );
  });

  const full = (value: number) => format.cell(valueColumn(data), value);
  if (kind === 'line') {
    data.series.forEach((series, seriesIndex) => {
      const points = data.categories.map((category, index): [number, number] => [round1(left + axis.band * (index + 0.5)), round1(y(category.values[seriesIndex] ?? 0))]);
      const dash = lineDashes[seriesIndex % lineDashes.length];
      shapes.push({ shape: 'polyline', points, stroke: chartColour(seriesIndex), width: 2, ...(dash ? { dash } : {}) });
      points.forEach(([px, py], index) => {
        const value = data.categories[index]?.values[seriesIndex] ?? 0;
        shapes.push({
          shape: 'marker',
          x: px,
          y: py,
          symbol: markerSymbols[seriesIndex % markerSymbols.length] ?? 'circle',
          fill: chartColour(seriesIndex),
          tip: `${data.categories[index]?.label ?? ''} · ${series.label} — ${full(value)}`,
        });
      });
    });
    return shapes;
  }

  const group = axis.band * 0.72;
  const barWidth = kind === 'stacked-bar' ? group : group / Math.max(1, data.series.length);
  const showValues = data.series.length === 1 && data.categories.length <= 12;
  data.categories.forEach((category, index) => {
    const start = left + axis.band * index + (axis.band - group) / 2;
    let stacked = 0;
    data.series.forEach((series, seriesIndex) => {
      const value = category.values[seriesIndex] ?? 0;
      const from = kind === 'stacked-bar' ? stacked : 0;
      const to = kind === 'stacked-bar' ? stacked + Math.max(0, value) : value;
      stacked = kind === 'stacked-bar' ? to : stacked;
      const x = kind === 'stacked-bar' ? start : start + barWidth * seriesIndex;
      const yTop = y(Math.max(from, to));
      const height = Math.abs(y(from) - y(to));
      if (height <= 0) return;
      shapes.push({
        shape: 'rect',
        x: round1(x),
        y: round1(yTop),
        width: round1(Math.max(1, barWidth - (kind === 'stacked-bar' ? 0 : 1))),
        height: round1(height),
        fill: chartColour(seriesIndex),
        ...(kind === 'stacked-bar' ? { stroke: '#FFFFFF' } : {}),
        tip: `${category.label} · ${series.label} — ${full(value)}`,
      });
      if (showValues) {
        const above = value >= 0 ? yTop - 4 : yTop + height + 12;
        shapes.push({ shape: 'text', x: round1(x + barWidth / 2), y: round1(above), text: format.tick(data.valueType, value), anchor: 'middle', size: 10, fill: ink.text });
      }
    });
  });
  return shapes;
}
