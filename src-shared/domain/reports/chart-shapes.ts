import { round1 } from './chart-scale';

/**
 * A chart as a list of shapes: what the SVG writer (documents) and the screen (React elements)
 * both draw, so the two never differ. Angles in degrees, clockwise from twelve o'clock.
 */
export type ChartShape =
  | { shape: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string; tip?: string }
  | { shape: 'slice'; cx: number; cy: number; r: number; startAngle: number; endAngle: number; fill: string; tip?: string }
  | { shape: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: string }
  | { shape: 'polyline'; points: [number, number][]; stroke: string; width: number; dash?: string }
  | { shape: 'marker'; x: number; y: number; symbol: MarkerSymbol; fill: string; tip?: string }
  | {
      shape: 'text';
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'middle' | 'end';
      size: number;
      fill: string;
      bold?: boolean;
      /** Degrees around (x, y). */
      rotate?: number;
    };

export type MarkerSymbol = 'circle' | 'square' | 'triangle' | 'diamond';

export type ChartModel = {
  width: number;
  height: number;
  /** What the chart shows, for screen readers and the image's alternative text. */
  title: string;
  /** True when there was nothing to draw: the model then says so in words. */
  empty: boolean;
  shapes: ChartShape[];
};

/**
 * Colours that stay apart for colour-blind readers and in grey print (Okabe–Ito, without its
 * yellow that vanishes on paper), then two darker tones.
 */
export const chartPalette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#8C6D31', '#5B6470'] as const;

export const chartColour = (index: number): string => chartPalette[index % chartPalette.length] ?? '#0072B2';

/** Lines also differ by their dash and markers by their form, not only by colour. */
export const lineDashes = [undefined, '7 4', '2 3', '9 3 2 3'] as const;
export const markerSymbols: readonly MarkerSymbol[] = ['circle', 'square', 'triangle', 'diamond'];

export const ink = { text: '#1D232A', muted: '#5B6470', grid: '#D5DBE1', axis: '#8A949E', empty: '#F3F5F7' };

const point = (cx: number, cy: number, r: number, angle: number): [number, number] => {
  const radians = ((angle - 90) * Math.PI) / 180;
  return [round1(cx + r * Math.cos(radians)), round1(cy + r * Math.sin(radians))];
};

/** A pie slice's path; a whole circle when the slice is all of it. */
export function slicePath(slice: { cx: number; cy: number; r: number; startAngle: number; endAngle: number }): string {
  const { cx, cy, r } = slice;
  const sweep = slice.endAngle - slice.startAngle;
  if (sweep >= 359.999) {
    const [x1, y1] = point(cx, cy, r, 0);
    const [x2, y2] = point(cx, cy, r, 180);
    return `M${x1} ${y1}A${r} ${r} 0 1 1 ${x2} ${y2}A${r} ${r} 0 1 1 ${x1} ${y1}Z`;
  }
  const [sx, sy] = point(cx, cy, r, slice.startAngle);
  const [ex, ey] = point(cx, cy, r, slice.endAngle);
  return `M${round1(cx)} ${round1(cy)}L${sx} ${sy}A${r} ${r} 0 ${sweep > 180 ? 1 : 0} 1 ${ex} ${ey}Z`;
}

/** A marker's path, about 8 px across, centred on its point. */
export function markerPath(marker: { x: number; y: number; symbol: MarkerSymbol }): string {
  const { x, y } = marker;
  const s = 4;
  switch (marker.symbol) {
    case 'circle':
      return `M${round1(x - s)} ${round1(y)}a${s} ${s} 0 1 0 ${2 * s} 0a${s} ${s} 0 1 0 ${-2 * s} 0Z`;
    case 'square':
      return `M${round1(x - s)} ${round1(y - s)}h${2 * s}v${2 * s}h${-2 * s}Z`;
    case 'triangle':
      return `M${round1(x)} ${round1(y - s - 1)}L${round1(x + s + 1)} ${round1(y + s)}L${round1(x - s - 1)} ${round1(y + s)}Z`;
    case 'diamond':
      return `M${round1(x)} ${round1(y - s - 1)}L${round1(x + s + 1)} ${round1(y)}L${round1(x)} ${round1(y + s + 1)}L${round1(x - s - 1)} ${round1(y)}Z`;
  }
}

export const pointsText = (points: readonly [number, number][]): string => points.map(([x, y]) => `${round1(x)},${round1(y)}`).join(' ');
