import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { api } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ViewEntity, ViewState } from '../../../src-shared/contract/inputs/misc';
import { companySortFields } from '../../../src-shared/contract/inputs/companies';
import { contactSortFields } from '../../../src-shared/contract/inputs/contacts';
import { dealSortFields } from '../../../src-shared/contract/inputs/sales';
import type { SavedView } from '../../../src-shared/domain/records';
import { companyListInput, defaultCompanySort, readCompanyFilters } from '../../../src-shared/domain/list-query/company-query';
import { contactListInput, defaultContactSort, readContactFilters } from '../../../src-shared/domain/list-query/contact-query';
import { readSegment, readSort } from '../../../src-shared/domain/list-query/list-filters';
import type { ReadDb } from '../../db/handles';
import { listViews } from './service';

/** The list inputs a saved view turns into, by entity. */
export type ViewListInputs = {
  contact: ApiParsedInput<'contacts.list'>;
  company: ApiParsedInput<'companies.list'>;
  deal: ApiParsedInput<'deals.list'>;
};

type Page = { offset: number; limit: number; withTotal: boolean };

/**
 * A saved view's filters and sort as its list's contract input — the same conversion the list
 * screens make (src-shared/domain/list-query), checked by the contract's schema, so an export or
 * a mail merge over a view gets exactly the records the screen shows.
 */
export function viewListInput<E extends ViewEntity>(entity: E, state: ViewState, page: Page): ViewListInputs[E] {
  switch (entity) {
    case 'contact':
      return api['contacts.list'].input.parse(contactListInput(readContactFilters(state.filters), readSort(state.sort, contactSortFields, defaultContactSort), page)) as ViewListInputs[E];
    case 'company':
      return api['companies.list'].input.parse(companyListInput(readCompanyFilters(state.filters), readSort(state.sort, companySortFields, defaultCompanySort), page)) as ViewListInputs[E];
    default: {
      // Deal views keep their sort, columns and segment; the board's other filters are not saved with them.
      const segment = readSegment(state.filters.segment);
      const filters = segment ? { segmentId: segment.id } : {};
      return api['deals.list'].input.parse({ ...page, sort: readSort(state.sort, dealSortFields, { field: 'expectedClose', dir: 'asc' }), filters }) as ViewListInputs[E];
    }
  }
}

/** The user's saved view of that name (case and accents ignored), or a not-found error naming the views there are. */
export function findViewByName(db: ReadDb, userId: string, entity: ViewEntity, name: string): SavedView {
  const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  const views = listViews(db, userId, entity);
  const view = views.find((candidate) => fold(candidate.name) === fold(name));
  if (view) return view;
  const known = views.map((candidate) => `"${candidate.name}"`).join(', ');
  throw new ApiError({ code: 'not_found', message: `No saved view named "${name.slice(0, 80)}"${known ? `; your views: ${known}` : ' (you have no saved views for this list)'}.` });
}
