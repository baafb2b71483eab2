import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import { escapeHtml as e } from './html-text';
import { quoteCss } from './html-style';
import { clientLines, lineCells, lineColumns, quoteFacts, sellerContactLines, textBlocks, totalRows, vatColumns, vatRows } from './quote-content';
import { quoteFormat, type QuoteFormat } from './quote-format';

/** No script, no request: the page only shows itself and its inline logo, whatever it holds. */
const contentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

type Column = { title: string; numeric: boolean };

function grid(className: string, columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cellClass = (column: Column | undefined): string => (column?.numeric ? ' class="number"' : '');
  const head = columns.map((column) => `<th${cellClass(column)}>${e(column.title)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((value, index) => `<td${cellClass(columns[index])}>${e(value)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="grid ${className}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function letterhead(model: QuoteDocumentModel, format: QuoteFormat): string {
  const { seller } = model;
  const logo = seller.logo
    ? `<img class="logo" alt="${e(seller.name)}" src="data:image/${seller.logo.type === 'png' ? 'png' : 'jpeg'};base64,${Buffer.from(seller.logo.data).toString('base64')}">`
    : '';
  const sellerLines = [...seller.addressLines, ...sellerContactLines(model, format)].map((line) => `<p>${e(line)}</p>`).join('');
  const [first = '', ...others] = clientLines(model);
  return `<header class="letterhead">
<div class="seller">${logo}<p class="name">${e(seller.name)}</p>${sellerLines}</div>
<div class="client"><p class="label">${e(format.word('client'))}</p><p class="name">${e(first)}</p>${others.map((line) => `<p>${e(line)}</p>`).join('')}</div>
</header>`;
}

function titleBlock(model: QuoteDocumentModel, format: QuoteFormat): string {
  const labelled = (label: string, value: string): string => `<p>${e(format.word('labelled', { label, value }))}</p>`;
  const subject = model.quote.title ? labelled(format.word('subject'), model.quote.title) : '';
  const facts = quoteFacts(model, format).map((fact) => labelled(fact.label, fact.value)).join('');
  return `<h1>${e(format.word('heading', { number: model.quote.number }))}</h1><div class="facts">${subject}${facts}</div>`;
}

function figures(model: QuoteDocumentModel, format: QuoteFormat): string {
  const lines = grid(
    'lines',
    lineColumns.map((column) => ({ title: format.word(column.word), numeric: column.numeric })),
    model.lines.map((line) => {
      const cells = lineCells(line, format);
      return lineColumns.map((column) => cells[column.key]);
    }),
  );
  const totals = totalRows(model, format)
    .map((row) => `<tr${row.grand ? ' class="grand"' : ''}><td>${e(row.label)}</td><td class="number">${e(row.amount)}</td></tr>`)
    .join('');
  const vat = grid(
    'vat',
    vatColumns.map((column) => ({ title: format.word(column.word), numeric: true })),
    vatRows(model, format).map((row) => vatColumns.map((column) => row[column.key])),
  );
  return `${lines}\n<table class="totals">${totals}</table>\n<h2>${e(format.word('vatSummary.title'))}</h2>\n${vat}`;
}

function closing(model: QuoteDocumentModel, format: QuoteFormat): string {
  const texts = textBlocks(model, format)
    .map((block) => `<section class="text"><h2>${e(block.title)}</h2>${block.paragraphs.map((line) => `<p>${e(line)}</p>`).join('')}</section>`)
    .join('\n');
  return `${texts}\n<div class="acceptance"><p class="name">${e(format.word('acceptance'))}</p><p class="hint">${e(format.word('acceptanceHint'))}</p></div>`;
}

/**
 * The quote as one self-contained HTML page for printing to PDF: the Word document's layout,
 * A4 page rules, the logo inline as a data URL, every user string escaped, and a policy that
 * lets nothing run or load.
 */
export function quoteHtml(model: QuoteDocumentModel): string {
  const format = quoteFormat(model);
  const title = format.word('pageTitle', { number: model.quote.number, seller: model.seller.name });
  return `<!doctype html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<title>${e(title)}</title>
<style>${quoteCss(model, format)}</style>
</head>
<body>
${letterhead(model, format)}
${titleBlock(model, format)}
${figures(model, format)}
${closing(model, format)}
</body>
</html>
`;
}
