import type { ExportColumnId, ExportEntity } from '../../../../src-shared/domain/exports';
import { recordIdHeaders } from '../../../../src-shared/domain/round-trip';
import { translate, type Language, type TranslateParams } from '../../../../src-shared/i18n';

/** An amount in a currency's minor units (cents). */
export type Money = { minor: number; currency: string };

/** What a cell holds, by kind: text the users typed, counts, percentages (0–100), amounts, calendar dates, instants. */
type Values = { text: string; integer: number; percent: number; money: Money; date: string; datetime: string };
export type ColumnKind = keyof Values;

/** Words in the file's language (enum values: a company's size, an activity's kind…). */
export type Words = (key: string, params?: TranslateParams) => string;

/**
 * One column of a list: the catalogue key of its header (the label the screen gives it) and its
 * typed value for a row. A `datetime` value is an ISO instant, or a calendar date for a whole day.
 */
export type ColumnSpec<Row> = { [K in ColumnKind]: { kind: K; label: string; value: (row: Row, words: Words) => Values[K] | null } }[ColumnKind];

/** Every column a list has, by its id. */
export type ColumnSet<E extends ExportEntity, Row> = { [Id in ExportColumnId<E>]: ColumnSpec<Row> };

/** A column of the file: its header in the file's language. */
export type ExportColumn<Row> = ColumnSpec<Row> & { id: string; header: string };

/** Words in a language; those without parameters looked up once (an enum value is asked for on every row). */
export function wordsOf(language: Language): Words {
  const known = new Map<string, string>();
  return (key, params) => {
    if (params) return translate(language, key, params);
    let text = known.get(key);
    if (text === undefined) {
      text = translate(language, key);
      known.set(key, text);
    }
    return text;
  };
}

/** The record id first (the Excel round trip), then the columns asked, in their order. */
export function fileColumns<E extends ExportEntity, Row extends { id: string }>(set: ColumnSet<E, Row>, ids: readonly ExportColumnId<E>[], language: Language): ExportColumn<Row>[] {
  const idColumn: ExportColumn<Row> = { id: 'id', kind: 'text', label: '', header: recordIdHeaders[language], value: (row) => row.id };
  const chosen = ids.map((id): ExportColumn<Row> => {
    const spec: ColumnSpec<Row> = set[id];
    return { ...spec, id, header: translate(language, spec.label) };
  });
  return [idColumn, ...chosen];
}

/** Tags as one cell: "Client, VIP". */
export const tagNames = (tags: readonly { name: string }[]): string | null => (tags.length > 0 ? tags.map((tag) => tag.name).join(', ') : null);
