import { describe, expect, it } from 'vitest';
import { canEditCatalogue } from '../../../../../src-renderer/screens/Catalogue/catalogue-access';

describe('who may change the catalogue', () => {
  it('is the one user of a PC on its own', () => {
    expect(canEditCatalogue(null)).toBe(true);
    expect(canEditCatalogue(undefined)).toBe(true);
  });

  it('is a manager or an administrator of the office server, not a salesperson', () => {
    expect(canEditCatalogue({ role: 'administrator' })).toBe(true);
    expect(canEditCatalogue({ role: 'manager' })).toBe(true);
    expect(canEditCatalogue({ role: 'salesperson' })).toBe(false);
  });
});
