import type { ReactElement } from 'react';
import { chartFontFamily } from '../../../src-shared/domain/reports/chart-svg';
import { markerPath, pointsText, slicePath, type ChartModel, type ChartShape } from '../../../src-shared/domain/reports/chart-shapes';

/** One shape as an SVG element; React escapes every text and attribute. */
function shapeElement(shape: ChartShape, key: number): ReactElement {
  const tip = 'tip' in shape && shape.tip ? <title>{shape.tip}</title> : null;
  switch (shape.shape) {
    case 'rect':
      return (
        <rect key={key} x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={shape.fill} stroke={shape.stroke}>
          {tip}
        </rect>
      );
    case 'slice':
      return (
        <path key={key} d={slicePath(shape)} fill={shape.fill} stroke="#FFFFFF" strokeWidth={1.5}>
          {tip}
        </path>
      );
    case 'line':
      return <line key={key} x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} stroke={shape.stroke} strokeWidth={shape.width} strokeDasharray={shape.dash} />;
    case 'polyline':
      return <polyline key={key} points={pointsText(shape.points)} fill="none" stroke={shape.stroke} strokeWidth={shape.width} strokeDasharray={shape.dash} strokeLinejoin="round" />;
    case 'marker':
      return (
        <path key={key} d={markerPath(shape)} fill={shape.fill} stroke="#FFFFFF" strokeWidth={1}>
          {tip}
        </path>
      );
    case 'text':
      return (
        <text
          key={key}
          x={shape.x}
          y={shape.y}
          textAnchor={shape.anchor}
          fontSize={shape.size}
          fill={shape.fill}
          fontWeight={shape.bold ? 'bold' : undefined}
          transform={shape.rotate ? `rotate(${shape.rotate} ${shape.x} ${shape.y})` : undefined}
        >
          {shape.text}
        </text>
      );
  }
}

/**
 * The report's chart, drawn from the same shapes as the Word and PDF documents: an inline SVG
 * element (no markup string, nothing the page's policy would refuse), scaled to its box.
 */
export function ReportChart({ model }: { model: ChartModel }) {
  return (
    <svg
      className="report-chart-svg"
      viewBox={`0 0 ${model.width} ${model.height}`}
      role="img"
      aria-label={model.title}
      fontFamily={chartFontFamily}
      data-testid="report-chart"
      data-empty={model.empty ? 'true' : undefined}
    >
      <rect x={0} y={0} width={model.width} height={model.height} fill="#FFFFFF" />
      {model.shapes.map(shapeElement)}
    </svg>
  );
}
