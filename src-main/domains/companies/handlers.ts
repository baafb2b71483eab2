import type { ApiHandlers } from '../../core/dispatch';
import { getCompanyDetail, listCompanies } from './queries';
import { createCompany, setCompaniesDeleted, updateCompany } from './service';

export const companyHandlers = {
  'companies.create': (input, { core }) => createCompany(core, input),
  'companies.update': (input, { core }) => updateCompany(core, input),
  'companies.delete': (input, { core }) => setCompaniesDeleted(core, input.ids, true),
  'companies.restore': (input, { core }) => setCompaniesDeleted(core, input.ids, false),
  'companies.get': (input, { core }) => getCompanyDetail(core.read, input.id),
  'companies.list': (input, { core }) => listCompanies(core.read, input),
} satisfies Partial<ApiHandlers>;
