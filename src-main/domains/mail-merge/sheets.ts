import { api, type ApiParsedInput } from '../../../src-shared/contract/api';
import type { OutgoingFile } from '../../../src-shared/domain/files';
import { translate } from '../../../src-shared/i18n';
import { correctedNow, type Core } from '../../core/core';
import { letterDate } from '../../documents/mail-merge-fields';
import { buildRecordSheet, type SheetModel } from '../../documents/record-sheet';
import { companySheetModel } from '../../documents/record-sheet-company';
import { contactSheetModel } from '../../documents/record-sheet-contact';
import { SheetWords, type SheetRelated } from '../../documents/record-sheet-parts';
import { createOutgoingFile } from '../../files/store';
import { recordTimeline } from '../activities/timeline';
import { getCompanyDetail } from '../companies/queries';
import { getContactDetail } from '../contacts/queries';
import { listDeals } from '../deals/list';
import { appLanguage } from '../ical/language';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Open deals listed on a sheet (the count says how many there are in all). */
const DEALS_SHOWN = 50;
/** Activities listed on a sheet: the latest, as the record's timeline shows them. */
const ACTIVITIES_SHOWN = 20;

type SheetInput = ApiParsedInput<'documents.contactSheet'>;

/** The record's open deals and latest activities, read as the record's page reads them. */
function relatedOf(core: Core, of: { contactId: string } | { companyId: string }): SheetRelated {
  const deals = listDeals(
    core.read,
    api['deals.list'].input.parse({ limit: DEALS_SHOWN, sort: { field: 'expectedClose', dir: 'asc' }, filters: { ...of, status: 'open', deleted: false } }),
  );
  const [entity, id] = 'contactId' in of ? (['contact', of.contactId] as const) : (['company', of.companyId] as const);
  const timeline = recordTimeline(core.read, core.userId, api['activities.timeline'].input.parse({ entity, id, withChanges: false, limit: ACTIVITIES_SHOWN }));
  const activities = timeline.items.flatMap((item) => (item.type === 'activity' ? [item.activity] : []));
  return {
    openDeals: deals.rows,
    openDealsTotal: deals.total ?? deals.rows.length,
    activities: activities.slice(0, ACTIVITIES_SHOWN),
    moreActivities: activities.length > ACTIVITIES_SHOWN || timeline.nextBefore !== null,
  };
}

async function sheetFile(core: Core, model: SheetModel, words: SheetWords): Promise<OutgoingFile> {
  const bytes = await buildRecordSheet(model, words.language, letterDate(correctedNow(core), words.language));
  const fileName = `${translate(words.language, 'mailMerge.sheet.fileName', { name: model.name })}.docx`;
  return createOutgoingFile(core.paths.dataDir, { fileName, mimeType: DOCX, bytes });
}

/** A contact's sheet in Word: the record, its companies and relations, open deals, recent activities. */
export async function contactSheet(core: Core, input: SheetInput): Promise<OutgoingFile> {
  const words = new SheetWords(input.language ?? appLanguage(core), input.timeZone);
  const contact = getContactDetail(core.read, input.id);
  return sheetFile(core, contactSheetModel(contact, relatedOf(core, { contactId: contact.id }), words), words);
}

/** A company's sheet in Word: the record, its group and people, open deals, recent activities. */
export async function companySheet(core: Core, input: SheetInput): Promise<OutgoingFile> {
  const words = new SheetWords(input.language ?? appLanguage(core), input.timeZone);
  const company = getCompanyDetail(core.read, input.id);
  return sheetFile(core, companySheetModel(company, relatedOf(core, { companyId: company.id }), words), words);
}
