import { z } from 'zod';
import { scopeProblem } from '../../sync/scope';
import { idSchema, optionalText } from './common';

/** The roles of office accounts (the server checks them on every change). */
export const accountRoles = ['administrator', 'manager', 'salesperson'] as const;
export type AccountRole = (typeof accountRoles)[number];

/** A new password is at least this long (the server asks the same). */
export const MIN_PASSWORD_LENGTH = 10;

function isServerAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      url.username === '' &&
      url.password === '' &&
      (url.pathname === '/' || url.pathname === '') &&
      url.search === '' &&
      url.hash === ''
    );
  } catch {
    return false;
  }
}

/**
 * The office server's address as people type it: "192.168.1.20:8787" is taken as
 * "http://192.168.1.20:8787"; kept as scheme, host and port only.
 */
export const serverAddress = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .transform((value) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`))
  .refine(isServerAddress, { message: 'not a server address', params: { code: 'invalid_url' } })
  .transform((value) => {
    const url = new URL(value);
    return `${url.protocol}//${url.host}`;
  });

/** Account e-mails as the office server accepts them ("lea@office" is fine on a LAN). */
export const accountEmail = z
  .string()
  .trim()
  .min(1)
  .max(254)
  .refine((value) => /^[^\s@]+@[^\s@]+$/.test(value), { message: 'not an e-mail address', params: { code: 'invalid_email' } });

const loginPassword = z.string().min(1).max(1024);
export const newPassword = z.string().min(MIN_PASSWORD_LENGTH).max(1024);
const personName = z.string().trim().min(1).max(120);
const deviceName = z.string().trim().min(1).max(120);

export const syncConnectInput = z.strictObject({
  url: serverAddress,
  email: accountEmail,
  password: loginPassword,
  deviceName: deviceName.optional(),
});

export const reviewChoices = ['theirs', 'mine'] as const;
export type ReviewChoice = (typeof reviewChoices)[number];

export const syncResolveInput = z.strictObject({
  id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  choice: z.enum(reviewChoices),
});

export const DEFAULT_SHARE_PORT = 8787;

/** "Share this PC with the office": the port, and on the very first start the first administrator. */
export const shareStartInput = z.strictObject({
  port: z.number().int().min(1024).max(65_535).default(DEFAULT_SHARE_PORT),
  administrator: z.strictObject({ email: accountEmail, displayName: personName, password: newPassword }).optional(),
  deviceName: deviceName.optional(),
});

/** Server account ids (UUIDs made by the server). */
const accountId = z.string().regex(/^[0-9a-f-]{8,64}$/i, 'not an account id');

export const adminUserCreateInput = z.strictObject({
  email: accountEmail,
  displayName: personName,
  role: z.enum(accountRoles),
  password: newPassword,
});

export const adminUserUpdateInput = z.strictObject({
  id: accountId,
  role: z.enum(accountRoles).optional(),
  disabled: z.boolean().optional(),
  password: newPassword.optional(),
});

export const groupKinds = ['team', 'territory'] as const;
export type GroupKind = (typeof groupKinds)[number];

export const groupSaveInput = z.strictObject({
  kind: z.enum(groupKinds),
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(100),
  /** Territories only: departments, postcodes, countries, as free text. */
  regions: optionalText(300),
});

export const groupDeleteInput = z.strictObject({ kind: z.enum(groupKinds), id: idSchema });

export const groupMemberInput = z.strictObject({ kind: z.enum(groupKinds), groupId: idSchema, userId: accountId });

/**
 * Who sees a contact or a company: empty = the whole office, "private" = only its owner,
 * "team:<id>" / "territory:<id>" = that group's members (src-shared/sync/scope.ts).
 */
export const recordScope = z
  .string()
  .trim()
  .max(80)
  .transform((value) => (value === '' ? null : value))
  .refine((value) => scopeProblem(value) === null, { message: 'not a scope', params: { code: 'invalid_value' } })
  .nullable()
  .optional();
