import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src-shared/i18n';
import { columnLabel, columnReference } from '../../../src-renderer/screens/Import/column-label';
import { issueColumn } from '../../../src-renderer/screens/Import/issue-text';

const t = ((key: string, params?: Record<string, string | number>) => translate('fr', key, params)) as unknown as TFunction;
const headers = ['Nom', '', 'Nom', 'Ville'];

describe('how the wizard names a column', () => {
  it('by its name, or by its place when the header cell is empty', () => {
    expect(columnLabel(t, headers, 3)).toBe('Ville');
    expect(columnLabel(t, headers, 1)).toBe('Colonne 2');
  });

  it('with its place when another column has the same name, so the two can be told apart', () => {
    expect(columnReference(t, headers, 0)).toBe('Nom (colonne 1)');
    expect(columnReference(t, headers, 2)).toBe('Nom (colonne 3)');
    expect(columnReference(t, headers, 3)).toBe('Ville');
    expect(columnReference(t, headers, 1)).toBe('Colonne 2');
  });

  it('says where an issue is: the column, a nameless column by its place, or the whole row', () => {
    const base = { line: 4, field: null, code: 'required', severity: 'error', value: null } as const;
    expect(issueColumn(t, { ...base, column: 'Mél', columnIndex: 4 })).toBe('Mél');
    expect(issueColumn(t, { ...base, column: '', columnIndex: 1 })).toBe('Colonne 2');
    expect(issueColumn(t, { ...base, column: null, columnIndex: null })).toBe('(ligne entière)');
  });
});
