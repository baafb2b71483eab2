import { describe, expect, it } from 'vitest';
import { api, apiNames } from '../../../../src-shared/contract/api';
import { fieldIssuesFromZod } from '../../../../src-shared/contract/errors';

describe('the contract', () => {
  it('has a strict schema for every endpoint: unknown fields are refused', () => {
    for (const name of apiNames) {
      const result = api[name].input.safeParse({ __unexpected: true });
      expect(result.success, name).toBe(false);
    }
  });

  it('names the field at fault with a translatable code', () => {
    const result = api['contacts.create'].input.safeParse({ lastName: 'X', emails: [{ address: 'nope' }], phones: [{ number: '' }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = fieldIssuesFromZod(result.error);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'emails.0.address', code: 'invalid_email' }),
        expect.objectContaining({ path: 'phones.0.number', code: 'required' }),
      ]),
    );
  });

  it('normalises what users type: trimmed text, empty as null, lower-case emails, https websites', () => {
    const contact = api['contacts.create'].input.parse({ firstName: '  Zoé ', lastName: 'Roux', jobTitle: '', emails: [{ address: ' Zoe@Roux.FR ' }] });
    expect(contact).toMatchObject({ firstName: 'Zoé', jobTitle: null, emails: [{ label: 'work', address: 'zoe@roux.fr' }] });
    const company = api['companies.create'].input.parse({ name: 'Roux', website: 'roux.fr' });
    expect(company.website).toBe('https://roux.fr');
  });

  it('defaults list paging and sorting', () => {
    expect(api['contacts.list'].input.parse({})).toMatchObject({ offset: 0, limit: 100, withTotal: true, sort: { field: 'name', dir: 'asc' } });
    expect(api['contacts.list'].input.safeParse({ limit: 5000 }).success).toBe(false);
  });
});

describe('company websites', () => {
  it.each(['pas un site', 'javascript:alert(1)', 'https://user@evil.fr', 'localhost', 'ftp://files.fr'])('refuses %s', (website) => {
    const result = api['companies.create'].input.safeParse({ name: 'X', website });
    expect(result.success).toBe(false);
  });
  it.each([
    ['acme.fr', 'https://acme.fr'],
    ['http://www.acme.co.uk/contact', 'http://www.acme.co.uk/contact'],
    ['', null],
  ])('accepts %s as %s', (website, stored) => {
    expect(api['companies.create'].input.parse({ name: 'X', website }).website).toBe(stored);
  });
});
