import { describe, expect, it } from 'vitest';
import {
  contactCreateInput,
  contactServerIssues,
  emptyContactDraft,
  validateContactDraft,
  type ContactDraft,
} from '../../../src-renderer/lib/contact-draft';
import { newEmail, newPhone } from '../../../src-renderer/lib/entry-drafts';
import { issueMap } from '../../../src-renderer/lib/field-issues';

const owner = '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8d';
const draft = (patch: Partial<ContactDraft>): ContactDraft => ({ ...emptyContactDraft(owner), ...patch });

describe('the contact form', () => {
  it('accepts a contact with a name only', () => {
    expect(validateContactDraft(draft({ lastName: 'Lefèvre' }), 'create')).toEqual([]);
  });

  it('asks for a first or a last name', () => {
    expect(issueMap(validateContactDraft(draft({}), 'create'))).toEqual({ lastName: 'required' });
    expect(issueMap(validateContactDraft(draft({ firstName: ' ' }), 'edit'))).toMatchObject({ lastName: 'required' });
  });

  it('puts an invalid email on the line where it was typed, blank lines aside', () => {
    const emails = [{ ...newEmail(), address: '' }, { ...newEmail(), address: 'helene@' }];
    expect(issueMap(validateContactDraft(draft({ lastName: 'Lefèvre', emails }), 'create'))).toEqual({ 'emails.1.address': 'invalid_email' });
  });

  it('refuses a phone number that is not valid for the contact’s country', () => {
    const phones = [{ ...newPhone(), number: '06 12' }];
    expect(issueMap(validateContactDraft(draft({ lastName: 'Lefèvre', phones }), 'create'))).toEqual({ 'phones.0.number': 'invalid_phone' });
    const valid = [{ ...newPhone(), number: '06 12 34 56 78' }];
    expect(validateContactDraft(draft({ lastName: 'Lefèvre', phones: valid }), 'create')).toEqual([]);
  });

  it('checks the country code as the contract does', () => {
    expect(issueMap(validateContactDraft(draft({ lastName: 'Lefèvre', country: 'France' }), 'create'))).toHaveProperty('country');
  });

  it('sends only filled lines, with the company and role on creation', () => {
    const emails = [{ ...newEmail(), address: '' }, { ...newEmail(), label: 'home' as const, address: 'Helene@Example.fr' }];
    const input = contactCreateInput(
      draft({ firstName: 'Hélène', lastName: 'Lefèvre', emails, company: { id: owner, name: 'Acme' }, role: 'Acheteuse' }),
    );
    expect(input.emails).toEqual([{ label: 'home', address: 'Helene@Example.fr' }]);
    expect(input.phones).toEqual([]);
    expect(input.company).toEqual({ companyId: owner, role: 'Acheteuse' });
    expect(input.civility).toBeNull();
  });

  it('maps the core’s field issues back onto the form’s lines', () => {
    const emails = [{ ...newEmail(), address: '' }, { ...newEmail(), address: 'a@b.fr' }];
    const issues = contactServerIssues(draft({ emails }), [
      { path: 'emails.0.address', code: 'invalid_email', message: 'x' },
      { path: 'company.companyId', code: 'not_found', message: 'x' },
    ]);
    expect(issueMap(issues)).toEqual({ 'emails.1.address': 'invalid_email', company: 'not_found' });
  });
});
