import type { EmailEntry } from '../../src-shared/contract/inputs/common';
import type { ActivityListRow } from '../../src-shared/domain/activities';
import { formatMoney } from '../../src-shared/domain/money-format';
import { formatPhoneNational, type PhoneNumber } from '../../src-shared/domain/phone';
import type { CompanyLink, TagRef, UserRef } from '../../src-shared/domain/records';
import type { DealListRow } from '../../src-shared/domain/sales';
import { localeOf, translate, type Language, type TranslateParams } from '../../src-shared/i18n';
import { countryName, type PostalAddress } from './mail-merge-address';
import type { SheetSection } from './record-sheet';

/** What a sheet shows beside the record: its open deals and its latest activities. */
export type SheetRelated = {
  openDeals: DealListRow[];
  openDealsTotal: number;
  activities: ActivityListRow[];
  /** Whether older activities were left out. */
  moreActivities: boolean;
};

/** How a sheet writes dates, amounts and words, in its language. */
export class SheetWords {
  private readonly dates: Intl.DateTimeFormat;
  private readonly times: Intl.DateTimeFormat;

  constructor(
    readonly language: Language,
    timeZone?: string,
  ) {
    this.dates = new Intl.DateTimeFormat(localeOf[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    this.times = new Intl.DateTimeFormat(localeOf[language], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
  }

  /** A key of the app's catalogues ("fields.contact.jobTitle"). */
  t(key: string, params?: TranslateParams): string {
    return translate(this.language, key, params);
  }

  /** A key of the sheet's own words ("openDeals"). */
  word(key: string, params?: TranslateParams): string {
    return translate(this.language, `mailMerge.sheet.${key}`, params);
  }

  /** "22 nov. 2026", from a calendar date "2026-11-22". */
  date(calendarDate: string | null): string {
    return calendarDate ? this.dates.format(new Date(`${calendarDate.slice(0, 10)}T00:00:00Z`)) : '';
  }

  /** When an activity happens: its day when all-day, its day and time otherwise. */
  when(at: string | null, allDay: boolean): string {
    if (!at) return '';
    return allDay ? this.date(at) : this.times.format(new Date(at));
  }
}

export const emailLines = (emails: readonly EmailEntry[], words: SheetWords): string =>
  emails.map((email) => `${email.address} (${words.t(`enums.emailLabel.${email.label}`)})`).join('\n');

export const phoneLines = (phones: readonly PhoneNumber[], words: SheetWords): string =>
  phones.map((phone) => `${phone.e164 ? formatPhoneNational(phone.e164) : phone.raw} (${words.t(`enums.phoneLabel.${phone.label}`)})`).join('\n');

/** Street lines, "69002 Lyon", the country's name. */
export function addressLines(address: { [K in keyof PostalAddress]?: PostalAddress[K] | undefined }, language: Language): string {
  const town = [address.postcode, address.city].filter(Boolean).join(' ');
  return [address.street, town, countryName(address.country ?? null, language)].filter((line) => line && line.trim() !== '').join('\n');
}

export const tagNames = (tags: readonly TagRef[]): string => tags.map((tag) => tag.name).join(', ');
export const ownerName = (owner: UserRef | null): string | null => owner?.displayName ?? null;

/** "Acheteuse, principale, depuis le 3 janv. 2024": a company link's role and dates. */
export function linkDetails(link: CompanyLink, words: SheetWords): string {
  return [
    link.role,
    link.isPrimary ? words.word('primary') : null,
    link.startDate ? words.word('since', { date: words.date(link.startDate) }) : null,
    link.endDate ? words.word('until', { date: words.date(link.endDate) }) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The record's open deals: title, stage, amount in its currency, expected close. */
export function openDealsSection(related: SheetRelated, words: SheetWords): SheetSection {
  const shown = related.openDeals.length;
  return {
    title: words.word('openDeals'),
    empty: words.word('none'),
    table: {
      columns: [
        { title: words.word('dealColumns.title'), share: 0.42 },
        { title: words.word('dealColumns.stage'), share: 0.2 },
        { title: words.word('dealColumns.amount'), share: 0.18, numeric: true },
        { title: words.word('dealColumns.close'), share: 0.2 },
      ],
      rows: related.openDeals.map((deal) => [
        deal.companyName ? `${deal.title} — ${deal.companyName}` : deal.title,
        deal.stageName,
        formatMoney(words.language, deal.amountMinor, deal.currency),
        words.date(deal.expectedClose),
      ]),
    },
    ...(related.openDealsTotal > shown ? { note: words.word('openDealsTotal', { count: related.openDealsTotal }) } : {}),
  };
}

function activitySubject(activity: ActivityListRow, words: SheetWords): string {
  const details = [activity.outcome ? words.t(`activities.outcome.${activity.outcome}`) : null, activity.doneAt ? words.word('done') : null].filter(Boolean);
  return details.length > 0 ? `${activity.subject} (${details.join(', ')})` : activity.subject;
}

/** The latest activities, newest first: when, what kind, subject (outcome, done), and what else it concerns. */
export function activitiesSection(related: SheetRelated, words: SheetWords, recordId: string): SheetSection {
  const about = (activity: ActivityListRow): string =>
    [activity.deal, activity.company, activity.contact]
      .filter((linked) => linked !== null && linked.id !== recordId)
      .map((linked) => linked?.name ?? '')
      .join(', ');
  return {
    title: words.word('activities'),
    empty: words.word('none'),
    table: {
      columns: [
        { title: words.word('activityColumns.date'), share: 0.2 },
        { title: words.word('activityColumns.kind'), share: 0.14 },
        { title: words.word('activityColumns.subject'), share: 0.4 },
        { title: words.word('activityColumns.about'), share: 0.26 },
      ],
      rows: related.activities.map((activity) => [words.when(activity.at, activity.allDay), words.t(`activities.kind.${activity.kind}`), activitySubject(activity, words), about(activity)]),
    },
    ...(related.moreActivities ? { note: words.word('moreActivities', { count: related.activities.length }) } : {}),
  };
}

export function notesSection(notes: string | null, words: SheetWords): SheetSection {
  return { title: words.word('notes'), empty: words.word('none'), lines: (notes ?? '').split(/\r?\n/).filter((line) => line.trim() !== '') };
}
