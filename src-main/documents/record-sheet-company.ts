import type { CompanyDetail } from '../../src-shared/domain/records';
import type { SheetModel } from './record-sheet';
import {
  activitiesSection,
  addressLines,
  emailLines,
  linkDetails,
  notesSection,
  openDealsSection,
  ownerName,
  phoneLines,
  tagNames,
  type SheetRelated,
  type SheetWords,
} from './record-sheet-parts';

/** A company's sheet: details, about, group, people, open deals, activities, notes. */
export function companySheetModel(company: CompanyDetail, related: SheetRelated, words: SheetWords): SheetModel {
  const field = (name: string): string => words.t(`fields.company.${name}`);
  const addresses = company.addresses.map((address) => `${words.t(`enums.addressKind.${address.kind}`)} — ${addressLines(address, words.language).replaceAll('\n', ', ')}`);
  const city = company.addresses[0]?.city ?? null;
  return {
    kind: words.word('companyTitle'),
    name: company.name,
    subtitle: [company.industry, city].filter(Boolean).join(' — ') || null,
    sections: [
      {
        title: words.word('coordinates'),
        empty: words.word('none'),
        facts: [
          { label: field('website'), value: company.website },
          { label: field('emails'), value: emailLines(company.emails, words) },
          { label: field('phones'), value: phoneLines(company.phones, words) },
          { label: words.word('addresses'), value: addresses.join('\n') },
        ],
      },
      {
        title: words.word('about'),
        empty: words.word('none'),
        facts: [
          { label: field('legalId'), value: company.legalId },
          { label: field('industry'), value: company.industry },
          { label: field('size'), value: company.size ? words.t(`enums.companySize.${company.size}`) : null },
          { label: field('owner'), value: ownerName(company.owner) },
          { label: words.word('tags'), value: tagNames(company.tags) },
        ],
      },
      {
        title: words.word('group'),
        empty: words.word('none'),
        facts: [
          { label: words.word('parent'), value: company.parent?.name ?? null },
          { label: words.word('subsidiaries'), value: company.subsidiaries.map((subsidiary) => subsidiary.name).join('\n') },
        ],
      },
      {
        title: words.word('people'),
        empty: words.word('none'),
        lines: company.contacts.map((link) => [link.contactName, linkDetails(link, words)].filter(Boolean).join(' — ')),
      },
      openDealsSection(related, words),
      activitiesSection(related, words, company.id),
      notesSection(company.notes, words),
    ],
  };
}
