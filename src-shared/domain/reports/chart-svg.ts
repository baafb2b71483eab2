import { pointsText, markerPath, slicePath, type ChartModel, type ChartShape } from './chart-shapes';

/** Fonts every Word, LibreOffice, Chromium and the PNG renderer (system fonts) have. */
export const chartFontFamily = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** Text for XML: markup characters and quotes escaped, characters XML forbids dropped. */
// eslint-disable-next-line no-control-regex -- removing the control characters XML forbids is the point
const forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(forbiddenInXml, '')
    .replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const attribute = (name: string, value: string | number | undefined): string => (value === undefined ? '' : ` ${name}="${typeof value === 'number' ? value : escapeXml(value)}"`);

const tipOf = (tip: string | undefined): string => (tip ? `<title>${escapeXml(tip)}</title>` : '');

function shapeSvg(shape: ChartShape): string {
  switch (shape.shape) {
    case 'rect': {
      const box = `${attribute('x', shape.x)}${attribute('y', shape.y)}${attribute('width', shape.width)}${attribute('height', shape.height)}`;
      return `<rect${box}${attribute('fill', shape.fill)}${attribute('stroke', shape.stroke)}>${tipOf(shape.tip)}</rect>`;
    }
    case 'slice':
      return `<path d="${slicePath(shape)}"${attribute('fill', shape.fill)} stroke="#FFFFFF" stroke-width="1.5">${tipOf(shape.tip)}</path>`;
    case 'line':
      return `<line${attribute('x1', shape.x1)}${attribute('y1', shape.y1)}${attribute('x2', shape.x2)}${attribute('y2', shape.y2)}${attribute('stroke', shape.stroke)}${attribute('stroke-width', shape.width)}${attribute('stroke-dasharray', shape.dash)}/>`;
    case 'polyline':
      return `<polyline points="${pointsText(shape.points)}" fill="none"${attribute('stroke', shape.stroke)}${attribute('stroke-width', shape.width)}${attribute('stroke-dasharray', shape.dash)} stroke-linejoin="round"/>`;
    case 'marker':
      return `<path d="${markerPath(shape)}"${attribute('fill', shape.fill)} stroke="#FFFFFF" stroke-width="1">${tipOf(shape.tip)}</path>`;
    case 'text': {
      const turn = shape.rotate ? attribute('transform', `rotate(${shape.rotate} ${shape.x} ${shape.y})`) : '';
      const weight = shape.bold ? ' font-weight="bold"' : '';
      return `<text${attribute('x', shape.x)}${attribute('y', shape.y)}${attribute('text-anchor', shape.anchor)}${attribute('font-size', shape.size)}${attribute('fill', shape.fill)}${weight}${turn}>${escapeXml(shape.text)}</text>`;
    }
  }
}

/**
 * The chart as a standalone SVG document (fixed size, white background, every text escaped):
 * inline in the print page, turned into a PNG for Word.
 */
export function chartSvg(model: ChartModel): string {
  const { width, height } = model;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(model.title)}" font-family="${escapeXml(chartFontFamily)}">`,
    `<title>${escapeXml(model.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...model.shapes.map(shapeSvg),
    '</svg>',
  ].join('\n');
}
