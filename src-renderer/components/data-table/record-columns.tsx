import type { ColumnDef, ColumnMeta } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagRef, UserRef } from '../../../src-shared/domain/records';
import type { Language } from '../../../src-shared/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDateTime, formatPhone, formatShortDate } from '../../lib/format';
import { telHref } from '../../lib/safe-url';
import { TagList } from '../TagList';

export type RecordColumn<Row, Id extends string> = ColumnDef<Row> & { id: Id };

/** A table's columns in the user's language; `build` (a function of the module) runs again when it changes. */
export function useTableColumns<C>(build: (t: TFunction, lang: Language) => C[]): C[] {
  const { t } = useTranslation();
  const lang = useLanguage();
  return useMemo(() => build(t, lang), [build, t, lang]);
}

/** A column whose header is the label it has in the column menu; `cell` draws a row's value. */
export function column<Row, Id extends string>(id: Id, size: number, meta: ColumnMeta<Row, unknown>, cell: (row: Row) => ReactNode): RecordColumn<Row, Id> {
  return { id, size, header: meta.label, meta: { ...meta, render: cell }, cell: ({ row }) => cell(row.original) };
}

/** Plain text, cut by the cell itself (no element of its own: rows are drawn on every scrolled frame). */
export function textCell(value: string | null): ReactNode {
  return value ?? '';
}

function dateCell(lang: Language, iso: string): ReactNode {
  // The full date and time is a tooltip, formatted when the pointer comes over the cell, not for every row drawn.
  return (
    <span onPointerEnter={(event) => (event.currentTarget.title = formatDateTime(lang, iso))}>
      {formatShortDate(lang, iso)}
    </span>
  );
}

function phoneCell(phone: string | null): ReactNode {
  const href = phone ? telHref(phone) : null;
  return href ? (
    <a href={href} className="cell-link-quiet" tabIndex={-1}>
      {formatPhone(phone)}
    </a>
  ) : null;
}

type RecordRow = { city: string | null; phone: string | null; owner: UserRef | null; tags: TagRef[]; createdAt: string; updatedAt: string };

/** The columns contacts and companies both have, labelled from `fields.contact.…` or `fields.company.…`. */
export function sharedColumns<Row extends RecordRow>(t: TFunction, lang: Language, fields: 'contact' | 'company') {
  const label = (name: 'city' | 'phone' | 'owner' | 'tags' | 'createdAt' | 'updatedAt') => t(`fields.${fields}.${name}`);
  return {
    city: column<Row, 'city'>('city', 150, { label: label('city'), sortField: 'city' }, (row) => textCell(row.city)),
    phone: column<Row, 'phone'>('phone', 150, { label: label('phone') }, (row) => phoneCell(row.phone)),
    owner: column<Row, 'owner'>('owner', 150, { label: label('owner') }, (row) => textCell(row.owner?.displayName ?? null)),
    tags: column<Row, 'tags'>('tags', 210, { label: label('tags') }, (row) => <TagList tags={row.tags} max={3} />),
    createdAt: column<Row, 'createdAt'>('createdAt', 110, { label: label('createdAt'), sortField: 'createdAt' }, (row) => dateCell(lang, row.createdAt)),
    updatedAt: column<Row, 'updatedAt'>('updatedAt', 110, { label: label('updatedAt'), sortField: 'updatedAt' }, (row) => dateCell(lang, row.updatedAt)),
  };
}
