import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord } from '../../../../../src-main/db/write-path';
import { newIds } from '../../../../../src-main/domains/imports/bulk-insert';
import { ALL_AT_ONCE_ROWS, ContactEmails } from '../../../../../src-main/domains/imports/matches';
import { openTestCore, type TestCore } from '../../../../helpers/core';

/** A large file's check reads every contact e-mail at once: it must find exactly what the lookups row by row find. */

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const emails = (...addresses: string[]) => JSON.stringify(addresses.map((address) => ({ label: 'work', address })));

describe('ContactEmails', () => {
  it('finds the same contacts whether it looks each address up or reads them all at once', () => {
    const [older, newer, deleted, shared] = newIds(4) as [string, string, string, string];
    write(core, (tx) => {
      insertRecord(tx, 'contacts', older, { last_name: 'Martin', emails: emails('Paul.Martin@Acme.fr', 'paul@perso.fr'), owner_id: core.userId });
      insertRecord(tx, 'contacts', newer, { last_name: 'Martin', emails: emails('paul.martin@acme.fr'), owner_id: core.userId });
      insertRecord(tx, 'contacts', deleted, { last_name: 'Durand', emails: emails('durand@acme.fr'), owner_id: core.userId, deleted: 1 });
      insertRecord(tx, 'contacts', shared, { last_name: 'Accueil', emails: emails('contact@acme.fr'), owner_id: core.userId });
    });
    const addresses = ['paul.martin@acme.fr', ' PAUL.MARTIN@ACME.FR ', 'paul@perso.fr', 'durand@acme.fr', 'contact@acme.fr', 'nobody@acme.fr', 'not an address'];
    const oneByOne = new ContactEmails(core.read);
    const allAtOnce = new ContactEmails(core.read, ALL_AT_ONCE_ROWS);
    const found = addresses.map((address) => oneByOne.find(address));
    expect(found).toEqual([older, older, older, null, null, null, null]);
    expect(addresses.map((address) => allAtOnce.find(address))).toEqual(found);
  });
});
