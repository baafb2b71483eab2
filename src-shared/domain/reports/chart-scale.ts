/**
 * The chart's measures: round axis steps, and text fitted to the room it has. Text widths are
 * estimated (no font metrics outside a browser): a character of Arial averages ~0.55 em.
 */

/** Ticks from a round number at or below `min` to one at or above `max`, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5, smallestStep = 0): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return [0, Math.max(1, smallestStep)];
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  const step = Math.max(nice * power, smallestStep);
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= last + step / 2; tick += step) ticks.push(Math.round(tick / step) * step);
  return ticks;
}

export const charWidth = (fontSize: number): number => fontSize * 0.55;

export const textWidth = (text: string, fontSize: number): number => text.length * charWidth(fontSize);

/** The text cut to `width` (an ellipsis says it was cut). */
export function fitText(text: string, width: number, fontSize: number): string {
  const room = Math.floor(width / charWidth(fontSize));
  if (text.length <= room) return text;
  if (room <= 1) return '…';
  return `${text.slice(0, room - 1).trimEnd()}…`;
}

/** Coordinates kept to a tenth of a pixel: shorter files, the same drawing. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;
