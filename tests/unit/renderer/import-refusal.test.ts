import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../../src-shared/contract/errors';
import { importLimits } from '../../../src-shared/domain/imports';
import { translate } from '../../../src-shared/i18n';
import { ClientError } from '../../../src-renderer/api/client-error';
import { checkBeforeUpload, importRefusal } from '../../../src-renderer/screens/Import/import-refusal';

const t = ((key: string, params?: Record<string, string | number>) => translate('en', key, params)) as unknown as TFunction;
const refusal = (body: ApiErrorBody) => importRefusal(t, new ClientError(body));

describe('why an import step did not go on', () => {
  it('shows a refused file on the file step, in the core’s own words', () => {
    expect(refusal({ code: 'validation', field: 'fileId', message: 'This file is empty.' })).toEqual({ kind: 'file', message: 'This file is empty.' });
  });

  it('sends a wrong mapping back to the mapping step', () => {
    expect(refusal({ code: 'validation', field: 'mapping.3', message: 'The field “Last name” is chosen for several columns.' }).kind).toBe('mapping');
  });

  it('offers to read the file again when the core forgot it', () => {
    expect(refusal({ code: 'validation', field: 'importId', message: 'gone' })).toEqual({ kind: 'session', message: translate('en', 'imports.refusal.sessionGone') });
  });

  it('keeps the preview when rows in error stop the run, and says a cancel changed nothing', () => {
    expect(refusal({ code: 'validation', field: 'skipInvalid', message: '2 rows in error' })).toEqual({ kind: 'invalidRows', message: '2 rows in error' });
    expect(refusal({ code: 'cancelled', message: 'cancelled' })).toEqual({ kind: 'cancelled', message: translate('en', 'tasks.cancelled') });
  });

  it('says an import already undone, and any other failure by its code', () => {
    expect(refusal({ code: 'conflict', field: 'batchId', message: 'x' }).message).toBe(translate('en', 'imports.refusal.alreadyUndone'));
    expect(refusal({ code: 'disk_full', message: 'ENOSPC' })).toEqual({ kind: 'other', message: translate('en', 'errors.disk_full') });
    expect(importRefusal(t, ClientError.connection('reset')).message).toBe(translate('en', 'errors.connection'));
  });
});

describe('the checks made before a file is sent', () => {
  it('refuses an empty file and one larger than an import takes', () => {
    expect(checkBeforeUpload({ name: 'vide.csv', size: 0 })).toEqual({ problem: 'empty' });
    expect(checkBeforeUpload({ name: 'gros.csv', size: importLimits.maxTextBytes + 1 })).toEqual({ problem: 'too_large', sizeMb: 50, limitMb: 50 });
    expect(checkBeforeUpload({ name: 'Classeur.XLSX', size: 120 * 1024 * 1024 })).toEqual({ problem: 'too_large', sizeMb: 120, limitMb: importLimits.maxXlsxBytes / (1024 * 1024) });
  });

  it('lets an ordinary file through', () => {
    expect(checkBeforeUpload({ name: 'contacts.csv', size: 12_345 })).toBeNull();
    expect(checkBeforeUpload({ name: 'contacts.xlsx', size: importLimits.maxXlsxBytes })).toBeNull();
  });
});
