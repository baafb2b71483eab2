import type { ChartData } from './chart-data';
import type { ReportFormatters } from './chart-format';
import { fitText, round1 } from './chart-scale';
import { chartColour, ink, type ChartShape } from './chart-shapes';
import type { PlotArea } from './chart-axes';

const fontSize = 11;
const valueColumn = (data: ChartData) => ({ key: '', label: '', type: data.valueType });

/**
 * A pie of the first series: slices in proportion to their values (together 360°), largest
 * first from twelve o'clock, white edges between them; the legend beside it gives each slice's
 * value and share, so the chart reads without telling colours apart.
 */
export function pieChart(data: ChartData, format: ReportFormatters, area: PlotArea): ChartShape[] {
  const values = data.categories.map((category) => Math.max(0, category.values[0] ?? 0));
  const total = values.reduce((sum, value) => sum + value, 0);
  const r = Math.min(130, (area.height - area.top - 20) / 2);
  const cx = 24 + r;
  const cy = round1((area.top + area.height) / 2);
  const shapes: ChartShape[] = [];
  let angle = 0;
  data.categories.forEach((category, index) => {
    const value = values[index] ?? 0;
    const sweep = total > 0 ? (value / total) * 360 : 0;
    const share = format.tick('percent', total > 0 ? value / total : 0);
    shapes.push({ shape: 'slice', cx, cy, r, startAngle: angle, endAngle: angle + sweep, fill: chartColour(index), tip: `${category.label} — ${format.cell(valueColumn(data), value)} (${share})` });
    angle += sweep;
  });
  const rowHeight = 24;
  const legendLeft = cx + r + 40;
  const legendTop = round1(cy - (data.categories.length * rowHeight) / 2 + 12);
  const valueRight = area.width - 80;
  data.categories.forEach((category, index) => {
    const value = values[index] ?? 0;
    const rowY = legendTop + index * rowHeight;
    shapes.push({ shape: 'rect', x: legendLeft, y: rowY - 10, width: 12, height: 12, fill: chartColour(index) });
    shapes.push({ shape: 'text', x: legendLeft + 20, y: rowY, text: fitText(category.label, valueRight - legendLeft - 130, fontSize), anchor: 'start', size: fontSize, fill: ink.text });
    shapes.push({ shape: 'text', x: valueRight, y: rowY, text: format.cell(valueColumn(data), value), anchor: 'end', size: fontSize, fill: ink.text });
    shapes.push({ shape: 'text', x: area.width - 16, y: rowY, text: format.tick('percent', total > 0 ? value / total : 0), anchor: 'end', size: fontSize, fill: ink.muted, bold: true });
  });
  return shapes;
}

/**
 * A funnel of the first series: one centred bar per stage, its width in proportion to its value
 * (the widest stage spans the room), the stage's name before it, its value and its share of the
 * first stage after it.
 */
export function funnelChart(data: ChartData, format: ReportFormatters, area: PlotArea): ChartShape[] {
  const values = data.categories.map((category) => Math.max(0, category.values[0] ?? 0));
  const widest = Math.max(0, ...values);
  const first = values[0] ?? 0;
  const labelRoom = 170;
  const valueRoom = 170;
  const barRoom = area.width - labelRoom - valueRoom;
  const centre = labelRoom + barRoom / 2;
  const room = area.height - area.top - 10;
  const rowHeight = Math.min(56, room / Math.max(1, data.categories.length));
  const offset = area.top + (room - rowHeight * data.categories.length) / 2;
  const shapes: ChartShape[] = [];
  data.categories.forEach((category, index) => {
    const value = values[index] ?? 0;
    const width = widest > 0 ? Math.max(1, (value / widest) * barRoom) : 1;
    const top = offset + index * rowHeight;
    const middle = round1(top + rowHeight / 2 + 4);
    shapes.push({ shape: 'rect', x: round1(centre - width / 2), y: round1(top + 2), width: round1(width), height: round1(rowHeight - 4), fill: chartColour(0), tip: `${category.label} — ${format.cell(valueColumn(data), value)}` });
    shapes.push({ shape: 'text', x: labelRoom - 10, y: middle, text: fitText(category.label, labelRoom - 20, fontSize), anchor: 'end', size: fontSize, fill: ink.text });
    const share = first > 0 ? ` · ${format.tick('percent', value / first)}` : '';
    shapes.push({ shape: 'text', x: area.width - valueRoom + 10, y: middle, text: `${format.tick(data.valueType, value)}${share}`, anchor: 'start', size: fontSize, fill: ink.text });
  });
  return shapes;
}
