import { describe, expect, it } from 'vitest';
import { reportFormatters } from '../../../../../src-shared/domain/reports/chart-format';
import { buildReportChart } from '../../../../../src-shared/domain/reports/chart-model';
import { niceTicks } from '../../../../../src-shared/domain/reports/chart-scale';
import type { ChartShape } from '../../../../../src-shared/domain/reports/chart-shapes';
import { chartSvg } from '../../../../../src-shared/domain/reports/chart-svg';
import type { ReportResult } from '../../../../../src-shared/domain/reports/types';
import { emptyResult, forecastAs, forecastResult, funnelResult, wonLostResult } from '../../../../fixtures/reports/report-results';

const fr = reportFormatters('fr', 'EUR');
const en = reportFormatters('en', 'EUR');

type Of<K extends ChartShape['shape']> = Extract<ChartShape, { shape: K }>;
const shapesOf = <K extends ChartShape['shape']>(shapes: ChartShape[], kind: K): Of<K>[] => shapes.filter((shape): shape is Of<K> => shape.shape === kind);
/** The texts drawn, French narrow and no-break spaces read as spaces. */
const texts = (shapes: ChartShape[]): string[] => shapesOf(shapes, 'text').map((shape) => shape.text.replace(/[\u202f\u00a0]/g, ' '));

