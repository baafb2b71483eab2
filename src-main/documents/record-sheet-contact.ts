import type { ContactDetail } from '../../src-shared/domain/records';
import { personDisplayName } from '../../src-shared/domain/text';
import { nameLine } from './mail-merge-address';
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

/** A contact's sheet: details, about, consents, companies, relations, open deals, activities, notes. */
export function contactSheetModel(contact: ContactDetail, related: SheetRelated, words: SheetWords): SheetModel {
  const field = (name: string): string => words.t(`fields.contact.${name}`);
  const current = contact.companies.find((link) => link.isPrimary && !link.endDate) ?? contact.companies.find((link) => !link.endDate);
  const address = addressLines({ street: contact.address, postcode: contact.postcode, city: contact.city, country: contact.country }, words.language);
  return {
    kind: words.word('contactTitle'),
    name: nameLine(contact, words.language) || personDisplayName(contact.firstName, contact.lastName),
    subtitle: [contact.jobTitle, current?.companyName].filter(Boolean).join(' — ') || null,
    sections: [
      {
        title: words.word('coordinates'),
        empty: words.word('none'),
        facts: [
          { label: field('emails'), value: emailLines(contact.emails, words) },
          { label: field('phones'), value: phoneLines(contact.phones, words) },
          { label: words.word('address'), value: address },
        ],
      },
      {
        title: words.word('about'),
        empty: words.word('none'),
        facts: [
          { label: field('jobTitle'), value: contact.jobTitle },
          { label: field('language'), value: contact.language ? words.t(`enums.language.${contact.language}`) : null },
          { label: field('birthday'), value: words.date(contact.birthday) },
          { label: field('source'), value: contact.source },
          { label: field('owner'), value: ownerName(contact.owner) },
          { label: words.word('tags'), value: tagNames(contact.tags) },
        ],
      },
      {
        title: words.word('consents'),
        empty: words.word('none'),
        facts: [
          { label: field('consentEmail'), value: words.t(`enums.consent.${contact.consentEmail}`) },
          { label: field('consentPhone'), value: words.t(`enums.consent.${contact.consentPhone}`) },
          { label: field('consentMail'), value: words.t(`enums.consent.${contact.consentMail}`) },
        ],
      },
      {
        title: words.word('companies'),
        empty: words.word('none'),
        lines: contact.companies.map((link) => [link.companyName, linkDetails(link, words)].filter(Boolean).join(' — ')),
      },
      {
        title: words.word('relations'),
        empty: words.word('none'),
        lines: contact.relations.map((relation) => {
          const text = words.t(`relations.${relation.direction}.${relation.kind}`, { name: relation.otherName });
          return relation.note ? `${text} — ${relation.note}` : text;
        }),
      },
      openDealsSection(related, words),
      activitiesSection(related, words, contact.id),
      notesSection(contact.notes, words),
    ],
  };
}
