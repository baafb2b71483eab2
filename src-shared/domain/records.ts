import type { ConsentValue, EmailEntry } from '../contract/inputs/common';
import type { AddressEntry } from '../contract/inputs/companies';
import type { Civility } from '../contract/inputs/contacts';
import type { SearchEntity, TagColor, ViewState } from '../contract/inputs/misc';
import type { RelationKind } from '../contract/inputs/relations';
import type { ActivityKind } from './activities';
import type { PhoneNumber } from './phone';

export type TagRef = { id: string; name: string; color: TagColor };
export type UserRef = { id: string; displayName: string };

export type Contact = {
  id: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  jobTitle: string | null;
  emails: EmailEntry[];
  phones: PhoneNumber[];
  address: string | null;
  city: string | null;
  postcode: string | null;
  country: string | null;
  language: string | null;
  birthday: string | null;
  source: string | null;
  notes: string | null;
  ownerId: string;
  consentEmail: ConsentValue;
  consentPhone: ConsentValue;
  consentMail: ConsentValue;
  /** Who sees it: null = the whole office, 'private', 'team:<id>', 'territory:<id>'. */
  scope: string | null;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  /** Set when this record was merged into another (a duplicate): the one to open instead. */
  mergedInto?: string | null;
};

export type ContactRow = {
  id: string;
  displayName: string;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
  postcode: string | null;
  country: string | null;
  companyId: string | null;
  companyName: string | null;
  owner: UserRef | null;
  tags: TagRef[];
  createdAt: string;
  updatedAt: string;
};

export type CompanyLink = {
  id: string;
  contactId: string;
  contactName: string;
  companyId: string;
  companyName: string;
  role: string | null;
  startDate: string | null;
  endDate: string | null;
  isPrimary: boolean;
};

export type ContactRelation = {
  id: string;
  kind: RelationKind;
  /** "outgoing": this contact is the `from` side (reports to / referred the other). */
  direction: 'outgoing' | 'incoming';
  otherContactId: string;
  otherName: string;
  note: string | null;
};

/** A record's scope in words: the group's name when it is a team or a territory. */
export type ScopeRef = { scope: string | null; groupName: string | null };

export type ContactDetail = Contact & {
  companies: CompanyLink[];
  relations: ContactRelation[];
  tags: TagRef[];
  owner: UserRef | null;
  sharedWith: ScopeRef;
};

export type Company = {
  id: string;
  name: string;
  legalId: string | null;
  industry: string | null;
  size: string | null;
  website: string | null;
  addresses: AddressEntry[];
  phones: PhoneNumber[];
  emails: EmailEntry[];
  parentCompanyId: string | null;
  ownerId: string;
  notes: string | null;
  scope: string | null;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  /** Set when this record was merged into another (a duplicate): the one to open instead. */
  mergedInto?: string | null;
};

export type CompanyRow = {
  id: string;
  name: string;
  legalId: string | null;
  industry: string | null;
  size: string | null;
  city: string | null;
  phone: string | null;
  website: string | null;
  contactCount: number;
  owner: UserRef | null;
  tags: TagRef[];
  createdAt: string;
  updatedAt: string;
};

export type CompanyDetail = Company & {
  contacts: CompanyLink[];
  parent: { id: string; name: string } | null;
  subsidiaries: { id: string; name: string }[];
  tags: TagRef[];
  owner: UserRef | null;
  sharedWith: ScopeRef;
};

export type Page<T> = { rows: T[]; total: number | null };

export type HistoryEntry = {
  hlc: string;
  at: string;
  txnId: string;
  user: UserRef | null;
  deviceId: string;
  field: string;
  before: unknown;
  after: unknown;
};

/** A record page a search hit opens. */
export type SearchTarget = { entity: 'contact' | 'company' | 'deal'; id: string };

export type SearchHit = {
  entity: SearchEntity;
  id: string;
  title: string;
  subtitle: string | null;
  /** The page to open: the record's own, or for an activity the record it is about (its deal, else its contact, else its company). */
  opens: SearchTarget;
  /** Activities: their kind, and when they happen or happened (an ISO instant; a 'YYYY-MM-DD' date when all-day; null when undated). */
  activity: { kind: ActivityKind; at: string | null; allDay: boolean } | null;
};

export type Tag = TagRef & { usage: number };

export type SavedView = {
  id: string;
  entity: 'contact' | 'company' | 'deal';
  name: string;
  state: ViewState;
};

export type Profile = {
  user: UserRef & { email: string | null };
  deviceId: string;
  settings: { language: 'fr' | 'en'; theme: 'light' | 'dark' | 'system'; baseCurrency: string; /** Today: accounts without an activity for this many days are neglected. */ neglectedDays: number };
};

export type BackupInfo = { file: string; createdAt: string; sizeBytes: number; reason: string };

export type AppInfo = {
  version: string;
  schemaVersion: number;
  dataDir: string;
  databaseFile: string;
  counts: { contacts: number; companies: number };
  /** What the open sequence found and did, for the UI to say (restored, repaired…). */
  notices: string[];
};
