import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../src-shared/domain/import-headers';
import { importFields } from '../../../../src-shared/domain/import-fields';
import { importEntities } from '../../../../src-shared/domain/imports';
import { recordIdHeaders } from '../../../../src-shared/domain/round-trip';
import { translate } from '../../../../src-shared/i18n';

describe('the guessed mapping', () => {
  it('reads French headers', () => {
    expect(guessMapping('contact', ['Civilité', 'Nom', 'Prénom', 'Société', 'Fonction', 'E-mail', 'Téléphone', 'Portable', 'Adresse', 'Code postal', 'Ville', 'Pays', 'Date de naissance', 'Remarques', 'Colonne inconnue'])).toEqual([
      'civility', 'lastName', 'firstName', 'company', 'jobTitle', 'emailWork', 'phoneWork', 'phoneMobile', 'address', 'postcode', 'city', 'country', 'birthday', 'notes', null,
    ]);
  });

  it('reads Outlook and Google exports in English', () => {
    expect(guessMapping('contact', ['First Name', 'Last Name', 'Company', 'Job Title', 'E-mail Address', 'E-mail 2 Address', 'Business Phone', 'Mobile Phone', 'Home Phone', 'Business Street', 'Business City', 'Business Postal Code', 'Business Country/Region', 'Birthday', 'Notes'])).toEqual([
      'firstName', 'lastName', 'company', 'jobTitle', 'emailWork', 'emailOther', 'phoneWork', 'phoneMobile', 'phoneHome', 'address', 'city', 'postcode', 'country', 'birthday', 'notes',
    ]);
    expect(guessMapping('contact', ['Name', 'Given Name', 'Family Name', 'E-mail 1 - Value', 'Phone 1 - Value', 'Organization 1 - Name'])).toEqual(['fullName', 'firstName', 'lastName', 'emailWork', 'phoneWork', 'company']);
  });

  it('reads longer names by the known words inside them, and gives a single field to its first column', () => {
    expect(guessMapping('contact', ['Adresse e-mail du contact', 'Code postal (livraison)', 'Nom', 'Nom'])).toEqual(['emailWork', 'postcode', 'lastName', null]);
  });

  it('reads company files', () => {
    expect(guessMapping('company', ['Raison sociale', 'SIRET', 'Secteur d’activité', 'Effectif', 'Site web', 'Téléphone', 'Ville'])).toEqual(['name', 'legalId', 'industry', 'size', 'website', 'phoneWork', 'city']);
  });

  it('reads this app’s own exports (with their record ids) in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const headers = [recordIdHeaders[language], ...['name', 'firstName', 'company', 'email', 'phone'].map((key) => translate(language, `fields.contact.${key}`))];
      expect(guessMapping('contact', headers)).toEqual(['recordId', 'fullName', 'firstName', 'company', 'email', 'phone']);
    }
  });

  it('names every field in both languages', () => {
    for (const entity of importEntities) {
      for (const field of importFields[entity]) {
        expect(translate('fr', `imports.field.${field.key}`)).not.toContain('imports.');
        expect(translate('en', `imports.field.${field.key}`)).not.toContain('imports.');
      }
    }
  });
});
