import { frenchVatRates } from '../../../src-shared/domain/catalogue';
import { parsePercentToBp } from '../../lib/number-input';

/** The VAT select's value: one of the French rates (basis points as text), or another rate typed in. */
export type VatChoice = `${(typeof frenchVatRates)[number]['rateBp']}` | 'other';

export const vatChoices: readonly VatChoice[] = [...frenchVatRates.map((rate) => `${rate.rateBp}` as const), 'other'];

export function vatChoiceOf(rateBp: number): VatChoice {
  const french = frenchVatRates.find((rate) => rate.rateBp === rateBp);
  return french ? `${french.rateBp}` : 'other';
}

/** The basis points the form sends: a French rate, or the one typed in (-1 when unreadable, so the schema refuses it). */
export function vatRateBpOf(choice: VatChoice, otherRate: string): number {
  if (choice !== 'other') return Number(choice);
  return parsePercentToBp(otherRate) ?? -1;
}
