/**
 * Reports: what the core computes (a table and the chart drawn from it) and what the screens,
 * the Excel, Word and PDF outputs read. A report is data, never text already laid out: labels
 * are i18n keys, amounts are integer minor units of the office's base currency, so each reader
 * formats them in the user's language and locale.
 */

export const reportNames = [
  'pipeline-by-stage',
  'forecast-by-month',
  'won-lost',
  'win-rate-by-salesperson',
  'activities-by-salesperson',
  'conversion-funnel',
  'sales-by-territory',
  'sales-by-product',
  'sales-by-company',
  'targets-vs-actuals',
  'neglected-accounts',
] as const;
export type ReportName = (typeof reportNames)[number];

/** Calendar days 'YYYY-MM-DD', both included, in the user's time zone. */
export type ReportPeriod = { from: string; to: string };

/** What every report can be narrowed to; each report says which of them it uses. */
export type ReportFilters = {
  period: ReportPeriod;
  /** Salespeople (users); empty = everyone the user may see. */
  ownerIds: string[];
  teamId: string | null;
  pipelineId: string | null;
  /** A saved segment of contacts, companies or deals: the report keeps what it selects. */
  segmentId: string | null;
};

/**
 * How a cell reads:
 * - text: as is; user: a person's display name; month: 'YYYY-MM'; date: 'YYYY-MM-DD';
 * - activity-kind: an activity kind code ('call'…) translated by the reader;
 * - count: a number of things (an integer; a quantity sold may have decimals: 1.5); money: integer minor units of the report's currency;
 * - percent: a ratio (0.25 = 25 %); days: a number of days (decimals allowed).
 */
export type ReportColumnType = 'text' | 'user' | 'month' | 'date' | 'activity-kind' | 'count' | 'money' | 'percent' | 'days';

export type ReportColumn = {
  key: string;
  /** An i18n key (t(label)), e.g. 'reports.columns.stage'. */
  label: string;
  type: ReportColumnType;
};

export type ReportCell = string | number | null;

/** The list a row (or a dashboard tile) opens: a list screen and the filters it opens with. */
export type ListLink =
  | { list: 'deals'; filters: { ownerIds?: string[]; pipelineId?: string; stageIds?: string[]; status?: 'open' | 'won' | 'lost'; closeFrom?: string; closeTo?: string; companyId?: string } }
  | { list: 'activities'; filters: { ownerIds?: string[]; kinds?: string[]; from?: string; to?: string; overdue?: boolean } }
  | { list: 'companies' | 'contacts'; filters: { ids?: string[]; segmentId?: string; ownerIds?: string[] } };

export type ReportRow = {
  cells: Record<string, ReportCell>;
  link?: ListLink;
  /**
   * Keys of the cells of this row that hold an i18n key rather than text as is (a row the core
   * names itself: 'reports.rows.won', 'reports.rows.noTerritory', 'reports.rows.otherCompanies'…):
   * the reader shows t(cell). Absent = every text cell reads as is.
   */
  translated?: string[];
};

export type ChartKind = 'bar' | 'stacked-bar' | 'line' | 'pie' | 'funnel';

/**
 * The chart is drawn from the table: one category column (the axis or the slices) and the
 * columns plotted as series, all of one type (money, count, percent or days).
 */
export type ReportChart = { kind: ChartKind; category: string; series: string[] };

export type ReportResult = {
  name: ReportName;
  filters: ReportFilters;
  /** The currency of every money cell (the office's base currency); amounts in other currencies are converted at the rate of their date. */
  currency: string;
  /** ISO instant the figures were computed at. */
  generatedAt: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** The totals row (keys of the columns that add up), or null when a total means nothing. */
  totals: Record<string, ReportCell> | null;
  chart: ReportChart;
  /** i18n keys of remarks shown under the table (e.g. 'reports.notes.noRate' when an amount had no exchange rate). */
  notes: string[];
};

export const reportFormats = ['xlsx', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];
