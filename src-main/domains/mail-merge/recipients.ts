import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { MailMergeSource } from '../../../src-shared/contract/inputs/mail-merge';
import { EXCLUDED_SHOWN, type ExcludedContact, type ExclusionReason, type MailMergeRecipients } from '../../../src-shared/domain/mail-merge';
import { personDisplayName } from '../../../src-shared/domain/text';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import type { Task } from '../../core/tasks';
import { isDeliverable, mailingAddress } from '../../documents/mail-merge-address';
import type { MergeRecipient } from '../../documents/mail-merge-fields';
import { listContacts } from '../contacts/queries';
import { viewListInput } from '../views/list-input';
import { listViews } from '../views/service';
import { readRecipients, type RecipientRow } from './recipient-rows';

/** Rows per page read from the contacts list (its largest page). */
const PAGE = 500;

type ListInput = ApiParsedInput<'contacts.list'>;
type Options = { labels: boolean; max: number; language: Language; task?: Task };

/** The source refused: too many contacts for one merge (before reading them all). */
function tooMany(count: number, options: Options): ApiError {
  const message = translate(options.language, 'mailMerge.tooMany', { count, max: options.max });
  return new ApiError({ code: 'validation', field: 'source', message, issues: [{ path: 'source', code: 'too_many', message }] });
}

/** The contacts list's rows of a filtered, sorted list, page after page, as its screen shows them. */
function listIds(core: Core, list: (page: { offset: number; limit: number; withTotal: boolean }) => ListInput, options: Options): string[] {
  const first = listContacts(core.read, list({ offset: 0, limit: PAGE, withTotal: true }));
  const total = first.total ?? first.rows.length;
  if (total > options.max) throw tooMany(total, options);
  const ids = first.rows.map((row) => row.id);
  options.task?.progress('reading', ids.length, total);
  while (ids.length < total) {
    options.task?.throwIfCancelled();
    const page = listContacts(core.read, list({ offset: ids.length, limit: PAGE, withTotal: false }));
    if (page.rows.length === 0) break;
    ids.push(...page.rows.map((row) => row.id));
    options.task?.progress('reading', ids.length, total);
  }
  return ids;
}

/** The contacts a source names, in its order: a selection by name, a list or a view in its own sort. */
function contactsOf(core: Core, source: MailMergeSource, options: Options): RecipientRow[] {
  switch (source.kind) {
    case 'selection': {
      const ids = [...new Set(source.ids)];
      if (ids.length > options.max) throw tooMany(ids.length, options);
      return readRecipients(core.read, ids).sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    }
    case 'list':
      return readRecipients(core.read, listIds(core, (page) => ({ ...page, filters: source.filters, sort: source.sort }), options));
    case 'view': {
      const view = listViews(core.read, core.userId, 'contact').find((candidate) => candidate.id === source.viewId);
      if (!view) throw ApiError.notFound('View', source.viewId);
      return readRecipients(core.read, listIds(core, (page) => viewListInput('contact', view.state, page), options));
    }
  }
}

/** Why a contact gets no letter (or label), or null when they get one. */
function exclusionOf(row: RecipientRow, labels: boolean): ExclusionReason | null {
  if (row.consentMail === 'refused') return 'refusedMail';
  if (labels && !isDeliverable(mailingAddress(row.address, row.company?.address ?? null))) return 'noAddress';
  return null;
}

export type ChosenRecipients = MailMergeRecipients & { recipients: MergeRecipient[] };

/**
 * Who a merge writes to: the source's contacts, less those who refused mailings and, for labels,
 * those without a postal address — counted by reason, the first ones named.
 */
export function chooseRecipients(core: Core, source: MailMergeSource, options: Options): ChosenRecipients {
  const excluded: Record<ExclusionReason, number> = { refusedMail: 0, noAddress: 0 };
  const excludedContacts: ExcludedContact[] = [];
  const recipients: MergeRecipient[] = [];
  for (const row of contactsOf(core, source, options)) {
    const reason = exclusionOf(row, options.labels);
    if (!reason) {
      const { consentMail: _consent, sortKey: _sortKey, ...recipient } = row;
      recipients.push(recipient);
      continue;
    }
    excluded[reason] += 1;
    if (excludedContacts.length < EXCLUDED_SHOWN) excludedContacts.push({ id: row.id, name: personDisplayName(row.firstName, row.lastName), reason });
  }
  return { letters: recipients.length, excluded, excludedContacts, recipients };
}
