import type { ImportFieldType } from '../../../src-shared/domain/import-fields';
import type { ImportIssueCode } from '../../../src-shared/domain/imports';
import { amountText, parseAmountCell, parseCurrency, parseDealStatus, parseProbability } from './deal-values';

/** The cell types only deals have. */
export type DealCellType = Extract<ImportFieldType, 'amount' | 'currency' | 'dealStatus' | 'probability'>;

/**
 * One cell of a deal-only field, checked and made canonical: an amount as "12500.5" or
 * "12500.5 EUR" (its currency kept for the rules to weigh against the currency column), a
 * currency code, a status ('open', 'won', 'lost'), a whole percent.
 */
export function convertDealCell(type: DealCellType, text: string): { value: string } | { code: ImportIssueCode } {
  switch (type) {
    case 'amount': {
      const cell = parseAmountCell(text);
      return cell ? { value: amountText(cell) } : { code: 'invalid_amount' };
    }
    case 'currency': {
      const code = parseCurrency(text);
      return code ? { value: code } : { code: 'invalid_currency' };
    }
    case 'dealStatus': {
      const status = parseDealStatus(text);
      return status ? { value: status } : { code: 'invalid_choice' };
    }
    case 'probability': {
      const percent = parseProbability(text);
      return percent === null ? { code: 'invalid_probability' } : { value: String(percent) };
    }
  }
}
