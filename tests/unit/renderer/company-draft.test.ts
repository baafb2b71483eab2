import { describe, expect, it } from 'vitest';
import { companyCreateInput, companyServerIssues, emptyCompanyDraft, newAddress, validateCompanyDraft } from '../../../src-renderer/lib/company-draft';
import { issueMap } from '../../../src-renderer/lib/field-issues';

const owner = '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8d';

describe('the company form', () => {
  it('needs a name', () => {
    expect(issueMap(validateCompanyDraft(emptyCompanyDraft(owner), 'create'))).toEqual({ name: 'required' });
    expect(issueMap(validateCompanyDraft(emptyCompanyDraft(owner), 'edit'))).toEqual({ name: 'required' });
  });

  it('catches a mistyped SIRET by its check digit', () => {
    expect(issueMap(validateCompanyDraft({ ...emptyCompanyDraft(owner, 'Acme'), legalId: '443 061 841 00047' }, 'create'))).toEqual({});
    expect(issueMap(validateCompanyDraft({ ...emptyCompanyDraft(owner, 'Acme'), legalId: '443 061 841 00048' }, 'create'))).toEqual({
      legalId: 'invalid_siret',
    });
  });

  it('accepts a website typed without https://', () => {
    expect(validateCompanyDraft({ ...emptyCompanyDraft(owner, 'Acme'), website: 'acme.fr' }, 'create')).toEqual([]);
    expect(issueMap(validateCompanyDraft({ ...emptyCompanyDraft(owner, 'Acme'), website: 'not a web address' }, 'create'))).toHaveProperty('website');
  });

  it('sends filled addresses only, with the parent company', () => {
    const addresses = [newAddress(), { ...newAddress('billing'), city: 'Lyon', country: '' }];
    const input = companyCreateInput({ ...emptyCompanyDraft(owner, 'Acme'), addresses, parent: { id: owner, name: 'Groupe' } });
    expect(input.addresses).toEqual([{ kind: 'billing', street: '', postcode: '', city: 'Lyon', country: null }]);
    expect(input.parentCompanyId).toBe(owner);
  });

  it('maps a refused parent (a cycle) onto the parent field', () => {
    const issues = companyServerIssues(emptyCompanyDraft(owner, 'Acme'), [{ path: 'patch.parentCompanyId', code: 'cycle', message: 'x' }]);
    expect(issueMap(issues)).toEqual({ parent: 'cycle' });
  });
});