describe('the report chart', () => {
  it('draws bars whose heights are proportional to their values, one colour per series', () => {
    const chart = buildReportChart(forecastAs('bar', ['amount']), fr, 'Prévisions');
    const bars = shapesOf(chart.shapes, 'rect').filter((rect) => rect.tip !== undefined);
    expect(bars).toHaveLength(3); // March is zero: no bar
    const amounts = [1_234_550, 500_000, 2_469_100];
    const perUnit = bars.map((bar, index) => bar.height / (amounts[index] ?? 1));
    for (const ratio of perUnit) expect(ratio).toBeCloseTo(perUnit[0] ?? 0, 6);
    // Bars stand on the same zero line.
    const bottoms = bars.map((bar) => Math.round((bar.y + bar.height) * 10) / 10);
    expect(new Set(bottoms).size).toBe(1);
  });

  it('writes values and axis ticks in the user’s format', () => {
    const frChart = buildReportChart(forecastAs('bar', ['amount']), fr, 'Prévisions');
    const enChart = buildReportChart(forecastAs('bar', ['amount']), en, 'Forecast');
    expect(texts(frChart.shapes)).toContain('12 346 €');
    expect(texts(enChart.shapes)).toContain('€12,346');
    expect(texts(frChart.shapes)).toContain('janv. 2026');
    expect(texts(enChart.shapes)).toContain('Jan 2026');
    expect(texts(frChart.shapes).some((text) => /^\d[\d ]* €$/.test(text))).toBe(true);
  });

  it('gives several series a legend with their column titles', () => {
    const chart = buildReportChart(forecastResult, en, 'Forecast');
    const colours = new Set(shapesOf(chart.shapes, 'rect').filter((rect) => rect.tip).map((rect) => rect.fill));
    expect(colours.size).toBe(2);
    expect(texts(chart.shapes)).toEqual(expect.arrayContaining([en.word('reports.columns.amount'), en.word('reports.columns.weighted')]));
  });

  it('stacks a stacked bar: each category’s bars add up to the height of its total', () => {
    const chart = buildReportChart(forecastAs('stacked-bar'), fr, 'Prévisions');
    const bars = shapesOf(chart.shapes, 'rect').filter((rect) => rect.tip);
    const january = bars.filter((bar) => bar.tip?.startsWith('janv.'));
    expect(january).toHaveLength(2);
    const [lower, upper] = january;
    expect(Math.abs((upper?.y ?? 0) + (upper?.height ?? 0) - (lower?.y ?? 0))).toBeLessThan(0.2);
    const april = bars.filter((bar) => bar.tip?.startsWith('avr.'));
    const janHeight = january.reduce((sum, bar) => sum + bar.height, 0);
    const aprHeight = april.reduce((sum, bar) => sum + bar.height, 0);
    expect(aprHeight / janHeight).toBeCloseTo((2_469_100 + 1_851_825) / (1_234_550 + 617_275), 2);
  });

  it('draws lines with one point per category, told apart by dash and marker too', () => {
    const chart = buildReportChart(forecastAs('line'), en, 'Forecast');
    const lines = shapesOf(chart.shapes, 'polyline');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.points.length === 4)).toBe(true);
    expect(lines[0]?.dash).toBeUndefined();
    expect(lines[1]?.dash).toBeDefined();
    const markers = shapesOf(chart.shapes, 'marker');
    expect(new Set(markers.map((marker) => marker.symbol)).size).toBe(2);
  });

  it('cuts a pie into slices whose angles sum to 360°, in proportion to the values', () => {
    const chart = buildReportChart(wonLostResult, fr, 'Gagnées / perdues');
    const slices = shapesOf(chart.shapes, 'slice');
    expect(slices).toHaveLength(3);
    const sweeps = slices.map((slice) => slice.endAngle - slice.startAngle);
    expect(sweeps.reduce((sum, sweep) => sum + sweep, 0)).toBeCloseTo(360, 6);
    expect(sweeps[0]).toBeCloseTo(180, 6);
    expect(slices[0]?.startAngle).toBe(0);
    expect(slices[1]?.startAngle).toBeCloseTo(slices[0]?.endAngle ?? -1, 6);
    // The legend gives each share, and a row the core names itself is translated.
    expect(texts(chart.shapes)).toEqual(expect.arrayContaining(['50 %', '25 %', fr.word('reports.rows.noReason')]));
  });

  it('gathers small slices as "Others" so the pie still adds up', () => {
    const rows = Array.from({ length: 12 }, (_, index) => ({ cells: { reason: `Raison ${index}`, deals: 12 - index, share: 0 } }));
    const many: ReportResult = { ...wonLostResult, rows };
    const slices = shapesOf(buildReportChart(many, fr, 'x').shapes, 'slice');
    expect(slices).toHaveLength(8);
    expect(slices[7]?.tip).toContain(fr.word('reports.document.chart.others'));
    const total = rows.reduce((sum, row) => sum + row.cells.deals, 0);
    const othersValue = rows.slice(7).reduce((sum, row) => sum + row.cells.deals, 0);
    expect(((slices[7]?.endAngle ?? 0) - (slices[7]?.startAngle ?? 0)) / 360).toBeCloseTo(othersValue / total, 6);
  });

  it('draws a funnel whose widths follow the stages, with each stage’s share of the first', () => {
    const chart = buildReportChart(funnelResult, en, 'Funnel');
    const bars = shapesOf(chart.shapes, 'rect').filter((rect) => rect.tip);
    expect(bars.map((bar) => Math.round((bar.width / (bars[0]?.width ?? 1)) * 100))).toEqual([100, 50, 20, 5]);
    expect(texts(chart.shapes)).toContain('10 · 5%');
  });

  it('says "no data" in a clear drawing when there is nothing to show', () => {
    for (const result of [emptyResult, { ...forecastResult, rows: [{ cells: { month: '2026-01', deals: 0, amount: 0, weighted: 0 } }] }]) {
      const chart = buildReportChart(result, fr, 'Prévisions');
      expect(chart.empty).toBe(true);
      expect(texts(chart.shapes)).toContain('Aucune donnée à représenter');
      expect(shapesOf(chart.shapes, 'slice')).toHaveLength(0);
    }
    expect(chartSvg(buildReportChart(emptyResult, en, 'Forecast'))).toContain('No data to chart');
  });

  it('escapes every text it writes into the SVG', () => {
    const svg = chartSvg(buildReportChart(wonLostResult, fr, 'Titre <script>alert(1)</script>'));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&#60;b&#62;&#38;&#34;&#39;');
    expect(svg).toContain('Titre &#60;script&#62;');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="720" height="360"')).toBe(true);
  });

  it('keeps long lists readable: only the first categories, and says so', () => {
    const rows = Array.from({ length: 40 }, (_, index) => ({ cells: { month: `20${String(20 + Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`, deals: 1, amount: 100 * (index + 1), weighted: 50 } }));
    const chart = buildReportChart({ ...forecastAs('bar', ['amount']), rows }, en, 'x');
    expect(shapesOf(chart.shapes, 'rect').filter((rect) => rect.tip)).toHaveLength(24);
    expect(texts(chart.shapes)).toContain('First 24 of 40');
  });
});

describe('axis ticks', () => {
  it('are round numbers covering zero and the largest value', () => {
    expect(niceTicks(0, 87)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-30, 70)).toEqual([-40, -20, 0, 20, 40, 60, 80]);
    expect(niceTicks(0, 3, 5, 1)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });
});
