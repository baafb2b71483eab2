import { chartSvg } from '../../src-shared/domain/reports/chart-svg';
import { cssString, escapeHtml as e } from './html-text';
import { colour, fontFamily, marginMm } from './look';
import type { ReportDocumentModel } from './report-content';

/** No script, no request: the page only shows itself and its inline chart. */
const contentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

function reportCss(model: ReportDocumentModel): string {
  const [before = '', rest = ''] = model.format.word('reports.document.page').split('{{page}}');
  const [between = '', after = ''] = rest.split('{{pages}}');
  const counter = `${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}`;
  const marginText = `font: 7.5pt ${fontFamily}, sans-serif; color: #${colour.muted};`;
  return `
@page {
  size: A4;
  margin: ${marginMm.top}mm ${marginMm.right}mm ${marginMm.bottom}mm ${marginMm.left}mm;
  @top-right { content: ${cssString(model.title)}; ${marginText} }
  @bottom-left { content: ${cssString(model.generatedAt)}; ${marginText} }
  @bottom-right { content: ${counter}; ${marginText} }
}
@page :first { @top-right { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 9.5pt/1.3 ${fontFamily}, 'Liberation Sans', Helvetica, sans-serif; color: #1d232a; }
p { margin: 0 0 1mm; }
h1 { margin: 0 0 2mm; font-size: 16pt; color: #${colour.accent}; }
h2 { margin: 5mm 0 2mm; font-size: 10.5pt; color: #${colour.accent}; break-after: avoid; }
.description { color: #${colour.muted}; margin-bottom: 3mm; }
.chart { break-inside: avoid; }
.chart svg { display: block; width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #${colour.headerFill}; text-align: left; }
th, td { padding: 0.8mm 1.5mm; border-top: 0.5pt solid #${colour.rule}; border-bottom: 0.5pt solid #${colour.rule}; font-size: 8.5pt; vertical-align: middle; }
.number { text-align: right; white-space: nowrap; }
.totals td { background: #${colour.headerFill}; font-weight: bold; }
.empty { color: #${colour.muted}; }
`;
}

function table(model: ReportDocumentModel): string {
  if (model.rows.length === 0) return `<p class="empty">${e(model.format.word('reports.document.noRows'))}</p>`;
  const cls = (index: number): string => (model.columns[index]?.numeric ? ' class="number"' : '');
  const head = model.columns.map((column, index) => `<th${cls(index)}>${e(column.title)}</th>`).join('');
  const line = (values: readonly string[]): string => values.map((value, index) => `<td${cls(index)}>${e(value)}</td>`).join('');
  const body = model.rows.map((values) => `<tr>${line(values)}</tr>`).join('\n');
  const totals = model.totals ? `<tfoot><tr class="totals">${line(model.totals)}</tr></tfoot>` : '';
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody>${totals}</table>`;
}

/**
 * The report as one self-contained HTML page for printing to PDF: the Word document's content
 * and look, the chart as inline SVG, A4 page rules with the page count, every text escaped, and
 * a policy that lets nothing run or load.
 */
export function reportHtml(model: ReportDocumentModel): string {
  const facts = [model.period, model.filters, ...(model.amountsIn ? [model.amountsIn] : [])].map((line) => `<p>${e(line)}</p>`).join('');
  const notes = model.notes.length > 0 ? `<h2>${e(model.format.word('reports.document.notesHeading'))}</h2>${model.notes.map((note) => `<p>${e(note)}</p>`).join('')}` : '';
  return `<!doctype html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<title>${e(`${model.title} — ${model.period}`)}</title>
<style>${reportCss(model)}</style>
</head>
<body>
<h1>${e(model.title)}</h1>
<p class="description">${e(model.description)}</p>
${facts}
<h2>${e(model.format.word('reports.document.chartHeading'))}</h2>
<div class="chart">${chartSvg(model.chart)}</div>
<h2>${e(model.format.word('reports.document.tableHeading'))}</h2>
${table(model)}
${notes}
</body>
</html>
`;
}
