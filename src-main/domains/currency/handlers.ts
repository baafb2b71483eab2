import type { ApiHandlers } from '../../core/dispatch';
import { currencySettings, deleteRate, saveRate, setBaseCurrency } from './service';

export const currencyHandlers = {
  'currency.get': (_input, { core }) => currencySettings(core.read),
  'currency.setBase': (input, { core }) => setBaseCurrency(core, input.currency),
  'currency.rates.save': (input, { core }) => saveRate(core, input),
  'currency.rates.delete': (input, { core }) => deleteRate(core, input.id),
} satisfies Partial<ApiHandlers>;
