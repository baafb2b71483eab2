import type { z } from 'zod';
import type {
  AppInfo,
  BackupInfo,
  CompanyDetail,
  CompanyLink,
  CompanyRow,
  ContactDetail,
  ContactRelation,
  ContactRow,
  HistoryEntry,
  Page,
  Profile,
  SavedView,
  SearchHit,
  Tag,
} from '../domain/records';
import type { Account, Group, Groups, ShareStatus, SyncReviewItem, SyncStatusInfo } from '../domain/sync';
import { endpoint } from './endpoint';
import { activityEndpoints, icalEndpoints, reminderEndpoints } from './endpoints/activities';
import { catalogueEndpoints } from './endpoints/catalogue';
import { quoteEndpoints } from './endpoints/quotes';
import { quoteTemplateEndpoints } from './endpoints/quote-templates';
import { salesEndpoints } from './endpoints/sales';
import { taskEndpoints } from './endpoints/tasks';
import { exportEndpoints } from './endpoints/exports';
import { importEndpoints } from './endpoints/imports';
import { mailMergeEndpoints } from './endpoints/mail-merge';
import { duplicateEndpoints } from './endpoints/duplicates';
import { segmentEndpoints } from './endpoints/segments';
import { dashboardEndpoints } from './endpoints/dashboard';
import { targetEndpoints } from './endpoints/targets';
import { reportEndpoints, reportExportEndpoints } from './endpoints/reports';
import { byId, byIds } from './inputs/common';
import { companyCreateInput, companyListInput, companyUpdateInput } from './inputs/companies';
import { contactCreateInput, contactListInput, contactUpdateInput } from './inputs/contacts';
import {
  backupRestoreInput,
  demoLoadInput,
  historyInput,
  noInput,
  profileUpdateInput,
  searchInput,
  tagAssignInput,
  tagCreateInput,
  tagUpdateInput,
  viewListInput,
  viewSaveInput,
} from './inputs/misc';
import { linkInput, linkUpdateInput, relationAddInput } from './inputs/relations';
import {
  adminUserCreateInput,
  adminUserUpdateInput,
  groupDeleteInput,
  groupMemberInput,
  groupSaveInput,
  shareStartInput,
  syncConnectInput,
  syncResolveInput,
} from './inputs/sync';


/**
 * The one typed contract between the renderer (and the CLI) and the core: every name maps to a
 * validated input and an output. Hosts validate with `input` before any handler runs.
 */
export const api = {
  'app.info': endpoint<AppInfo>()(noInput),
  'app.loadDemoData': endpoint<{ contacts: number; companies: number }>()(demoLoadInput),

  'profile.get': endpoint<Profile>()(noInput),
  'profile.update': endpoint<Profile>()(profileUpdateInput),
  'users.list': endpoint<{ id: string; displayName: string }[]>()(noInput),

  'contacts.create': endpoint<ContactDetail>()(contactCreateInput),
  'contacts.update': endpoint<ContactDetail>()(contactUpdateInput),
  'contacts.delete': endpoint<{ ids: string[] }>()(byIds),
  'contacts.restore': endpoint<{ ids: string[] }>()(byIds),
  'contacts.get': endpoint<ContactDetail>()(byId),
  'contacts.list': endpoint<Page<ContactRow>>()(contactListInput),

  'companies.create': endpoint<CompanyDetail>()(companyCreateInput),
  'companies.update': endpoint<CompanyDetail>()(companyUpdateInput),
  'companies.delete': endpoint<{ ids: string[] }>()(byIds),
  'companies.restore': endpoint<{ ids: string[] }>()(byIds),
  'companies.get': endpoint<CompanyDetail>()(byId),
  'companies.list': endpoint<Page<CompanyRow>>()(companyListInput),

  'links.add': endpoint<CompanyLink>()(linkInput),
  'links.update': endpoint<CompanyLink>()(linkUpdateInput),
  'links.remove': endpoint<{ id: string }>()(byId),

  'relations.add': endpoint<ContactRelation>()(relationAddInput),
  'relations.remove': endpoint<{ id: string }>()(byId),

  ...salesEndpoints,
  ...catalogueEndpoints,
  ...quoteEndpoints,
  ...quoteTemplateEndpoints,
  ...activityEndpoints,
  ...reminderEndpoints,
  ...icalEndpoints,
  ...taskEndpoints,
  ...exportEndpoints,
  ...importEndpoints,
  ...mailMergeEndpoints,
  ...duplicateEndpoints,
  ...segmentEndpoints,
  ...dashboardEndpoints,
  ...targetEndpoints,
  ...reportEndpoints,
  ...reportExportEndpoints,

  'tags.list': endpoint<Tag[]>()(noInput),
  'tags.create': endpoint<Tag>()(tagCreateInput),
  'tags.update': endpoint<Tag>()(tagUpdateInput),
  'tags.delete': endpoint<{ id: string }>()(byId),
  'tags.assign': endpoint<{ changed: number }>()(tagAssignInput),
  'tags.unassign': endpoint<{ changed: number }>()(tagAssignInput),

  'history.list': endpoint<HistoryEntry[]>()(historyInput),
  'search.global': endpoint<SearchHit[]>()(searchInput),

  'views.list': endpoint<SavedView[]>()(viewListInput),
  'views.save': endpoint<SavedView>()(viewSaveInput),
  'views.delete': endpoint<{ id: string }>()(byId),

  'backups.list': endpoint<BackupInfo[]>()(noInput),
  'backups.create': endpoint<BackupInfo>()(noInput),
  'backups.restore': endpoint<{ restoredFrom: string; safetyCopy: string }>()(backupRestoreInput),

  'sync.status': endpoint<SyncStatusInfo>()(noInput),
  'sync.now': endpoint<SyncStatusInfo>()(noInput),
  'sync.connect': endpoint<SyncStatusInfo>()(syncConnectInput),
  'sync.disconnect': endpoint<SyncStatusInfo>()(noInput),
  'sync.review.list': endpoint<SyncReviewItem[]>()(noInput),
  'sync.review.resolve': endpoint<{ id: number; open: number }>()(syncResolveInput),
  'sync.share.status': endpoint<ShareStatus>()(noInput),
  'sync.share.start': endpoint<ShareStatus>()(shareStartInput),
  'sync.share.stop': endpoint<ShareStatus>()(noInput),

  'admin.users.list': endpoint<Account[]>()(noInput),
  'admin.users.create': endpoint<Account>()(adminUserCreateInput),
  'admin.users.update': endpoint<Account>()(adminUserUpdateInput),

  'teams.list': endpoint<Groups>()(noInput),
  'teams.save': endpoint<Group>()(groupSaveInput),
  'teams.delete': endpoint<{ id: string }>()(groupDeleteInput),
  'teams.members.add': endpoint<Group>()(groupMemberInput),
  'teams.members.remove': endpoint<Group>()(groupMemberInput),
} as const;

export type Api = typeof api;
export type ApiName = keyof Api;
/** What a caller sends (defaults may be omitted). */
export type ApiInput<N extends ApiName> = z.input<Api[N]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ApiParsedInput<N extends ApiName> = z.output<Api[N]['input']>;
export type ApiOutput<N extends ApiName> = NonNullable<Api[N]['output']>;

export const apiNames = Object.keys(api) as ApiName[];

export function isApiName(value: unknown): value is ApiName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(api, value);
}
