import type { TFunction } from 'i18next';

/** A column as the user knows it: its name in the file, or "Column 3" when the header cell is empty. */
export function columnLabel(t: TFunction, headers: readonly string[], index: number): string {
  const header = headers[index] ?? '';
  return header !== '' ? header : t('imports.column', { number: index + 1 });
}

/** A column named to tell it from the others: its name, with its position when another column has the same name. */
export function columnReference(t: TFunction, headers: readonly string[], index: number): string {
  const header = headers[index] ?? '';
  if (header === '') return t('imports.column', { number: index + 1 });
  const twin = headers.some((other, position) => position !== index && other === header);
  return twin ? t('importWizard.mapping.columnAt', { name: header, number: index + 1 }) : header;
}
