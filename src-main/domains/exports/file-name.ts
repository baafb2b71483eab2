import { exportExtensions, type ExportEntity, type ExportFormat } from '../../../src-shared/domain/exports';
import { safeFileName } from '../../../src-shared/domain/files';
import { localMsAt } from '../../../src-shared/domain/recurrence/zone';
import { translate, type Language } from '../../../src-shared/i18n';

/** The list's name in the file's language: "Contacts", "Sociétés"… (the sheet is named after it too). */
export const listName = (entity: ExportEntity, language: Language): string => translate(language, `exports.file.${entity}`);

/** Excel refuses these characters in a sheet name, and more than 31 of them. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Export';
}

/** "Contacts – Clients Lyon 2026-11-22.xlsx", "Contacts (sélection) 2026-11-22.csv": sanitised for any disk. */
export function exportFileName(args: {
  entity: ExportEntity;
  format: ExportFormat;
  language: Language;
  viewName: string | null;
  selection: boolean;
  nowMs: number;
  timeZone: string;
}): string {
  const day = new Date(localMsAt(args.nowMs, args.timeZone)).toISOString().slice(0, 10);
  let name = listName(args.entity, args.language);
  if (args.viewName) name += ` – ${args.viewName}`;
  if (args.selection) name = translate(args.language, 'exports.file.selection', { name });
  return safeFileName(`${name} ${day}.${exportExtensions[args.format]}`, `export.${exportExtensions[args.format]}`);
}
