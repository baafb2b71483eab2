import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../src-shared/domain/import-headers';
import { recordIdHeaders } from '../../../../src-shared/domain/round-trip';

describe('the guessed mapping of a deals file', () => {
  it('reads French headers', () => {
    expect(
      guessMapping('deal', ['Affaire', 'Entreprise', 'Contact', 'Montant', 'Devise', 'Étape', 'Statut', 'Date de clôture prévue', 'Probabilité', 'Propriétaire', 'Source', 'Notes', 'Motif de perte', 'Colonne inconnue']),
    ).toEqual(['title', 'company', 'contact', 'amount', 'currency', 'stage', 'status', 'expectedClose', 'probability', 'owner', 'source', 'notes', 'lostReason', null]);
    expect(guessMapping('deal', ['Opportunité', 'Société', 'Pipeline', 'Prochaine étape'])).toEqual(['title', 'company', 'pipeline', 'nextStep']);
    expect(guessMapping('deal', ['Nom de l’affaire', 'Montant HT'])).toEqual(['title', 'amount']);
  });

  it('reads English headers and other CRMs’ exports', () => {
    expect(guessMapping('deal', ['Deal Name', 'Company', 'Amount', 'Currency', 'Deal Stage', 'Close Date', 'Probability (%)', 'Deal Owner', 'Lost Reason'])).toEqual([
      'title', 'company', 'amount', 'currency', 'stage', 'expectedClose', 'probability', 'owner', 'lostReason',
    ]);
    expect(guessMapping('deal', ['Opportunity', 'Account Name', 'Stage', 'Status', 'Contact Email'])).toEqual(['title', 'company', 'stage', 'status', 'contact']);
  });

  it('reads the deals export, record ids first, in both languages', () => {
    expect(guessMapping('deal', [recordIdHeaders.fr, 'Intitulé', 'Société', 'Étape', 'Montant', 'Montant (devise)', 'Probabilité (%)', 'Clôture prévue', 'Responsable', 'Étiquettes', 'Prochaine étape'])).toEqual([
      'recordId', 'title', 'company', 'stage', 'amount', 'currency', 'probability', 'expectedClose', 'owner', null, 'nextStep',
    ]);
    expect(guessMapping('deal', [recordIdHeaders.en, 'Title', 'Company', 'Stage', 'Amount', 'Amount (currency)', 'Probability (%)', 'Expected close', 'Owner', 'Tags', 'Next step'])).toEqual([
      'recordId', 'title', 'company', 'stage', 'amount', 'currency', 'probability', 'expectedClose', 'owner', null, 'nextStep',
    ]);
  });
});
