import type { Brand } from '../util/brand';

export type ContactId = Brand<string, 'ContactId'>;
export type CompanyId = Brand<string, 'CompanyId'>;
export type UserId = Brand<string, 'UserId'>;
export type TagId = Brand<string, 'TagId'>;
export type LinkId = Brand<string, 'LinkId'>;
export type RelationId = Brand<string, 'RelationId'>;
export type ViewId = Brand<string, 'ViewId'>;
export type DeviceId = Brand<string, 'DeviceId'>;

/** Ids are UUIDv7 made on the device; the pattern accepts any RFC 4122 layout. */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
