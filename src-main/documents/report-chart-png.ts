import { Resvg } from '@resvg/resvg-js';
import { chartSvg } from '../../src-shared/domain/reports/chart-svg';
import type { ChartModel } from '../../src-shared/domain/reports/chart-shapes';

/** Drawn at twice its size: sharp when Word prints it at the page's width. */
const SCALE = 2;

/** The chart as a PNG for Word (system fonts; Liberation Sans stands in for Arial). */
export function chartPng(model: ChartModel): Uint8Array {
  const svg = chartSvg(model);
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#FFFFFF',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  }).render();
  return new Uint8Array(image.asPng());
}
