import type { AccountRole, GroupKind, ReviewChoice } from '../contract/inputs/sync';
import type { UserRef } from './records';

/** idle: up to date or waiting; syncing; offline: the server cannot be reached (retrying by itself); error: it refused. */
export type SyncState = 'idle' | 'syncing' | 'offline' | 'error';

/** Why the last sync failed, for the UI to say in words: see `sync.error.*` in the catalogues. */
export type SyncErrorKind = 'offline' | 'auth' | 'update' | 'server' | 'internal';

/** This device's link to an office server, as the shell and Settings show it. */
export type SyncServerInfo = { url: string; accountId: string; accountName: string; email: string; role: AccountRole; deviceName: string };

export type SyncStatusInfo = {
  /** A server link exists (otherwise the app is standalone and nothing below applies). */
  configured: boolean;
  server: SyncServerInfo | null;
  state: SyncState;
  /** Local changes not yet sent to the server. */
  pending: number;
  /** ISO instants. */
  lastSyncAt: string | null;
  nextAttemptAt: string | null;
  error: { kind: SyncErrorKind; code: string | null } | null;
  /** Open Sync review items. */
  reviewCount: number;
  /** What the last successful sync did. */
  lastSummary: { pushed: number; pulled: number; rejected: number; conflicts: number } | null;
};

/**
 * One Sync review item: a local edit that lost to a newer one made elsewhere ('lost'), that the
 * server refused ('rejected'), made on a record deleted elsewhere ('deleted'), or kept aside
 * because the record is no longer shared with this account ('out_of_scope').
 */
export type SyncReviewKind = 'lost' | 'rejected' | 'deleted' | 'out_of_scope';

/** A field of a review item, in the words of the form that edits it (`field` is the contract name). */
export type SyncReviewChange = { field: string; mine: unknown; theirs: unknown };

export type SyncReviewItem = {
  id: number;
  kind: SyncReviewKind;
  /** Which kind of record, to name its fields and link to it. */
  recordKind:
    | 'contact'
    | 'company'
    | 'deal'
    | 'link'
    | 'relation'
    | 'tag'
    | 'record_tag'
    | 'view'
    | 'user'
    | 'team'
    | 'territory'
    | 'membership'
    | 'pipeline'
    | 'stage'
    | 'lost_reason'
    | 'product'
    | 'price_list'
    | 'quote'
    | 'activity'
    | 'other';
  /** The record page this item is about (a contact's, a company's or a deal's), when there is one. */
  target: { entity: 'contact' | 'company' | 'deal'; id: string } | null;
  recordLabel: string;
  /** One change for 'lost' items; every refused or set-aside field for the others. */
  changes: SyncReviewChange[];
  /** Who made the winning change, from which device (null when not known, e.g. a refusal). */
  by: UserRef | null;
  deviceId: string | null;
  /** When the winning change was made (else when the item was recorded), ISO. */
  at: string;
  createdAt: string;
  /** Why the server refused: forbidden_table, forbidden_row, forbidden_field, invalid_value, clock_ahead, unknown_table. */
  reason: string | null;
  /** What the user may do: "Use mine" is offered only where it can win. */
  choices: ReviewChoice[];
};

/** "Share this PC with the office": the in-process office server. */
export type ShareStatus = {
  running: boolean;
  port: number;
  /** Addresses other PCs connect to (this PC's network addresses), e.g. http://192.168.1.20:8787. */
  addresses: string[];
  /** This PC has no network address: only the app on this PC can reach the server. */
  localOnly: boolean;
  /** No account exists yet: the first start creates the first administrator. */
  needsAdministrator: boolean;
  /** The share could not restart at app start (port taken…), in the terms of errors.* codes. */
  error: string | null;
};

/** An office account as administrators see it. */
export type Account = { id: string; email: string; displayName: string; role: AccountRole; disabled: boolean; createdAt: string };

export type Group = {
  id: string;
  kind: GroupKind;
  name: string;
  regions: string | null;
  members: UserRef[];
};

export type Groups = { teams: Group[]; territories: Group[] };
