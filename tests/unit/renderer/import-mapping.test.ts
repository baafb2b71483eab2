import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../src-shared/domain/imports';
import {
  columnSamples,
  mappedCount,
  mappingConflicts,
  mappingProblem,
  sameColumns,
  startingMapping,
  withColumnField,
} from '../../../src-renderer/screens/Import/import-mapping';

describe('the column mapping of the import wizard', () => {
  it('shows a column by a few different values from the sample, skipping empty cells', () => {
    const sample = [
      { line: 2, cells: ['Dupont', ''] },
      { line: 3, cells: ['Martin', ' '] },
      { line: 4, cells: ['Dupont', 'x'] },
      { line: 5, cells: ['Lefèvre', 'y'] },
      { line: 6, cells: ['Bernard', 'z'] },
    ];
    expect(columnSamples({ sample }, 0)).toEqual(['Dupont', 'Martin', 'Lefèvre']);
    expect(columnSamples({ sample }, 1, 2)).toEqual(['x', 'y']);
    expect(columnSamples({ sample }, 5)).toEqual([]);
  });

  it('changes one column without touching the others', () => {
    const mapping: ImportMapping = ['lastName', 'firstName', null];
    const next = withColumnField(mapping, 2, 'city');
    expect(next).toEqual(['lastName', 'firstName', 'city']);
    expect(mapping).toEqual(['lastName', 'firstName', null]);
    expect(mappedCount(next)).toBe(3);
    expect(mappedCount(withColumnField(next, 0, null))).toBe(2);
  });

  it('flags a field that takes one column when two columns fill it, but lets e-mails, phones and notes add up', () => {
    const mapping: ImportMapping = ['lastName', 'lastName', 'emailWork', 'emailWork', 'notes', 'notes', 'city'];
    const conflicts = mappingConflicts('contact', mapping);
    expect([...conflicts.entries()]).toEqual([
      [0, [1]],
      [1, [0]],
    ]);
    expect(mappingProblem('contact', mapping)).toBe('conflict');
    expect(mappingProblem('contact', withColumnField(mapping, 1, 'firstName'))).toBeNull();
  });

  it('asks for a name: a contact’s first, last or full name, a company’s name', () => {
    expect(mappingProblem('contact', [null, null])).toBe('nothing');
    expect(mappingProblem('contact', ['city', 'emailWork'])).toBe('name');
    expect(mappingProblem('contact', ['fullName', 'emailWork'])).toBeNull();
    expect(mappingProblem('contact', ['firstName'])).toBeNull();
    expect(mappingProblem('company', ['legalId', 'city'])).toBe('name');
    expect(mappingProblem('company', ['name', 'legalId'])).toBeNull();
  });

  it('keeps the user’s choices when the same columns come back, else starts from the guess', () => {
    const inspection = { headers: ['Nom', 'Prénom', 'Ville'], suggestedMapping: ['lastName', 'firstName', 'city'] as ImportMapping };
    const chosen: ImportMapping = ['lastName', 'firstName', null];
    expect(startingMapping({ headers: ['Nom', 'Prénom', 'Ville'], mapping: chosen }, inspection)).toEqual(chosen);
    expect(startingMapping({ headers: ['Nom', 'Prénom', 'Commune'], mapping: chosen }, inspection)).toEqual(inspection.suggestedMapping);
    expect(startingMapping(null, inspection)).toEqual(inspection.suggestedMapping);
    expect(sameColumns(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameColumns(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameColumns(['a'], ['a', ''])).toBe(false);
  });
});
